"""Reading a built .docx the way a reviewer looks at it: articles, leden, parties, signatures."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.oxml.ns import qn


@dataclass
class ArticleView:
    number: int
    title: str
    leden: list[str] = field(default_factory=list)
    numbered_leden: int = 0
    style: str = ""


def numbering_formats(document) -> dict[str, dict[int, str]]:
    """numId -> {level: lvlText} for every list in the document."""
    numbering = document.part.numbering_part.element
    abstract = {a.get(qn("w:abstractNumId")): {
        int(level.get(qn("w:ilvl"))): level.find(qn("w:lvlText")).get(qn("w:val")) for level in a.findall(qn("w:lvl"))}
                for a in numbering.findall(qn("w:abstractNum"))}
    return {num.get(qn("w:numId")): abstract[num.find(qn("w:abstractNumId")).get(qn("w:val"))]
            for num in numbering.findall(qn("w:num"))}


def _num(paragraph) -> tuple[str, int] | None:
    ppr = paragraph._p.pPr
    if ppr is None or ppr.numPr is None or ppr.numPr.numId is None:
        return None
    return str(ppr.numPr.numId.val), int(ppr.numPr.ilvl.val if ppr.numPr.ilvl is not None else 0)


def articles(path: Path) -> list[ArticleView]:
    """Articles in document order: a heading numbered 'Artikel %1', with the text up to the next heading."""
    document = docx.Document(str(path))
    formats = numbering_formats(document)
    found: list[ArticleView] = []
    current = None
    for paragraph in document.paragraphs:
        num = _num(paragraph)
        is_article = num is not None and formats.get(num[0], {}).get(num[1]) == "Artikel %1"
        if is_article:
            current = ArticleView(number=len(found) + 1, title=paragraph.text, style=paragraph.style.name)
            found.append(current)
        elif paragraph.style.name.startswith("Heading") or paragraph.text.startswith("Aldus"):
            current = None
        elif current is not None and paragraph.text.strip():
            current.leden.append(paragraph.text)
            if num is not None and formats.get(num[0], {}).get(num[1]) == "%1.%2":
                current.numbered_leden += 1
    return found


def all_text(path: Path) -> str:
    """Every piece of text: body, tables, headers, footers."""
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    return "\n".join(parts)


def signature_text(path: Path) -> str:
    """The text of the signature table (the table right after 'Aldus ...')."""
    document = docx.Document(str(path))
    body = document.element.body
    seen_closing = False
    for element in body.iterchildren():
        if element.tag == qn("w:p") and "".join(element.itertext()).startswith("Aldus"):
            seen_closing = True
        elif seen_closing and element.tag == qn("w:tbl"):
            return "\n".join(element.itertext())
    return ""
