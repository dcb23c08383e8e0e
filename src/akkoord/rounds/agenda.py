"""The agenda of the next round: open points with each party's proposal and the open warnings, per article."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from akkoord.answers.model import Answers
from akkoord.document import PLACEHOLDER, Agreement, marks_in
from akkoord.dutch import format_date
from akkoord.rounds.open_points import _shown, with_open_points


@dataclass(frozen=True)
class AgendaItem:
    kind: str  # 'open punt' or 'waarschuwing'
    subject: str
    path: str
    #: Party label -> what that party proposes (open points only), in the order of 'partijen'.
    proposals: tuple[tuple[str, str], ...] = ()
    note: str = ""
    where: str = ""  # 'lid 2' within the article


@dataclass
class AgendaGroup:
    heading: str  # 'Artikel 19 Opzegging en afbouw', 'Partijen', 'Overwegingen'
    order: int
    items: list[AgendaItem] = field(default_factory=list)


@dataclass
class Agenda:
    title: str
    version: str
    date: dt.date
    parties: list[str]
    groups: list[AgendaGroup]
    rounds: list[tuple[str, str]]  # (when and which version, what was agreed)

    @property
    def empty(self) -> bool:
        return not any(group.items for group in self.groups)


def _label(path: str) -> str:
    from akkoord.rounds.answer_diff import field_label
    from akkoord.rounds.model import split_path

    return field_label([part for part in split_path(path) if isinstance(part, str)])


class _Places:
    """Where a paragraph key stands in the document: (group heading, order, 'lid n')."""

    def __init__(self, agreement: Agreement) -> None:
        self.places: dict[str, tuple[str, int, str]] = {}
        for party in agreement.parties:
            self.places[party.key] = ("Partijen", 0, f"comparitie van {party.label}")
        for number, key in enumerate(agreement.recital_keys):
            self.places[key] = ("Overwegingen", 1, f"overweging {chr(ord('A') + number % 26)}")
        for number, article in enumerate(agreement.articles, start=1):
            single = len(article.members) == 1
            for lid, member in enumerate(article.members, start=1):
                self.places[member.key] = (f"Artikel {number} {article.title}", 1 + number,
                                           "" if single else f"lid {lid}")

    def of(self, key: str) -> tuple[str, int, str]:
        return self.places.get(key, ("Algemeen", 10_000, ""))


def build_agenda(answers: Answers, library: Any, findings: list[Any], today: dt.date | None = None) -> Agenda:
    from akkoord.anchoring import anchor, targets
    from akkoord.assembly import assemble

    agreement = with_open_points(assemble(answers, library, today=today, comments=False), answers, library, today)
    places = _Places(agreement)
    found = targets(agreement, library)
    groups: dict[str, AgendaGroup] = {}

    def add(key: str, item: AgendaItem) -> None:
        heading, order, where = places.of(key)
        group = groups.setdefault(heading, AgendaGroup(heading, order))
        group.items.append(AgendaItem(**{**item.__dict__, "where": where}))

    labels = {party.id: party.label for party in answers.parties}
    for point in answers.open_points:
        key = next((member.key for article in agreement.articles for member in article.members
                    if any(m.kind == PLACEHOLDER and m.path == point.answer and m.label.startswith("open punt")
                           for m in marks_in([member.text, *member.items]))), None)
        if key is None:
            key = anchor(found, point.answer)[0].key
        proposals = tuple((labels.get(party, party), _shown(value)) for party, value in point.proposals.items())
        add(key, AgendaItem("open punt", _label(point.answer), point.answer, proposals, point.note or ""))
    for finding in findings:
        target, _, _ = anchor(found, finding.place)
        add(target.key, AgendaItem("waarschuwing", f"{finding.code} {finding.message}", finding.place,
                                   note=f"Beter: {finding.suggestion}" if finding.suggestion else ""))
    rounds = [(format_date(item.date) + (f" (versie {item.version})" if item.version else ""), item.agreed)
              for item in answers.rounds]
    return Agenda(answers.title, answers.version, answers.date or today or dt.date.today(),
                  [party.label for party in answers.parties],
                  sorted(groups.values(), key=lambda group: group.order), rounds)


def agenda_lines(agenda: Agenda) -> list[str]:
    """The agenda as terminal text."""
    lines = [f"Agenda voor de volgende ronde: {agenda.title}",
             f"Versie {agenda.version} van {format_date(agenda.date)}", ""]
    if agenda.rounds:
        lines.append("Eerdere rondes:")
        lines.extend(f"  {when}: {agreed}" for when, agreed in agenda.rounds)
        lines.append("")
    if agenda.empty:
        lines.append("Er staan geen open punten en geen waarschuwingen open: de tekst kan naar de ondertekening.")
        return lines
    points = sum(1 for group in agenda.groups for item in group.items if item.kind == "open punt")
    warnings = sum(1 for group in agenda.groups for item in group.items if item.kind == "waarschuwing")
    lines.extend([f"{points} open punt(en) en {warnings} waarschuwing(en).", ""])
    for group in agenda.groups:
        lines.append(group.heading)
        for item in group.items:
            where = f" ({item.where})" if item.where else ""
            if item.kind == "open punt":
                lines.append(f"  Open punt{where}: {item.subject}   [{item.path}]")
                width = max(len(name) for name, _ in item.proposals)
                lines.extend(f"    {name + ':':<{width + 1}} {value}" for name, value in item.proposals)
                if item.note:
                    lines.append(f"    Toelichting: {item.note}")
            else:
                lines.append(f"  Waarschuwing{where}: {item.subject}")
                if item.note:
                    lines.append(f"    {item.note}")
        lines.append("")
    return lines[:-1]
