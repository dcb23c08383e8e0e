"""The wizard driven through its real prompts, as a volunteer would answer them."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

import akkoord.checks
from akkoord.answers.loading import load_answers
from akkoord.wizard.draft import Draft
from akkoord.wizard.flow import Wizard
from akkoord.wizard.sections import SECTIONS
from wizard_driver import (ALL_SECTIONS, BACKGROUND, DOWN, ENTER, FUNDING, GOALS, PARTICIPATION, PARTIES,
                           ROLES, SAFEGUARDS, SIGNING, SPACE, TERM, TITLE, TYPE, YES, pick, replace, run_wizard,
                           type_)

EXAMPLE = Path(__file__).parents[1] / "examples" / "sok-energiecooperatie.yaml"
TITLE_FILE = "samenwerkingsovereenkomst-aardgasvrij-oosterwijk"


@dataclass
class FakeResult:
    written: object
    findings: list


@dataclass
class FakeWritten:
    path: Path
    kept: Path | None = None


@pytest.fixture(autouse=True)
def no_warnings_and_a_fake_document(monkeypatch):
    """The checks and the .docx have their own tests; here the flow alone is under test."""
    monkeypatch.setattr(akkoord.checks, "check_answers", lambda answers: [])
    built = []

    def make_document(answers: Path, target: Path) -> FakeResult:
        load_answers(answers)  # the document is built from a valid answers file
        target.write_bytes(b"docx")
        built.append((answers, target))
        return FakeResult(FakeWritten(target), [])

    original = Wizard.__init__

    def init(self, ui, draft, make_document_=None, **kwargs):
        original(self, ui, draft, make_document=make_document)

    monkeypatch.setattr(Wizard, "__init__", init)
    return built


def test_a_whole_agreement_from_first_question_to_document(tmp_path, no_warnings_and_a_fake_document):
    outcome, printed = run_wizard(ALL_SECTIONS + [ENTER], Draft(folder=tmp_path))

    assert outcome.answers == tmp_path / f"{TITLE_FILE}.yaml"
    assert outcome.document == tmp_path / f"{TITLE_FILE}.docx"
    assert no_warnings_and_a_fake_document == [(outcome.answers, outcome.document)]
    answers = load_answers(outcome.answers)
    assert answers.agreement_type.value == "samenwerkingsovereenkomst"  # the advice after three yes answers
    initiative, municipality = answers.parties
    assert initiative.kvk == "12345678"  # "1234" was refused, then completed
    assert initiative.representatives[0].function == "voorzitter"
    assert initiative.seat == "Noorderzijl"
    assert municipality.name == "gemeente Noorderzijl"
    assert municipality.college_decision.date == dt.date(2027, 1, 12)
    assert answers.goals[0].target_date == dt.date(2027, 12, 31)  # month 13 was refused, then corrected
    assert answers.roles[1].contact.email == "veenstra@noorderzijl.nl"
    assert answers.roles[1].hours_per_month == 32
    assert answers.participation[0].kind == "bewonersbijeenkomst"
    assert answers.participation[0].deadline == dt.date(2027, 11, 30)
    funding = answers.funding[0]
    assert (funding.amount, funding.start, funding.end) == (40000, dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    assert "vervolgfinanciering" in funding.afterwards
    assert answers.safeguards.evaluation.moments == [dt.date(2027, 12, 1), dt.date(2028, 12, 1)]
    assert answers.safeguards.supporter is None
    assert (answers.term.start, answers.term.end, answers.term.notice_months) == (
        dt.date(2027, 2, 1), dt.date(2029, 12, 31), 3)
    assert answers.signing.place == "Noorderzijl"
    assert not list(tmp_path.glob("*.concept.yaml")), "the concept is removed once the answers file is written"
    assert "Wat nu?" in printed
    # Every section was introduced with why it matters, in order.
    headings = [line for line in printed if line.startswith("── ")]
    assert [h.split(" ", 2)[2].rstrip(" ─") for h in headings[:len(SECTIONS)]] == [s.title for s in SECTIONS]


def test_left_open_answers_do_not_end_up_in_the_answers_file(tmp_path):
    outcome, _ = run_wizard(ALL_SECTIONS + [ENTER], Draft(folder=tmp_path))
    text = outcome.answers.read_text()
    assert "adres:\n" not in text and "volmacht" not in text and ": null" not in text
    assert "overig" not in text, "'anders, namelijk …' was not ticked"


def test_an_interrupt_saves_the_answers_and_resuming_starts_at_the_next_question(tmp_path):
    (tmp_path / "in-one-go").mkdir()
    reference, _ = run_wizard(ALL_SECTIONS + [ENTER], Draft(folder=tmp_path / "in-one-go"))

    before = TYPE + TITLE + PARTIES[:6]  # up to and including the initiative's address
    first, printed = run_wizard(before, Draft(folder=tmp_path), interrupt=True)
    assert first.interrupted
    assert first.concept == tmp_path / f"{TITLE_FILE}.concept.yaml"
    saved = first.concept.read_text()
    assert "akkoord nieuw --hervat" in saved
    assert "Lindelaan 12" in saved and "kvk: '12345678'" in saved

    resumed, printed = run_wizard(ALL_SECTIONS[len(before):] + [ENTER], Draft.from_concept(first.concept))
    assert not resumed.interrupted
    assert resumed.answers.read_text() == reference.answers.read_text()
    assert not first.concept.exists()


def test_an_interrupt_in_a_list_keeps_the_items_and_the_half_filled_one(tmp_path):
    keys = TYPE + TITLE + PARTIES + BACKGROUND + GOALS[:1]  # the first goal's description only
    first, _ = run_wizard(keys, Draft(folder=tmp_path), interrupt=True)
    draft = Draft.from_concept(first.concept)
    assert draft.data["doelen"][0]["omschrijving"] == "Bewoners kennen de warmteplannen"
    assert "sectie:partijen" in draft.done and "sectie:doelen" not in draft.done

    second, printed = run_wizard(ALL_SECTIONS[len(keys):] + [ENTER], draft)
    answers = load_answers(second.answers)
    assert [goal.description for goal in answers.goals] == ["Bewoners kennen de warmteplannen"]
    assert answers.goals[0].result == "300 bezoekers op bewonersavonden"
    assert not any("Partijen" in line for line in printed if line.startswith("── ")), "finished sections are not asked again"


OWN_SAFEGUARD = "de Gemeente stelt de zaal in het wijkcentrum kosteloos beschikbaar"


def test_an_own_safeguard_under_anders_namelijk_ends_up_in_the_answers_file(tmp_path):
    tick_other = DOWN * 9 + SPACE + ENTER  # the recommended ones stay ticked; 'anders, namelijk …' is the last
    safeguards = [tick_other] + SAFEGUARDS[1:] + [
        ENTER,  # the first own safeguard cannot be left empty
        type_(OWN_SAFEGUARD), type_("elk voorjaar een   buurtschouw met de wethouder"), ENTER]
    keys = (TYPE + TITLE + PARTIES + BACKGROUND + GOALS + ROLES + PARTICIPATION + FUNDING + safeguards
            + TERM + SIGNING + [ENTER])
    outcome, printed = run_wizard(keys, Draft(folder=tmp_path))

    answers = load_answers(outcome.answers)
    assert answers.safeguards.other == [OWN_SAFEGUARD, "elk voorjaar een buurtschouw met de wethouder"]
    assert answers.safeguards.evaluation.moments == [dt.date(2027, 12, 1), dt.date(2028, 12, 1)]
    review = " ".join(" ".join(printed).split())  # long lines are wrapped to the terminal
    assert f"overig: {OWN_SAFEGUARD}, elk voorjaar een buurtschouw met de wethouder" in review, \
        "the review screen shows the own safeguards"


def test_an_interrupt_among_own_safeguards_resumes_at_the_next_one(tmp_path):
    before = (TYPE + TITLE + PARTIES + BACKGROUND + GOALS + ROLES + PARTICIPATION + FUNDING
              + [DOWN * 9 + SPACE + ENTER] + SAFEGUARDS[1:] + [type_(OWN_SAFEGUARD)])
    first, _ = run_wizard(before, Draft(folder=tmp_path), interrupt=True)
    assert Draft.from_concept(first.concept).data["borging"]["overig"] == [OWN_SAFEGUARD]

    resumed, _ = run_wizard([type_("elk voorjaar een buurtschouw"), ENTER] + TERM + SIGNING + [ENTER],
                            Draft.from_concept(first.concept))
    assert load_answers(resumed.answers).safeguards.other == [OWN_SAFEGUARD, "elk voorjaar een buurtschouw"]


def _revise_example(tmp_path: Path, keys: list[str]):
    answers_file = tmp_path / "antwoorden.yaml"
    shutil.copy(EXAMPLE, answers_file)
    draft = Draft.from_answers_file(answers_file)
    draft.done.update(f"sectie:{section.key}" for section in SECTIONS)
    return answers_file, run_wizard(keys, draft)


REVIEW_EDIT_SAFEGUARDS = pick(11)
EXAMPLE_SAFEGUARDS_KEPT = [
    ENTER,  # the checklist, ticked as in the file
    ENTER, ENTER,  # overleg: frequency from the list, participants
    ENTER, ENTER, ENTER,  # bestuurlijk overleg: the file's own frequency under 'anders', participants
    ENTER, ENTER, ENTER,  # wisseling: own handover under 'anders', deputy
    ENTER, ENTER, ENTER, ENTER,  # gemeenteraad, verankering: own texts under 'anders'
    ENTER, ENTER,  # evaluatie: dates, method
    ENTER, ENTER,  # uitvoeringsplan: own text under 'anders'
    ENTER,  # vooraf informeren
]


def _example_with_an_own_safeguard(tmp_path: Path) -> tuple[Path, Draft]:
    answers_file = tmp_path / "antwoorden.yaml"
    answers_file.write_text(EXAMPLE.read_text().replace(
        "  vooraf_informeren_werkdagen: 10\n",
        f"  vooraf_informeren_werkdagen: 10\n  overig:\n    - {OWN_SAFEGUARD}\n"))
    draft = Draft.from_answers_file(answers_file)
    draft.done.update(f"sectie:{section.key}" for section in SECTIONS)
    return answers_file, draft


def test_revising_own_safeguards_starts_from_the_file(tmp_path):
    answers_file, draft = _example_with_an_own_safeguard(tmp_path)
    keys = [REVIEW_EDIT_SAFEGUARDS] + EXAMPLE_SAFEGUARDS_KEPT + [
        ENTER,  # own safeguard 1, prefilled from the file: kept
        type_("elk voorjaar een buurtschouw"), ENTER,  # one added
        ENTER]  # build
    original = answers_file.read_text()
    run_wizard(keys, draft)
    assert load_answers(answers_file).safeguards.other == [OWN_SAFEGUARD, "elk voorjaar een buurtschouw"]
    # Every question was asked with the answer from the file; what was kept is written as it was.
    revised = answers_file.read_text()
    assert revised.split("  overig:")[0] == original.split("  overig:")[0]


def test_unticking_anders_removes_the_own_safeguards(tmp_path):
    answers_file, draft = _example_with_an_own_safeguard(tmp_path)
    untick_other = DOWN * 9 + SPACE + ENTER
    keys = [REVIEW_EDIT_SAFEGUARDS, untick_other] + EXAMPLE_SAFEGUARDS_KEPT[1:] + [ENTER]  # build
    run_wizard(keys, draft)
    assert load_answers(answers_file).safeguards.other == []
    assert "overig" not in answers_file.read_text()


REVIEW_EDIT_GOALS = pick(7)  # build, stop, then the sections: soort, algemeen, partijen, aanleiding, doelen


def test_revising_from_the_review_screen_changes_only_what_was_changed(tmp_path):
    original = EXAMPLE.read_text()
    keys = [REVIEW_EDIT_GOALS,
            pick(3), pick(1), ENTER, replace("ten minste 70% van de huishoudens praat mee"), ENTER,  # goal 1: edit
            pick(5), pick(2), YES,  # goal 3: remove
            pick(2),  # done with goals
            ENTER]  # build
    answers_file, (outcome, printed) = _revise_example(tmp_path, keys)

    assert outcome.answers == answers_file, "the revised file is written where it came from"
    revised = answers_file.read_text()
    answers = load_answers(answers_file)
    assert [goal.result for goal in answers.goals] == [
        "ten minste 70% van de huishoudens praat mee",
        "het college legt een wijkuitvoeringsplan voor Oosterwijk ter vaststelling aan de gemeenteraad voor"]
    # Comments, key order and the way values were written stay as the user wrote them.
    assert revised.splitlines()[:2] == original.splitlines()[:2]
    assert 'versie: "0.4"' in revised and 'kvk: "71234567"' in revised and "bedrag: 45000" in revised
    untouched = original.split("rollen:")[1]
    assert revised.split("rollen:")[1] == untouched
    assert revised.split("doelen:")[0] == original.split("doelen:")[0]


def test_revising_adds_new_answers_in_the_answers_file_order(tmp_path):
    original = EXAMPLE.read_text().replace("ondertekening:\n  plaats: Noorderzijl\n", "")
    answers_file = tmp_path / "antwoorden.yaml"
    answers_file.write_text(original)
    draft = Draft.from_answers_file(answers_file)
    draft.done.update(f"sectie:{section.key}" for section in SECTIONS)
    keys = [pick(13), type_("Noorderzijl"), type_("1-3-2027"), ENTER]  # Wijzig: Ondertekening, then build
    outcome, _ = run_wizard(keys, draft)
    answers = load_answers(answers_file)
    assert answers.signing.date == dt.date(2027, 3, 1)
    keys_in_file = [line.split(":")[0] for line in answers_file.read_text().splitlines()
                    if line and line[0].isalpha()]
    assert keys_in_file[-3:] == ["persoonsgegevens", "looptijd", "ondertekening"]


def test_revising_a_section_asks_every_question_with_the_answer_from_the_file(tmp_path):
    keys = [pick(12),  # Wijzig: Looptijd
            ENTER, replace("30-6-2030"), ENTER, ENTER, ENTER, ENTER,  # start kept, end changed, the rest kept
            ENTER]  # build
    answers_file, (outcome, _) = _revise_example(tmp_path, keys)
    term = load_answers(answers_file).term
    assert (term.start, term.end, term.notice_months) == (dt.date(2027, 2, 1), dt.date(2030, 6, 30), 6)
    original, revised = EXAMPLE.read_text(), answers_file.read_text()
    assert revised.replace("einde: 2030-06-30", "einde: 2029-12-31") == original


def test_an_incomplete_answer_blocks_the_build_and_leads_to_its_section(tmp_path):
    answers_file = tmp_path / "antwoorden.yaml"
    answers_file.write_text(EXAMPLE.read_text().replace("  start: 2027-02-01\n", ""))
    draft = Draft.from_answers_file(answers_file)
    draft.done.update(f"sectie:{section.key}" for section in SECTIONS)
    keys = [ENTER,  # build: refused, start date missing
            YES, type_("1-2-2027"), ENTER, ENTER, ENTER, ENTER, ENTER,  # fill in the term
            ENTER]  # build again
    outcome, printed = run_wizard(keys, draft)
    assert any("looptijd" in line and "ontbreekt" in line for line in printed)
    assert load_answers(outcome.answers).term.start == dt.date(2027, 2, 1)


@dataclass
class StubFinding:
    code: str
    message: str
    place: str
    source: str = "onderzoek §2.4.1"
    suggestion: str = "Schrijf een meetbaar resultaat."
    why: str = ""
    acknowledged: str | None = None


def test_warnings_are_shown_when_a_section_is_done_and_can_be_improved_at_once(tmp_path, monkeypatch):
    def check(answers):
        return [StubFinding("AK101", "Het doel heeft geen meetbaar resultaat.", f"doelen[{i}].resultaat")
                for i, goal in enumerate(answers.goals) if not goal.result]

    monkeypatch.setattr(akkoord.checks, "check_answers", check)
    keys = (TYPE + TITLE + PARTIES + BACKGROUND
            + [type_("Bewoners kennen de warmteplannen"), ENTER, ENTER, ENTER]  # a goal without result
            + [pick(1)]  # the warning: improve now
            + [ENTER, type_("300 bezoekers"), ENTER])  # the goal opens at once: add its result
    outcome, printed = run_wizard(keys, Draft(folder=tmp_path), interrupt=True)
    warnings = [line for line in printed if "AK101" in line]
    assert len(warnings) == 1, "shown once, gone after the improvement"
    assert any("onderzoek §2.4.1" in line for line in printed)
    assert Draft.from_concept(outcome.concept).data["doelen"][0]["resultaat"] == "300 bezoekers"


def test_a_warning_can_be_acknowledged_with_a_reason(tmp_path, monkeypatch):
    monkeypatch.setattr(akkoord.checks, "check_answers", lambda answers: [
        StubFinding("AK503", "Geen volmacht.", "partijen[1].volmacht")] if "AK503" not in answers.acknowledged else [])
    keys = TYPE + TITLE + PARTIES + [pick(3), type_("De burgemeester tekent alsnog zelf.")]
    outcome, _ = run_wizard(keys, Draft(folder=tmp_path), interrupt=True)
    draft = Draft.from_concept(outcome.concept)
    assert draft.data["erkend"]["AK503"] == "De burgemeester tekent alsnog zelf."
    assert "sectie:aanleiding" not in draft.done


def test_choosing_an_intentieovereenkomst_asks_for_decision_points(tmp_path):
    keys = [YES, pick(3), pick(2), pick(2), ENTER]  # no roles, no money, not binding: advice IO
    keys += TITLE + PARTIES + BACKGROUND + GOALS
    outcome, printed = run_wizard(keys, Draft(folder=tmp_path), interrupt=True)
    assert any("Advies: een intentieovereenkomst" in line for line in printed)
    draft = Draft.from_concept(outcome.concept)
    assert draft.data["soort"] == "intentieovereenkomst"
    assert draft.data["titel"] == "Intentieovereenkomst aardgasvrij Oosterwijk"


def test_the_welcome_says_the_help_stands_above_each_question(tmp_path):
    _, printed = run_wizard([], Draft(folder=tmp_path), interrupt=True)
    welcome = next(line for line in printed if line.startswith("Welkom"))
    assert "boven elke vraag" in welcome and "onder elke vraag" not in welcome


INITIATIVE_NAME = type_("Buurtvereniging Oosterwijk")


@pytest.mark.parametrize("legal_form, notice", [(pick(4), True), (pick(2), False), (pick(5), False)])
def test_a_vereniging_without_notarial_statutes_hears_about_the_board_members_liability(tmp_path, legal_form, notice):
    keys = TYPE + TITLE + [INITIATIVE_NAME, legal_form]
    outcome, printed = run_wizard(keys, Draft(folder=tmp_path), interrupt=True)
    said = [line for line in printed if "aansprakelijk" in line and "Let op" in line]
    assert bool(said) == notice
    if notice:
        assert Draft.from_concept(outcome.concept).data["partijen"][0]["rechtsvorm"] == "informele-vereniging"
        assert "bestuurders" in said[0] and "2:30" in said[0]


def test_the_legal_form_help_puts_bw_2_30_with_the_vereniging_not_with_the_werkgroep(tmp_path):
    _, printed = run_wizard(TYPE + TITLE + [INITIATIVE_NAME], Draft(folder=tmp_path), interrupt=True)
    help_ = " ".join(" ".join(line.split()) for line in printed if "Bepaalt wie er tekent" in line)
    assert "kan alleen via personen tekenen (BW art. 2:30)" not in help_
    assert "vereniging zonder notariële statuten zijn de bestuurders naast de vereniging aansprakelijk (BW art. 2:30)" in help_
