"""Turns a house style into a package template once, with python-docx: every part as written, holes where text goes.

python-docx readies the house style exactly as the writer always did (an empty body, the styles relied
on, the list numbering, repairs, header and footer paragraphs, document properties) with a marker in
each place a document's own text goes, and saves it. The saved parts, cut at the markers, are the
template (docx_parts.Template): a document is then written as text into those holes, so building one
needs neither python-docx nor lxml, and its parts are byte for byte what python-docx would have saved.

`python -m akkoord.docx_template HOUSE_STYLE.docx OUT.json` writes the template akkoord ships for its
own house style (templates/huisstijl.json; test_docx_template checks it is up to date).
"""

from __future__ import annotations

import dataclasses
import io
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu
from docx.text.paragraph import Paragraph

from akkoord.docx_parts import (
    AGREEMENT_PROPERTIES,
    HOLE,
    MARKER,
    NOTES_PROPERTIES,
    STYLE_NAMES,
    Layout,
    Part,
    Template,
    hole,
    source_stamp,
    split_holes,
)
from akkoord.docx_repair import repair_sections, repair_settings
from akkoord.docx_setup import add_numbering, clear_body, ensure_styles

_TABLE = qn("w:tbl")


def prepared_document(data: bytes) -> tuple[DocxDocument, Layout]:
    """A fresh python-docx copy of the house style readied for writing, and the facts the writer needs."""
    doc = Document(io.BytesIO(data))
    clear_body(doc)
    table_style = ensure_styles(doc)
    # A house style may lack what Word requires (or what we rely on): repaired, not refused.
    repair_settings(doc.settings.element)
    repair_sections(doc.element.body)
    article, recital, party = add_numbering(doc)
    section = doc.sections[-1]  # sizes repaired above, so all are numbers
    width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    block = doc._block_width
    layout = Layout(
        style_ids={name: doc.styles[name].style_id for name in STYLE_NAMES},
        table_style=doc.styles[table_style].style_id if table_style else None,
        numbering=(article, recital, party),
        text_width=max(1000, int(width / 635)),  # EMU -> twips, for annex tables
        signature_widths=(Emu(block // 1).twips, Emu(block // 2).twips),
    )
    return doc, layout


def append_body(doc: DocxDocument, xml: str) -> None:
    """Parse body WordprocessingML into the document, before its final section properties (for python-docx users)."""
    if not xml:
        return
    wrapper = parse_xml(f'<w:body {nsdecls("w")}>{xml}</w:body>')
    body = doc.element.body
    final = body.sectPr
    for element in list(wrapper):
        # lxml moves a subtree between documents in time quadratic in its size: move big tables row by row.
        rows = list(element) if element.tag == _TABLE else []
        for row in rows:
            element.remove(row)
        if final is not None:
            final.addprevious(element)
        else:
            body.append(element)
        for row in rows:
            element.append(row)


def prepare(data: bytes) -> Template:
    """The template of a house style (its bytes already checked and emptied, see docx_package)."""
    doc, layout = prepared_document(data)
    for name in AGREEMENT_PROPERTIES:
        setattr(doc.core_properties, name, hole(name))
    for section in doc.sections:
        _mark(_free_paragraph(section.header), WD_ALIGN_PARAGRAPH.RIGHT, "header")
        _mark(_free_paragraph(section.footer), WD_ALIGN_PARAGRAPH.CENTER, "footer")
    doc.add_paragraph(hole("body"))
    plain = _saved(doc)
    comment = doc.comments.add_comment(initials="AK")
    commented = _saved(doc)
    comments_name = doc.part.part_related_by(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments").partname.lstrip("/")
    commented[comments_name] = _comment_hole(commented[comments_name], comment.comment_id)
    notes = Document(io.BytesIO(data))
    for name in NOTES_PROPERTIES:
        setattr(notes.core_properties, name, hole(name))
    core = notes.part.package._core_properties_part
    core_name, notes_core = core.partname.lstrip("/"), core.blob.decode("utf-8")
    return Template(
        layout=layout,
        parts={name: _cut(part) for name, part in plain.items()},
        commented={name: _cut(part) for name, part in commented.items() if plain.get(name) != part},
        order=tuple(plain),
        commented_order=tuple(commented),
        comments_name=comments_name,
        first_comment_id=comment.comment_id,
        notes_core=(core_name, _cut(notes_core)),
    )


def _free_paragraph(part) -> Paragraph:
    """The first paragraph of a header or footer if it is empty, else a new one after the house style's."""
    paragraphs = part.paragraphs
    if paragraphs and not paragraphs[0].text:
        return paragraphs[0]
    return part.add_paragraph()


def _mark(paragraph: Paragraph, alignment: WD_ALIGN_PARAGRAPH, name: str) -> None:
    paragraph.alignment = alignment
    paragraph.add_run(hole(name))


def _saved(doc: DocxDocument) -> dict[str, bytes | str]:
    """Every part as python-docx saves it, in its order; parts with a marker as text."""
    buffer = io.BytesIO()
    doc.save(buffer)
    parts: dict[str, bytes | str] = {}
    with zipfile.ZipFile(buffer) as package:
        for entry in package.infolist():
            data = package.read(entry)
            parts[entry.filename] = data.decode("utf-8") if MARKER.encode("utf-8") in data else data
    return parts


# A marker added as a run's or a paragraph's text stands for the whole run or paragraph.
_WHOLE = re.compile(f"<w:p><w:r><w:t>({MARKER}body{HOLE})</w:t></w:r></w:p>"
                    f"|<w:r><w:t>({MARKER}(?:header|footer){HOLE})</w:t></w:r>")


def _comment_hole(part: bytes | str, number: int) -> str:
    text = part.decode("utf-8") if isinstance(part, bytes) else part
    start = text.rindex(f'<w:comment w:id="{number}" ')
    end = text.index("</w:comment>", start) + len("</w:comment>")
    return text[:start] + hole("remarks") + text[end:]


def _cut(part: bytes | str) -> Part:
    if isinstance(part, bytes):
        return part
    chunks = split_holes(_WHOLE.sub(lambda match: match.group(1) or match.group(2), part))
    if any(MARKER in chunk for chunk in chunks):
        raise RuntimeError(f"python-docx wrote a marker in an unexpected form: {chunks}")
    return chunks


def shipped(path: Path) -> Template:
    """The template akkoord ships beside its own house style, stamped with the file it was made from."""
    from akkoord.docx_package import without_body

    data = path.read_bytes()
    return dataclasses.replace(prepare(without_body(data)), source=source_stamp(data))


if __name__ == "__main__":
    Path(sys.argv[2]).write_text(shipped(Path(sys.argv[1])).to_json() + "\n", encoding="utf-8")
