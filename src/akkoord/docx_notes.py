"""Writes the toelichting as its own .docx: same house style, its own header, footer and page numbers.

Part of the writer (see docx_writer): the only other place that lays out Word.
"""

from __future__ import annotations

from akkoord.document import Run
from akkoord.docx_frame import ALARM, AUTHOR, CONCEPT_RED, page_footer
from akkoord.docx_writer import Reference, _Writer
from akkoord.toelichting import Notes
from akkoord.wordml import docx_run, set_text


def write_notes(notes: Notes, reference: Reference) -> bytes:
    template = reference.template
    writer = _Writer(template.layout)
    writer.paragraph(notes.title, "Title")
    writer.paragraph(notes.subtitle, "Subtitle")
    writer.paragraph(notes.intro, bold=True, color=CONCEPT_RED)
    for section in notes.sections:
        writer.heading(section.heading, 2, keep_next=True)
        for paragraph in section.paragraphs:
            writer.paragraph(paragraph)
        if section.source:
            writer.paragraph((Run("Bron: ", italic=True), Run(section.source, italic=True)))
    values = {"body": writer.body(), "header": docx_run(notes.header, ALARM), "footer": page_footer(notes.footer),
              "title": set_text(f"{notes.title} {notes.subtitle}"[:255]),
              "category": "Juridische toelichting (intern)", "author": AUTHOR, "last_modified_by": AUTHOR}
    return template.package(values, notes=True)
