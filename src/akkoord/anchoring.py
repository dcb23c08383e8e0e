"""Which paragraph, and which words in it, each reviewer's comment belongs to.

A finding about answers `place` goes to the paragraph made from that field (its provenance), and
within it to the printed answer, default term or placeholder concerned; a remark about a party to
that party's comparitie. Default terms and placeholders get a comment of their own, so nothing the
tool filled in is silent, and a finding on a default says that the text is a default to confirm.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from akkoord.document import (
    ANSWER,
    DEFAULT,
    PLACEHOLDER,
    Agreement,
    Inline,
    Mark,
    Provenance,
    Remark,
    marks_in,
    parent,
    within,
)
from akkoord.patterns import LazyPattern

if TYPE_CHECKING:
    from akkoord.library import Library

MAX_QUOTE = 120


@dataclass(frozen=True)
class PlacedRemark:
    """A finding about part of the answers (`place` such as 'financiering[0].tot') for the document."""

    place: str
    code: str
    message: str
    why: str = ""
    source: str = ""
    suggestion: str = ""


@dataclass(frozen=True)
class Target:
    """A paragraph that can carry comments: a lid, a comparitie or a recital."""

    key: str
    inlines: tuple[Inline, ...]
    provenance: Provenance
    where: str
    topics: tuple[str, ...] = ()
    party_index: int | None = None


class Targets(tuple[Target, ...]):
    """The commentable paragraphs of one agreement in document order, indexed by answers section.

    A remark about 'financiering[0].tot' can only be related to a paragraph made from or consulting a
    path in the same section ('financiering'): equal paths, paths inside one another and fields of one
    record all share their first segment. So `anchor` scores only those paragraphs instead of all of them.
    """

    _by_section: dict[str, list[int]]

    def candidates(self, section: str) -> list[Target]:
        """The paragraphs with a path in `section`, in document order."""
        if not hasattr(self, "_by_section"):
            index: dict[str, list[int]] = {}
            for number, target in enumerate(self):
                provenance = target.provenance
                for path_section in dict.fromkeys(map(_section, (*provenance.answers, *provenance.defaults,
                                                                 *provenance.placeholders, *provenance.reads))):
                    index.setdefault(path_section, []).append(number)
            self._by_section = index
        return [self[number] for number in self._by_section.get(section, ())]


def targets(agreement: Agreement, library: Library | None = None) -> Targets:
    """Every commentable paragraph in document order, with a Dutch name for where it is."""
    found = [Target(party.key, (party.comparitie,), party.provenance, f"comparitie van {party.label}",
                    party_index=index)
             for index, party in enumerate(agreement.parties)]
    for number, (inline, key, provenance) in enumerate(
            zip(agreement.recitals, agreement.recital_keys, agreement.recital_provenance, strict=False)):
        found.append(Target(key, (inline,), provenance, f"overweging {chr(ord('A') + number % 26)}"))
    for number, article in enumerate(agreement.articles, start=1):
        clause = library.clauses.get(article.clause_id) if library else None
        topics = tuple(clause.meta.onderwerpen) if clause else ()
        single = len(article.members) == 1
        for lid, member in enumerate(article.members, start=1):
            where = f"artikel {number}" if single else f"artikel {number}.{lid}"
            found.append(Target(member.key, (member.text, *member.items), member.provenance, where, topics))
    return Targets(found)


_PARTY = LazyPattern(r"^partijen\[(\d+)\]")  # only for remarks on a party


def _section(path: str) -> str:
    """The answers section a path lies in: 'financiering' for 'financiering[0].tot'."""
    return path.split(".")[0].split("[")[0]


def score(target: Target, place: str) -> tuple[int, int]:
    """How well `target` fits a remark about `place`: its party, then `Provenance.relation`, then its topics."""
    party = _PARTY.match(place)
    if party and target.party_index == int(party.group(1)):
        return (5, 1)
    return (target.provenance.relation(place), 1 if _section(place) in target.topics else 0)


def _best_mark(target: Target, place: str) -> Mark | None:
    """The words a remark about `place` is about: that field, a field inside it, or a sibling answer."""
    marks = marks_in(target.inlines)
    for test in (lambda m: m.path == place, lambda m: within(m.path, place) or within(place, m.path)):
        related = [item for item in marks if test(item)]
        if related:
            # A default term or a placeholder is what a comment about a missing answer is about.
            related.sort(key=lambda item: item.kind not in (DEFAULT, PLACEHOLDER))
            return related[0]
    record = parent(place)
    # Another answer of the same record (the task whose result is missing), never another field's
    # placeholder or default: those say something else.
    return next((item for item in marks if item.kind == ANSWER and record and within(item.path, record)), None)


def anchor(found: Sequence[Target], place: str) -> tuple[Target, Mark | None, bool]:
    """The paragraph and mark for a remark about `place`; the flag says whether provenance found it.

    The best `score` wins, the first of equals in document order. Only a party's comparitie and the
    paragraphs of `place`'s section (`Targets.candidates`) can score above zero.
    """
    indexed = found if isinstance(found, Targets) else Targets(found)
    section = _section(place)
    party = _PARTY.match(place)
    own = [t for t in indexed if t.party_index == int(party.group(1))][:1] if party else []
    scored = [(score(target, place), target) for target in own or indexed.candidates(section)]
    if scored:
        best_score, best = max(scored, key=lambda pair: pair[0])  # max keeps the first of equals
        if best_score[0] > 0:
            return best, _best_mark(best, place), True
    fallback = next((t for t in indexed if section in t.topics), None) or next(
        (t for t in indexed if t.party_index is None), indexed[0])
    return fallback, None, False


def quoted(inlines: tuple[Inline, ...], item: Mark) -> str:
    """The words inside the first stretch of `item`, for quoting in a comment."""
    for inline in inlines:
        words = ""
        for run in inline:
            if item in run.marks:
                words += run.text
            elif words:
                break
        if words:
            words = " ".join(words.split()).rstrip(" ,;:")
            return words if len(words) <= MAX_QUOTE else words[:MAX_QUOTE - 1].rstrip() + "…"
    return ""


def default_note(item: Mark, words: str) -> str:
    text = (f"Standaardtekst van akkoord: de antwoorden regelen dit niet, daarom staat hier ‘{words}’. "
            "Bevestig dit of spreek iets anders af.")
    return f"{text} {item.note}" if item.note else text


def placeholder_note(item: Mark) -> str:
    text = (f"Hier ontbreekt een gegeven: {item.label}. Vul het in voordat de overeenkomst wordt "
            "ondertekend; zolang het ontbreekt, kan dit document alleen een concept zijn.")
    return f"{text} {item.note}" if item.note else text


def finding_text(remark: PlacedRemark) -> str:
    why = f"\n\nWaarom: {remark.why} ({remark.source})" if remark.why else ""
    better = f"\n\nBeter: {remark.suggestion}" if remark.suggestion else ""
    return f"{remark.code} {remark.message}{why}{better}"


def _finding_on(remark: PlacedRemark, item: Mark | None, words: str) -> str:
    if item is not None and item.kind == DEFAULT:
        # The finding says the answers lack this term; the text shows a default. Say so, not the opposite.
        why = f"\n\nWaarom dit ertoe doet ({remark.code}): {remark.why} ({remark.source})" if remark.why else ""
        better = f"\n\nBeter: {remark.suggestion}" if remark.suggestion else ""
        return default_note(item, words) + why + better
    if item is not None and item.kind == PLACEHOLDER:
        return placeholder_note(item) + "\n\n" + finding_text(remark)
    return finding_text(remark)


def place_remarks(agreement: Agreement, remarks: list[PlacedRemark], library: Library | None = None, *,
                  comments: bool = True) -> None:
    """Fill `agreement.remarks`: findings where they belong, then notes on defaults and placeholders."""
    found = targets(agreement, library)
    if not found:
        return
    used: set[tuple[str, Mark]] = set()
    for remark in remarks if comments else []:
        target, item, _ = anchor(found, remark.place)
        words = quoted(target.inlines, item) if item is not None else ""
        agreement.remarks.append(Remark(_finding_on(remark, item, words), target.key, item))
        if item is not None:
            used.add((target.key, item))
    for target in found:
        for item in marks_in(target.inlines):
            if (target.key, item) in used:
                continue
            if item.kind == PLACEHOLDER:
                agreement.remarks.append(Remark(placeholder_note(item), target.key, item))
            elif item.kind == DEFAULT and comments and agreement.is_concept:
                agreement.remarks.append(Remark(default_note(item, quoted(target.inlines, item)), target.key, item))


def open_placeholders(agreement: Agreement) -> list[tuple[Mark, str]]:
    """Every placeholder still in the document, with where it stands ('comparitie van de Gemeente')."""
    return [(item, target.where) for target in targets(agreement)
            for item in marks_in(target.inlines) if item.kind == PLACEHOLDER]
