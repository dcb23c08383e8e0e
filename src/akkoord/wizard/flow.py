"""The wizard from first question to document: sections in order, warnings per section, review, build."""

from __future__ import annotations

import copy
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from pydantic import ValidationError

from akkoord.answers.loading import answers_from_data, yaml_reader
from akkoord.answers.model import Answers
from akkoord.errors import UserError
from akkoord.output import write_file
from akkoord.wizard.asking import Form, Session, UI, describe
from akkoord.wizard.draft import Draft, prune, slug, walk
from akkoord.wizard.sections import FIELD_QUESTIONS, ITEM_FORMS, SECTIONS, Section, field_of, section_of
from akkoord.wizard.summary import summarise


@dataclass(frozen=True)
class Outcome:
    """How the wizard ended: with an answers file and document, or with a concept to resume."""

    answers: Path | None = None
    document: Path | None = None
    concept: Path | None = None
    interrupted: bool = False


class Wizard:
    def __init__(self, ui: UI, draft: Draft, *, make_document: Callable[[Path, Path], Any] | None = None) -> None:
        self.ui = ui
        self.draft = draft
        self.session = Session(ui, draft)
        self.root = Form(self.session, draft.data, Answers)
        #: Builds the .docx from the answers file: (answers, target) -> BuildResult.
        self.make_document = make_document or _build_document

    def run(self) -> Outcome:
        try:
            self.fill()
            return self.review()
        except KeyboardInterrupt:
            return Outcome(concept=self.draft.save(), interrupted=True)

    # filling in -----------------------------------------------------------------------------------------

    def fill(self) -> None:
        """Ask every section not finished yet, starting at the first unanswered question."""
        if not self.draft.data:
            self.ui.say("Welkom. Beantwoord de vragen; boven elke vraag staat een korte uitleg waarom hij ertoe doet.",
                        style="bold")
            self.ui.say("Enter neemt een voorgesteld antwoord over. Aan het eind kun je alles nog wijzigen.\n"
                        "Stoppen kan altijd met Ctrl-C: alles wat je invulde wordt bewaard.")
        elif not all(self.draft.finished(f"sectie:{section.key}") for section in SECTIONS):
            source = self.draft.concept or self.draft.target
            self.ui.say("Verder waar je gebleven was" + (f" ({source.name})." if source else "."), style="bold")
        for number, section in enumerate(SECTIONS, start=1):
            marker = f"sectie:{section.key}"
            if self.draft.finished(marker):
                continue
            self.ui.heading(f"{number}/{len(SECTIONS)} {section.title}", section.why)
            section.ask(self.session, self.root)
            self.draft.mark(marker)
            self.draft.save()
            self.offer_warnings(section)

    def revise(self, section: Section) -> None:
        self.ui.heading(section.title, section.why)
        self.ask_again(section)
        self.draft.save()
        self.offer_warnings(section)

    # warnings per section -----------------------------------------------------------------------------

    def offer_warnings(self, section: Section) -> None:
        while findings := section_findings(self.draft, section):
            self.ui.warn(f"Let op: {len(findings)} waarschuwing(en) bij {section.title.lower()}:")
            for finding in findings:
                where = self.where(str(finding.place or ""))
                self.ui.say(f"  {finding.code} {finding.message}{where}", style="fg:ansiyellow")
                why = getattr(finding, "why", "") or ""
                if why or finding.source:
                    self.ui.say(f"     Waarom: {why} ({finding.source})" if why else f"     Waarom: {finding.source}")
                if finding.suggestion:
                    self.ui.say(f"     Beter: {finding.suggestion}")
            picked = self.ui.select("Wat doe je met de waarschuwing(en)?", [
                ("Antwoorden nu verbeteren", "improve"),
                ("Verder; ik kom er in het overzicht op terug", "next"),
                ("Bewust zo laten (je geeft een reden; de waarschuwing verdwijnt)", "acknowledge"),
            ], default="improve")
            if picked == "next":
                return
            if picked == "improve":
                self.improve(section, [str(finding.place or "") for finding in findings])
                self.draft.save()
            else:
                self.acknowledge(findings)

    def where(self, place: str, limit: int = 50) -> str:
        """' (bij: <the item>)' for a warning about one item of a list, ' (bij: wisseling › plaatsvervanger)'
        for one about a field inside a section, so the user knows which answer it is about."""
        match = re.match(r"^(\w+)\[(\d+)\]", place)
        items = self.draft.data.get(match.group(1)) if match else None
        if not match and "." in place:
            inside = re.sub(r"\[(\d+)\]", lambda number: f" {int(number.group(1)) + 1}", place.split(".", 1)[1])
            return f" (bij: {' › '.join(part.replace('_', ' ') for part in inside.split('.'))})"
        if not match or not isinstance(items, list) or int(match.group(2)) >= len(items):
            return ""
        item = items[int(match.group(2))]
        name = next((item.get(key) for key in ("naam", "omschrijving", "taak", "bron", "rol") if item.get(key)), None)
        return f" (bij: {describe(name, limit)})" if name else f" (bij nummer {int(match.group(2)) + 1})"

    def improve(self, section: Section, places: list[str]) -> None:
        """Open what the warnings point at: a list item itself, else just the fields concerned, else the section."""
        for place in places:
            match = re.match(r"^(\w+)\[(\d+)\]", place)
            items = self.draft.data.get(match.group(1)) if match else None
            if match and match.group(1) in ITEM_FORMS and isinstance(items, list) and int(match.group(2)) < len(items):
                model, fill = ITEM_FORMS[match.group(1)]
                fill(Form(self.session.revising(), items[int(match.group(2))], model), int(match.group(2)))
                return
        fields = [field_of(place) for place in places]
        if not all(fields):
            self.ask_again(section)
            return
        # A field inside a group that is asked anyway (wisseling and wisseling.plaatsvervanger) is asked once.
        asked = [field for field in dict.fromkeys(fields)
                 if not any(field.startswith(f"{other}.") for other in fields if other != field)]
        session = self.session.revising()
        root = Form(session, self.draft.data, Answers)
        for field in asked:
            FIELD_QUESTIONS[field](root)

    def ask_again(self, section: Section) -> None:
        """Ask a whole section again, every question with its current answer as default."""
        # The forms of the section's groups take their session from the root form, so it revises too.
        session = self.session.revising()
        section.ask(session, Form(session, self.draft.data, Answers))

    def acknowledge(self, findings: list[Any]) -> None:
        acknowledged = self.root.group("erkend", None)
        for finding in findings:
            self.ui.hint(f"{finding.code}: {finding.message}")
            acknowledged.text(finding.code, "Waarom laten jullie dit zo?",
                              "De reden komt in het antwoordenbestand, zodat de andere partij hem ook ziet.",
                              required=True)

    # review and build -------------------------------------------------------------------------------

    def review(self) -> Outcome:
        while True:
            findings = open_findings(self.draft)
            total = sum(len(found) for found in findings.values())
            why = "Controleer alles. Kies een onderdeel om het te wijzigen, of maak het document."
            if total:
                why += ("\nOpen waarschuwingen staan met ! bij hun onderdeel; 'Wijzig' laat ze daarna uitgebreid "
                        "zien, met wat je eraan kunt doen.")
            self.ui.heading(f"Overzicht ({count_warnings(total)})" if total else "Overzicht", why)
            for number, section in enumerate(SECTIONS, start=1):
                found = findings[section.key]
                self.ui.say(f"{number}. {section.title}" + (f" ({count_warnings(len(found))})" if found else ""),
                            style="bold")
                for line in summarise(section, self.draft.data):
                    self.ui.say(f"   {line}")
                for finding in found:
                    self.ui.say(self.warning_line(finding), style="fg:ansiyellow")
            choices = [("Maak het document", "build"), ("Opslaan en later verder", "stop")]
            choices += [(f"Wijzig: {section.title}" + (f" ({count_warnings(len(findings[section.key]))})"
                                                        if findings[section.key] else ""), section.key)
                        for section in SECTIONS]
            picked = self.ui.select("Document maken, of eerst een onderdeel wijzigen?", choices, default="build")
            if picked == "build":
                outcome = self.build()
                if outcome is not None:
                    return outcome
            elif picked == "stop":
                path = self.draft.save()
                self.ui.say(f"Bewaard in {path}. Ga later verder met: akkoord nieuw --hervat {path}")
                return Outcome(concept=path)
            else:
                self.revise(next(section for section in SECTIONS if section.key == picked))

    def warning_line(self, finding: Any) -> str:
        """One line on the review screen: '! AK306 <message> (bij: <the answer>)', the message shortened to fit."""
        where = self.where(str(finding.place or ""), limit=32)
        room = max(20, self.ui.width - len(finding.code) - len(where) - 6)
        line = f"! {finding.code} {describe(finding.message, room)}{where}"
        return "   " + describe(line, self.ui.width - 3)

    def build(self) -> Outcome | None:
        text = self.draft.answers_text()
        name = self.answers_target().name
        try:
            answers_from_data(yaml_reader().load(text), name)
        except UserError as error:
            self.ui.warn("Het document kan nog niet gemaakt worden:")
            self.ui.say(error.message)
            broken = problem_section(error.message)
            if broken is not None and self.session.yes_no(f"Nu '{broken.title}' aanvullen?", "Daarna kom je terug in het overzicht."):
                self.revise(broken)
            return None
        target = self.answers_target()
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
        steps = [f"Open {document.name} in Word en lees het samen met de andere partij(en) door."]
        if warnings:
            steps.append(f"Er staan {warnings} waarschuwing(en) als opmerking in het document; "
                         f"'akkoord controleer {answers.name}' toont ze opnieuw.")
        steps += [f"Iets wijzigen? 'akkoord nieuw --vanaf {answers.name}', of pas {answers.name} aan en "
                  f"maak het document opnieuw met 'akkoord maak {answers.name}'.",
                  "Laat de jurist van de gemeente het concept lezen voordat er getekend wordt."]
        for number, step in enumerate(steps, start=1):
            self.ui.say(f"  {number}. {step}")


def _build_document(answers: Path, target: Path) -> Any:
    from akkoord.build import BuildOptions, Builder

    return Builder(BuildOptions()).build(answers, target)


# --- helpers ----------------------------------------------------------------------------------------

_PLACEHOLDER_PARTIES = {
    "initiatief": {"id": "wizard-initiatief", "soort": "initiatief", "naam": "-", "rechtsvorm": "stichting"},
    "gemeente": {"id": "wizard-gemeente", "soort": "gemeente", "naam": "-", "rechtsvorm": "gemeente"},
}


def section_findings(draft: Draft, section: Section) -> list[Any]:
    """The open warnings for one section, judged on the answers so far (missing sections filled in neutrally)."""
    from akkoord.checks import check_answers

    data = copy.deepcopy(draft.data)
    prune(data, "", set())
    data.setdefault("soort", "samenwerkingsovereenkomst")
    data.setdefault("titel", "-")
    data.setdefault("gebied", "-")
    parties = data.setdefault("partijen", [])
    for kind, placeholder in _PLACEHOLDER_PARTIES.items():
        if not any(isinstance(party, dict) and party.get("soort") == kind for party in parties):
            parties.append(dict(placeholder))
    term = data.setdefault("looptijd", {})
    if isinstance(term, dict) and "start" not in term:
        # Until the term is asked, assume it starts at the first date answered, not today: checks that
        # compare with the budget year would otherwise warn about money that is simply in the future.
        # Only dates of planned work count: a college decision or volmacht lies in the past.
        planned = {key: data.get(key) for key in ("doelen", "participatie", "financiering")}
        dates = [value for _, _, _, value in walk(planned) if isinstance(value, dt.date)]
        term["start"] = min(dates, default=dt.date.today())
    try:
        answers = Answers.model_validate(data)
    except ValidationError:
        return []
    return [finding for finding in check_answers(answers)
            if not finding.acknowledged and section_of(str(finding.place or "")) is section]


def open_findings(draft: Draft) -> dict[str, list[Any]]:
    """The open warnings per section key: one check over the whole draft when it is complete, else per section."""
    from akkoord.checks import check_answers

    data = copy.deepcopy(draft.data)
    prune(data, "", set())
    try:
        answers = Answers.model_validate(data)
    except ValidationError:
        return {section.key: section_findings(draft, section) for section in SECTIONS}
    grouped: dict[str, list[Any]] = {section.key: [] for section in SECTIONS}
    for finding in check_answers(answers):
        section = section_of(str(finding.place or ""))
        if not finding.acknowledged and section is not None:
            grouped[section.key].append(finding)
    return grouped


def count_warnings(number: int) -> str:
    return f"{number} open waarschuwing" if number == 1 else f"{number} open waarschuwingen"


def problem_section(message: str) -> Section | None:
    """The first section named in a located error message ('x.yaml, regel 3, doelen[0].resultaat: ...')."""
    for match in re.finditer(r"(?:^|, )([a-z_]+)(?=[\[.:])", message, re.M):
        if (section := section_of(match.group(1))) is not None:
            return section
    return None
