"""The wizard from first question to document: the short path, the review screen, the rest, the build."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from akkoord.answers.loading import _dutch_message, answers_from_data, format_path, yaml_reader
from akkoord.answers.model import Answers
from akkoord.errors import UserError
from akkoord.output import write_file
from akkoord.wizard.asking import UI, Form, Session
from akkoord.wizard.draft import Draft, prune, slug
from akkoord.wizard.review import BUILD, REST, STOP, change, open_questions, overview, section_view
from akkoord.wizard.routing import where
from akkoord.wizard.steps import SECTIONS

WELCOME = ("Eerst komen de vragen die deze overeenkomst bepalen. De rest vul je daarna aan vanuit het overzicht, "
           "of je laat het open: dan komt er een open plek in het concept.")
KEYS = ("Een voorstel staat in grijs: Enter neemt het over, typen vervangt het, pijltje rechts zet het in de regel om "
        "het aan te passen. Stoppen kan altijd met Ctrl-C of Ctrl-D: wat je met Enter afrondde blijft bewaard, en "
        "wat je bij Ctrl-C aan het typen was staat de volgende keer weer klaar.")
_REST = "aanvullen:bezig"


@dataclass(frozen=True)
class Outcome:
    """How the wizard ended: with an answers file and document, or with a concept to resume."""

    answers: Path | None = None
    document: Path | None = None
    concept: Path | None = None
    interrupted: bool = False
    #: Stopped with Ctrl-C halfway through typing an answer, which the concept keeps.
    half_typed: bool = False


class Wizard:
    def __init__(self, ui: UI, draft: Draft, *, make_document: Callable[[Path, Path], Any] | None = None) -> None:
        self.ui = ui
        self.draft = draft
        self.session = Session(ui, draft)
        #: Builds the .docx from the answers file: (answers, target) -> BuildResult.
        self.make_document = make_document or _build_document

    def run(self) -> Outcome:
        try:
            self.fill()
            if self.draft.finished(_REST):
                self.fill_rest()
            return self.review()
        except (KeyboardInterrupt, EOFError):
            return Outcome(concept=self.draft.save(), interrupted=True, half_typed=bool(self.draft.half_typed))

    def root(self, session: Session | None = None) -> Form:
        return Form(session or self.session, self.draft.data, Answers)

    # filling in -----------------------------------------------------------------------------------------

    def fill(self) -> None:
        """The short path: every section not finished yet, from the first unanswered question."""
        if not self.draft.data:
            self.ui.say("Welkom. " + WELCOME, style="bold")
            self.ui.say(KEYS)
        elif not all(self.draft.finished(f"sectie:{section.key}") for section in SECTIONS):
            source = self.draft.concept or self.draft.target
            self.ui.say("Verder waar je gebleven was" + (f" ({source.name})." if source else "."), style="bold")
        for number, section in enumerate(SECTIONS, start=1):
            marker = f"sectie:{section.key}"
            if self.draft.finished(marker):
                continue
            self.ui.heading(f"Stap {number} van {len(SECTIONS)} · {section.title}", section.why)
            section.ask(self.root())
            self.draft.mark(marker)
            self.draft.save()

    def fill_rest(self) -> None:
        """Every question the short path left for later, section by section."""
        self.draft.mark(_REST)
        self.draft.save()
        session = self.session.complete()
        todo = [section for section in SECTIONS if open_questions(self.draft, section)]
        for number, section in enumerate(todo, start=1):
            self.ui.heading(f"Aanvullen {number} van {len(todo)} · {section.title}", section.why)
            section.ask(self.root(session))
            self.draft.save()
        self.draft.done.discard(_REST)
        self.draft.save()

    # review and build -------------------------------------------------------------------------------

    def review(self) -> Outcome:
        if self.draft.open_view:
            section_view(self.session, self.draft.open_view)
        while True:
            picked = overview(self.ui, self.draft)
            if picked == BUILD:
                outcome = self.build()
                if outcome is not None:
                    return outcome
            elif picked == REST:
                self.fill_rest()
            elif picked == STOP:
                path = self.draft.save()
                self.ui.say(f"Bewaard in {path}. Ga later verder met: akkoord nieuw (in deze map), of "
                            f"akkoord nieuw --hervat {path}")
                return Outcome(concept=path)
            else:
                section_view(self.session, picked)

    def missing(self) -> list[tuple[str, str]]:
        """What the answers model still needs before a document can be made: (path, Dutch message)."""
        data = copy.deepcopy(self.draft.data)
        prune(data, "", self.draft.own_empty)
        try:
            Answers.model_validate(data)
        except ValidationError as error:
            return [(format_path(tuple(item["loc"])), _dutch_message(item, tuple(item["loc"])))
                    for item in error.errors()]
        return []

    def build(self) -> Outcome | None:
        missing = self.missing()
        if missing:
            self.ui.warn("Het document kan nog niet gemaakt worden; dit is nog nodig:")
            for path, message in missing:
                self.ui.say(f"  {where(self.draft, path) or path}: {message}")
            if self.session.yes_no("maak.aanvullen", "Nu invullen?", "Daarna kom je terug in het overzicht."):
                for path, _ in missing:
                    change(self.session, path)
            return None
        text = self.draft.answers_text()
        target = self.answers_target()
        try:
            answers_from_data(yaml_reader().load(text), target.name)
        except UserError as error:
            self.ui.warn("Het document kan nog niet gemaakt worden:")
            self.ui.say(error.message)
            return None
        written = write_file(target, text.encode("utf-8"), overwrite=self.draft.target is not None)
        self.ui.say("Het document wordt gemaakt …")
        try:
            result = self.make_document(written.path, written.path.with_suffix(".docx"))
        except UserError:
            self.ui.warn(f"Je antwoorden zijn bewaard in {written.path}, maar het document kon niet gemaakt worden.")
            self.draft.discard_concept()
            raise
        self.draft.discard_concept()
        self.tell_what_next(written.path, result.written.path, result.written.kept, len(result.findings))
        return Outcome(answers=written.path, document=result.written.path)

    def answers_target(self) -> Path:
        if self.draft.target is not None:
            return self.draft.target
        return self.draft.folder / f"{slug(str(self.draft.data.get('titel') or ''))}.yaml"

    def tell_what_next(self, answers: Path, document: Path, kept: Path | None, warnings: int) -> None:
        self.ui.heading("Klaar")
        self.ui.say(f"In de map:  {answers.resolve().parent}")
        self.ui.say(f"Antwoorden: {answers.name}")
        self.ui.say(f"Document:   {document.name}")
        if kept is not None:
            self.ui.say(f"  ({kept} bestond al en is bewaard; het nieuwe document kreeg een volgnummer.)")
        self.ui.say("")
        self.ui.say("Wat nu?", style="bold")
        steps = [f"Open {document.name} in Word en lees het samen met de andere partijen door."]
        if warnings:
            steps.append(f"Er staan {warnings} {'waarschuwing' if warnings == 1 else 'waarschuwingen'} als "
                         f"opmerking in het document; 'akkoord controleer {answers.name}' toont ze opnieuw.")
        steps += [f"Iets wijzigen? 'akkoord nieuw --vanaf {answers.name}', of pas {answers.name} aan en "
                  f"maak het document opnieuw met 'akkoord maak {answers.name}'.",
                  "Laat de jurist van de gemeente het concept lezen voordat er getekend wordt."]
        for number, step in enumerate(steps, start=1):
            self.ui.say(f"  {number}. {step}")


def _build_document(answers: Path, target: Path) -> Any:
    from akkoord.build import Builder, BuildOptions

    return Builder(BuildOptions()).build(answers, target)
