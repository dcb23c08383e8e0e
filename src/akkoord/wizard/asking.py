"""Asking one answer at a time into the draft: skip what is answered, prefill when editing, save each answer."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Callable, Protocol, Sequence

from pydantic import BaseModel
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from akkoord.wizard.draft import Draft, put
from akkoord.wizard.values import TEXT, Kind, validator

OTHER = "__anders__"
OTHER_LABEL = "anders, namelijk …"
OPTIONAL = "(mag leeg blijven)"
YES, NO = "ja", "nee"


class UI(Protocol):
    #: Lines up to this many characters are printed on one line.
    width: int

    def heading(self, title: str, why: str | None = None) -> None: ...
    def say(self, text: str = "", style: str | None = None) -> None: ...
    def hint(self, text: str) -> None: ...
    def warn(self, text: str) -> None: ...
    def text(self, message: str, *, default: str = "", validate: Any = None,
             instruction: str | None = None) -> str: ...
    def select(self, message: str, choices: Sequence[tuple[str, Any]], default: Any = None) -> Any: ...
    def checkbox(self, message: str, choices: Sequence[tuple[str, Any]], checked: Sequence[Any] = ()) -> list[Any]: ...


@dataclass(frozen=True)
class Session:
    ui: UI
    draft: Draft
    #: False while filling in: answered questions are skipped (that is how resuming works).
    #: True when revising: every question is asked, with the current answer as default.
    editing: bool = False

    def revising(self) -> "Session":
        return replace(self, editing=True)

    def yes_no(self, message: str, help: str, default: bool = True) -> bool:
        self.ui.hint(help)
        return self.ui.select(message, [("Ja", YES), ("Nee", NO)], default=YES if default else NO) == YES


class Form:
    """Asks the answers of one group of fields (a party, a goal, the term ...) into its YAML mapping."""

    def __init__(self, session: Session, node: CommentedMap, model: type[BaseModel] | None) -> None:
        self.session = session
        self.node = node
        self.model = model

    @property
    def ui(self) -> UI:
        return self.session.ui

    def asks(self, key: str) -> bool:
        return self.session.editing or key not in self.node

    def set(self, key: str, value: Any) -> None:
        if key in self.node and value is not None and self.node[key] == value:
            return  # an answer kept as it was stays as it was written (folded lines, quotes)
        put(self.node, key, value, self.model)
        self.session.draft.save()

    def text(self, key: str, message: str, help: str, *, kind: Kind = TEXT, required: bool = False,
             default: Any = None, check: Callable[[Any], str | None] | None = None) -> Any:
        if not self.asks(key):
            return self.node.get(key)
        current = self.node.get(key)
        shown = kind.show(current) if current is not None else (kind.show(default) if default is not None else "")
        self.ui.hint(help)
        # "Enter = skip" would be wrong under a prefilled answer: there Enter keeps it.
        answer = self.ui.text(message, default=shown, validate=validator(kind, required, check),
                              instruction=None if required or shown else OPTIONAL)
        value = kind.parse(answer) if answer.strip() else None
        self.set(key, value)
        return value

    def choose(self, key: str, message: str, help: str, choices: Sequence[tuple[str, Any]], *,
               default: Any = None, other: str | None = None) -> Any:
        """A choice list; with `other`, the last option lets the user type their own answer."""
        if not self.asks(key):
            return self.node.get(key)
        current = self.node.get(key)
        values = [value for _, value in choices]
        options = list(choices) + ([(OTHER_LABEL, OTHER)] if other else [])
        if current is not None and current not in values and other:
            preset = OTHER
        else:
            preset = current if current is not None else default
        self.ui.hint(help)
        picked = self.ui.select(message, options, default=preset)
        if picked == OTHER:
            own = current if preset == OTHER else ""
            picked = self.ui.text(other, default=str(own or ""), validate=validator(TEXT, True))
            picked = " ".join(picked.split())
        self.set(key, picked)
        return picked

    def group(self, key: str, model: type[BaseModel] | None) -> "Form":
        """The form for a nested group of fields, created when it is not there yet."""
        if not isinstance(self.node.get(key), CommentedMap):
            put(self.node, key, CommentedMap(), self.model)
        return Form(self.session, self.node[key], model)

    def sequence(self, key: str) -> CommentedSeq:
        if not isinstance(self.node.get(key), CommentedSeq):
            put(self.node, key, CommentedSeq(), self.model)
        return self.node[key]

    def drop(self, key: str) -> None:
        if key in self.node:
            del self.node[key]
            self.session.draft.save()

    def text_list(self, key: str, message: str, help: str, *, required: bool = False) -> list[str]:
        """A list of short texts: one per prompt, an empty answer ends the list (once there is one, if required)."""
        items = self.sequence(key)
        self.ui.hint(help)
        if self.session.editing:
            kept = []
            for number, item in enumerate(list(items), start=1):
                answer = self.ui.text(f"{message} {number}", default=str(item),
                                      instruction="(leegmaken = weghalen)")
                if answer.strip():
                    kept.append(" ".join(answer.split()))
            items.clear()
            items.extend(kept)
            self.session.draft.save()
        while True:
            needed = required and not items
            answer = self.ui.text(f"{message} {len(items) + 1}", validate=validator(TEXT, needed),
                                  instruction=None if needed else "(Enter zonder tekst = klaar)")
            if not answer.strip():
                return list(items)
            items.append(" ".join(answer.split()))
            self.session.draft.save()


def describe(value: Any, limit: int = 60) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class ListSpec:
    """One list in the answers file that the user can add to, edit and remove from."""

    key: str
    model: type[BaseModel]
    noun: str
    plural: str
    fill: Callable[[Form, int], None]
    label: Callable[[CommentedMap], str]
    minimum: int = 0
    #: Asked before the first item is added while filling in: add one now? (None: always start).
    first: str | None = None


def edit_list(session: Session, parent: Form, spec: ListSpec) -> None:
    """Fill in a list item by item, then offer a menu: add another, change or remove one, or go on."""
    items = parent.sequence(spec.key)
    draft = session.draft
    if not session.editing:
        for index, item in enumerate(items):
            marker = f"{spec.key}[{index}]"
            if not draft.finished(marker):
                spec.fill(Form(session, item, spec.model), index)
                draft.mark(marker)
                draft.save()
        if not items and (spec.first is None or session.yes_no(spec.first, "Je kunt dit later nog aanvullen.")):
            _add(session, items, spec)
    while True:
        choices: list[tuple[str, Any]] = [(f"Nog een {spec.noun} toevoegen", "add"),
                                          (f"Klaar met {spec.plural}, verder", "done")]
        choices += [(f"Wijzig of verwijder: {spec.label(item)}", index) for index, item in enumerate(items)]
        session.ui.hint(f"Je hebt nu {len(items)} {spec.noun if len(items) == 1 else spec.plural}.")
        picked = session.ui.select(f"{spec.plural.capitalize()}: wat wil je doen?", choices,
                                   default="add" if not items else "done")
        if picked == "done":
            if len(items) >= spec.minimum:
                return
            session.ui.warn(f"Er {'is' if spec.minimum == 1 else 'zijn'} minstens {spec.minimum} "
                            f"{spec.noun if spec.minimum == 1 else spec.plural} nodig.")
        elif picked == "add":
            _add(session, items, spec)
        else:
            _change(session, items, picked, spec)


def _add(session: Session, items: CommentedSeq, spec: ListSpec) -> None:
    item = CommentedMap()
    items.append(item)
    session.draft.save()
    index = len(items) - 1
    spec.fill(Form(replace(session, editing=False), item, spec.model), index)
    session.draft.mark(f"{spec.key}[{index}]")
    session.draft.save()


def _change(session: Session, items: CommentedSeq, index: int, spec: ListSpec) -> None:
    item = items[index]
    action = session.ui.select(f"{spec.label(item)}:", [("Wijzigen", "edit"), ("Verwijderen", "remove"),
                                                          ("Terug", "back")], default="edit")
    if action == "edit":
        spec.fill(Form(session.revising(), item, spec.model), index)
    elif action == "remove":
        if session.yes_no(f"Weet je zeker dat je '{spec.label(item)}' wilt verwijderen?",
                          "Dit kun je niet ongedaan maken.", default=False):
            del items[index]
            session.draft.forget_item(spec.key, index)
            session.draft.save()
