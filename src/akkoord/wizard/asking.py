"""Asking one answer at a time into the draft, worded and validated by the answers model."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from akkoord.answers.declare import Record
from akkoord.answers.labels import choice_labels, field_text
from akkoord.answers.sections import inner_model
from akkoord.wizard.draft import Draft, put
from akkoord.wizard.fields import CHOICE, PARTY, TEXTS, YES_NO, field_of, parse, problem, suggestion_text

OTHER = "__anders__"
OTHER_LABEL = "anders, namelijk …"
NOT_AGREED = "__open__"
NOT_AGREED_LABEL = "nog niet afgesproken (later invullen)"
OPTIONAL = "(mag leeg blijven)"
KEEP_OR_EMPTY = "(Enter houdt dit; typ - om het leeg te laten)"
YES, NO = "ja", "nee"
NEEDED = "vul hier iets in; dit is nodig"


class Interrupted(KeyboardInterrupt):
    """Ctrl-C in a text question, with what was on the line then: the concept keeps it for the next run."""

    def __init__(self, typed: str) -> None:
        super().__init__()
        self.typed = typed


class UI(Protocol):
    @property
    def width(self) -> int: ...

    def heading(self, title: str, why: str | None = None) -> None: ...
    def say(self, text: str = "", style: str | None = None) -> None: ...
    def hint(self, text: str) -> None: ...
    def warn(self, text: str) -> None: ...
    def text(self, qid: str, message: str, *, suggestion: str = "", validate: Any = None,
             instruction: str | None = None, typed: str = "") -> str: ...
    def select(self, qid: str, message: str, choices: Sequence[tuple[str, Any]], default: Any = None) -> Any: ...
    def checkbox(self, qid: str, message: str, choices: Sequence[tuple[str, Any]],
                 checked: Sequence[Any] = ()) -> list[Any]: ...


@dataclass(frozen=True)
class Session:
    ui: UI
    draft: Draft
    #: False while filling in: answered questions are skipped (that is how resuming works).
    #: True when revising: every question is asked, with the current answer as suggestion.
    editing: bool = False
    #: The short path: questions marked extra wait for the review screen.
    short: bool = True

    def revising(self) -> Session:
        return replace(self, editing=True)

    def complete(self) -> Session:
        return replace(self, short=False)

    @property
    def agreement_type(self) -> str | None:
        value = self.draft.data.get("soort")
        return str(value) if value else None

    def text(self, qid: str, message: str, **options: Any) -> str:
        """A text question. What was half typed at a Ctrl-C is kept in the concept and is on the line
        again when the question comes back."""
        typed = self.draft.half_typed.pop(qid, "")
        try:
            return self.ui.text(qid, message, **options, **({"typed": typed} if typed else {}))
        except Interrupted as stop:
            if stop.typed.strip():
                self.draft.half_typed = {qid: stop.typed}
            raise

    def yes_no(self, qid: str, message: str, help: str = "", default: bool = True) -> bool:
        if help:
            self.ui.hint(help)
        return self.ui.select(qid, message, [("Ja", YES), ("Nee", NO)], default=YES if default else NO) == YES


class Form:
    """Asks the answers of one group of fields (a party, a goal, the term ...) into its YAML mapping."""

    def __init__(self, session: Session, node: CommentedMap, model: type[Record], path: str = "") -> None:
        self.session = session
        self.node = node
        self.model = model
        self.path = path

    @property
    def ui(self) -> UI:
        return self.session.ui

    def qid(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def applies(self, key: str) -> bool:
        """Whether the document of this agreement type uses the field (else it is not asked)."""
        kind = self.session.agreement_type
        return kind is None or kind in field_text(self.qid(key)).types

    def asks(self, key: str, extra: bool = False) -> bool:
        if not self.applies(key):
            return False
        if self.session.editing:
            return True
        return key not in self.node and not (extra and self.session.short)

    def set(self, key: str, value: Any) -> None:
        if key in self.node and value is not None and self.node[key] == value:
            return  # an answer kept as it was stays as it was written (folded lines, quotes)
        put(self.node, key, value, self.model)
        self.session.draft.save()

    # asking -------------------------------------------------------------------------------------

    def ask(self, key: str, *, suggestion: Any = None, required: bool | None = None, extra: bool = False,
            choices: Sequence[tuple[str, Any]] | None = None, other: bool = False,
            words: dict[str, Any] | None = None) -> Any:
        """Ask one field unless it is answered (or waits for later); returns the answer."""
        if not self.asks(key, extra):
            return self.node.get(key)
        field = field_of(self.model, key)
        wording = field_text(self.qid(key))
        message = wording.question.format(**(words or {}))
        required = field.required if required is None else required
        if field.kind == TEXTS:
            return self.text_list(key, message, wording.help, wording.example, required)
        if field.kind in (CHOICE, PARTY, YES_NO) or choices is not None:
            return self._choose(key, message, wording.help, field, choices, other, suggestion, required)
        current = self.node.get(key)
        shown = suggestion_text(field, current if current is not None else suggestion)
        help = wording.help
        if wording.example and not shown:
            help += f" Bijvoorbeeld: {wording.example}"
        self.ui.hint(help)
        instruction = None if required else (KEEP_OR_EMPTY if shown else OPTIONAL)
        answer = self.session.text(self.qid(key), message, suggestion=shown, instruction=instruction,
                                   validate=lambda typed: self._valid(key, typed, shown, required))
        typed = answer.strip()
        if typed == "-" and not required:
            value = None
        elif not typed:
            value = current if current is not None else (parse(self.model, key, shown) if shown else None)
        else:
            value = parse(self.model, key, typed)
        self.set(key, value)
        return value

    def _valid(self, key: str, typed: str, shown: str, required: bool) -> bool | str:
        text = typed.strip() or shown
        if not text or (text == "-" and not required):
            return NEEDED if required and not text else True
        return problem(self.model, self.node, key, text) or True

    def _choose(self, key: str, message: str, help: str, field: Any, choices: Sequence[tuple[str, Any]] | None,
                other: bool, suggestion: Any, required: bool) -> Any:
        current = self.node.get(key)
        if choices is None and field.kind == YES_NO:
            picked: Any = self.session.yes_no(self.qid(key), message, help,
                                         default=bool(current if current is not None else suggestion))
            self.set(key, picked)
            return picked
        if choices is None and field.kind == CHOICE:
            choices = [(label, value) for value, label in choice_labels(field.enum).items()]
        if choices is None:
            choices = party_choices(self.session)
        options = list(choices)
        values = [value for _, value in options]
        if other:
            options.append((OTHER_LABEL, OTHER))
        if not required:
            options.append((NOT_AGREED_LABEL, NOT_AGREED))
        preset = current if current is not None else suggestion
        if preset is not None and preset not in values and other:
            preset = OTHER
        self.ui.hint(help)
        picked = self.ui.select(self.qid(key), message, options, default=preset)
        if picked == NOT_AGREED:
            picked = None
        elif picked == OTHER:
            own = str(current) if current is not None and current not in values else ""
            wording = field_text(self.qid(key))
            if wording.example and not own:
                self.ui.hint(f"Bijvoorbeeld: {wording.example}")
            typed = self.session.text(self.qid(key) + ".anders", "Wat spreken jullie af?", suggestion=own,
                                      validate=lambda text: self._valid(key, text, own, True))
            picked = " ".join((typed.strip() or own).split())
        self.set(key, picked)
        return picked

    def text_list(self, key: str, message: str, help: str, example: str, required: bool) -> list[str]:
        """A list of short texts: one per prompt; an empty answer ends the list."""
        items = self.sequence(key)
        self.ui.hint(help + (f" Bijvoorbeeld: {example}" if example else "") + " Enter zonder tekst: klaar.")
        if self.session.editing:
            kept = []
            for number, item in enumerate(list(items)):
                answer = self.session.text(f"{self.qid(key)}[{number}]", f"{message} {number + 1}",
                                           suggestion=str(item), instruction=KEEP_OR_EMPTY)
                answer = answer.strip() or str(item)
                if answer != "-":
                    kept.append(" ".join(answer.split()))
            items.clear()
            items.extend(kept)
            self.session.draft.save()
        elif self.session.draft.finished(f"{self.qid(key)}:klaar"):
            return list(items)
        while True:
            needed = required and not items

            def check(text: str, needed: bool = needed) -> bool | str:
                return NEEDED if needed and not text.strip() else True
            answer = self.session.text(f"{self.qid(key)}[{len(items)}]", f"{message} {len(items) + 1}",
                                       validate=check, instruction=None if needed else "(Enter zonder tekst = klaar)")
            if not answer.strip():
                self.session.draft.mark(f"{self.qid(key)}:klaar")
                self.session.draft.save()
                return list(items)
            items.append(" ".join(answer.split()))
            self.session.draft.save()

    # structure ----------------------------------------------------------------------------------

    def group(self, key: str) -> Form:
        """The form for a nested group of fields, created when it is not there yet."""
        if not isinstance(self.node.get(key), CommentedMap):
            put(self.node, key, CommentedMap(), self.model)
        model = inner_model(field_of(self.model, key).annotation)
        assert model is not None, key
        return Form(self.session, self.node[key], model, self.qid(key))

    def sequence(self, key: str) -> CommentedSeq:
        if not isinstance(self.node.get(key), CommentedSeq):
            put(self.node, key, CommentedSeq(), self.model)
        return self.node[key]

    def item(self, key: str, index: int, session: Session | None = None) -> Form:
        model = inner_model(field_of(self.model, key).annotation)
        assert model is not None, key
        return Form(session or self.session, self.node[key][index], model, f"{self.qid(key)}[{index}]")


def party_choices(session: Session, kinds: Sequence[str] | None = None) -> list[tuple[str, str]]:
    return [(party_label(party), str(party.get("id")))
            for party in session.draft.data.get("partijen") or []
            if party.get("id") and (kinds is None or party.get("soort") in kinds)]


def party_label(party: dict) -> str:
    name, short = party.get("naam") or party.get("id"), party.get("aanduiding")
    return f"{name} ({short})" if short else str(name)


def party_name(session: Session, party_id: Any) -> str:
    """How a party is called in a question: its short name ('de Gemeente'), else its name."""
    for party in session.draft.data.get("partijen") or []:
        if party.get("id") == party_id:
            return str(party.get("aanduiding") or party.get("naam") or party_id)
    return str(party_id)


def first_party_of(session: Session, kind: str) -> str | None:
    return next((party.get("id") for party in session.draft.data.get("partijen") or []
                 if party.get("soort") == kind), None)


@dataclass
class ListSpec:
    """One list in the answers file that the user fills item by item."""

    key: str
    noun: str
    plural: str
    fill: Callable[[Form], None]
    label: Callable[[CommentedMap], str]
    minimum: int = 0
    #: Asked before the first item while filling in ("Is er geld afgesproken?"); None: always start.
    first: str | None = None
    first_default: bool = True


def fill_list(parent: Form, spec: ListSpec) -> None:
    """While filling in: finish begun items, then add items for as long as the user wants more."""
    session, draft = parent.session, parent.session.draft
    items = parent.sequence(spec.key)
    done_marker = f"{parent.qid(spec.key)}:klaar"
    for index, _ in enumerate(items):
        marker = f"{parent.qid(spec.key)}[{index}]"
        if not draft.finished(marker) or not session.short:  # the rest: the questions left for later
            fill_item(parent, spec, index)
    if draft.finished(done_marker):
        return
    if not items and spec.first is not None and not session.yes_no(
            f"{parent.qid(spec.key)}.eerste", spec.first, "Je kunt dit later in het overzicht nog aanvullen.",
            default=spec.first_default):
        draft.mark(done_marker)
        draft.save()
        return
    while len(items) < max(1, spec.minimum) or session.yes_no(
            f"{parent.qid(spec.key)}.meer", f"Nog een {spec.noun} toevoegen?", default=False):
        add_item(parent, spec)
    draft.mark(done_marker)
    draft.save()


def add_item(parent: Form, spec: ListSpec) -> None:
    items = parent.sequence(spec.key)
    items.append(CommentedMap())
    parent.session.draft.save()
    fill_item(parent, spec, len(items) - 1, replace(parent.session, editing=False))


def fill_item(parent: Form, spec: ListSpec, index: int, session: Session | None = None) -> None:
    item = parent.item(spec.key, index, session)
    parent.ui.say(f"{spec.noun.capitalize()} {index + 1}" + (f": {spec.label(item.node)}" if spec.label(item.node)
                                                             else ""), style="bold")
    spec.fill(item)
    parent.session.draft.mark(f"{parent.qid(spec.key)}[{index}]")
    parent.session.draft.save()
