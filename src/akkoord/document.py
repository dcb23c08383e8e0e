"""The assembled agreement as plain data: what the .docx writer lays out, independent of Word."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Mark:
    """Where a stretch of text came from: an answer, a default term, or a placeholder for a missing fact.

    `kind` is ANSWER, DEFAULT or PLACEHOLDER; `path` is the answers path ("looptijd.opzegtermijn_maanden",
    "partijen[0].volmacht.datum"); `label` is, for a placeholder, what is missing in plain Dutch
    ("datum volmacht"); `note` is an optional explanation for the reviewer's comment, in plain Dutch.
    """

    kind: str
    path: str
    label: str = ""
    note: str = ""


ANSWER, DEFAULT, PLACEHOLDER = "answer", "default", "placeholder"


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    #: The marks this text lies inside, outermost first (a default term may contain an answer).
    marks: tuple[Mark, ...] = ()


Inline = tuple[Run, ...]


def plain(inline: Inline) -> str:
    return "".join(run.text for run in inline)


def marks_in(inlines: Iterable[Inline]) -> list[Mark]:
    """Every mark in these runs, in order of appearance, each once."""
    seen: dict[Mark, None] = {}
    for inline in inlines:
        for run in inline:
            for item in run.marks:
                seen.setdefault(item)
    return list(seen)


@dataclass(frozen=True)
class Provenance:
    """The answers a paragraph was made from. Plain data: answers paths as strings, in text order.

    `answers`: paths whose value is printed in it; `defaults`: paths for which a default term was
    filled in; `placeholders`: paths of missing facts shown as "[...]"; `reads`: paths a template
    consulted while making it (conditions), printed or not.
    """

    answers: tuple[str, ...] = ()
    defaults: tuple[str, ...] = ()
    placeholders: tuple[str, ...] = ()
    reads: tuple[str, ...] = ()

    @classmethod
    def of(cls, inlines: Iterable[Inline], reads: Iterable[str] = ()) -> Provenance:
        paths: dict[str, dict[str, None]] = {ANSWER: {}, DEFAULT: {}, PLACEHOLDER: {}}
        for inline in inlines:
            for run in inline:
                for item in run.marks:
                    of_kind = paths.get(item.kind)
                    if of_kind is not None:
                        of_kind.setdefault(item.path)
        return cls(answers=tuple(paths[ANSWER]), defaults=tuple(paths[DEFAULT]),
                   placeholders=tuple(paths[PLACEHOLDER]), reads=_unique(reads))

    def relation(self, place: str) -> int:
        """How closely this paragraph concerns answers `place` ('looptijd.opzegtermijn_maanden').

        4: made from exactly that field (printed, defaulted or a placeholder); 3: made from a field
        inside it or around it; 2: made from another field of the same record ('participatie[1].taak'
        for 'participatie[1].resultaat'); 1: the field, or the section around it, was consulted; 0: unrelated.
        """
        made = self.answers + self.defaults + self.placeholders
        if place in made:
            return 4
        if any(within(path, place) or within(place, path) for path in made):
            return 3
        record = parent(place)
        if record and any(within(path, record) for path in made):
            return 2
        if any(path == place or within(path, place) or within(place, path) for path in self.reads):
            return 1
        return 0


def parent(path: str) -> str:
    """The record a field belongs to: 'participatie[1]' for 'participatie[1].resultaat'.

    '' for a field of a whole section ('looptijd.einde'): the sections are too broad to count as one record.
    """
    cut = max(path.rfind("."), path.rfind("["))
    record = path[:cut] if cut > 0 else ""
    return record if "." in record or "[" in record else ""


def within(path: str, outer: str) -> bool:
    """Whether `path` lies inside `outer`: 'borging.wisseling.overdracht' inside 'borging'."""
    return path.startswith(outer) and path[len(outer):len(outer) + 1] in (".", "[")


def _unique(paths: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(paths))


@dataclass(frozen=True)
class Member:
    """A lid of an article, optionally with lettered sub-items (a, b, c).

    `key` names the lid stably within the agreement ("opzegging.looptijd.opzegtermijn_maanden"): the
    clause id plus the first answers path the lid is made from, or plus a digest of its fixed wording.
    It survives changes to other answers and to article numbers, for comparing negotiation rounds.
    """

    text: Inline
    items: tuple[Inline, ...] = ()
    key: str = ""
    provenance: Provenance = Provenance()


@dataclass(frozen=True)
class Remark:
    """A note shown to reviewers as a Word comment on the paragraph with key `target`.

    `mark`, when given, narrows the comment's range to the text inside that mark (a default term, a
    placeholder, a printed answer); without it the range covers the whole paragraph.
    """

    text: str
    target: str = ""
    mark: Mark | None = None
    author: str = "akkoord"


@dataclass
class Article:
    clause_id: str
    title: str
    members: list[Member]
    note: str
    source: str
    binding_in_io: bool = False
    #: Answers paths the clause's condition and text consulted, for the article as a whole.
    reads: tuple[str, ...] = ()


@dataclass(frozen=True)
class Signatory:
    name: str
    function: str


@dataclass(frozen=True)
class PartyBlock:
    label: str
    name: str
    comparitie: Inline
    signatories: tuple[Signatory, ...]
    key: str = ""
    provenance: Provenance = Provenance()


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    #: Relative column widths (any unit); equal columns when empty.
    widths: tuple[float, ...] = ()
    #: Per row, the answers paths it was made from ('rollen[0]', 'doelen[2].streefdatum').
    sources: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Annex:
    title: str
    intro: str
    #: None for a document annex (a collegebesluit, a volmacht) the tool cannot make itself.
    table: Table | None = None
    #: False while the annex still has to be attached; the list of annexes says so.
    attached: bool = True


@dataclass
class Agreement:
    title: str
    kind_heading: str
    subtitle: str
    is_concept: bool
    version: str
    date: dt.date
    opening: str
    parties: list[PartyBlock]
    parties_closing: str
    recitals_heading: str
    recitals: list[Inline]
    recitals_closing: str
    articles: list[Article]
    signing_intro: str
    annexes: list[Annex]
    subject: str
    keywords: str
    explanatory_notes: bool = False
    #: Keys ("overwegingen.3") and provenance of the recitals, in the same order as `recitals`.
    recital_keys: list[str] = field(default_factory=list)
    recital_provenance: list[Provenance] = field(default_factory=list)
    #: Comments for the reviewer, each anchored on the paragraph its `target` key names.
    remarks: list[Remark] = field(default_factory=list)
