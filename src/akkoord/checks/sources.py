"""Reading the paragraphs of a document to check: a .docx (via python-docx) or a plain-text file."""

from __future__ import annotations

import re
from pathlib import Path

from akkoord.errors import UserError

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}


def read_paragraphs(path: Path) -> list[str]:
    """The paragraphs of a .docx (body and tables, in order) or of a text file (blank-line separated)."""
    if not path.exists():
        raise UserError(f"{path}: bestand bestaat niet.", "Controleer de naam en de map.")
    if path.is_dir():
        raise UserError(f"{path} is een map, geen bestand.", "Geef het bestand zelf op.")
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return _docx_paragraphs(path)
    if suffix in TEXT_SUFFIXES:
        return _text_paragraphs(path)
    raise UserError(f"{path}: 'akkoord controleer' kent dit soort bestand niet ({suffix or 'geen extensie'}).",
                    "Geef een antwoordenbestand (.yaml), een Word-document (.docx) of een tekstbestand (.txt, .md) op.")


def _text_paragraphs(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"{path}: het bestand is niet in UTF-8 opgeslagen.",
                        "Sla het in je teksteditor op als UTF-8.") from None
    # A paragraph is a block of lines; lines inside it are joined, as in Markdown.
    return [" ".join(line.strip() for line in block.splitlines())
            for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if block.strip()]


def _docx_paragraphs(path: Path) -> list[str]:
    from docx import Document

    try:
        document = Document(str(path))
    except Exception:  # zipfile, lxml and python-docx raise many kinds on damaged files
        raise UserError(f"{path}: dit is geen leesbaar Word-document (.docx).",
                        "Open het in Word en sla het op als .docx (niet .doc of .dotx).") from None
    paragraphs: list[str] = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            for row in block.rows:
                for cell in row.cells:
                    paragraphs.extend(paragraph.text for paragraph in cell.paragraphs)
        else:
            paragraphs.append(block.text)
    return [paragraph.strip() for paragraph in paragraphs if paragraph.strip()]
