"""The frame around the agreement's text: document properties, header and footer, the signature table.

Written as WordprocessingML text in the form python-docx gave them when it built them (docx_template).
"""

from __future__ import annotations

from collections.abc import Sequence

from akkoord.document import Agreement, PartyBlock
from akkoord.dutch import format_date
from akkoord.wordml import docx_paragraph, docx_run, property_text, set_text

CONCEPT_RED = "C00000"
AUTHOR = "akkoord"
#: A concept's header line: bold and red.
ALARM = f'<w:b/><w:color w:val="{CONCEPT_RED}"/>'


def properties(agreement: Agreement) -> dict[str, str]:
    """The document properties (core.xml), escaped for their holes in the template."""
    values = {
        "title": property_text(agreement.title),
        "subject": property_text(agreement.subject),
        "keywords": property_text(agreement.keywords),
        "version": property_text(agreement.version),
        "language": "nl-NL",
        "author": AUTHOR,
        "last_modified_by": AUTHOR,
        "category": agreement.kind_heading,
        "content_status": "Concept" if agreement.is_concept else "Definitief",
        "comments": property_text(
            f"Opgesteld met akkoord, versie {agreement.version} van {format_date(agreement.date)}."),
    }
    return {name: set_text(value) for name, value in values.items()}


def header_footer(agreement: Agreement) -> dict[str, str]:
    """The runs of the header (right-aligned) and the footer (centred, with page numbers)."""
    if agreement.is_concept:
        header = docx_run(
            f"CONCEPT – versie {agreement.version} – {format_date(agreement.date)} – niet ondertekenen", ALARM)
    else:
        # A final text names its version too, so every round's document says which one it is.
        header = docx_run(f"Versie {agreement.version} – {format_date(agreement.date)}")
    return {"header": header, "footer": page_footer(agreement.title)}


def page_footer(text: str) -> str:
    return f"{docx_run(f'{text} – pagina ')}{field('PAGE')}{docx_run(' van ')}{field('NUMPAGES')}"


def field(instruction: str) -> str:
    """A Word field such as PAGE, with a placeholder result Word and LibreOffice recompute."""
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {instruction} '
            f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


_TABLE_START = ('<w:tbl><w:tblPr><w:tblW w:type="auto" w:w="0"/><w:jc w:val="center"/><w:tblLook w:firstColumn="1" '
                'w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" w:noVBand="1" w:val="04A0"/></w:tblPr>')
_LINE = docx_paragraph("_______________________________")
_NO_SIGNATORY = docx_paragraph("naam en functie: ________________")
_DATE = docx_paragraph("datum: ________________")


def signature_table(parties: Sequence[PartyBlock], widths: tuple[int, int]) -> str:
    """The signature blocks, two parties a row, each row kept on one page."""
    columns = 2 if len(parties) > 1 else 1
    rows = (len(parties) + columns - 1) // columns
    width = widths[columns - 1]
    cell_start = f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/></w:tcPr>'
    cells = []
    for index, party in enumerate(parties):
        spacing = '<w:pPr><w:spacing w:before="360"/></w:pPr>' if index >= columns else ""
        pieces = [cell_start, f"<w:p>{spacing}{docx_run(party.label[:1].upper() + party.label[1:], '<w:b/>')}</w:p>",
                  docx_paragraph(party.name)]
        for signatory in party.signatories or (None,):
            pieces += ["<w:p/>", _LINE]
            if signatory is not None:
                pieces += [docx_paragraph(signatory.name), docx_paragraph(signatory.function)]
            else:
                pieces.append(_NO_SIGNATORY)
            pieces.append(_DATE)
        cells.append("".join(pieces) + "</w:tc>")
    cells += [f"{cell_start}<w:p/></w:tc>"] * (rows * columns - len(parties))
    grid = f'<w:gridCol w:w="{width}"/>' * columns
    body = "".join(f'<w:tr><w:trPr><w:cantSplit w:val="true"/></w:trPr>{"".join(cells[row * columns:][:columns])}'
                   f"</w:tr>" for row in range(rows))
    return f"{_TABLE_START}<w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"
