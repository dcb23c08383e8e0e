"""Driving the real wizard prompts from a test: keystrokes through prompt_toolkit's pipe input."""

from __future__ import annotations

import re
from pathlib import Path

from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from akkoord.wizard.draft import Draft
from akkoord.wizard.flow import Outcome, Wizard
from akkoord.wizard.sections import SECTIONS
from akkoord.wizard.ui import QuestionaryUI

ENTER = "\r"
DOWN = "\x1b[B"
SPACE = " "
CTRL_C = "\x03"
CLEAR = "\x15"  # Ctrl-U: empty the line, to replace a prefilled answer


def type_(text: str) -> str:
    return text + ENTER


def pick(position: int) -> str:
    """Choose the option at this position (1-based) in a choice list, by its shortcut key."""
    return "1234567890abcdefghijklmnopqrstuvwxyz"[position - 1] + ENTER


def replace(text: str) -> str:
    return CLEAR + text + ENTER


YES, NO = pick(1), pick(2)


def run_wizard(keys: list[str], draft: Draft, *, interrupt: bool = False) -> tuple[Outcome, list[str]]:
    """Run the wizard on `draft` with these keystrokes; Ctrl-C after the last one when `interrupt`."""
    printed: list[str] = []
    with create_pipe_input() as pipe:
        pipe.send_text("".join(keys) + (CTRL_C if interrupt else ""))
        with create_app_session(input=pipe, output=DummyOutput()):
            wizard = Wizard(QuestionaryUI(printer=lambda text="", **_: printed.append(str(text))), draft)
            outcome = wizard.run()
    return outcome, printed


# --- one whole samenwerkingsovereenkomst, section by section ---------------------------------------

TYPE = [YES, pick(1), pick(1), pick(1), ENTER]  # help choosing: roles, money, binding all yes; take the advice
TITLE = [type_("Oosterwijk"), ENTER]
PARTIES = [
    type_("Energiecoöperatie Oosterwijk U.A."), pick(1), ENTER,
    type_("1234"), type_("5678"),  # a KvK number of four digits is refused; completed to eight
    type_("Lindelaan 12, 9731 AB Noorderzijl"), ENTER,  # the seat suggested from the address
    type_("mevrouw J.M. Bakker"), type_("voorzitter"), NO,
    type_("Noorderzijl"), ENTER, ENTER,
    type_("de heer P. de Haan"), ENTER,
    type_("12-1-2027"), type_("Z/27/004512"), ENTER,
    ENTER,  # menu: done
]
BACKGROUND = [type_("Samen Oosterwijk aardgasvrij maken"), ENTER, ENTER]
GOALS = [type_("Bewoners kennen de warmteplannen"), type_("300 bezoekers op bewonersavonden"),
         type_("31-13-2027"), replace("31-12-2027"),  # month 13 is refused, then corrected
         ENTER]
ROLES = [ENTER, ENTER, ENTER, ENTER,  # initiative: default role, no contact, no hours, no tasks
         ENTER, type_("S. Veenstra"), type_("projectleider"), type_("veenstra@"), type_("noorderzijl.nl"),
         type_("32"), type_("het wijkuitvoeringsplan voorbereiden"), ENTER,
         ENTER]
PARTICIPATION = [SPACE + ENTER,  # bewonersbijeenkomsten
                 ENTER, ENTER, type_("vier avonden"), type_("30-11-2027"), ENTER, ENTER, ENTER,
                 ENTER]
FUNDING = [ENTER, ENTER, ENTER, ENTER, type_("€ 40.000,-"), type_("1-1-2027"), type_("31-12-2026"),
           replace("31-12-2027"),  # an end before the start is refused
           ENTER, ENTER, ENTER, ENTER]
SAFEGUARDS = [ENTER,  # the recommended safeguards as checked
              ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER,
              type_("1-12-2027, 1 december 2028"), ENTER, ENTER, ENTER]
TERM = [type_("1 februari 2027"), type_("2029-12-31"), ENTER, ENTER, ENTER]
SIGNING = [ENTER, ENTER]
ALL_SECTIONS = TYPE + TITLE + PARTIES + BACKGROUND + GOALS + ROLES + PARTICIPATION + FUNDING + SAFEGUARDS + TERM + SIGNING


def new_draft(folder: Path) -> Draft:
    return Draft(folder=folder)


# --- drafts that stop at one section --------------------------------------------------------------

EXAMPLE = Path(__file__).parents[1] / "examples" / "sok-energiecooperatie.yaml"


def draft_at_safeguards_without_a_deputy(folder: Path) -> Draft:
    """Everything answered up to the safeguards, which have a handover but no deputy yet."""
    answers_file = folder / "antwoorden.yaml"
    text = re.sub(r"\n    plaatsvervanger:[^\n]*", "", EXAMPLE.read_text())
    # Every safeguard decided already, so the checklist has nothing left to ask while filling in.
    text = text.replace("  vooraf_informeren_werkdagen: 10\n", "  vooraf_informeren_werkdagen: 10\n  ondersteuner:\n  overig: []\n")
    answers_file.write_text(text)
    draft = Draft.from_answers_file(answers_file)
    draft.done.update(f"sectie:{section.key}" for section in SECTIONS if section.key != "borging")
    return draft
