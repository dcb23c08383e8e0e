"""The new version of an agreement as a .docx with real tracked changes against the old one.

Both versions are written by the same writer from the same house style; the new document's body is
then rebuilt article by article (matched on clause id) and lid by lid (matched on text), with a
word-level diff inside each lid, so that accepting every change gives the new text and rejecting
every change the old one.
"""

from __future__ import annotations

import copy
import difflib
import io
import zipfile
from collections.abc import Sequence
from typing import Any

from lxml import etree

from akkoord.document import Agreement
from akkoord.rounds.marks import Revision, deleted, diff_paragraph, inserted, wrap_runs
from akkoord.rounds.ooxml import NS, Package, article_num_ids, numbering_of, parse_part, w

#: Paragraphs this similar (difflib ratio) are one lid changed, not one deleted and another inserted.
SAME_LID = 0.45


def _text(element: etree._Element) -> str:
    return "".join(node.text or "" for node in element.iter(w("t")))


def _key(element: etree._Element) -> tuple[str, str]:
    if element.tag == w("tbl"):
        return ("tbl", str(len(element.findall("w:tblGrid/w:gridCol", NS))))
    return (element.tag, _text(element))


# --- matching ------------------------------------------------------------------------------------

def _pairs(old: Sequence[etree._Element], new: Sequence[etree._Element],
           keys: tuple[Sequence[Any], Sequence[Any]] | None = None):
    """Align two runs of body elements: yields (old, new) with None for deleted / inserted ones.

    Unchanged elements match on their text. Among the changed ones, a lid pairs with the lid most
    like it; the lids' provenance keys (`keys`), where given, count as strong likeness, so a lid
    whose answer changed completely still pairs with its old self.
    """
    matcher = difflib.SequenceMatcher(None, [_key(e) for e in old], [_key(e) for e in new], autojunk=False)
    old_keys, new_keys = keys or ([""] * len(old), [""] * len(new))
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            yield from zip(old[i1:i2], new[j1:j2], strict=True)
        else:
            yield from _similar_pairs(old[i1:i2], new[j1:j2], old_keys[i1:i2], new_keys[j1:j2])


#: What sharing a provenance key adds to two lids' likeness.
SAME_KEY = 0.5


def _similarity(old: etree._Element, new: etree._Element) -> float:
    if old.tag != new.tag:
        return 0.0
    if old.tag == w("tbl"):
        return 1.0 if _key(old) == _key(new) else 0.0
    matcher = difflib.SequenceMatcher(None, _text(old).split(), _text(new).split(), autojunk=False)
    # quick_ratio() is an upper bound of ratio() and far cheaper: most pairs fail on it.
    return matcher.ratio() if matcher.quick_ratio() >= SAME_LID - SAME_KEY else 0.0


def _similar_pairs(old: Sequence[etree._Element], new: Sequence[etree._Element],
                   old_keys: Sequence[str], new_keys: Sequence[str]):
    """Pair changed elements in order where they are alike (an alignment maximising likeness)."""
    n, m = len(old), len(new)
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    alike = [[_similarity(a, b) + (SAME_KEY if ka and ka == kb and a.tag == b.tag else 0.0)
              for b, kb in zip(new, new_keys, strict=False)] for a, ka in zip(old, old_keys, strict=False)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            pair = alike[i][j] + score[i + 1][j + 1] if alike[i][j] >= SAME_LID else -1.0
            score[i][j] = max(pair, score[i + 1][j], score[i][j + 1])
    i = j = 0
    while i < n or j < m:
        if i < n and j < m and alike[i][j] >= SAME_LID and score[i][j] == alike[i][j] + score[i + 1][j + 1]:
            yield old[i], new[j]
            i, j = i + 1, j + 1
        elif i < n and (j == m or score[i][j] == score[i + 1][j]):
            yield old[i], None
            i += 1
        else:
            yield None, new[j]
            j += 1


# --- rebuilding --------------------------------------------------------------------------------------

class _Redliner:
    def __init__(self, revision: Revision) -> None:
        self.revision = revision

    def block(self, old: Sequence[etree._Element], new: Sequence[etree._Element], *, marks: bool = True,
              keys: tuple[Sequence[str], Sequence[str]] | None = None) -> list[etree._Element]:
        result: list[etree._Element] = []
        for before, after in _pairs(old, new, keys):
            if before is None:
                result.append(self.insert(after, marks=marks))
            elif after is None:
                result.append(self.delete(before, marks=marks))
            elif after.tag == w("p"):
                result.extend(diff_paragraph(before, after, self.revision))
            elif after.tag == w("tbl"):
                result.append(self.table(before, after))
            else:
                result.append(copy.deepcopy(after))
        return result

    def insert(self, element: etree._Element, *, marks: bool = True) -> etree._Element:
        if element.tag == w("p"):
            return inserted(element, self.revision, mark=marks)
        result = copy.deepcopy(element)
        if element.tag == w("tbl"):
            for row in result.iterfind("w:tr", NS):
                self._mark_row(row, "ins")
        return result

    def delete(self, element: etree._Element, *, marks: bool = True) -> etree._Element:
        if element.tag == w("p"):
            return deleted(element, self.revision, mark=marks)
        result = copy.deepcopy(element)
        if element.tag == w("tbl"):
            for row in result.iterfind("w:tr", NS):
                self._mark_row(row, "del")
        return result

    def _mark_row(self, row: etree._Element, name: str) -> None:
        """A whole row inserted or deleted: the mark on the row, its text wrapped like any run."""
        wrap_runs(row, name, self.revision)
        properties = row.find("w:trPr", NS)
        if properties is None:
            properties = etree.Element(w("trPr"))
            prefix = row.find("w:tblPrEx", NS)
            row.insert(1 if prefix is not None else 0, properties)
        properties.append(self.revision.element(name))

    def table(self, old: etree._Element, new: etree._Element) -> etree._Element:
        result = copy.deepcopy(new)
        for row in result.findall("w:tr", NS):
            result.remove(row)
        old_rows, new_rows = old.findall("w:tr", NS), new.findall("w:tr", NS)
        for before, after in _pairs(old_rows, new_rows) if old_rows and new_rows else []:
            if before is None:
                row = copy.deepcopy(after)
                self._mark_row(row, "ins")
            elif after is None:
                row = copy.deepcopy(before)
                self._mark_row(row, "del")
            else:
                row = self.row(before, after)
            result.append(row)
        return result

    def row(self, old: etree._Element, new: etree._Element) -> etree._Element:
        row = copy.deepcopy(new)
        old_cells, new_cells = old.findall("w:tc", NS), row.findall("w:tc", NS)
        if len(old_cells) != len(new_cells):
            return row
        for before, cell in zip(old_cells, new_cells, strict=True):
            old_paragraphs = before.findall("w:p", NS)
            new_paragraphs = cell.findall("w:p", NS)
            if [_text(p) for p in old_paragraphs] == [_text(p) for p in new_paragraphs]:
                continue
            for paragraph in new_paragraphs:
                cell.remove(paragraph)
            if len(old_paragraphs) == len(new_paragraphs):
                rebuilt = [p for a, b in zip(old_paragraphs, new_paragraphs, strict=True)
                           for p in diff_paragraph(a, b, self.revision)]
            else:
                rebuilt = self.block(old_paragraphs, new_paragraphs)
            cell.extend(rebuilt)
        return row


Segment = tuple[str, list[etree._Element], "list[str] | None"]


def _lid_keys(article) -> list[str]:
    """One key per paragraph of an article: its heading, then each lid and its lettered items."""
    keys = ["kop"]
    for member in article.members:
        keys.append(member.key or f"lid:{len(keys)}")
        keys.extend(f"{keys[-1]}#{index}" for index in range(1, len(member.items) + 1))
    return keys


def _segments(body: etree._Element, agreement: Agreement, article_ids: set[str]) -> list[Segment]:
    """The body cut in parts keyed for matching: 'voor', one per article (its clause id), 'na'."""
    elements = [child for child in body if child.tag != w("sectPr")]
    headings = [index for index, element in enumerate(elements)
                if element.tag == w("p") and (num := numbering_of(element)) and num[0] in article_ids and num[1] == 0]
    if not headings or len(headings) != len(agreement.articles):
        return [("alles", elements, None)]
    segments: list[Segment] = [("voor", elements[:headings[0]], None)]
    for position, (start, article) in enumerate(zip(headings, agreement.articles, strict=True)):
        keys = _lid_keys(article)
        segments.append((f"artikel:{article.clause_id}", elements[start:start + len(keys)], keys))
        if position == len(headings) - 1:
            segments.append(("na", elements[start + len(keys):], None))
    return segments


def redline_body(old: Package, new: Package, old_agreement: Agreement, new_agreement: Agreement,
                 revision: Revision) -> bytes:
    old_doc, new_doc = old.xml("word/document.xml"), new.xml("word/document.xml")
    assert old_doc is not None and new_doc is not None  # every .docx has a document.xml
    old_body, new_body = old_doc.find("w:body", NS), new_doc.find("w:body", NS)
    old_segments = _segments(old_body, old_agreement, article_num_ids(old))
    new_segments = _segments(new_body, new_agreement, article_num_ids(new))
    if old_segments[0][0] != new_segments[0][0]:
        old_segments = [("alles", [e for s in old_segments for e in s[1]], None)]
        new_segments = [("alles", [e for s in new_segments for e in s[1]], None)]
    redliner = _Redliner(revision)
    rebuilt: list[etree._Element] = []
    matcher = difflib.SequenceMatcher(None, [s[0] for s in old_segments], [s[0] for s in new_segments],
                                      autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for (_, before, old_keys), (_, after, new_keys) in zip(old_segments[i1:i2], new_segments[j1:j2],
                                                                   strict=True):
                keys = (old_keys, new_keys) if old_keys is not None and new_keys is not None else None
                rebuilt.extend(redliner.block(before, after, keys=keys))
            continue
        # Articles that came or went: old ones deleted, new ones inserted, each whole.
        for _, before, _ in old_segments[i1:i2]:
            rebuilt.extend(redliner.delete(element) for element in before)
        for _, after, _ in new_segments[j1:j2]:
            rebuilt.extend(redliner.insert(element) for element in after)
    section = new_body.find("w:sectPr", NS)
    for child in list(new_body):
        new_body.remove(child)
    new_body.extend(rebuilt)
    if section is not None:
        new_body.append(section)
    return etree.tostring(new_doc, xml_declaration=True, encoding="UTF-8", standalone=True)


def _redline_part(old: bytes, new: bytes, revision: Revision) -> bytes:
    """A header or footer: its paragraphs matched like a block of the body."""
    old_root, new_root = parse_part(old), parse_part(new)
    rebuilt = _Redliner(revision).block(list(old_root), list(new_root))
    for child in list(new_root):
        new_root.remove(child)
    new_root.extend(rebuilt)
    return etree.tostring(new_root, xml_declaration=True, encoding="UTF-8", standalone=True)


def redline(old: bytes, new: bytes, old_agreement: Agreement, new_agreement: Agreement,
            author: str, date: str) -> bytes:
    """The new .docx with every difference from the old one as a tracked change by `author` on `date`."""
    old_package = Package(_parts(old))
    new_package = Package(_parts(new))
    revision = Revision.start(author, date)
    parts = dict(new_package.parts)
    parts["word/document.xml"] = redline_body(old_package, new_package, old_agreement, new_agreement, revision)
    for name in parts:
        if name.startswith(("word/header", "word/footer")) and name.endswith(".xml") \
                and name in old_package.parts and old_package.parts[name] != parts[name]:
            parts[name] = _redline_part(old_package.parts[name], parts[name], revision)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}
