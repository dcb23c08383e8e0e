"""`akkoord agenda`: open points with the proposals side by side and open warnings, per numbered article."""

from __future__ import annotations

import docx
import pytest
from conftest import EXAMPLES
from docx_reading import articles

ROUNDS = """
rondes:
  - datum: 2027-02-10
    versie: "0.1"
    afgesproken: Eerste bespreking; de einddatum blijft open.
open_punten:
  - antwoord: looptijd.einde
    voorstellen:
      werkgroep: 2029-12-31
      gemeente: 2028-12-31
    toelichting: De gemeente wil eerst de raadsperiode afwachten.
"""


@pytest.fixture
def answers_file(tmp_path):
    path = tmp_path / "antwoorden.yaml"
    path.write_text((EXAMPLES / "te-algemeen.yaml").read_text(encoding="utf-8") + ROUNDS, encoding="utf-8")
    return path


def _article(built, title: str) -> int:
    return next(article.number for article in articles(built) if article.title == title)


def test_agenda_lists_open_point_and_warnings_under_their_numbered_articles(run_cli, answers_file):
    assert run_cli("maak", answers_file).code in (0, 1)
    built = answers_file.with_suffix(".docx")
    result = run_cli("agenda", answers_file)
    assert result.code == 0, result.err
    out = result.out
    # The article whose lid shows the proposals in brackets is where the agenda puts the point.
    shown = next(a for a in articles(built) if any("31 december [2029 / 2028]" in lid for lid in a.leden))
    notice = f"Artikel {shown.number} {shown.title}"
    section = out[out.index(f"\n{notice}\n"):]
    section = section[:section.index("\n\n", 1)] if "\n\n" in section[1:] else section
    assert "Open punt (lid " in section and "[looptijd.einde]" in section
    assert "de Werkgroep: 31 december 2029" in section and "de Gemeente:  31 december 2028" in section
    assert "Toelichting: De gemeente wil eerst de raadsperiode afwachten." in section
    goals = f"\nArtikel {_article(built, 'Doel en reikwijdte')} Doel en reikwijdte\n"
    assert goals in out and "AK111 Doel zonder meetbaar resultaat." in out[out.index(goals):]
    assert "10 februari 2027 (versie 0.1): Eerste bespreking; de einddatum blijft open." in out

    agenda = docx.Document(str(answers_file.with_name("antwoorden-agenda.docx")))
    headings = [p.text for p in agenda.paragraphs if p.style.name.startswith("Heading")]
    assert notice in headings
    table = next(t for t in agenda.tables if t.rows[0].cells[0].text == "Open punt")
    assert [cell.text for cell in table.rows[0].cells] == ["Open punt", "De Werkgroep", "De Gemeente", "Toelichting"]
    assert [cell.text for cell in table.rows[1].cells][1:] == ["31 december 2029", "31 december 2028",
                                                      "De gemeente wil eerst de raadsperiode afwachten."]


def test_agenda_document_is_schema_valid(run_cli, answers_file):
    from ooxml_support import assert_schema_valid

    assert run_cli("agenda", answers_file, "-o", answers_file.with_name("agenda.docx")).code == 0
    assert_schema_valid(answers_file.with_name("agenda.docx"))


def test_nothing_open_says_so_and_writes_no_document_with_alleen_tekst(run_cli, example_copy):
    source = example_copy("sok-energiecooperatie.yaml")
    result = run_cli("agenda", source, "--alleen-tekst")
    assert result.code == 0
    assert "geen open punten en geen waarschuwingen" in result.out
    assert not source.with_name(f"{source.stem}-agenda.docx").exists()
