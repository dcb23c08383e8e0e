"""The review screen: one line per section, a section opened on demand, one answer changed at a time."""

from __future__ import annotations

import contextlib
import copy
import re
from typing import Any

from ruamel.yaml.comments import CommentedMap

from akkoord.answers.model import Answers
from akkoord.wizard.asking import Form, Session, party_name
from akkoord.wizard.draft import Draft
from akkoord.wizard.review_lists import edit_list, short
from akkoord.wizard.routing import open_findings, warning_lines
from akkoord.wizard.steps import SECTIONS, Section, section_by_key, spec_for
from akkoord.wizard.summary import NOUNS, answers_of, item_name, party_names, section_line

BUILD, REST, STOP, BACK, ALL = "__maak__", "__rest__", "__stop__", "__terug__", "__alles__"
EXPLAIN, ACKNOWLEDGE = "__uitleg__", "__erken__"


class _Counted(Exception):
    pass


class _CountingUI:
    """Stands in for the terminal to count the questions a section would still ask."""

    width = 100

    def __init__(self, limit: int = 60) -> None:
        self.asked, self.limit = 0, limit

    def _one(self) -> None:
        self.asked += 1
        if self.asked >= self.limit:
            raise _Counted

    def heading(self, *_: Any, **__: Any) -> None: ...
    def say(self, *_: Any, **__: Any) -> None: ...
    def hint(self, *_: Any, **__: Any) -> None: ...
    def warn(self, *_: Any, **__: Any) -> None: ...

    def text(self, qid: str, message: str, **_: Any) -> str:
        self._one()
        return ""

    def select(self, qid: str, message: str, choices: Any, default: Any = None) -> Any:
        if not qid.endswith((".meer", ".eerste")):
            self._one()
        values = [value for _, value in choices]
        return default if default in values and not qid.endswith((".eerste",)) else values[-1]

    def checkbox(self, qid: str, message: str, choices: Any, checked: Any = ()) -> list[Any]:
        self._one()
        return list(checked)


class _Scratch(Draft):
    def save(self) -> Any:  # a scratch copy is never written
        return None


def open_questions(draft: Draft, section: Section) -> int:
    """How many questions of a section are still open (asked with every question, not just the short path)."""
    scratch = _Scratch(copy.deepcopy(draft.data), done=set(draft.done), folder=draft.folder)
    ui = _CountingUI()
    session = Session(ui, scratch, short=False)
    with contextlib.suppress(_Counted):
        section.ask(Form(session, scratch.data, Answers))
    return ui.asked


def count_warnings(number: int) -> str:
    return f"{number} waarschuwing" if number == 1 else f"{number} waarschuwingen"


def overview(ui: Any, draft: Draft) -> Any:
    """The review screen: fits 24 lines; returns BUILD, REST, STOP or a section key."""
    findings = open_findings(draft)
    open_counts = {section.key: open_questions(draft, section) for section in SECTIONS}
    total_open = sum(open_counts.values())
    ui.heading("Overzicht", "Kies een onderdeel om het te bekijken of één antwoord te wijzigen, of maak het "
                            "document. Wat nog open is, komt als open plek in het concept.")
    options: list[tuple[str, Any]] = [("Maak het document", BUILD)]
    if total_open:
        options.append((f"Vul de overige vragen in ({total_open} open)", REST))
    for number, section in enumerate(SECTIONS, start=1):
        state = section_line(section, draft.data)
        if open_counts[section.key]:
            state += f" · {open_counts[section.key]} open"
        if findings[section.key]:
            state += f" · ! {count_warnings(len(findings[section.key]))}"
        options.append((short(f"{number}. {section.title}: {state}", ui.width - 6), section.key))
    options.append(("Opslaan en later verder", STOP))
    return ui.select("overzicht", "Wat wil je doen?", options, default=BUILD)


def section_view(session: Session, key: str) -> None:
    """One section: its warnings, and its answers as the choices; change one, or go through them all."""
    draft, ui = session.draft, session.ui
    section = section_by_key(key)
    if key in ("partijen", "doelen", "rollen", "financiering"):
        # A section that is one list: its menu straight away, one choice less.
        draft.open_view = key
        draft.save()
        ui.heading(section.title)
        edit_section_list(session, key)
        draft.open_view = None
        draft.save()
        return
    while True:
        draft.open_view = key
        draft.save()
        ui.heading(section.title)
        options: list[tuple[str, Any]] = [("Terug naar het overzicht", BACK)]
        lists = [k for k in section.keys if k in NOUNS]
        names = party_names(draft.data)
        for list_key in lists:
            _noun, plural = NOUNS[list_key]
            items = draft.data.get(list_key) or []
            named = ", ".join(item_name(list_key, item, names) for item in items) or "nog geen"
            options.append((short(f"{plural.capitalize()}: {named}", ui.width - 8), ("lijst", list_key)))
        rows = [row for row in answers_of(draft.data, Answers, "", draft.data, session.agreement_type)
                if row.path.split(".")[0].split("[")[0] in section.keys and row.path.split(".")[0] not in lists
                and (row.path != "borging.ondersteuner" or "ondersteuner" in party_kinds(draft.data))]
        for row in rows:
            options.append((short(f"{row.label}: {row.value or '(open)'}", ui.width - 8), row.path))
        findings = open_findings(draft)[key]
        for finding in findings:
            at = where_label(draft, str(finding.place or ""))
            ui.say(short(f"! {finding.message}" + (f" (bij: {at})" if at else ""), ui.width - 2),
                   style="fg:ansiyellow")
        if findings:
            options.append(("Waarom deze waarschuwingen, en wat eraan te doen?", EXPLAIN))
            options.append(("Een waarschuwing bewust zo laten …", ACKNOWLEDGE))
        options.append(("Alle vragen van dit onderdeel langslopen", ALL))
        picked = ui.select(f"onderdeel.{key}", f"{section.title}: kies wat je wilt wijzigen", options, default=BACK)
        if picked == BACK:
            draft.open_view = None
            draft.save()
            return
        if picked == ALL:
            section.ask(Form(session.revising(), draft.data, Answers))
        elif picked == EXPLAIN:
            for finding in findings:
                for line in warning_lines(draft, finding):
                    ui.say(line, style="fg:ansiyellow")
        elif picked == ACKNOWLEDGE:
            code = ui.select(f"onderdeel.{key}.erkennen", "Welke waarschuwing laten jullie bewust zo?",
                             [(short(f.message, ui.width - 8), f.code) for f in findings] + [("Terug", BACK)],
                             default=BACK)
            if code != BACK:
                acknowledge(session, code)
        elif isinstance(picked, tuple):
            edit_section_list(session, picked[1])
        else:
            change(session, picked)


def acknowledge(session: Session, code: str) -> None:
    """Leave a warning as it is, with a reason the other parties can read in the answers file."""
    from akkoord.answers.labels import field_text
    from akkoord.wizard.draft import put

    wording = field_text("erkend")
    if not isinstance(session.draft.data.get("erkend"), dict):
        put(session.draft.data, "erkend", CommentedMap(), Answers)
    session.ui.hint(f"{wording.help} Dit geldt voor {code} in de hele overeenkomst, ook voor later toegevoegde "
                    "onderdelen.")
    reason = session.text(f"erkend.{code}", wording.question,
                          validate=lambda text: True if text.strip() else "vul hier iets in; dit is nodig")
    session.draft.data["erkend"][code] = " ".join(reason.split())
    session.draft.save()


_MUNICIPALITY_ONLY = ("collegebesluit", "volmacht")
_NOT_MUNICIPALITY = ("kvk", "zetel", "rechtsvorm")


def _for_party(path: str, kind: object) -> bool:
    """A college decision belongs to the municipality; a KvK number and statutes to the others."""
    field = path.split(".")[1] if "." in path else path
    return field not in (_NOT_MUNICIPALITY if kind == "gemeente" else _MUNICIPALITY_ONLY)


def party_kinds(data: dict) -> set[str]:
    return {str(party.get("soort")) for party in data.get("partijen") or [] if isinstance(party, dict)}


def where_label(draft: Draft, place: str) -> str:
    from akkoord.wizard.routing import where

    return where(draft, place) or place


def edit_section_list(session: Session, key: str) -> None:
    root = Form(session, session.draft.data, Answers)
    edit_list(root, spec_for(session, key), edit=lambda index: item_view(session, key, index))


def item_view(session: Session, key: str, index: int) -> None:
    """One item of a list (a party, a goal): change one of its answers."""
    draft, ui = session.draft, session.ui
    while True:
        items = draft.data.get(key) or []
        if index >= len(items):
            return
        path = f"{key}[{index}]"
        root = Form(session, draft.data, Answers)
        item = root.item(key, index)
        rows = [row for row in answers_of(item.node, item.model, path, draft.data, session.agreement_type)
                if key != "partijen" or _for_party(row.path, items[index].get("soort"))]
        noun, _ = NOUNS[key]
        ui.heading(f"{noun.capitalize()} {index + 1}: {item_name(key, items[index], party_names(draft.data))}")
        options: list[tuple[str, Any]] = [("Terug", BACK)]
        for row in rows:
            options.append((short(f"{row.label}: {row.value or '(open)'}", ui.width - 8), row.path))
        picked = ui.select(f"{path}.menu", "Kies wat je wilt wijzigen", options, default=BACK)
        if picked == BACK:
            return
        change(session, picked)


def change(session: Session, path: str) -> None:
    """Ask the one question behind an answers path again, its answer as the suggestion."""
    revising = session.revising()
    if path == "soort":
        from akkoord.wizard.steps_parties import ask_type

        ask_type(Form(revising, session.draft.data, Answers))
        return
    form = Form(revising, session.draft.data, Answers)
    parts = re.findall(r"(\w+)(?:\[(\d+)\])?", path)
    for key, index in parts[:-1]:
        form = form.item(key, int(index), revising) if index else form.group(key)
    key = parts[-1][0]
    if key == "vertegenwoordigers" and form.node.get("soort") != "gemeente":
        from akkoord.wizard.steps_parties import ask_signers

        ask_signers(form)
        return
    if key == "vertegenwoordigers":
        form = form.item("vertegenwoordigers", 0)
        form.ask("naam", words=words_for(session, path))
        form.ask("functie", words=words_for(session, path))
        return
    form.ask(key, words=words_for(session, path))


def words_for(session: Session, path: str) -> dict[str, str]:
    """The names a question speaks of ({naam}: the party, {wie}: the person)."""
    data = session.draft.data
    words = {"naam": "deze partij", "wie": "deze persoon"}
    if match := re.match(r"partijen\[(\d+)\]", path):
        party = (data.get("partijen") or [])[int(match.group(1))]
        words["naam"] = str(party.get("aanduiding") or party.get("naam") or words["naam"])
        words["wie"] = "de partij"
        if sign := re.match(r"partijen\[\d+\]\.vertegenwoordigers\[(\d+)\]", path):
            rep = (party.get("vertegenwoordigers") or [])[int(sign.group(1))]
            words["wie"] = str(rep.get("naam") or words["wie"])
    elif match := re.match(r"rollen\[(\d+)\]", path):
        role = (data.get("rollen") or [])[int(match.group(1))]
        words["naam"] = party_name(session, role.get("partij"))
    return words
