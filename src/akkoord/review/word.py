"""Reading the paragraphs of a Word draft (.docx) with lxml, without python-docx: text, heading, numbering."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from akkoord.errors import UserError
from akkoord.patterns import LazyPattern
from akkoord.review.paragraph import Paragraph

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
#: Larger parts are refused before they are inflated (a zip bomb expands 1 MB into gigabytes).
MAX_PART_BYTES = 200_000_000
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, remove_blank_text=False)


def open_docx(path: Path) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(path)
        info = archive.getinfo("word/document.xml")
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise UserError(f"{path}: dit is geen leesbaar Word-document (.docx).",
                        "Open het in Word en sla het op als .docx (niet .doc of .dotx).") from None
    if info.file_size > MAX_PART_BYTES:
        raise UserError(f"{path}: de tekst van dit Word-document is uitgepakt groter dan 200 MB.",
                        "Dit is geen gewone overeenkomst; controleer of het het juiste bestand is.")
    return archive


def read_part(archive: zipfile.ZipFile, name: str, path: Path) -> etree._Element | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_PART_BYTES:
        raise UserError(f"{path}: het onderdeel {name} is uitgepakt groter dan 200 MB.",
                        "Dit is geen gewone overeenkomst; controleer of het het juiste bestand is.")
    try:
        return etree.fromstring(archive.read(name), _PARSER)
    except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError, ValueError):
        raise UserError(f"{path}: het Word-document is beschadigd ({name} is niet leesbaar).",
                        "Open het in Word en sla het opnieuw op als .docx.") from None


def body_paragraphs(document: etree._Element) -> list[tuple[etree._Element, bool]]:
    """Every `w:p` of the body in document order, with whether it sits in a table.

    The annotated copy uses the same list, so a paragraph index means the same paragraph in both.
    """
    body = document.find(f"{_W}body")
    if body is None:
        return []
    result: list[tuple[etree._Element, bool]] = []
    for child in body:
        if child.tag == f"{_W}p":
            result.append((child, False))
        else:
            in_table = child.tag == f"{_W}tbl"
            result.extend((paragraph, in_table) for paragraph in child.iter(f"{_W}p"))
    return result


@dataclass(frozen=True)
class _Style:
    heading: int | None
    numbered: bool


_P, _T, _TBL, _NO_BREAK_HYPHEN = f"{_W}p", f"{_W}t", f"{_W}tbl", f"{_W}noBreakHyphen"
_P_PR, _P_STYLE, _NUM_PR, _OUTLINE, _VAL = (f"{_W}pPr", f"{_W}pStyle", f"{_W}numPr", f"{_W}outlineLvl", f"{_W}val")
_TEXT_TAGS = (_T, f"{_W}tab", f"{_W}br", f"{_W}cr", _NO_BREAK_HYPHEN)
_SPACE_TAGS = (f"{_W}tab", f"{_W}br", f"{_W}cr")
_PLAIN = _Style(None, False)


def _styles(styles: etree._Element | None) -> dict[str, _Style]:
    if styles is None:
        return {}
    found: dict[str, tuple[int | None, bool, str | None]] = {}
    for style in styles.iter(f"{_W}style"):
        style_id = style.get(f"{_W}styleId") or ""
        name_element = style.find(f"{_W}name")
        name = (name_element.get(_VAL) if name_element is not None else style_id or "").lower()
        ppr = style.find(_P_PR)
        outline = ppr.find(_OUTLINE) if ppr is not None else None
        heading = _heading_level(name, style_id.lower(), outline.get(_VAL) if outline is not None else None)
        numbered = ppr is not None and ppr.find(_NUM_PR) is not None
        based = style.find(f"{_W}basedOn")
        found[style_id] = (heading, numbered, based.get(_VAL) if based is not None else None)
    resolved: dict[str, _Style] = {}
    for style_id, (heading, numbered, based) in found.items():
        seen = {style_id}
        while based and based in found and based not in seen and (heading is None or not numbered):
            seen.add(based)
            parent_heading, parent_numbered, based = found[based]
            heading = heading if heading is not None else parent_heading
            numbered = numbered or parent_numbered
        resolved[style_id] = _Style(heading, numbered)
    return resolved


_HEADING_NAME = LazyPattern(r"^(?:heading|kop)\s*(\d)$")


def _heading_level(name: str, style_id: str, outline: str | None) -> int | None:
    """Title 0, 'Heading N' / 'Kop N' N, else the outline level (`w:outlineLvl`, counted from 0) + 1."""
    if name in ("title", "titel") or style_id in ("title", "titel"):
        return 0
    match = _HEADING_NAME.match(name) or _HEADING_NAME.match(style_id)
    if match:
        return int(match[1])
    return _outline_heading(outline)


def _outline_heading(outline: str | None) -> int | None:
    if outline and outline.isdigit() and int(outline) < 9:
        return int(outline) + 1
    return None


def mark_spaces(document: etree._Element) -> None:
    """Give tabs and breaks a space and hyphens a '-' as text, so `paragraph_text` can use C-level itertext.

    Only for reading: the annotated copy parses the document afresh.
    """
    for element in document.iter(*_SPACE_TAGS):
        element.text = " "
    for element in document.iter(_NO_BREAK_HYPHEN):
        element.text = "-"


def paragraph_text(paragraph: etree._Element) -> str:
    """The visible text: inserted text counts, deleted text (w:delText) does not. Call `mark_spaces` first."""
    return "".join(paragraph.itertext(*_TEXT_TAGS))


_LAYOUT_TAGS = (_P_PR, _P_STYLE, _NUM_PR, _OUTLINE)


class _Read:
    """One w:p as it is read: its text pieces and its own layout.

    The layout is what its first `w:pPr` says: `style` None when it has no `w:pStyle`, `outline` the
    value of `w:outlineLvl`. A plain class with slots: a long draft makes one per paragraph.
    """

    __slots__ = ("element", "in_table", "numbered", "outline", "parts", "properties", "style")

    def __init__(self, element: etree._Element, parts: list[str], in_table: bool = False) -> None:
        self.element, self.parts, self.in_table = element, parts, in_table
        self.properties: etree._Element | None = None
        self.style: str | None = None
        self.numbered = False
        self.outline: str | None = None


class _Irregular(Exception):
    """A paragraph inside a paragraph (a text box), text outside any, an XML comment, or an element in a text."""


#: Comments and processing instructions end the one pass: itertext gives their tails as text.
_ONE_PASS = (_P, *_TEXT_TAGS, *_LAYOUT_TAGS, etree.Comment, etree.PI)


def read_body_at_once(body: etree._Element) -> list[_Read]:
    """`body_paragraphs` with each paragraph's text pieces and layout, in one pass over the body.

    The same as `paragraph_text` (after `mark_spaces`) and `find()` on each paragraph's properties,
    but a 200-page draft has thousands of paragraphs, and a text iterator and a few `find()` calls per
    paragraph cost more than the runs they read. Each text is put in the paragraph that came last;
    that holds for a body as Word writes it: no paragraph inside another and every text inside one
    (checked on the way, at the cost of a parent or two per text). Anything else raises `_Irregular`,
    and the draft is read paragraph by paragraph instead (`read_each_paragraph`).
    """
    found: list[_Read] = []
    current: _Read | None = None
    for element in body.iter(*_ONE_PASS):
        tag = element.tag
        if tag == _P:
            block, parent = element, element.getparent()
            while parent is not body:
                if parent is None or parent.tag == _P:
                    raise _Irregular
                block, parent = parent, parent.getparent()
            current = _Read(element, [], block.tag == _TBL)
            found.append(current)
        elif tag in _LAYOUT_TAGS:
            if current is None:
                continue
            if tag == _P_PR:
                if current.properties is None and element.getparent() is current.element:
                    current.properties = element
            elif current.properties is not None and element.getparent() is current.properties:
                if tag == _P_STYLE and current.style is None:
                    current.style = element.get(_VAL, "")
                elif tag == _NUM_PR:
                    current.numbered = True
                elif tag == _OUTLINE and current.outline is None:
                    current.outline = element.get(_VAL) or ""
        else:
            if current is None or len(element) or not isinstance(tag, str):
                raise _Irregular
            parent = element.getparent()
            if parent is not current.element and parent.getparent() is not current.element:
                while parent is not current.element:  # deeper: in a hyperlink, an insertion, a field
                    if parent is None or parent is body:
                        raise _Irregular
                    parent = parent.getparent()
            current.parts.append((element.text or "") if tag == _T else "-" if tag == _NO_BREAK_HYPHEN else " ")
            if element.tail:
                current.parts.append(element.tail)
    return found


def read_each_paragraph(document: etree._Element) -> list[_Read]:
    """What `read_body_at_once` gives, for any draft: each paragraph's text by itertext, its layout by find()."""
    mark_spaces(document)
    found = []
    for element, in_table in body_paragraphs(document):
        read = _Read(element, [paragraph_text(element)], in_table)
        properties = element.find(_P_PR)
        if properties is not None:
            style, outline = properties.find(_P_STYLE), properties.find(_OUTLINE)
            read.style = style.get(_VAL, "") if style is not None else None
            read.numbered = properties.find(_NUM_PR) is not None
            read.outline = (outline.get(_VAL) or "") if outline is not None else None
        found.append(read)
    return found


def single_spaced(text: str) -> str:
    """`" ".join(text.split())`, without splitting the text into words when it already reads so.

    Most paragraphs do: one space between words and none at either end. A printable text has no
    whitespace but the plain space (tabs, line breaks, non-breaking and other spaces are not
    printable), so these tests in C say it; splitting a 200-page draft into words and joining them
    again costs more than reading its runs.
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def docx_paragraphs(path: Path) -> list[Paragraph]:
    with open_docx(path) as archive:
        document = read_part(archive, "word/document.xml", path)
        styles = _styles(read_part(archive, "word/styles.xml", path))
    assert document is not None  # open_docx checked that the part exists
    body = document.find(f"{_W}body")
    paragraphs: list[Paragraph] = []
    try:
        reads = read_body_at_once(body) if body is not None else []
    except _Irregular:
        reads = read_each_paragraph(document)
    for index, read in enumerate(reads):
        text = single_spaced("".join(read.parts))
        if not text:
            continue
        style = _PLAIN
        if read.style is not None:
            style_id = read.style.lower()
            style = styles.get(read.style) or _Style(_heading_level(style_id, style_id, None), False)
        heading = _outline_heading(read.outline) if read.outline is not None else None
        paragraphs.append(Paragraph(index, text, heading if heading is not None else style.heading,
                                    read.numbered or style.numbered, read.in_table))
    return paragraphs
