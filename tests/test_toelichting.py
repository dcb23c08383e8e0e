"""The toelichting is a separate internal document, written for the agreement at hand."""

from __future__ import annotations

import re

import docx
import pytest
from conftest import EXAMPLE_FILES, ROOT
from docx_reading import all_text, articles

FIXTURE_FILES = sorted((ROOT / "tests" / "fixtures" / "clauses").glob("*.yaml"))
ALL_FILES = EXAMPLE_FILES + FIXTURE_FILES
FIELD_NAME = re.compile(r"\b[a-z_]{3,}(\[\d*\])?\.[a-z_]{3,}\b|\b[a-z]+_[a-z_]+\b|\[\]")
CASES = {"Plas/Valburg": "ECLI:NL:HR:1982:AG4405", "CBB/JPO": "ECLI:NL:HR:2005:AT7337",
         "Haviltex": "ECLI:NL:HR:1981:AG4158"}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from akkoord.cli import main

    folder = tmp_path_factory.mktemp("toelichting")
    assert main(["maak", *map(str, ALL_FILES), "-o", str(folder), "--toelichting", "--zonder-opmerkingen"]) == 0
    return {path.name: (folder / f"{path.stem}.docx", folder / f"{path.stem}-toelichting.docx") for path in ALL_FILES}


def names():
    return [path.name for path in ALL_FILES]


def notes_paragraphs(path) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]


@pytest.mark.parametrize("name", names())
def test_toelichting_is_its_own_internal_document(built, name):
    agreement, notes = built[name]
    assert notes.exists()
    assert "Toelichting voor de jurist" not in all_text(agreement)
    document = docx.Document(str(notes))
    assert document.paragraphs[0].text == "Juridische toelichting"
    assert "Intern – geen onderdeel van de overeenkomst" in document.paragraphs[2].text
    header = " ".join(p.text for p in document.sections[0].header.paragraphs)
    assert "INTERN" in header and "CONCEPT" not in header
    footer = " ".join(p.text for p in document.sections[0].footer.paragraphs)
    assert footer.startswith("Juridische toelichting bij ")


@pytest.mark.parametrize("name", names())
def test_toelichting_explains_exactly_the_articles_in_the_document(built, name):
    agreement, notes = built[name]
    expected = [f"Artikel {a.number} {a.title}" for a in articles(agreement)]
    headings = [text.removesuffix(" (bindend)") for style, text in notes_paragraphs(notes)
                if style == "Heading 2" and text.startswith("Artikel ")]
    assert headings == expected


@pytest.mark.parametrize("name", names())
def test_toelichting_has_no_field_names_and_only_its_own_type(built, name):
    agreement, notes = built[name]
    text = "\n".join(text for _, text in notes_paragraphs(notes))
    assert not FIELD_NAME.search(text), FIELD_NAME.search(text).group(0)
    assert "  " not in text and " ." not in text and " ," not in text
    is_io = "INTENTIEOVEREENKOMST" in all_text(agreement)
    if not is_io:
        assert "intentieovereenkomst" not in text.lower()
        assert "(bindend)" not in text and "Bindend artikel" not in text
    for case, ecli in CASES.items():
        for paragraph in text.split("\n"):
            if case in paragraph and paragraph.startswith("Bron:"):
                assert ecli in paragraph, f"{case} zonder ECLI: {paragraph}"


def test_io_marks_its_binding_articles_and_sok_notes_speak_of_the_sok(built):
    _, io_notes = built["io-werkgroep.yaml"]
    headings = [text for style, text in notes_paragraphs(io_notes) if style == "Heading 2"]
    assert any(h.endswith("(bindend)") for h in headings)
    assert any(not h.endswith("(bindend)") and h.startswith("Artikel") for h in headings)


def test_open_points_and_defaults_come_first(built):
    _, notes = built["te-algemeen.yaml"]
    paragraphs = notes_paragraphs(notes)
    headings = [text for style, text in paragraphs if style == "Heading 2"]
    assert headings[0] == "Nog in te vullen"
    texts = [text for _, text in paragraphs]
    assert "[datum volmacht] in de comparitie van de Gemeente" in texts


def test_a_note_names_the_lid_it_is_about_only_when_that_lid_exists(built):
    # sok-opdracht has its own safeguards ('overig'); sok-energiecooperatie has none.
    agreement, notes = built["sok-opdracht.yaml"]
    text = "\n".join(t for _, t in notes_paragraphs(notes))
    match = re.search(r"eigen afspraken over borging in artikel (\d+)\.(\d+)", text)
    assert match, "de toelichting noemt het lid met de eigen afspraken niet"
    article = articles(agreement)[int(match.group(1)) - 1]
    assert article.title.startswith("Continuïteit")
    assert article.leden[int(match.group(2)) - 1].startswith("Ter borging van de Samenwerking spreken Partijen")
    _, plain_notes = built["sok-energiecooperatie.yaml"]
    assert "eigen afspraken over borging" not in "\n".join(t for _, t in notes_paragraphs(plain_notes)).lower()
