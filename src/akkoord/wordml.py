"""WordprocessingML written as text: numbering definitions, runs, table rows, escaping and layout measures."""

from __future__ import annotations

import functools

from akkoord.document import Inline, Mark
from akkoord.patterns import LazyPattern
from akkoord.provenance import MARKER_CHARS

_W_DECL = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

#: python-docx refuses longer document properties; the full text stands in the document itself.
MAX_PROPERTY_LENGTH = 255

# Hanging indents in twips: labels such as "12.10" and "Artikel 12" need room (tech-notes).
ARTICLE_TAB = 1701  # 3 cm: room for "Artikel 14" in a bold heading
MEMBER_LEFT, MEMBER_HANGING = 851, 851
ITEM_LEFT, ITEM_HANGING = 1276, 425

ARTICLE_LEVELS = f"""
<w:abstractNum {_W_DECL} w:abstractNumId="{{aid}}">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="tab"/><w:lvlText w:val="Artikel %1"/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:tabs><w:tab w:val="num" w:pos="{ARTICLE_TAB}"/></w:tabs><w:ind w:left="{ARTICLE_TAB}" w:hanging="{ARTICLE_TAB}"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="tab"/><w:lvlText w:val="%1.%2"/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:tabs><w:tab w:val="num" w:pos="{MEMBER_LEFT}"/></w:tabs><w:ind w:left="{MEMBER_LEFT}" w:hanging="{MEMBER_HANGING}"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:suff w:val="tab"/><w:lvlText w:val="%3."/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:tabs><w:tab w:val="num" w:pos="{ITEM_LEFT}"/></w:tabs><w:ind w:left="{ITEM_LEFT}" w:hanging="{ITEM_HANGING}"/></w:pPr></w:lvl>
</w:abstractNum>"""  # noqa: E501 (one numbering level per line)

LETTER_LIST = f"""
<w:abstractNum {_W_DECL} w:abstractNumId="{{aid}}">
  <w:multiLevelType w:val="singleLevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{{fmt}}"/><w:suff w:val="tab"/><w:lvlText w:val="{{text}}"/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:tabs><w:tab w:val="num" w:pos="{MEMBER_LEFT}"/></w:tabs><w:ind w:left="{MEMBER_LEFT}" w:hanging="{MEMBER_HANGING}"/></w:pPr></w:lvl>
</w:abstractNum>"""  # noqa: E501 (one numbering level per line)

EMPTY_NUMBERING = f'<w:numbering {_W_DECL}/>'

def escape(text: str, extra: dict[str, str] | None = None) -> str:
    """XML-escaped text as lxml writes it back after parsing it (xml.sax.saxutils would pull in urllib and ssl).

    Body text used to be parsed before python-docx saved it, and a parser reads a carriage return as a
    line feed; written directly, it is given the form that round trip gave it.
    """
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if extra:
        for char, entity in extra.items():
            text = text.replace(char, entity)
    return text


def set_text(text: str) -> str:
    """Text as lxml writes an element's text that was assigned, not parsed (python-docx's properties)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\r", "&#13;") if "\r" in text else text


def set_attribute(text: str) -> str:
    """An assigned attribute value as lxml writes it."""
    return (set_text(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;"))


_RUN_BREAKS = LazyPattern("([\t\r\n])")


def docx_run(text: str, properties: str = "") -> str:
    """A run as python-docx's `add_run(text)` writes it: a tab is w:tab, a line break w:br, and w:t keeps
    its spaces only when it starts or ends with one."""
    content = []
    for index, piece in enumerate(_RUN_BREAKS.split(text) if text else ()):
        if index % 2:
            content.append("<w:tab/>" if piece == "\t" else "<w:br/>")
        elif piece:
            space = ' xml:space="preserve"' if len(piece.strip()) < len(piece) else ""
            content.append(f"<w:t{space}>{set_text(piece)}</w:t>")
    inner = (f"<w:rPr>{properties}</w:rPr>" if properties else "") + "".join(content)
    return f"<w:r>{inner}</w:r>" if inner else "<w:r/>"


def docx_paragraph(text: str, properties: str = "") -> str:
    """A paragraph as python-docx's `add_paragraph(text)` writes it (no run when there is no text)."""
    pieces = (f"<w:pPr>{properties}</w:pPr>" if properties else "") + (docx_run(text) if text else "")
    return f"<w:p>{pieces}</w:p>" if pieces else "<w:p/>"


#: Extra escapes for a parsed attribute: a parser reads a tab or line break in an attribute as a space.
ATTRIBUTE_ESCAPES = {'"': "&quot;", "\t": " ", "\n": " "}
TABLE_BORDERS = "<w:tblBorders>" + "".join(
    f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    for side in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"


def run_xml(text: str, *, bold: bool = False, italic: bool = False, color: str | None = None,
             highlight: bool = False) -> str:
    # No provenance marker may reach a document, whatever path the text took (markers lie outside ASCII).
    clean = text if text.isascii() else MARKER_CHARS.sub("", text)
    return f"<w:r>{_run_properties(bold, italic, color, highlight)}{preserved(clean)}</w:r>"


@functools.cache
def _run_properties(bold: bool, italic: bool, color: str | None, highlight: bool) -> str:
    # Element order inside w:rPr is fixed by the schema: b, i, color, highlight.
    properties = (("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
                  + (f'<w:color w:val="{color}"/>' if color else ""))
    if highlight:
        properties += '<w:highlight w:val="yellow"/>'
    return f"<w:rPr>{properties}</w:rPr>" if properties else ""


def preserved(text: str) -> str:
    """A w:t keeping its spaces (empty, lxml writes it as an empty element)."""
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>' if text else '<w:t xml:space="preserve"/>'


def mark_span(runs: Inline, item: Mark) -> tuple[int, int]:
    """First and last index of the first stretch of runs inside `item`; (-1, -1) when none is."""
    first = next((index for index, run in enumerate(runs) if item in run.marks), -1)
    if first < 0:
        return -1, -1
    last = first
    while last + 1 < len(runs) and item in runs[last + 1].marks:
        last += 1
    return first, last


def table_row(cells: tuple[str, ...], widths: list[int], *, header: bool) -> str:
    row_properties = ('<w:trPr><w:tblHeader w:val="true"/></w:trPr>' if header
                      else '<w:trPr><w:cantSplit w:val="true"/></w:trPr>')
    shading = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if header else ""
    run_properties = f'<w:rPr>{"<w:b/>" if header else ""}<w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>'
    parts = [f"<w:tr>{row_properties}"]
    for text, width in zip(cells, widths, strict=False):
        paragraphs = "".join(
            f'<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:r>{run_properties}'
            f'{preserved(line)}</w:r></w:p>'
            for line in (text.split("\n") or [""]))
        parts.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shading}</w:tcPr>{paragraphs}</w:tc>')
    parts.append("</w:tr>")
    return "".join(parts)


def property_text(text: str) -> str:
    """Document properties (title, keywords) hold at most 255 characters: shorten, never refuse."""
    return text if len(text) <= MAX_PROPERTY_LENGTH else text[:MAX_PROPERTY_LENGTH - 1] + "…"
