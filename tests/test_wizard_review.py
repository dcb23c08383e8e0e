"""The review screen ('Overzicht'): every answer in plain Dutch, and the warnings still open per section."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from akkoord.answers.loading import load_answers
from akkoord.wizard.draft import Draft
from akkoord.wizard.sections import SECTIONS, section_of
from akkoord.wizard.summary import summarise

EXAMPLES = Path(__file__).parents[1] / "examples"
PYTHON_LEAKS = ("{'", "[{", "datetime.", "Decimal(", "True", "False", "None", "<", "LegalForm.")


def all_summary_lines(data: dict) -> list[str]:
    return [line for section in SECTIONS for line in summarise(section, data)]


@pytest.mark.parametrize("example", sorted(path.name for path in EXAMPLES.glob("*.yaml")))
def test_no_section_summary_shows_python_values(example):
    # As the wizard holds them (read from the file) and as the model types them (Decimal, enums, booleans).
    as_in_file = Draft.from_answers_file(EXAMPLES / example).data
    as_typed = load_answers(EXAMPLES / example).model_dump(by_alias=True)
    for data in (as_in_file, as_typed):
        lines = all_summary_lines(data)
        leaks = [line for line in lines if any(leak in line for leak in PYTHON_LEAKS)]
        assert not leaks


def test_decision_points_read_as_a_date_and_what_is_decided():
    data = Draft.from_answers_file(EXAMPLES / "io-werkgroep.yaml").data
    data["looptijd"]["beslismomenten"] = [
        {"datum": dt.date(2028, 1, 15), "onderwerp": "of partijen een samenwerkingsovereenkomst aangaan"}]
    lines = summarise(section_of("looptijd"), data)
    assert "15 januari 2028: of partijen een samenwerkingsovereenkomst aangaan" in " ".join(lines)
