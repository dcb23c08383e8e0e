"""The lean .docx reader gives exactly the paragraphs of the plain one: one per `w:p`, same text and layout.

The plain reader below is the obvious way (a text iterator and `find` per paragraph); the reader in
`akkoord.review.word` reads the body in one pass. They must agree on every draft the tests have, on the
documents akkoord makes, and on the odd corners of WordprocessingML: text boxes (a paragraph inside a
paragraph), tables inside content controls, tab stops, tails of pretty-printed XML, tracked changes.
"""

from __future__ import annotations

import re
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from review_material import HELD_OUT, TUNING, documents, write_docx

from akkoord.review import word
from akkoord.review.paragraph import Paragraph
from akkoord.review.word import W, body_paragraphs, docx_paragraphs, mark_spaces, paragraph_text

_W = f"{{{W}}}"


def plain_paragraphs(path: Path) -> list[Paragraph]:
    """The reference: every paragraph of `body_paragraphs`, its text by itertext, its layout by find()."""
    with zipfile.ZipFile(path) as archive:
        document = etree.fromstring(archive.read("word/document.xml"), word._PARSER)
        names = archive.namelist()
        styles = word._styles(etree.fromstring(archive.read("word/styles.xml"), word._PARSER)
                                 if "word/styles.xml" in names else None)
    mark_spaces(document)
    found = []
    for index, (element, in_table) in enumerate(body_paragraphs(document)):
        text = " ".join(paragraph_text(element).split())
        if not text:
            continue
        heading, numbered, style_info = None, False, word._Style(None, False)
        ppr = element.find(f"{_W}pPr")
        if ppr is not None:
            style = ppr.find(f"{_W}pStyle")
            if style is not None:
                style_id = style.get(f"{_W}val", "")
                style_info = styles.get(style_id) or word._Style(
                    word._heading_level(style_id.lower(), style_id.lower(), None), False)
            numbered = ppr.find(f"{_W}numPr") is not None
            outline = ppr.find(f"{_W}outlineLvl")
            if outline is not None:
                heading = word._outline_heading(outline.get(f"{_W}val"))
        found.append(Paragraph(index, text, heading if heading is not None else style_info.heading,
                               numbered or style_info.numbered, in_table))
    return found


def test_the_drafts_of_the_evaluation_read_the_same(tmp_path):
    count = 0
    for part in (TUNING, HELD_OUT):
        for document in documents(part):
            for numbering in (True, False):
                path = write_docx(document, tmp_path / f"{document.name}-{numbering}.docx", word_numbering=numbering)
                assert docx_paragraphs(path) == plain_paragraphs(path), path.name
                count += 1
    assert count >= 8


def test_the_documents_akkoord_makes_read_the_same(generated_documents):
    for path in generated_documents:
        paragraphs = docx_paragraphs(path)
        assert paragraphs and paragraphs == plain_paragraphs(path), path.name
        # As Word writes them: read in the one pass.
        assert _both_ways(path)[0] is not None, path.name


def _document(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read("word/document.xml"), word._PARSER)


def _both_ways(path: Path) -> tuple[list[tuple[object, ...]] | None, list[tuple[object, ...]]]:
    """What the one pass (None: it gave up) and the reading paragraph by paragraph read."""
    def seen(reads: list[word._Read]) -> list[tuple[object, ...]]:
        return [(r.in_table, "".join(r.parts), r.style, r.numbered, r.outline) for r in reads]
    try:
        at_once = seen(word.read_body_at_once(_document(path).find(f"{_W}body")))
    except word._Irregular:
        at_once = None
    each = seen(word.read_each_paragraph(_document(path)))
    assert at_once is None or at_once == each
    return at_once, each


def _package(tmp_path: Path, body: str, styles: str = "") -> Path:
    path = tmp_path / "odd.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')
        if styles:
            archive.writestr("word/styles.xml", f'<w:styles xmlns:w="{W}">{styles}</w:styles>')
    return path


ODD_BODY = """
<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:pStyle w:val="Kop2"/></w:pPr>
  <w:r><w:t>Artikel</w:t><w:tab/><w:t>1</w:t></w:r>
</w:p>
<w:p><w:r><w:t xml:space="preserve">Buiten </w:t></w:r>
  <w:r><w:txbxContent>
    <w:p><w:pPr><w:numPr/></w:pPr><w:r><w:t>in het tekstvak</w:t></w:r></w:p>
  </w:txbxContent></w:r>
  <w:r><w:t>en weer buiten</w:t><w:noBreakHyphen/><w:t>af</w:t><w:br/><w:delText>weg</w:delText></w:r>
</w:p>
<w:sdt><w:sdtContent>
  <w:tbl><w:tr><w:tc><w:p><w:r><w:t>cel in een inhoudsbesturing</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
</w:sdtContent></w:sdt>
<w:tbl><w:tr><w:tc>
  <w:p><w:pPr><w:outlineLvl w:val="1"/><w:pPrChange><w:pPr><w:numPr/></w:pPr></w:pPrChange></w:pPr>
    <w:r><w:t>cel</w:t></w:r>
    <w:r><w:txbxContent><w:p><w:r><w:t>tekstvak in een cel</w:t></w:r></w:p></w:txbxContent></w:r>
    <w:r><w:t>na</w:t></w:r>
  </w:p>
  <w:p><w:pPr><w:pStyle/></w:pPr><w:r><w:t>stijl zonder naam</w:t></w:r></w:p>
  <w:p/>
  <w:p><w:r><w:cr/><w:t>\u00a0</w:t></w:r></w:p>
  <w:p><w:pPr><w:pStyle w:val="Genummerd"/><w:outlineLvl w:val="x"/></w:pPr><w:r><w:t>lijst</w:t></w:r></w:p>
</w:tc></w:tr></w:tbl>
<w:p><w:pPr><w:pStyle w:val="Kop2"/><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>twee stijlen</w:t></w:r></w:p>
<w:p><w:pPr><w:outlineLvl w:val="5"/><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>twee niveaus</w:t></w:r></w:p>
<w:p><w:r><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:t>eigenschappen in een run</w:t></w:r></w:p>
<w:p><w:r><w:t>slot</w:t></w:r><w:pPr><w:pStyle w:val="Title"/></w:pPr></w:p>
<w:sectPr/>
"""
ODD_STYLES = """
<w:style w:styleId="Genummerd"><w:name w:val="Genummerd"/><w:pPr><w:numPr/></w:pPr></w:style>
<w:style w:styleId="Kop2"><w:name w:val="heading 2"/></w:style>
<w:style w:styleId="Title"><w:name w:val="Title"/></w:style>
"""


def test_odd_corners_of_wordprocessingml_read_the_same(tmp_path):
    path = _package(tmp_path, ODD_BODY, ODD_STYLES)
    paragraphs = docx_paragraphs(path)
    assert paragraphs == plain_paragraphs(path)
    assert _both_ways(path)[0] is None  # text boxes: read paragraph by paragraph
    texts = [paragraph.text for paragraph in paragraphs]
    # A text box counts for the paragraph it sits in at body level; inside a table it is a paragraph too.
    assert "Buiten in het tekstvaken weer buiten-af" in texts and "in het tekstvak" not in texts
    assert "celtekstvak in een celna" in texts and "tekstvak in een cel" in texts
    assert [p.in_table for p in paragraphs if p.text == "cel in een inhoudsbesturing"] == [False]
    assert [(p.heading, p.numbered) for p in paragraphs if p.text == "celtekstvak in een celna"] == \
        [(2, False)]
    # Of two styles or outline levels the first counts, as Word reads them.
    assert [p.heading for p in paragraphs if p.text in ("twee stijlen", "twee niveaus")] == [2, 6]
    # Only the paragraph's own properties count, not a pPr somewhere inside it.
    assert [p.heading for p in paragraphs if p.text == "eigenschappen in een run"] == [None]


def test_odd_corners_without_text_boxes_are_read_in_one_pass(tmp_path):
    flat = re.sub(r"<w:r><w:txbxContent>.*?</w:txbxContent></w:r>", "", ODD_BODY, flags=re.S)
    flat += '<w:p><w:hyperlink><w:r><w:t>in een koppeling</w:t></w:r></w:hyperlink></w:p>'
    path = _package(tmp_path, flat, ODD_STYLES)
    assert docx_paragraphs(path) == plain_paragraphs(path)
    at_once, _ = _both_ways(path)
    assert at_once is not None and any(text == "in een koppeling" for _, text, *_ in at_once)


@pytest.mark.parametrize("body", [
    '<w:p/><w:sdt><w:sdtContent><w:r><w:t>los van een alinea</w:t></w:r></w:sdtContent></w:sdt>',
    '<w:r><w:t>voor de eerste alinea</w:t></w:r><w:p><w:r><w:t>alinea</w:t></w:r></w:p>',
    '<w:p><w:r><w:t>tekst<!-- opmerking -->met kind</w:t>staart</w:r></w:p>',
    '<w:p><w:r><w:t>voor</w:t></w:r><w:r><w:txbxContent><w:p><w:r><w:t>vak</w:t></w:r></w:p></w:txbxContent></w:r></w:p>',
])
def test_text_the_one_pass_cannot_place_is_read_paragraph_by_paragraph(tmp_path, body):
    path = _package(tmp_path, body)
    assert _both_ways(path)[0] is None
    assert docx_paragraphs(path) == plain_paragraphs(path)


NESTABLE = ("p", "r", "t", "tab", "br", "noBreakHyphen", "delText", "tbl", "tc", "sdt", "txbxContent", "pPr",
            "pStyle", "numPr", "outlineLvl")


@st.composite
def trees(draw, depth: int = 0) -> str:
    tag = draw(st.sampled_from(NESTABLE))
    attributes = ""
    if tag in ("pStyle", "outlineLvl") and draw(st.booleans()):
        attributes = f' w:val="{draw(st.sampled_from(["0", "3", "9", "Kop1", "Title", "x"]))}"'
    text = draw(st.sampled_from(["", "zo", " spoedig ", "\n  ", "mogelijk", "<!--c-->na"]))
    children = "" if depth >= 4 else "".join(draw(st.lists(trees(depth + 1), max_size=3)))
    tail = draw(st.sampled_from(["", "", " ", "staart"]))
    return f"<w:{tag}{attributes}>{text}{children}</w:{tag}>{tail}"


@settings(max_examples=150, deadline=None)
@given(blocks=st.lists(trees(), min_size=1, max_size=4))
def test_any_nesting_of_paragraphs_reads_the_same(tmp_path_factory, blocks):
    """Whatever the nesting, each paragraph gets the text the per-paragraph iterator gives."""
    path = _package(tmp_path_factory.mktemp("odd"), "".join(blocks), ODD_STYLES)
    assert docx_paragraphs(path) == plain_paragraphs(path)
    _both_ways(path)  # where the one pass reads a draft, it reads what the other way reads


@pytest.mark.parametrize("body", ["", "<w:sectPr/>"])
def test_an_empty_body_has_no_paragraphs(tmp_path, body):
    assert docx_paragraphs(_package(tmp_path, body)) == []


def test_the_single_spacing_shortcut_rests_on_every_other_space_being_unprintable():
    # `single_spaced` returns a printable text with single spaces as it is: that needs every character
    # str.split() splits on, except the plain space, to be unprintable (tabs, breaks, no-break spaces, ...).
    spaces = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]
    assert "\u00a0" in spaces and "\u2003" in spaces
    assert [space for space in spaces if space.isprintable()] == [" "]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", "é", " ", "\t", "\n", "\u00a0", "\u2003", "\u200b", "-"])))
def test_single_spacing_is_splitting_and_joining_the_words(text):
    assert word.single_spaced(text) == " ".join(text.split())
