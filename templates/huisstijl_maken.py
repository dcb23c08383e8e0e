"""Builds templates/huisstijl.docx, akkoord's default house style, from python-docx's blank document.

Run it after changing the style choices below: python templates/huisstijl_maken.py (it also writes
huisstijl.json, the template the writer fills in; see akkoord.docx_template).
A municipality uses its own reference document instead with `akkoord maak --huisstijl`.
"""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

DARK_BLUE = RGBColor(0x1F, 0x3A, 0x5F)
#: The table styles the writer uses; the blank template's other 98 are never used, and every
#: document would carry (and every run parse, write and compress) them.
TABLE_STYLES = ("TableNormal", "TableGrid")
#: Parts of the blank template that no document needs: the Word 2010 copy of every style
#: (438 KB, which Word rebuilds from styles.xml) and a picture of an empty page.
UNUSED_PARTS = (
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail",
)


def build(target: Path) -> None:
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)  # A4, not the US letter default
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for name, size, before in (("Title", 22, 0), ("Subtitle", 14, 0), ("Heading 1", 12.5, 14), ("Heading 2", 11.5, 10)):
        style = styles[name]
        style.font.name = "Calibri"
        style.font.size = Pt(size)
        style.font.bold = name != "Subtitle"
        style.font.italic = False
        style.font.color.rgb = DARK_BLUE
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(6)
        style.paragraph_format.keep_with_next = True
    styles["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    # The blank template's Title has a blue bottom border; a plain title reads more formal.
    border = styles["Title"].element.pPr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pBdr")
    if border is not None:
        styles["Title"].element.pPr.remove(border)
    _slim(doc)
    doc.core_properties.title = "Huisstijl akkoord"
    doc.core_properties.author = "akkoord"
    doc.save(target)



def _slim(doc) -> None:
    for style in doc.styles.element.findall(qn("w:style")):
        if style.get(qn("w:type")) == "table" and style.get(qn("w:styleId")) not in TABLE_STYLES:
            doc.styles.element.remove(style)
    for rels in (doc.part.rels, doc.part.package.rels):
        for r_id, rel in list(rels.items()):
            if rel.reltype in UNUSED_PARTS:
                rels.pop(r_id)


if __name__ == "__main__":
    style = Path(__file__).with_name("huisstijl.docx")
    build(style)
    # The writer fills in a template made from the house style once (akkoord.docx_template), shipped beside it.
    from akkoord.docx_template import shipped

    style.with_suffix(".json").write_text(shipped(style).to_json() + "\n", encoding="utf-8")
