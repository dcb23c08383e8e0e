"""Readies a fresh copy of the house style for writing: an empty body, the styles relied on, the list numbering."""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart
from docx.shared import Pt

from akkoord.docx_repair import renumber_odd_ids
from akkoord.wordml import ARTICLE_LEVELS, EMPTY_NUMBERING, LETTER_LIST


def clear_body(doc: DocxDocument) -> None:
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def ensure_styles(doc: DocxDocument) -> str | None:
    """Add the paragraph styles the writer relies on; the table style to use, if the house style has one."""
    styles = doc.styles
    names = {style.name for style in styles}
    for name in ("Title", "Subtitle", "Heading 1", "Heading 2"):
        if name not in names:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.font.bold = True
            style.font.size = Pt(16 if name == "Title" else 12)
    table_style = "Table Grid" if "Table Grid" in names else None
    # Dutch proofing language, so Word's spelling check does not flag the whole document.
    rpr = styles.element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr is not None:
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")
    return table_style


def add_numbering(doc: DocxDocument) -> tuple[int, int, int]:
    """Add the article, recital and party lists to numbering.xml; their numIds."""
    part = _numbering_part(doc)
    numbering = part.element
    renumber_odd_ids(numbering)
    existing = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    next_id = max(existing, default=-1) + 1
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    next_num = max(num_ids + [0]) + 1
    definitions = [
        ARTICLE_LEVELS.format(aid=next_id),
        LETTER_LIST.format(aid=next_id + 1, fmt="upperLetter", text="%1."),
        LETTER_LIST.format(aid=next_id + 2, fmt="decimal", text="%1."),
    ]
    nums = []
    for offset, xml in enumerate(definitions):
        abstract = parse_xml(xml)
        # abstractNum elements must precede num elements in numbering.xml.
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{next_num + offset}">'
                        f'<w:abstractNumId w:val="{next_id + offset}"/></w:num>')
        numbering.append(num)
        nums.append(next_num + offset)
    return nums[0], nums[1], nums[2]


def _numbering_part(doc: DocxDocument) -> NumberingPart:
    document_part = doc.part
    try:
        return document_part.numbering_part
    except NotImplementedError:
        # A reference document without any list has no numbering part; python-docx cannot make
        # one (tech-notes), so we add an empty one ourselves.
        part = NumberingPart(PackURI("/word/numbering.xml"), CT.WML_NUMBERING,
                             parse_xml(EMPTY_NUMBERING), document_part.package)
        document_part.relate_to(part, RT.NUMBERING)
        return part
