"""Reading the paragraphs of a document to check: a .docx (via python-docx) or a plain-text file."""

from __future__ import annotations

import re
from pathlib import Path

from akkoord.errors import UserError

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
#: A text to check is an agreement: some hundreds of kilobytes at most.
MAX_TEXT_BYTES = 5_000_000


def read_paragraphs(path: Path) -> list[str]:
    """The paragraphs of a .docx (body and tables, in order) or of a text file (blank-line separated)."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return _docx_paragraphs(path)
    if suffix in TEXT_SUFFIXES:
        return _text_paragraphs(path)
    raise UserError(f"{path}: 'akkoord controleer' kent dit soort bestand niet ({suffix or 'geen extensie'}).",
                    "Geef een antwoordenbestand (.yaml), een Word-document (.docx) of een tekstbestand (.txt, .md) op.")


def _text_paragraphs(path: Path) -> list[str]:
    from akkoord.userfiles import read_text  # regular files only, bounded: a FIFO or /dev/zero is refused

    text = read_text(path, what="het tekstbestand", limit=MAX_TEXT_BYTES, hint="Controleer de naam en de map.")
    # A paragraph is a block of lines; lines inside it are joined, as in Markdown.
    return [" ".join(line.strip() for line in block.splitlines())
            for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if block.strip()]


def _docx_paragraphs(path: Path) -> list[str]:
    import io

    from docx import Document

    from akkoord.docx_package import read_docx  # bounded unpacked size: a zip bomb is refused, not inflated

    data = read_docx(path, what="het document", hint="Open het in Word en sla het op als .docx (niet .doc of .dotx).")
    try:
        document = Document(io.BytesIO(data))
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
