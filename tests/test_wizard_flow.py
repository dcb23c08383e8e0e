"""The wizard driven by question id: the short path, validation, interruptions, the review screen."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from wizard_driver import IO_MINIMAL, Each
from wizard_driver import run_wizard as run_and_build

from akkoord.answers.loading import answers_from_data, load_answers
from akkoord.errors import UserError
from akkoord.wizard.asking import Interrupted
from akkoord.wizard.draft import Draft


def run_wizard(draft, answers=None, **kwargs):
    """The wizard, with a stand-in for the .docx where the test does not read the document."""
    kwargs.setdefault("make_document", lambda answers, target: _fake_build(target))
    return run_and_build(draft, answers, **kwargs)

EXAMPLE = Path(__file__).parents[1] / "examples" / "sok-energiecooperatie.yaml"


def docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as docx:
        xml = docx.read("word/document.xml").decode()
    return " ".join(re.sub(r"<[^>]+>", "", re.sub(r"</w:p>", " ", xml)).split())


def test_a_minimal_io_takes_at_most_40_questions_and_every_answer_is_in_the_document(tmp_path):
    outcome, ui = run_and_build(Draft(folder=tmp_path), dict(IO_MINIMAL))
    assert len(ui.prompts) <= 40, ui.asked
    answers = load_answers(outcome.answers)  # what 'akkoord maak' reads
    assert answers.is_io and answers.municipality.name == "gemeente Staphorstland"
    assert answers.term.decision_points[0].subject == "of partijen een samenwerkingsovereenkomst aangaan"
    text = docx_text(outcome.document)
    for value in ("Werkgroep Warm Zuiderveld", "mevrouw H. Dijkstra", "coördinator van de werkgroep",
                  "mevrouw A. van der Meer", "een dorpswarmteplan met drie uitgewerkte opties", "elke vier weken",
                  "15 december 2027", "1 april 2027"):
        assert value in text, value
    assert not list(tmp_path.glob("*.concept.yaml")), "the concept is removed once the answers file is written"


def test_enter_keeps_a_suggestion_and_typing_replaces_it(tmp_path):
    answers = dict(IO_MINIMAL, **{"rollen[1].rol": "regisseur van de aanpak in Zuiderveld"})
    outcome, ui = run_wizard(Draft(folder=tmp_path), answers)
    prompts = {prompt.qid: prompt for prompt in ui.prompts}
    assert prompts["rollen[0].rol"].suggestion == "trekker van de bewonersparticipatie"
    roles = [role.role for role in load_answers(outcome.answers).roles]
    assert roles == ["trekker van de bewonersparticipatie", "regisseur van de aanpak in Zuiderveld"]
    assert prompts["partijen[0].aanduiding"].suggestion == "de Werkgroep", "the legal form read from the name"
    assert "Werkgroep" in prompts["rollen[0].rol"].message, "questions use the party's own name"


def test_the_wizard_refuses_what_the_answers_file_refuses_with_the_same_message(tmp_path):
    answers = dict(IO_MINIMAL, **{"doelen.streefdatum": Each(["31-02-2027", "28-02-2027"])})
    outcome, ui = run_wizard(Draft(folder=tmp_path), answers)
    [message] = ui.problems["doelen[0].streefdatum"]
    assert "februari 2027 heeft 28 dagen" in message
    data = load_answers_data(outcome.answers)
    data["doelen"][0]["streefdatum"] = "31-02-2027"
    try:
        answers_from_data(data, "x.yaml")
    except UserError as error:
        assert message in error.message
    else:
        raise AssertionError("the answers file accepts what the wizard refused")


def load_answers_data(path: Path):
    from akkoord.answers.loading import yaml_reader

    return yaml_reader().load(path.read_text())


def test_every_way_of_stopping_at_every_question_resumes_there_and_keeps_everything(tmp_path):
    reference, _ = run_wizard(Draft(folder=tmp_path / "in-one-go"), dict(IO_MINIMAL)) if (
        tmp_path / "in-one-go").mkdir() is None else (None, None)
    folder = tmp_path / "stopped"
    folder.mkdir()
    outcome, ui = run_wizard(Draft(folder=folder), dict(IO_MINIMAL), stop_at=0)
    stops = 0
    while outcome.interrupted:
        stopped = ui.stopped.qid
        stop_with = (KeyboardInterrupt, EOFError)[stops % 2]
        outcome, ui = run_wizard(Draft.from_concept(outcome.concept), dict(IO_MINIMAL), stop_at=1,
                                 stop_with=stop_with)
        assert ui.asked[0] == stopped, f"stopped at {stopped}, resumed at {ui.asked[0]}"
        stops += 1
    assert stops >= 30
    assert outcome.answers.read_text() == reference.answers.read_text()


def test_what_was_half_typed_at_a_ctrl_c_is_on_the_line_again_when_the_wizard_goes_on(tmp_path):
    _, reference = run_wizard(Draft(folder=tmp_path / "ref"), dict(IO_MINIMAL)) if (
        tmp_path / "ref").mkdir() is None else (None, None)
    where = reference.asked.index("doelen[0].omschrijving")
    half = 'Een gezamenlijk beeld: "warmte" van'
    outcome, ui = run_wizard(Draft(folder=tmp_path), dict(IO_MINIMAL), stop_at=where,
                             stop_with=lambda: Interrupted(half))
    assert outcome.interrupted and outcome.half_typed and ui.stopped.qid == "doelen[0].omschrijving"
    assert half not in answers_part(outcome.concept), "half an answer is not an answer"
    # Stopped again at once, with the same text still on the line: it is kept again.
    outcome, ui = run_wizard(Draft.from_concept(outcome.concept), dict(IO_MINIMAL), stop_at=0,
                             stop_with=lambda: Interrupted(half))
    assert outcome.half_typed
    outcome, ui = run_wizard(Draft.from_concept(outcome.concept), dict(IO_MINIMAL))
    assert ui.prompts[0].qid == "doelen[0].omschrijving" and ui.prompts[0].typed == half
    assert [prompt.qid for prompt in ui.prompts if prompt.typed] == ["doelen[0].omschrijving"]
    assert not outcome.interrupted and outcome.answers is not None


def test_a_ctrl_c_on_an_empty_line_keeps_nothing_half_typed(tmp_path):
    outcome, _ui = run_wizard(Draft(folder=tmp_path), dict(IO_MINIMAL), stop_at=3, stop_with=lambda: Interrupted(" "))
    assert outcome.interrupted and not outcome.half_typed
    assert "half-getypt" not in outcome.concept.read_text()


def answers_part(concept: Path) -> str:
    return "".join(line for line in concept.read_text().splitlines(keepends=True)
                   if not line.startswith("# akkoord-nieuw:"))


def test_a_concept_is_named_after_the_title_and_resumes_at_the_open_question(tmp_path):
    outcome, _ui = run_wizard(Draft(folder=tmp_path), dict(IO_MINIMAL), stop_at=5, stop_with=EOFError)
    assert outcome.interrupted
    assert outcome.concept == tmp_path / "intentieovereenkomst-aardgasvrij-zuiderveld.concept.yaml"
    assert "akkoord nieuw --hervat" in outcome.concept.read_text()


def test_the_wizard_writes_text_that_a_yaml_1_1_reader_would_misread_quoted(tmp_path):
    outcome, _ = run_wizard(Draft(folder=tmp_path), dict(IO_MINIMAL, gebied="On", titel="nee"))
    answers = load_answers(outcome.answers)
    assert (answers.area, answers.title) == ("On", "nee")


def test_nee_to_money_asks_no_funding_and_the_list_menus_default_to_going_on(tmp_path):
    _outcome, ui = run_wizard(Draft(folder=tmp_path), dict(IO_MINIMAL))
    assert not [qid for qid in ui.asked if qid.startswith("financiering[")]
    for prompt in ui.prompts:
        if prompt.qid.endswith(".meer"):
            assert prompt.suggestion == "nee", prompt.qid


def test_the_review_screen_fits_24_lines_and_one_answer_changes_alone(tmp_path):
    answers = dict(IO_MINIMAL, overzicht=Each(["looptijd", "__maak__"]),
                   **{"onderdeel.looptijd": Each(["looptijd.einde", "__terug__"]), "looptijd.einde": "30-6-2028"})
    outcome, ui = run_wizard(Draft(folder=tmp_path), answers)
    review = next(prompt for prompt in ui.prompts if prompt.qid == "overzicht")
    assert len(review.choices) + 4 <= 24
    labels = [label for label, _ in review.choices]
    assert all("_" not in label for label in labels), "no internal keys"
    after = ui.asked[ui.asked.index("onderdeel.looptijd"):]
    assert after[:3] == ["onderdeel.looptijd", "looptijd.einde", "onderdeel.looptijd"]
    assert str(load_answers(outcome.answers).term.end) == "2028-06-30"


def test_removing_a_party_removes_or_clears_what_points_at_it(tmp_path):
    answers = dict(IO_MINIMAL, **{
        "partijen.meer": Each(["ja", "nee"]), "partijen[2].soort": "ondersteuner",
        "partijen[2].naam": "Stichting Samen Warm Advies",
        "partijen[2].vertegenwoordigers.naam": "de heer B. Kaya", "partijen[2].vertegenwoordigers.functie": "directeur",
        "overzicht": Each(["partijen", "__maak__"]),
        "partijen.menu": Each([("remove", 2), "back"]), "partijen.verwijderen": "ja"})
    outcome, ui = run_wizard(Draft(folder=tmp_path), answers)
    assert ui.prompts[ui.asked.index("partijen[2].rechtsvorm")].suggestion == "stichting"
    loaded = load_answers(outcome.answers)
    assert [party.id for party in loaded.parties] == ["initiatief", "gemeente"]
    assert [role.party for role in loaded.roles] == ["initiatief", "gemeente"]
    assert any("rol" in line and "weggehaald" in line for line in ui.printed)


def test_akkoord_maak_reads_the_answers_file_exactly_as_the_wizard_meant_it(tmp_path):
    from akkoord.answers.loading import yaml_reader
    from akkoord.answers.model import Answers
    from akkoord.wizard.draft import prune

    draft = Draft(folder=tmp_path)
    outcome, _ = run_wizard(draft, dict(IO_MINIMAL, gebied="On", **{"aanleiding.waarom": "yes"}))
    meant = yaml_reader().load(draft.answers_text())
    prune(meant, "", set())
    assert load_answers(outcome.answers) == Answers.model_validate(meant)


def test_acknowledging_a_warning_keeps_the_reason_and_takes_it_off_the_review_screen(tmp_path):
    answers = dict(IO_MINIMAL, overzicht=Each(["borging", "__maak__"]),
                   **{"onderdeel.borging": Each(["__erken__", "__terug__"]),
                      "onderdeel.borging.erkennen": "AK308",
                      "erkend.AK308": "We spreken de evaluatie na de eerste avond af."})
    outcome, ui = run_wizard(Draft(folder=tmp_path), answers)
    assert load_answers(outcome.answers).acknowledged == {"AK308": "We spreken de evaluatie na de eerste avond af."}
    views = [prompt for prompt in ui.prompts if prompt.qid == "onderdeel.borging"]
    codes = [value for _, value in ui.prompts[ui.asked.index("onderdeel.borging.erkennen")].choices]
    assert "AK308" in codes
    assert len(views) == 2


def test_revising_a_file_changes_one_line_and_keeps_comments_and_style(tmp_path):
    import shutil

    from akkoord.wizard.steps import SECTIONS

    answers_file = tmp_path / "antwoorden.yaml"
    shutil.copy(EXAMPLE, answers_file)
    original = answers_file.read_text()
    draft = Draft.from_answers_file(answers_file)
    draft.done.update(f"sectie:{section.key}" for section in SECTIONS)
    answers = {"overzicht": Each(["looptijd", "__maak__"]),
               "onderdeel.looptijd": Each(["looptijd.opzegtermijn_maanden", "__terug__"]),
               "looptijd.opzegtermijn_maanden": "3"}
    outcome, ui = run_wizard(draft, answers, make_document=lambda answers, target: _fake_build(target))
    assert outcome.answers == answers_file
    changed = [(old, new) for old,
               new in zip(original.splitlines(), answers_file.read_text().splitlines(), strict=False)
               if old != new]
    assert changed == [("  opzegtermijn_maanden: 6", "  opzegtermijn_maanden: 3")]
    assert len(ui.prompts) == 5, ui.asked


def _fake_build(target: Path):
    from types import SimpleNamespace

    target.write_bytes(b"")
    return SimpleNamespace(written=SimpleNamespace(path=target, kept=None), findings=[])


def test_stopping_at_a_warning_decision_resumes_at_that_decision(tmp_path):
    def script() -> dict:
        return dict(IO_MINIMAL, overzicht=Each(["borging", "__maak__"]),
                    **{"onderdeel.borging": Each(["__erken__", "__terug__"]), "onderdeel.borging.erkennen": "AK308",
                       "erkend.AK308": "Na de eerste avond."})

    _, ui = run_wizard(Draft(folder=tmp_path), script())
    stop = ui.asked.index("onderdeel.borging.erkennen")
    (tmp_path / "again").mkdir()
    stopped, ui = run_wizard(Draft(folder=tmp_path / "again"), script(), stop_at=stop)
    assert ui.stopped.qid == "onderdeel.borging.erkennen"
    resumed, ui = run_wizard(Draft.from_concept(stopped.concept), script())
    assert ui.asked[:2] == ["onderdeel.borging", "onderdeel.borging.erkennen"]
    assert load_answers(resumed.answers).acknowledged == {"AK308": "Na de eerste avond."}


def test_a_number_with_its_unit_is_read_as_the_number(tmp_path):
    answers = dict(IO_MINIMAL, overzicht=Each(["__rest__", "__maak__"]),
                   **{"rollen[1].uren_per_maand": "16 uur", "looptijd.opzegtermijn_maanden": "2 maanden"})
    outcome, _ = run_wizard(Draft(folder=tmp_path), answers)
    loaded = load_answers(outcome.answers)
    assert loaded.roles[1].hours_per_month == 16 and loaded.term.notice_months == 2
