"""Tracked-change markup on single paragraphs: inserted, deleted, and a word-level diff of two versions."""

from __future__ import annotations

import copy
import difflib
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

from akkoord.rounds.ooxml import NS, w

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@dataclass
class Revision:
    """Who makes the changes and when; hands out the w:id every change needs (unique in the part)."""

    author: str
    date: str  # ISO 8601, as Word writes it: 2027-04-01T00:00:00Z
    counter: itertools.count

    @classmethod
    def start(cls, author: str, date: str, first_id: int = 9000) -> Revision:
        return cls(author, date, itertools.count(first_id))

    def element(self, name: str) -> etree._Element:
        return etree.Element(w(name), {w("id"): str(next(self.counter)), w("author"): self.author,
                                       w("date"): self.date})


def is_simple(paragraph: etree._Element) -> bool:
    """Only properties and plain text runs: what the word-level diff can rebuild without losing anything."""
    for child in paragraph:
        if child.tag == w("pPr"):
            continue
        if child.tag != w("r"):
            return False
        if any(part.tag not in (w("rPr"), w("t")) for part in child):
            return False
    return True


def _tokens(paragraph: etree._Element) -> list[tuple[str, bytes]]:
    """(token, run-properties key) for every word, space and sign of the paragraph."""
    found: list[tuple[str, bytes]] = []
    for run in paragraph.iterfind("w:r", NS):
        properties = run.find("w:rPr", NS)
        key = etree.tostring(properties, method="c14n") if properties is not None else b""
        text = "".join(t.text or "" for t in run.iterfind("w:t", NS))
        found.extend((token, key) for token in _TOKEN.findall(text))
    return found


def _runs(tokens: list[tuple[str, bytes]], *, deleted: bool) -> list[etree._Element]:
    runs = []
    for key, group in itertools.groupby(tokens, key=lambda token: token[1]):
        run = etree.Element(w("r"))
        if key:
            run.append(etree.fromstring(key))
        text = etree.SubElement(run, w("delText" if deleted else "t"))
        text.text = "".join(token for token, _ in group)
        text.set(_XML_SPACE, "preserve")
        runs.append(run)
    return runs


def _properties(paragraph: etree._Element) -> etree._Element:
    properties = paragraph.find("w:pPr", NS)
    if properties is None:
        properties = etree.Element(w("pPr"))
        paragraph.insert(0, properties)
    return properties


def mark_paragraph(paragraph: etree._Element, name: str, revision: Revision) -> None:
    """Put w:ins / w:del on the paragraph mark (first in the mark's run properties, as the schema wants)."""
    properties = _properties(paragraph)
    mark = properties.find("w:rPr", NS)
    if mark is None:
        mark = etree.Element(w("rPr"))
        # rPr follows every other paragraph property except sectPr and pPrChange.
        tail = [child for child in properties if child.tag in (w("sectPr"), w("pPrChange"))]
        if tail:
            tail[0].addprevious(mark)
        else:
            properties.append(mark)
    mark.insert(0, revision.element(name))


def wrap_runs(container: etree._Element, name: str, revision: Revision) -> None:
    """Wrap every run below `container` in w:ins or w:del; deleted text becomes w:delText."""
    for run in list(container.iter(w("r"))):
        parent = run.getparent()
        if parent.tag in (w("ins"), w("del")):
            continue
        wrapper = revision.element(name)
        parent.replace(run, wrapper)
        wrapper.append(run)
        if name == "del":
            for text in run.iterfind("w:t", NS):
                text.tag = w("delText")
            for instruction in run.iterfind("w:instrText", NS):
                instruction.tag = w("delInstrText")


def inserted(paragraph: etree._Element, revision: Revision, *, mark: bool = True) -> etree._Element:
    result = copy.deepcopy(paragraph)
    wrap_runs(result, "ins", revision)
    if mark:
        mark_paragraph(result, "ins", revision)
    return result


def deleted(paragraph: etree._Element, revision: Revision, *, mark: bool = True) -> etree._Element:
    result = copy.deepcopy(paragraph)
    wrap_runs(result, "del", revision)
    if mark:
        mark_paragraph(result, "del", revision)
    return result


def _base_properties(paragraph: etree._Element) -> bytes:
    properties = paragraph.find("w:pPr", NS)
    if properties is None:
        return b""
    base = copy.deepcopy(properties)
    for child in base.findall("w:rPr", NS) + base.findall("w:sectPr", NS) + base.findall("w:pPrChange", NS):
        base.remove(child)
    return etree.tostring(base, method="c14n")


def diff_paragraph(old: etree._Element, new: etree._Element, revision: Revision) -> list[etree._Element]:
    """The new paragraph with the words that changed since the old one marked as deleted and inserted.

    Paragraphs holding more than text (fields, drawings) are replaced whole: old deleted, new inserted.
    """
    if not (is_simple(old) and is_simple(new)):
        return [deleted(old, revision), inserted(new, revision)]
    before, after = _tokens(old), _tokens(new)
    result = etree.Element(w("p"))
    if new.find("w:pPr", NS) is not None:
        result.append(copy.deepcopy(new.find("w:pPr", NS)))
    if before == after and _base_properties(old) == _base_properties(new):
        return [copy.deepcopy(new)]
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in _grouped(matcher.get_opcodes(), before):
        if tag == "equal":
            result.extend(_runs(after[j1:j2], deleted=False))
            continue
        if i2 > i1:
            wrapper = revision.element("del")
            wrapper.extend(_runs(before[i1:i2], deleted=True))
            result.append(wrapper)
        if j2 > j1:
            wrapper = revision.element("ins")
            wrapper.extend(_runs(after[j1:j2], deleted=False))
            result.append(wrapper)
    if _base_properties(old) != _base_properties(new):
        _record_property_change(result, old, revision)
    return [result]


def _grouped(opcodes: Sequence[tuple[str, int, int, int, int]], before: list[tuple[str, bytes]]):
    """Opcodes with lone spaces between two changes folded into them: 'a b' -> 'x y' reads as one change."""
    result: list[tuple[str, int, int, int, int]] = []
    change: list[int] | None = None
    gap: tuple[str, int, int, int, int] | None = None
    for tag, i1, i2, j1, j2 in opcodes:
        if tag != "equal":
            if change is None:
                change = [i1, i2, j1, j2]
            else:
                change[1], change[3] = i2, j2
            gap = None
            continue
        if change is not None and all(not token.strip() for token, _ in before[i1:i2]):
            gap = ("equal", i1, i2, j1, j2)
            continue
        if change is not None:
            stop_i, stop_j = (gap[1], gap[3]) if gap else (change[1], change[3])
            result.append(("replace", change[0], stop_i, change[2], stop_j))
            if gap:
                result.append(gap)
            change, gap = None, None
        result.append((tag, i1, i2, j1, j2))
    if change is not None:
        stop_i, stop_j = (gap[1], gap[3]) if gap else (change[1], change[3])
        result.append(("replace", change[0], stop_i, change[2], stop_j))
        if gap:
            result.append(gap)
    return result


def _record_property_change(paragraph: etree._Element, old: etree._Element, revision: Revision) -> None:
    """w:pPrChange keeps the old layout (numbering, indent), so rejecting restores it."""
    properties = _properties(paragraph)
    change = revision.element("pPrChange")
    old_properties = old.find("w:pPr", NS)
    base = copy.deepcopy(old_properties) if old_properties is not None else etree.Element(w("pPr"))
    for child in base.findall("w:rPr", NS) + base.findall("w:sectPr", NS) + base.findall("w:pPrChange", NS):
        base.remove(child)
    change.append(base)
    properties.append(change)
