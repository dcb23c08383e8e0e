"""Reading a draft agreement into paragraphs with their layout: a .docx (see `review.word`) or text."""

from __future__ import annotations

import re
from pathlib import Path

from akkoord.errors import UserError
from akkoord.patterns import LazyPattern
from akkoord.review.paragraph import Paragraph

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
MAX_TEXT_BYTES = 50_000_000


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
        from akkoord.review.word import docx_paragraphs

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


_BLANK_LINE = LazyPattern(r"\n[^\S\n]*\n")
_MD_HEADING = LazyPattern(r"^(#{1,6})\s+(.*)$")
_LINE_STARTS_ITEM = LazyPattern(r"^(?:artikel\s+\d|\d+(?:\.\d+)*\.?\s|[a-z][.)]\s|[-*•]\s)", re.IGNORECASE)
_MD_MARKUP = LazyPattern(r"\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)")


def text_paragraphs(text: str, *, markdown: bool = False) -> list[Paragraph]:
    """Blank-line separated blocks; inside a block a line that starts an article, lid or item starts a paragraph."""
    paragraphs: list[Paragraph] = []
    for block in _BLANK_LINE.split(text.replace("\r\n", "\n").replace("\r", "\n")):
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
