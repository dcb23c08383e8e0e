"""Every example built and read back as a municipal lawyer would read it."""

from __future__ import annotations

import re

import docx
import pytest
from conftest import EXAMPLE_FILES
from docx.oxml.ns import qn
from docx_reading import all_text, articles, signature_text

from akkoord.answers.loading import load_answers
from akkoord.dutch import NBSP, format_amount, format_date
from akkoord.library import load_library


@pytest.fixture(scope="module")
def built(plain_documents):
    """Every example built once, in one call, as a process supporter would (shared per session)."""
    folder = plain_documents
    return {path.name: (load_answers(path), folder / f"{path.stem}.docx") for path in EXAMPLE_FILES}


def cases():
    return [path.name for path in EXAMPLE_FILES]


@pytest.mark.parametrize("name", cases())
def test_all_articles_present_in_order_and_numbered(built, name):
    answers, path = built[name]
    found = articles(path)
    library = load_library()
    expected_order = [clause.meta.titel for clause in library.for_type(answers.agreement_type)]
    titles = [article.title for article in found]
    assert titles, "no numbered articles found"
    # Every article of the library for this type is either present (in library order) or left out
    # by its condition; nothing appears that the library does not have.
    assert titles == [title for title in expected_order if title in titles]
    assert all(article.style == "Heading 1" for article in found), "articles must be headings for the navigation pane"


@pytest.mark.parametrize("name", cases())
def test_no_empty_article_and_leden_numbered(built, name):
    _, path = built[name]
    for article in articles(path):
        assert article.leden, f"Artikel {article.number} {article.title} is leeg"
        if article.numbered_leden:
            assert article.numbered_leden >= 2, f"Artikel {article.number}: a single lid is not numbered"


@pytest.mark.parametrize("name", cases())
def test_every_party_in_comparitie_and_signature_block(built, name):
    answers, path = built[name]
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    start = texts.index("De ondergetekenden:")
    comparitie = texts[start + 1: start + 1 + len(answers.parties)]
    signatures = signature_text(path)
    for party, paragraph in zip(answers.parties, comparitie, strict=True):
        if party.legal_form.value == "geen-rechtspersoon":
            # A werkgroep cannot act: its participants are named first, as the parties (substance, issue 9).
            # 'samen' for the participants together; one participant alone is 'hierna te noemen' (C3).
            together = "samen " if len(party.representatives) != 1 else ""
            assert party.name in paragraph and f"hierna {together}te noemen: “{party.label}”" in paragraph
        else:
            assert paragraph.startswith((party.name, f"De {party.name}")), paragraph
            assert f"hierna te noemen: “{party.label}”" in paragraph
        if party.kvk:
            assert party.kvk in paragraph
        for person in party.representatives:
            assert person.name in paragraph
            assert person.name in signatures
        assert party.name in signatures


def test_municipality_acts_on_college_decision_and_power_of_attorney(built):
    answers, path = built["sok-energiecooperatie.yaml"]
    text = all_text(path)
    municipality = answers.municipality
    assert "artikel 171 van de Gemeentewet" in text
    assert f"volmacht van de burgemeester van {format_date(municipality.power_of_attorney.date)}" in text
    assert (f"besluit van het college van burgemeester en wethouders van "
            f"{format_date(municipality.college_decision.date)}") in text


@pytest.mark.parametrize("name", cases())
def test_no_template_leftovers_or_missing_values(built, name):
    _, path = built[name]
    text = all_text(path)
    for leftover in ("{{", "}}", "{%", "%}", "None", "\\*", "\\_"):
        assert leftover not in text, f"{leftover!r} in document"


@pytest.mark.parametrize("name", cases())
def test_amounts_and_dates_in_dutch(built, name):
    answers, path = built[name]
    text = all_text(path)
    for funding in answers.funding:
        if funding.amount is not None:
            assert format_amount(funding.amount) in text
    assert format_date(answers.term.start) in text
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text), "ISO date leaked into the document"
    assert not re.search(r"€\s?\d+,\d{3}", text), "English thousands separator"
    assert f"€{NBSP}" in text or not any(f.amount for f in answers.funding)


@pytest.mark.parametrize("name", cases())
def test_concept_marking_footer_and_properties(built, name):
    answers, path = built[name]
    document = docx.Document(str(path))
    header = "\n".join(p.text for p in document.sections[0].header.paragraphs)
    assert f"CONCEPT – versie {answers.version}" in header
    footer = document.sections[0].footer.paragraphs
    instructions = " ".join(t.text for p in footer for t in p._p.iter(qn("w:instrText")))
    assert "PAGE" in instructions and "NUMPAGES" in instructions
    assert "pagina" in footer[0].text and " van " in footer[0].text
    props = document.core_properties
    assert props.title == answers.title
    assert props.version == answers.version
    assert props.language == "nl-NL"


@pytest.mark.parametrize("name", cases())
def test_annexes_role_table_and_timeline(built, name):
    answers, path = built[name]
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert "Bijlage 1: Rolverdeling" in headings and "Bijlage 2: Tijdlijn" in headings
    # By header: the budget annex (substance, issue 9) follows the timeline.
    role_table = next(t for t in document.tables if t.rows[0].cells[0].text == "Partij")
    timeline = next(t for t in document.tables if t.rows[0].cells[0].text == "Wanneer")
    assert [c.text for c in role_table.rows[0].cells][:2] == ["Partij", "Rol"]
    assert len(role_table.rows) == len(answers.parties) + 1
    for role in answers.roles:
        row = next(r for r in role_table.rows if r.cells[1].text == role.role)
        for duty in role.responsibilities:
            assert duty in row.cells[2].text
    when = [row.cells[0].text for row in timeline.rows[1:]]
    assert format_date(answers.term.start) in when
    for goal in answers.goals:
        if goal.target_date:
            assert format_date(goal.target_date) in when


def test_article_numbering_is_real_word_numbering(built):
    _, path = built["sok-energiecooperatie.yaml"]
    document = docx.Document(str(path))
    levels = [lvl.find(qn("w:lvlText")).get(qn("w:val"))
              for lvl in document.part.numbering_part.element.iter(qn("w:lvl"))]
    assert "Artikel %1" in levels and "%1.%2" in levels


def test_definitive_status_has_no_concept_marking(tmp_path, example_copy, run_cli):
    source = example_copy()
    source.write_text(source.read_text(encoding="utf-8").replace("status: concept", "status: definitief"),
                      encoding="utf-8")
    assert run_cli("maak", source).code == 0
    assert "CONCEPT" not in all_text(source.with_suffix(".docx"))


def test_role_annex_says_so_when_no_roles_are_agreed_yet(tmp_path, run_cli):
    from akkoord.answers.loading import read_yaml  # ruamel: edit the example and keep it valid YAML

    data = read_yaml(EXAMPLE_FILES[0])
    for key in ("rollen", "participatie"):
        data.pop(key, None)
    source = tmp_path / "zonder-rollen.yaml"
    from akkoord.answers.roundtrip import yaml_reader
    with source.open("w", encoding="utf-8") as stream:
        yaml_reader().dump(data, stream)
    assert run_cli("maak", source).code in (0,)
    document = docx.Document(str(source.with_suffix(".docx")))
    texts = [p.text for p in document.paragraphs]
    intro = texts[texts.index("Bijlage 1: Rolverdeling") + 1]
    assert "leeg" in intro and "contactpersoon" not in intro
    assert all(text.count("CONCEPT") == 0 for text in texts), "the concept marking belongs in the header only"
