"""Reading a draft agreement into paragraphs with their layout: a .docx (lxml, no python-docx) or text."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from akkoord.errors import UserError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
#: Larger parts are refused before they are inflated (a zip bomb expands 1 MB into gigabytes).
MAX_PART_BYTES = 200_000_000
MAX_TEXT_BYTES = 50_000_000
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, remove_blank_text=False)


@dataclass(frozen=True)
class Paragraph:
    """One paragraph as a reviewer sees it, with what its layout says about its place in the agreement."""

    #: Position among the document's paragraphs (the `w:p` elements of the body in document order).
    index: int
    text: str
    #: 0 = title, 1.. = heading level (Word heading style or outline level, Markdown '#'), None = body text.
    heading: int | None = None
    #: Word list numbering on the paragraph or its style.
    numbered: bool = False
    in_table: bool = False


def read_draft(path: Path) -> list[Paragraph]:
    """The paragraphs of a .docx or a text file, empty ones left out (indexes keep their position)."""
    from akkoord.userfiles import os_reason

    try:
        path.stat()  # exists() and is_file() raise on a name too long or a folder without access
    except FileNotFoundError:
        raise UserError(f"{path}: bestand bestaat niet.", "Controleer de naam en de map.") from None
    except OSError as error:
        raise UserError(f"{path}: kan het bestand niet openen: {os_reason(error)}.",
                        "Controleer de naam en de map.") from None
    if not path.is_file():
        raise UserError(f"{path} is geen gewoon bestand.", "Geef het document zelf op.")
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return docx_paragraphs(path)
    if suffix in TEXT_SUFFIXES:
        return text_paragraphs(_read_text(path), markdown=suffix in {".md", ".markdown"})
    raise UserError(f"{path}: 'akkoord controleer' kent dit soort bestand niet ({suffix or 'geen extensie'}).",
                    "Geef een antwoordenbestand (.yaml), een Word-document (.docx) of een tekstbestand (.txt, .md) op.")


def _read_text(path: Path) -> str:
    if path.stat().st_size > MAX_TEXT_BYTES:
        raise UserError(f"{path}: het bestand is groter dan 50 MB; dat is geen overeenkomst.",
                        "Geef de tekst van de overeenkomst zelf op.")
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"{path}: het bestand is niet in UTF-8 opgeslagen.",
                        "Sla het in je teksteditor op als UTF-8.") from None


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_LINE_STARTS_ITEM = re.compile(r"^(?:artikel\s+\d|\d+(?:\.\d+)*\.?\s|[a-z][.)]\s|[-*•]\s)", re.IGNORECASE)
_MD_MARKUP = re.compile(r"\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)")


def text_paragraphs(text: str, *, markdown: bool = False) -> list[Paragraph]:
    """Blank-line separated blocks; inside a block a line that starts an article, lid or item starts a paragraph."""
    paragraphs: list[Paragraph] = []
    for block in re.split(r"\n[^\S\n]*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines: list[str] = []
        for line in block.split("\n"):
            line = line.strip()
            if not line:
                continue
            if lines and (_LINE_STARTS_ITEM.match(line) or _MD_HEADING.match(line)):
                paragraphs.append(_text_paragraph(len(paragraphs), " ".join(lines), markdown))
                lines = []
            lines.append(line)
            if _MD_HEADING.match(line):
                paragraphs.append(_text_paragraph(len(paragraphs), line, markdown))
                lines = []
        if lines:
            paragraphs.append(_text_paragraph(len(paragraphs), " ".join(lines), markdown))
    return paragraphs


def _text_paragraph(index: int, text: str, markdown: bool) -> Paragraph:
    heading = None
    match = _MD_HEADING.match(text)
    if match:
        heading, text = len(match[1]), match[2]
    if markdown:
        text = _MD_MARKUP.sub("", text)
    if text.startswith(("- ", "* ", "• ")):
        text = text[2:]
    return Paragraph(index, text.strip(), heading)


# --- Word -----------------------------------------------------------------------------------------

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


def _styles(styles: etree._Element | None) -> dict[str, _Style]:
    if styles is None:
        return {}
    found: dict[str, tuple[int | None, bool, str | None]] = {}
    for style in styles.iter(f"{_W}style"):
        style_id = style.get(f"{_W}styleId") or ""
        name_element = style.find(f"{_W}name")
        name = (name_element.get(f"{_W}val") if name_element is not None else style_id or "").lower()
        ppr = style.find(f"{_W}pPr")
        outline = ppr.find(f"{_W}outlineLvl") if ppr is not None else None
        heading = _heading_level(name, style_id.lower(), outline.get(_VAL) if outline is not None else None)
        numbered = ppr is not None and ppr.find(f"{_W}numPr") is not None
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


_HEADING_NAME = re.compile(r"^(?:heading|kop)\s*(\d)$")


def _heading_level(name: str, style_id: str, outline: str | None) -> int | None:
    """Title 0, 'Heading N' / 'Kop N' N, else the outline level (`w:outlineLvl` value, 0-based) + 1."""
    if name in ("title", "titel") or style_id in ("title", "titel"):
        return 0
    match = _HEADING_NAME.match(name) or _HEADING_NAME.match(style_id)
    if match:
        return int(match[1])
    return _outline_heading(outline)


def _outline_heading(outline: str | None) -> int | None:
    if outline is not None and (outline or "").isdigit() and int(outline) < 9:
        return int(outline) + 1
    return None


_TEXT_TAGS = (f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen")
_SPACE_TAGS = (f"{_W}tab", f"{_W}br", f"{_W}cr")


def mark_spaces(document: etree._Element) -> None:
    """Give tabs and breaks a space and hyphens a '-' as text, so `paragraph_text` can use C-level itertext.

    Only for reading: the annotated copy parses the document afresh.
    """
    for element in document.iter(*_SPACE_TAGS):
        element.text = " "
    for element in document.iter(f"{_W}noBreakHyphen"):
        element.text = "-"


def paragraph_text(paragraph: etree._Element) -> str:
    """The visible text: inserted text counts, deleted text (w:delText) does not. Call `mark_spaces` first."""
    return "".join(paragraph.itertext(*_TEXT_TAGS))


_P, _T, _TBL, _NO_BREAK_HYPHEN = f"{_W}p", f"{_W}t", f"{_W}tbl", f"{_W}noBreakHyphen"
_P_PR, _P_STYLE, _NUM_PR, _OUTLINE, _VAL = (f"{_W}pPr", f"{_W}pStyle", f"{_W}numPr", f"{_W}outlineLvl", f"{_W}val")
_WALKED = (_P, *_TEXT_TAGS)
_PLAIN = _Style(None, False)


def paragraph_texts(document: etree._Element) -> list[tuple[etree._Element, bool, str]]:
    """`body_paragraphs` with each paragraph's visible text (as `paragraph_text` after `mark_spaces`).

    One walk over the body instead of a text iterator per paragraph: a 200-page draft has thousands
    of paragraphs, and setting up an iterator costs more than the few runs it reads. A text belongs to
    every listed paragraph it sits in; a paragraph inside a body-level paragraph (a text box) is not
    listed, its text counts for the outer one; inside a table each paragraph is listed, as in
    `body_paragraphs`.
    """
    body = document.find(f"{_W}body")
    if body is None:
        return []
    found: list[tuple[etree._Element, bool, list[str]]] = []
    #: The text pieces of each open w:p, innermost last; None for one that is not listed.
    open_parts: list[list[str] | None] = []
    inside_top_level = False
    for event, element in etree.iterwalk(body, events=("start", "end"), tag=_WALKED):
        tag = element.tag
        if tag == _P:
            if event == "end":
                open_parts.pop()
                inside_top_level = inside_top_level and bool(open_parts)
                continue
            parts: list[str] | None = None
            if not inside_top_level:
                block, parent = element, element.getparent()
                while parent is not body and parent is not None:
                    block, parent = parent, parent.getparent()
                parts = []
                found.append((element, block.tag == _TBL, parts))
                inside_top_level = block is element
            open_parts.append(parts)
            continue
        if event == "start":
            piece = (element.text or "") if tag == _T else "-" if tag == _NO_BREAK_HYPHEN else " "
        else:
            piece = element.tail or ""
        if piece:
            for parts in open_parts:
                if parts is not None:
                    parts.append(piece)
    return [(element, in_table, "".join(parts)) for element, in_table, parts in found]


def docx_paragraphs(path: Path) -> list[Paragraph]:
    with open_docx(path) as archive:
        document = read_part(archive, "word/document.xml", path)
        styles = _styles(read_part(archive, "word/styles.xml", path))
    assert document is not None  # open_docx checked that the part exists
    paragraphs: list[Paragraph] = []
    for index, (element, in_table, raw) in enumerate(paragraph_texts(document)):
        text = " ".join(raw.split())
        if not text:
            continue
        style_info, numbered, heading = _PLAIN, False, None
        ppr = next(element.iterchildren(_P_PR), None)
        if ppr is not None:
            style = outline = None
            # The first of each, as find() would give; pPr has a handful of children.
            for child in ppr:
                tag = child.tag
                if tag == _P_STYLE:
                    style = child if style is None else style
                elif tag == _NUM_PR:
                    numbered = True
                elif tag == _OUTLINE:
                    outline = child if outline is None else outline
            if style is not None:
                style_id = style.get(_VAL, "")
                style_info = styles.get(style_id) or _Style(_heading_level(style_id.lower(), style_id.lower(), None),
                                                            False)
            if outline is not None:
                heading = _outline_heading(outline.get(_VAL))
        paragraphs.append(Paragraph(index, text, heading if heading is not None else style_info.heading,
                                    numbered or style_info.numbered, in_table))
    return paragraphs
