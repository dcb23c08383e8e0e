"""Writes the toelichting as its own .docx: same house style, its own header, footer and page numbers.

Part of the writer (see docx_writer): the only other place that lays out Word.
"""

from __future__ import annotations

import io

from docx.enum.text import WD_ALIGN_PARAGRAPH

from akkoord.document import Run
from akkoord.docx_frame import CONCEPT_RED, add_field
from akkoord.docx_writer import Reference, _Writer
from akkoord.toelichting import Notes


def write_notes(notes: Notes, reference: Reference) -> bytes:
    writer = _Writer(reference.fresh())
    _header_footer(writer, notes)
    writer.paragraph(notes.title, "Title")
    writer.paragraph(notes.subtitle, "Subtitle")
    writer.paragraph(notes.intro, bold=True, color=str(CONCEPT_RED))
    for section in notes.sections:
        writer.heading(section.heading, 2, keep_next=True)
        for paragraph in section.paragraphs:
            writer.paragraph(paragraph)
        if section.source:
            writer.paragraph((Run("Bron: ", italic=True), Run(section.source, italic=True)))
    writer.flush()
    props = writer.doc.core_properties
    props.title = f"{notes.title} {notes.subtitle}"[:255]
    props.category = "Juridische toelichting (intern)"
    props.author = props.last_modified_by = "akkoord"
    buffer = io.BytesIO()
    writer.doc.save(buffer)
    return buffer.getvalue()


def _header_footer(writer: _Writer, notes: Notes) -> None:
    for section in writer.doc.sections:
        header = section.header
        paragraph = header.add_paragraph() if header.paragraphs[0].text else header.paragraphs[0]
        run = paragraph.add_run(notes.header)
        run.bold = True
        run.font.color.rgb = CONCEPT_RED
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        footer = section.footer
        paragraph = footer.add_paragraph() if footer.paragraphs[0].text else footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(f"{notes.footer} – pagina ")
        add_field(paragraph, "PAGE")
        paragraph.add_run(" van ")
        add_field(paragraph, "NUMPAGES")
