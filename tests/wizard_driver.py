"""Driving the wizard by question id: a scripted stand-in for the terminal, so tests name the questions they answer."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from akkoord.wizard.draft import Draft
from akkoord.wizard.flow import Outcome, Wizard

ENTER = ""  # Enter on an empty line: keep the suggestion, or leave the answer open


@dataclass
class Each:
    """Answers for a question that comes more than once (each goal's description ...), in order."""

    answers: list[Any]


@dataclass
class Prompt:
    qid: str
    message: str
    suggestion: Any = None
    choices: list[Any] = field(default_factory=list)
    #: Text already on the line when the question came (what was half typed before a Ctrl-C).
    typed: str = ""


class ScriptedUI:
    """Answers each question by its id ('partijen[0].naam') or its pattern ('partijen.naam');
    a question without an answer gets Enter (text) or its default (choice)."""

    width = 100

    def __init__(self, answers: dict[str, Any] | None = None, *, stop_at: int | None = None,
                 stop_with: type[BaseException] = KeyboardInterrupt) -> None:
        self.answers = dict(answers or {})
        self.prompts: list[Prompt] = []
        self.printed: list[str] = []
        self.problems: dict[str, list[str]] = {}
        self.stop_at, self.stop_with = stop_at, stop_with

    @property
    def asked(self) -> list[str]:
        return [prompt.qid for prompt in self.prompts]

    def _key(self, qid: str) -> str | None:
        """The answer key for a question: its id, else the most specific pattern that fits it
        ('partijen[0].vertegenwoordigers.naam' fits 'partijen[0].vertegenwoordigers[1].naam')."""
        if qid in self.answers:
            return qid
        for key in sorted(self.answers, key=lambda key: -key.count("[")):
            regex = re.sub(r"(\w+)(?!\w|\\\[)", r"\1(?:\\[\\d+\\])?", re.escape(key))
            if re.fullmatch(regex, qid):
                return key
        return None

    def _answer(self, qid: str, fallback: Any) -> Any:
        key = self._key(qid)
        if key is None:
            return fallback
        value = self.answers[key]
        if isinstance(value, Each):
            return value.answers.pop(0) if value.answers else fallback
        return value

    def _prompt(self, prompt: Prompt) -> None:
        if self.stop_at is not None and len(self.prompts) == self.stop_at:
            self.stopped = prompt
            raise self.stop_with()
        self.prompts.append(prompt)

    # telling
    def heading(self, title: str, why: str | None = None) -> None:
        self.printed.append(f"── {title}")
        if why:
            self.printed.append(why)

    def say(self, text: str = "", style: str | None = None) -> None:
        self.printed.append(text)

    def hint(self, text: str) -> None:
        self.printed.append(text)

    def warn(self, text: str) -> None:
        self.printed.append(text)

    # asking
    def text(self, qid: str, message: str, *, suggestion: str = "", validate: Any = None,
             instruction: str | None = None, typed: str = "") -> str:
        self._prompt(Prompt(qid, message, suggestion, typed=typed))
        while True:
            typed = str(self._answer(qid, ENTER))
            verdict = validate(typed) if validate else True
            if verdict is True:
                return typed
            self.problems.setdefault(qid, []).append(verdict)
            if not isinstance(self.answers.get(self._key(qid) or ""), Each):
                raise AssertionError(f"{qid}: '{typed}' refused: {verdict}")

    def select(self, qid: str, message: str, choices: Any, default: Any = None) -> Any:
        values = [value for _, value in choices]
        self._prompt(Prompt(qid, message, default, list(choices)))
        picked = self._answer(qid, default if default in values else values[0])
        if picked not in values:
            labels = [label for label, value in choices if value == picked or label == picked]
            if not labels:
                raise AssertionError(f"{qid}: {picked!r} is not one of {choices}")
            picked = next(value for label, value in choices if label == picked)
        return picked

    def checkbox(self, qid: str, message: str, choices: Any, checked: Any = ()) -> list[Any]:
        self._prompt(Prompt(qid, message, list(checked), list(choices)))
        return list(self._answer(qid, list(checked)))


def run_wizard(draft: Draft, answers: dict[str, Any] | None = None, *, make_document: Any = None,
               stop_at: int | None = None, stop_with: type[BaseException] = KeyboardInterrupt
               ) -> tuple[Outcome, ScriptedUI]:
    ui = ScriptedUI(answers, stop_at=stop_at, stop_with=stop_with)
    outcome = Wizard(ui, draft, make_document=make_document).run()
    return outcome, ui


#: A minimal intentieovereenkomst: only what decides it, every other question left for later.
IO_MINIMAL: dict[str, Any] = {
    "soort": "intentieovereenkomst",
    "gebied": "Zuiderveld",
    "partijen[0].naam": "Werkgroep Warm Zuiderveld",
    "partijen[0].vertegenwoordigers.naam": "mevrouw H. Dijkstra",
    "partijen[0].vertegenwoordigers.functie": "coördinator van de werkgroep",
    "partijen[1].naam": "Staphorstland",
    "partijen[1].vertegenwoordigers.naam": "mevrouw A. van der Meer",
    "partijen[1].vertegenwoordigers.functie": "wethouder Duurzaamheid",
    "aanleiding.waarom": "Bewoners willen zelf meebepalen hoe Zuiderveld van het aardgas af gaat.",
    "doelen.omschrijving": "Een gezamenlijk beeld van de warmteopties voor Zuiderveld",
    "doelen.resultaat": "een dorpswarmteplan met drie uitgewerkte opties",
    "doelen.streefdatum": "15-12-2027",
    "participatie": [],
    "financiering.eerste": "nee",
    "borging.overleg.frequentie": "elke vier weken",
    "borging.bestuurlijk_overleg.frequentie": "twee keer per jaar",
    "looptijd.start": "1-4-2027",
    "looptijd.einde": "31-3-2028",
    "looptijd.beslismomenten.datum": "1-2-2028",
    "overzicht": "__maak__",
}


def new_draft(folder: Path) -> Draft:
    return Draft(folder=folder)
