"""The frame around the agreement's text: document properties, header and footer, the signature table."""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph

from akkoord.document import Agreement, PartyBlock
from akkoord.dutch import format_date
from akkoord.wordml import property_text

CONCEPT_RED = RGBColor(0xC0, 0x00, 0x00)
AUTHOR = "akkoord"


def set_properties(doc: DocxDocument, agreement: Agreement) -> None:
    props = doc.core_properties
    props.title = property_text(agreement.title)
    props.subject = property_text(agreement.subject)
    props.keywords = property_text(agreement.keywords)
    props.version = property_text(agreement.version)
    props.language = "nl-NL"
    props.author = AUTHOR
    props.last_modified_by = AUTHOR
    props.category = agreement.kind_heading
    props.content_status = "Concept" if agreement.is_concept else "Definitief"
    props.comments = property_text(
        f"Opgesteld met akkoord, versie {agreement.version} van {format_date(agreement.date)}.")


def header_footer(doc: DocxDocument, agreement: Agreement) -> None:
    for section in doc.sections:
        if agreement.is_concept:
            header = section.header
            paragraph = _free_paragraph(header)
            run = paragraph.add_run(
                f"CONCEPT – versie {agreement.version} – {format_date(agreement.date)} – niet ondertekenen")
            run.bold = True
            run.font.color.rgb = CONCEPT_RED
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            # A final text names its version too, so every round's document says which one it is.
            header = section.header
            paragraph = header.add_paragraph() if header.paragraphs[0].text else header.paragraphs[0]
            paragraph.add_run(f"Versie {agreement.version} – {format_date(agreement.date)}")
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        footer = section.footer
        paragraph = _free_paragraph(footer)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(f"{agreement.title} – pagina ")
        add_field(paragraph, "PAGE")
        paragraph.add_run(" van ")
        add_field(paragraph, "NUMPAGES")


def signature_table(doc: DocxDocument, parties: Sequence[PartyBlock]) -> None:
    """The signature blocks, two parties a row, each row kept on one page."""
    columns = 2 if len(parties) > 1 else 1
    rows = (len(parties) + columns - 1) // columns
    table = doc.add_table(rows=rows, cols=columns)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for index, party in enumerate(parties):
        cell = table.cell(index // columns, index % columns)
        first = cell.paragraphs[0]
        first.add_run(party.label[:1].upper() + party.label[1:]).bold = True
        if index >= columns:
            first.paragraph_format.space_before = Pt(18)
        cell.add_paragraph(party.name)
        signatories = party.signatories or ((None),)
        for signatory in signatories:
            cell.add_paragraph()
            cell.add_paragraph("_______________________________")
            if signatory is not None:
                cell.add_paragraph(f"{signatory.name}")
                cell.add_paragraph(signatory.function)
            else:
                cell.add_paragraph("naam en functie: ________________")
            cell.add_paragraph("datum: ________________")
    _keep_rows_together(table)


def add_field(paragraph: Paragraph, instruction: str) -> None:
    """A Word field such as PAGE, with a placeholder result Word and LibreOffice recompute."""
    def char(kind: str) -> BaseOxmlElement:
        run = OxmlElement("w:r")
        fld = OxmlElement("w:fldChar")
        fld.set(qn("w:fldCharType"), kind)
        run.append(fld)
        return run

    instr_run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    instr_run.append(instr)
    result = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    result.append(text)
    for element in (char("begin"), instr_run, char("separate"), result, char("end")):
        paragraph._p.append(element)


def _free_paragraph(part) -> Paragraph:
    """The first paragraph of a header or footer if it is empty, else a new one after the house style's."""
    paragraphs = part.paragraphs
    if paragraphs and not paragraphs[0].text:
        return paragraphs[0]
    return part.add_paragraph()


def _keep_rows_together(table) -> None:
    for row in table.rows:
        cant_split = OxmlElement("w:cantSplit")
        cant_split.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(cant_split)
