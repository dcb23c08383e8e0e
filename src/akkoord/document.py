"""The assembled agreement as plain data: what the .docx writer lays out, independent of Word."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


Inline = tuple[Run, ...]


def plain(inline: Inline) -> str:
    return "".join(run.text for run in inline)


@dataclass(frozen=True)
class Member:
    """A lid of an article, optionally with lettered sub-items (a, b, c)."""

    text: Inline
    items: tuple[Inline, ...] = ()


@dataclass(frozen=True)
class Remark:
    """A note shown to reviewers as a Word comment on an article."""

    text: str
    author: str = "akkoord"


@dataclass
class Article:
    clause_id: str
    title: str
    members: list[Member]
    note: str
    source: str
    binding_in_io: bool = False
    remarks: list[Remark] = field(default_factory=list)


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


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    #: Relative column widths (any unit); equal columns when empty.
    widths: tuple[float, ...] = ()


@dataclass(frozen=True)
class Annex:
    title: str
    intro: str
    table: Table


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
