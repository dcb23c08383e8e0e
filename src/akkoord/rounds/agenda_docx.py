"""The agenda as a Word document, laid out by the agreement's writer in the same house style."""

from __future__ import annotations

import io

from akkoord.document import Run, Table
from akkoord.docx_writer import Reference, _Writer
from akkoord.dutch import format_date
from akkoord.rounds.agenda import Agenda


def write_agenda(agenda: Agenda, reference: Reference) -> bytes:
    from akkoord.docx_template import append_body, prepared_document

    doc, layout = prepared_document(reference.data())
    writer = _Writer(layout)
    writer.paragraph("Agenda", "Title")
    writer.paragraph(agenda.title, "Subtitle")
    writer.paragraph(f"Voor de volgende ronde over versie {agenda.version} van {format_date(agenda.date)}.")
    if agenda.rounds:
        writer.heading("Eerdere rondes", 2, keep_next=True)
        for when, agreed in agenda.rounds:
            writer.paragraph((Run(f"{when}: ", bold=True), Run(agreed)))
    if agenda.empty:
        writer.paragraph("Er staan geen open punten en geen waarschuwingen open: de tekst kan naar de ondertekening.")
    for group in agenda.groups:
        writer.heading(group.heading, 2, keep_next=True)
        points = [item for item in group.items if item.kind == "open punt"]
        if points:
            parties = list(dict.fromkeys(name for item in points for name, _ in item.proposals))
            rows = []
            for item in points:
                proposed = dict(item.proposals)
                where = f" ({item.where})" if item.where else ""
                rows.append((f"{item.subject[:1].upper()}{item.subject[1:]}{where}",
                             *(proposed.get(name, "—") for name in parties),
                             item.note or "—"))
            writer._table(Table(header=("Open punt", *(p[:1].upper() + p[1:] for p in parties), "Toelichting"),
                                rows=tuple(rows), widths=(4, *([3] * len(parties)), 5)))
        for item in group.items:
            if item.kind != "waarschuwing":
                continue
            where = f" ({item.where})" if item.where else ""
            writer.paragraph((Run(f"Waarschuwing{where}: ", bold=True), Run(item.subject)))
            if item.note:
                writer.paragraph(item.note, indent=567)
    append_body(doc, writer.body())
    props = doc.core_properties
    props.title = f"Agenda {agenda.title}"[:255]
    props.author = props.last_modified_by = "akkoord"
    props.language = "nl-NL"
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
