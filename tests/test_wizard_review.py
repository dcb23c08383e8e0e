"""The review screen ('Overzicht'): every answer in plain Dutch, and the warnings still open per section."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from akkoord.answers.loading import load_answers
from akkoord.checks import check_answers
from akkoord.wizard.draft import Draft
from akkoord.wizard.sections import SECTIONS, section_of
from akkoord.wizard.summary import summarise
from akkoord.wizard.ui import QuestionaryUI
from wizard_driver import ENTER, draft_at_safeguards_without_a_deputy, pick, run_wizard, type_

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


# --- open warnings on the review screen -------------------------------------------------------------

REVIEW_EDIT_SAFEGUARDS = pick(11)  # build, stop, then the sections in order


def review_screen(printed: list[str]) -> list[str]:
    """The lines of the last review screen, from its heading on."""
    start = max(index for index, line in enumerate(printed) if line.startswith("── Overzicht"))
    return printed[start:]


def test_a_warning_put_off_until_the_review_is_listed_there_with_its_section(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "112")  # wide enough for the whole message
    draft = draft_at_safeguards_without_a_deputy(tmp_path)
    keys = [ENTER,  # the deputy, left empty
            pick(2)]  # AK306: 'Verder; ik kom er in het overzicht op terug'
    _, printed = run_wizard(keys, draft, interrupt=True)

    screen = review_screen(printed)
    assert screen[0].startswith("── Overzicht (1 open waarschuwing) ")
    safeguards = screen.index("9. Borging (1 open waarschuwing)")
    warnings = [line for line in screen if line.startswith("   ! ")]
    assert warnings == ["   ! AK306 Geen plaatsvervanger: de afspraken hangen aan één persoon. "
                        "(bij: wisseling › plaatsvervanger)"]
    assert safeguards < screen.index(warnings[0]) < screen.index("10. Looptijd")


def test_the_warning_on_the_review_screen_can_be_fixed_through_its_section(tmp_path):
    draft = draft_at_safeguards_without_a_deputy(tmp_path)
    revise_safeguards = [ENTER,  # the checklist as it is
                         ENTER, ENTER, ENTER, ENTER, ENTER,  # overleg, bestuurlijk overleg (own frequency)
                         ENTER, ENTER, type_("het teamhoofd Duurzaamheid"),  # wisseling: now with a deputy
                         ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER]  # the rest as it was
    keys = [ENTER, pick(2), REVIEW_EDIT_SAFEGUARDS] + revise_safeguards
    outcome, printed = run_wizard(keys, draft, interrupt=True)

    first_screen = printed[printed.index(next(line for line in printed if line.startswith("── Overzicht"))):]
    assert any(line.startswith("   ! AK306 ") for line in first_screen)
    screen = review_screen(printed)
    assert screen[0].startswith("── Overzicht ─"), "no open warnings left"
    assert not any(line.startswith("   ! ") for line in screen)
    assert Draft.from_concept(outcome.concept).data["borging"]["wisseling"]["plaatsvervanger"] == \
        "het teamhoofd Duurzaamheid"


def test_every_open_warning_of_a_complete_draft_gets_one_line_under_its_section(tmp_path):
    answers_file = tmp_path / "te-algemeen.yaml"
    answers_file.write_text((EXAMPLES / "te-algemeen.yaml").read_text() + "erkend:\n  AK402: de gemeente doet mee via de uren\n")
    draft = Draft.from_answers_file(answers_file)
    draft.done.update(f"sectie:{section.key}" for section in SECTIONS)
    expected = [finding for finding in check_answers(load_answers(answers_file)) if not finding.acknowledged]
    assert len(expected) > 20

    _, printed = run_wizard([], draft, interrupt=True)
    screen = review_screen(printed)
    assert screen[0].startswith(f"── Overzicht ({len(expected)} open waarschuwingen) ")
    warnings = [line for line in screen if line.startswith("   ! ")]
    assert [line.split()[1] for line in warnings] == [finding.code for finding in expected]
    assert all(len(line) <= QuestionaryUI().width and "\n" not in line for line in warnings), "one line per warning"
    assert not any(" AK402 " in line for line in warnings), "an acknowledged warning is not open"
    headings = [line for line in screen if re.match(r"\d+\. ", line)]
    assert "9. Borging (10 open waarschuwingen)" in headings
    assert "1. Soort overeenkomst" in headings
