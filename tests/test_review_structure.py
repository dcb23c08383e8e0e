"""The review reads a draft's structure and reports the provisions a gemeentejurist expects.

Story: a municipal lawyer gets drafts written without akkoord. Only the articles bind; a gap in the
comparitie or a missing article is raised first; the documents akkoord itself makes pass cleanly.
"""

from __future__ import annotations

import re

import pytest
from review_material import DATA, HELD_OUT, TUNING, LabelledDocument, documents, load_document, write_docx

from akkoord.review import review_file, review_paragraphs, review_text
from akkoord.review.reading import text_paragraphs
from akkoord.review.structure import Kind, Role

ROLES = {"titel": Role.TITLE, "partij": Role.PARTY, "inleiding": Role.INTRO, "overweging": Role.RECITAL,
         "kop": Role.HEADING, "def": Role.DEFINITION, "lid": Role.OPERATIVE, "std": Role.OPERATIVE,
         "onderteken": Role.SIGNATURE, "bijlage": Role.ANNEX}
#: Front matter may be read as either: both bind nobody and neither is checked for commitments.
FRONT = {Role.PARTY, Role.INTRO}


@pytest.mark.parametrize("document", documents(TUNING) + documents(HELD_OUT), ids=lambda d: d.name)
def test_every_paragraph_gets_its_role_in_text_and_in_word(document: LabelledDocument, tmp_path):
    for review in (review_text(document.text, markdown=True), review_file(write_docx(document, tmp_path / "d.docx"))):
        roles = [review.draft.roles[paragraph.index] for paragraph in review.draft.paragraphs]
        for labelled, role in zip(document.paragraphs, roles, strict=True):
            expected = ROLES[labelled.role]
            assert role == expected or {role, expected} <= FRONT, (labelled.text, role, expected)


def test_kind_and_article_places(tmp_path):
    document = load_document(DATA / TUNING / "sok-westerhout.md")
    review = review_file(write_docx(document, tmp_path / "d.docx", word_numbering=True))
    assert review.draft.kind is Kind.SOK
    # The vague lid 3.3 is found in article 3, whose leden are Word list numbering, not typed numbers.
    [finding] = [item.finding for item in review.findings if item.finding.code == "AK106"]
    assert finding.place == "artikel 3, lid 3"
    assert finding.text.startswith("De Stichting stelt de inhoud van de nieuwsbrief")


def test_recitals_and_introductions_bind_nobody():
    text = ("Samenwerkingsovereenkomst Warm Dorp\n\nOverwegingen\n\nPartijen streven naar een aardgasvrij dorp en "
            "betrekken bewoners zoveel mogelijk.\n\nArtikel 1 Taken\n\nDe gemeente betrekt de werkgroep zoveel "
            "mogelijk "
            "bij het plan.\n")
    review = review_text(text)
    vague = [item for item in review.findings if item.finding.category == "vaag"]
    assert [item.finding.place for item in vague] == ["artikel 1, lid 1"]


def test_standard_formulas_are_exempt():
    text = ("Artikel 1 Slotbepalingen\n\nIs een bepaling nietig, dan vervangen partijen haar door een geldige bepaling "
            "waarmee de strekking zoveel mogelijk wordt bereikt.\n\nPartijen trachten een geschil eerst met behulp van "
            "mediation op te lossen.\n\nPartijen passen billijkheidshalve de planning op korte termijn aan.\n")
    assert [item.finding.code for item in review_text(text).findings] == []


@pytest.fixture(scope="session")
def generated_documents(plain_documents):
    return sorted(plain_documents.glob("*.docx"))


def test_documents_akkoord_makes_give_no_findings(generated_documents):
    complete = [path for path in generated_documents if path.stem != "te-algemeen"]
    assert len(complete) >= 3
    for path in complete:
        review = review_file(path)
        assert review.draft.articles and review.draft.title is not None
        assert [(item.finding.code, item.finding.place) for item in review.findings] == [], path.name


# --- a complete agreement, each expected provision removed in turn ---------------------------------

COMPLETE = DATA / TUNING / "sok-westerhout.md"
#: provision -> (what is taken out of the agreement, the finding that must then appear)
REMOVALS = {
    "volmacht": (r", daartoe gemachtigd bij volmacht van de burgemeester van 14 maart 2026", "AK503"),
    "collegebesluit": (r", handelend ter uitvoering van het besluit van het college van burgemeester en wethouders "
                       r"van 2 februari 2027", "AK307"),
    "rechtsvorm": (r"Stichting Warm Westerhout, statutair gevestigd", "AK506"),
    "begrotingsvoorbehoud": (r"\[lid\] 6\.2 [^\n]*", "AK504"),
    "publiekrecht": (r"\[std\] 9\.1 [^\n]*", "AK510"),
    "looptijd": (r"\[lid\] 11\.1 [^\n]*", "AK511"),
    "opzegging": (r"\[lid\] 11\.2 [^\n]*", "AK309"),
    "afbouw": (r"\[lid\] 11\.3 [^\n]*", "AK310"),
    "evaluatie": (r"\[lid\] 10\.1 [^\n]*", "AK308"),
    "geschillen": (r"\[std\] 12\.[12] [^\n]*", "AK512"),
    "recht": (r"\[std\] 12\.3 [^\n]*", "AK513"),
    "avg": (r"(?<=namen en adressen van bewoners\.) Zij is daarbij [^\n]*", "AK505"),
    "woo": (r"\[lid\] 8\.1 [^\n]*", "AK514"),
}
REPLACEMENTS = {"rechtsvorm": "Werkgroep Warm Westerhout, een werkgroep van bewoners, gevestigd",
                "avg": ""}


def _without(provision: str) -> str:
    pattern, _ = REMOVALS[provision]
    source = COMPLETE.read_text(encoding="utf-8")
    changed, count = re.subn(pattern, REPLACEMENTS.get(provision, "[lid] -"), source)
    assert count >= 1, provision
    return changed


def _structural(text: str) -> set[str]:
    document = LabelledDocument("x", frozenset())
    body = text.split("\n", 1)[1]
    paragraphs = [re.sub(r"^\[\w+(?: AK\d{3})*\] ", "", block.strip()) for block in re.split(r"\n\s*\n", body.strip())]
    review = review_paragraphs(text_paragraphs("\n\n".join(p for p in paragraphs if p != "-")))
    del document
    return {item.finding.code for item in review.findings if item.finding.category != "vaag"}


def test_the_complete_agreement_has_no_structural_gap():
    assert _structural(COMPLETE.read_text(encoding="utf-8")) == set()


@pytest.mark.parametrize("provision", REMOVALS)
def test_each_removed_provision_gives_its_finding(provision):
    assert REMOVALS[provision][1] in _structural(_without(provision))


def test_io_without_its_non_binding_article(generated_documents):
    [io] = [path for path in generated_documents if path.stem == "io-werkgroep"]
    review = review_file(io)
    draft = review.draft
    [article] = [a for a in draft.articles if a.heading.lower().startswith("niet-bindend")]
    [ending] = [a for a in draft.articles if "schadevergoeding" in a.heading.lower()]
    dropped = {article.heading_index, *article.leden, ending.heading_index, *ending.leden}
    kept = [p for p in draft.paragraphs if p.index not in dropped and "schadevergoeding" not in p.text
            and "afdwingbaar" not in p.text and "niet verplicht" not in p.text]
    assert "AK509" in {item.finding.code for item in review_paragraphs(kept).findings}


def test_a_wethouder_signing_ex_artikel_171_without_volmacht():
    text = ("Intentieovereenkomst Warm Dorp\n\nDe gemeente Marsdijk, vertegenwoordigd door wethouder B. Hoekstra, ex "
            "artikel 171 Gemeentewet, handelend ter uitvoering van het collegebesluit van 3 maart 2027;\n\n"
            "Artikel 1\n\nDeze intentieovereenkomst schept geen in rechte afdwingbare verplichtingen.\n")
    [finding] = [item.finding for item in review_text(text).findings if item.finding.code == "AK503"]
    assert "volmacht" in finding.message and finding.place == "comparitie, partij 1"
