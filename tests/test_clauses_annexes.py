"""The annexes a gemeentejurist expects: a budget per source and year, and the documents that show
representation and privacy arrangements, listed after the signatures and marked until attached."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest

from akkoord.answers.loading import load_answers
from akkoord.assembly import assemble
from akkoord.build import default_house_style
from akkoord.docx_writer import open_reference, write_agreement
from akkoord.library import load_library

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    library = load_library()
    folder = tmp_path_factory.mktemp("bijlagen")
    made = {}
    reference = open_reference(None, default_house_style())
    for name in ("sok-energiecooperatie", "sok-meerpartijen", "io-werkgroep"):
        answers = load_answers(ROOT / "examples" / f"{name}.yaml")
        path = folder / f"{name}.docx"
        path.write_bytes(write_agreement(assemble(answers, library, today=dt.date(2027, 1, 1)), reference))
        made[name] = (answers, docx.Document(str(path)))
    return made


def texts(document) -> list[str]:
    return [paragraph.text for paragraph in document.paragraphs]


def test_the_list_of_annexes_follows_the_signatures_and_marks_what_is_still_to_be_attached(built):
    _, document = built["sok-energiecooperatie"]
    paragraphs = texts(document)
    start = paragraphs.index("Bijlagen:")
    assert start > paragraphs.index(next(p for p in paragraphs if p.startswith("Aldus overeengekomen")))
    listed = paragraphs[start + 1: start + 7]
    assert listed[:3] == ["1. Rolverdeling", "2. Tijdlijn", "3. Begroting"]
    assert "4. Collegebesluit (nog bij te voegen)" in listed and "5. Volmacht (nog bij te voegen)" in listed
    assert "6. Regeling gezamenlijke verwerkingsverantwoordelijkheid (nog bij te voegen)" in listed


def test_the_budget_has_a_row_per_source_and_year_and_states_the_total(built):
    answers, document = built["sok-energiecooperatie"]
    budget = next(t for t in document.tables if t.rows[0].cells[0].text == "Bron")
    rows = [[cell.text for cell in row.cells] for row in budget.rows[1:]]
    years = [(row[0], row[3]) for row in rows if row[0] != "Totaal in geld" and row[0] != "Totaal in uren"]
    assert ("de Gemeente", "2028") in years and ("de Gemeente", "2029") in years
    assert len(years) == len(answers.funding)
    total = next(row for row in rows if row[0] == "Totaal in geld")
    assert total[-1] == "€\u00a0110.000"
    assert any(row[-1] == "€\u00a025.000 in totaal" for row in rows), "a multi-year amount says it is a total"


def test_the_collegebesluit_annex_names_date_and_reference_from_the_answers(built):
    _answers, document = built["sok-meerpartijen"]
    paragraphs = texts(document)
    decision = paragraphs[paragraphs.index("Bijlage 4: Collegebesluit") + 1]
    assert "13 mei 2027" in decision and "UW-2027-3381" in decision
    # Each party controls its own participation work: no processing agreement is listed.
    assert not any("Verwerkersovereenkomst" in text for text in paragraphs)
