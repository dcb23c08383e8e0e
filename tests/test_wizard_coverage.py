"""Every answers field has Dutch wording, is asked by the wizard, and what is asked ends up in the document."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_wizard_flow import docx_text
from wizard_driver import Each, ScriptedUI

from akkoord.answers.labels import field_text, has_text, model_paths, pattern
from akkoord.wizard.draft import Draft
from akkoord.wizard.flow import Wizard


#: Answers that make every question come up once: a supporter party, an activity with personal data.
def everything() -> dict:
    return {
    "partijen.meer": Each(["ja", "nee"]), "partijen[2].soort": "ondersteuner",
    # A supporter without a legal person: its signer is a party in their own name, with a place of residence.
    "partijen[2].rechtsvorm": "geen-rechtspersoon", "partijen.wensen_en_bedenkingen.gebruikt": "ja",
    "participatie": ["warmtescan", "anders"], "financiering.eerste": "ja",
    "financiering.meer": Each(["ja", "nee"]), "financiering[1].vorm": "uren",
    "looptijd.beslismomenten.eerste": "ja",
    "overzicht": Each(["__rest__", "__maak__"]),
    }


#: Asked outside the question flow, and tested there: a role for a party added from the review screen,
#: the reason for leaving a warning (test_wizard_flow).
ASKED_ELSEWHERE = {"rollen.partij", "erkend"}


class MarkingUI(ScriptedUI):
    """Types a unique marker into every free-text question that takes one; else its example."""

    def __init__(self, kind: str) -> None:
        super().__init__(dict(everything(), soort=kind, **{"rollen.verantwoordelijkheden": Each([])}))
        self.markers: dict[str, str] = {}

    def text(self, qid, message, *, suggestion="", validate=None, instruction=None):
        if self._key(qid) is not None or qid.endswith(".anders"):
            return super().text(qid, message, suggestion=suggestion, validate=validate, instruction=instruction)
        self._prompt_only(qid, message, suggestion)
        marker = f"Merkteken{len(self.markers) + 1}x"
        if re.search(r"verantwoordelijkheden\[[1-9]\]|overig\[[1-9]\]", qid):
            return ""  # one item per list is enough
        if validate is None or validate(marker) is True:
            self.markers[marker] = qid
            return marker
        example = field_text(qid).example if has_text(qid) else ""
        return example if example and validate(example) is True else ""

    def _prompt_only(self, qid, message, suggestion):
        from wizard_driver import Prompt

        self._prompt(Prompt(qid, message, suggestion))


def run_everything(tmp_path: Path, kind: str) -> MarkingUI:
    ui = MarkingUI(kind)
    folder = tmp_path / kind
    folder.mkdir()
    outcome = Wizard(ui, Draft(folder=folder)).run()
    ui.outcome = outcome
    return ui


@pytest.fixture(scope="module")
def full_runs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("coverage")
    return {kind: run_everything(tmp, kind) for kind in ("intentieovereenkomst", "samenwerkingsovereenkomst")}


def test_every_answers_field_has_dutch_wording():
    missing = [path for path in model_paths() if not has_text(path)]
    assert not missing, f"add these to src/akkoord/answers/labels.yaml: {missing}"


def test_every_field_is_asked_for_some_agreement_or_says_why_not(full_runs):
    asked = {pattern(qid) for ui in full_runs.values() for qid in ui.asked}
    asked |= {pattern(qid).removesuffix(".anders") for qid in asked}
    groups = {path.rpartition(".")[0] for path in model_paths()}
    never = [path for path in model_paths()
             if path not in groups and not field_text(path).not_asked and path not in asked | ASKED_ELSEWHERE]
    assert not never, f"neither asked nor marked niet_gevraagd in labels.yaml: {never}"


@pytest.mark.parametrize("kind", ["intentieovereenkomst", "samenwerkingsovereenkomst"])
def test_every_answer_typed_appears_in_the_document_of_its_type(full_runs, kind):
    ui = full_runs[kind]
    assert ui.outcome.document is not None, ui.printed[-20:]
    text = docx_text(ui.outcome.document)
    unused = sorted({pattern(qid) for marker, qid in ui.markers.items() if marker not in text})
    assert not unused, f"asked in a {kind} but not in its document (restrict 'soorten' in labels.yaml): {unused}"
