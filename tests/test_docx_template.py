"""The writer's package template: `maak` runs without python-docx, and what it writes as text is what python-docx wrote.

A document is its house style's template (docx_template, made with python-docx) filled in with text. The
text must be the very bytes python-docx and lxml gave the same content, so these tests hold the text
writer against python-docx itself, and the shipped template against the house style it was made from.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from conftest import EXAMPLES
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from lxml import etree

from akkoord.build import default_house_style
from akkoord.document import PartyBlock, Remark, Run, Signatory
from akkoord.docx_frame import signature_table
from akkoord.docx_notes import write_notes
from akkoord.docx_parts import AGREEMENT_PROPERTIES, Template, shipped_template
from akkoord.docx_template import shipped
from akkoord.docx_writer import _Writer, open_reference, write_agreement
from akkoord.docx_zip import archive, compressed
from akkoord.toelichting import build_notes
from akkoord.wordml import docx_run

#: Text python-docx and lxml treat specially: spaces at the ends, tabs, line breaks, markup characters.
TRICKY = ["", "a", " a", "a ", "a\tb", "a\nb\r\nc\rd", "\n", "<b>&amp;\"'", "\u00a0niet-brekend", "x\u2003",
          "Stichting \"De Hoven\" & Co > B.V.", "\t\t", "tab\t"]


def _imports(args: list[str], cwd: Path) -> list[tuple[int, str]]:
    """(depth, module) for every module `akkoord ARGS` imports, in -X importtime's order (children first)."""
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "akkoord", *args], cwd=cwd,
                            capture_output=True, text=True, check=False)
    assert result.returncode in (0, 1), result.stderr[-2000:]
    found = []
    for line in result.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+\d+ \| ( *)(\S+)", line)
        if match:
            found.append((len(match.group(1)) // 2, match.group(2)))
    assert found, "python -X importtime printed nothing"
    return found


def _importers(imports: list[tuple[int, str]], index: int) -> list[str]:
    """The chain of modules whose import brought in the module at `index` (its parents come after it)."""
    depth, chain = imports[index][0], []
    for later_depth, name in imports[index + 1:]:
        if later_depth < depth:
            chain.append(name)
            depth = later_depth
    return chain


@pytest.mark.parametrize("extra", [[], ["--zonder-opmerkingen", "--toelichting"]])
def test_maak_writes_its_documents_without_python_docx_or_lxml(tmp_path, extra):
    # te-algemeen raises warnings, so its document has comments unless they are switched off. Importing
    # python-docx and lxml cost about 55 ms of every maak; only a house style of one's own needs them.
    source = tmp_path / "te-algemeen.yaml"
    shutil.copy(EXAMPLES / "te-algemeen.yaml", source)
    imports = _imports(["maak", str(source), "--overschrijf", *extra], tmp_path)
    assert (tmp_path / "te-algemeen.docx").exists()
    names = [name for _, name in imports]
    assert "akkoord.docx_writer" in names
    for index, (_, name) in enumerate(imports):
        assert name.split(".")[0] not in ("docx", "lxml"), f"{name} imported by {_importers(imports, index)}"


def test_the_shipped_template_is_made_from_the_house_style_as_it_is():
    style = default_house_style()
    made = shipped(style)
    assert shipped_template(style) == made, (
        "templates/huisstijl.json is out of date: python -m akkoord.docx_template templates/huisstijl.docx "
        "templates/huisstijl.json")


def test_a_template_made_from_another_file_is_not_used(tmp_path):
    style = tmp_path / "huisstijl.docx"
    shutil.copy(default_house_style(), style)
    shutil.copy(default_house_style().with_suffix(".json"), style.with_suffix(".json"))
    assert shipped_template(style) is not None
    style.write_bytes(style.read_bytes() + b"\0")  # another file of the same name
    assert shipped_template(style) is None


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as package:
        return {name: re.sub(rb'w:date="[^"]*"', b"", package.read(name)) for name in package.namelist()}


def test_the_house_style_as_a_file_gives_the_document_the_shipped_template_gives(run_cli, tmp_path):
    # --huisstijl readies the file with python-docx at run time; the shipped template was readied once.
    source = tmp_path / "te-algemeen.yaml"
    shutil.copy(EXAMPLES / "te-algemeen.yaml", source)
    style = tmp_path / "eigen.docx"
    shutil.copy(default_house_style(), style)
    assert run_cli("maak", source, "-o", tmp_path / "a.docx", "--toelichting").code == 0
    assert run_cli("maak", source, "-o", tmp_path / "b.docx", "--toelichting", "--huisstijl", style).code == 0
    for made in ("", "-toelichting"):
        assert _parts(tmp_path / f"a{made}.docx") == _parts(tmp_path / f"b{made}.docx")


def _plain(xml: str) -> str:
    """The XML with numeric character references written as the characters: lxml before 5 writes, say,
    a non-breaking space in an attribute as '&#xA0;' where later versions and the writer write the
    character itself; Word reads both as the same text."""
    return re.sub(r"&#x([0-9A-Fa-f]+);", lambda found: chr(int(found.group(1), 16)), xml)


def _lxml_again(xml: str) -> str:
    """The text as it came out when it was parsed and saved through python-docx, as the writer did before."""
    wrapper = parse_xml(f"<w:body {nsdecls('w')}>{xml}</w:body>")
    return _plain("".join(_bare(child) for child in wrapper))


def _bare(element) -> str:
    """An element's XML without the namespace declarations a part's root element makes."""
    return re.sub(r' xmlns:\w+="[^"]*"', "", etree.tostring(element, encoding="unicode"))


@pytest.mark.parametrize("text", TRICKY)
def test_runs_are_written_as_python_docx_writes_them(text):
    paragraph = docx.Document().add_paragraph()
    run = paragraph.add_run(text)
    run.bold = True
    assert docx_run(text, "<w:b/>") == _plain(_bare(run._r))


@pytest.mark.parametrize("text", TRICKY)
def test_comments_are_written_as_python_docx_wrote_them(text):
    document = docx.Document()
    author = f"akkoord {text}"
    comment = document.comments.add_comment(text=text, author=author, initials="AK")
    expected = _plain(_bare(comment._comment_elm))
    writer = _Writer(open_reference(None, default_house_style()).template.layout)
    writer._comment(text, author)
    written = writer.comments()
    assert re.sub(r' w:date="[^"]*"', "", written) == re.sub(r' w:date="[^"]*"', "", expected)


@pytest.mark.parametrize("text", TRICKY)
def test_body_text_is_what_parsing_and_saving_it_gave(text):
    writer = _Writer(open_reference(None, default_house_style()).template.layout)
    writer.paragraph((Run(text), Run(text, bold=True), Run(text, italic=True)), "Heading 1", keep_next=True)
    writer.paragraph(text, remarks=[Remark(f"opmerking {text}", author=f"akkoord {text}")])
    writer.paragraph(())
    party = PartyBlock(label=f"de {text}", name=text, comparitie=(), signatories=(Signatory(text, text),))
    writer._pending.append(signature_table([party, party, party], (9000, 4500)))
    body = writer.body()
    assert _lxml_again(body) == body


def test_every_part_written_as_text_is_as_lxml_saves_it(tmp_path, run_cli):
    template = open_reference(None, default_house_style()).template
    filled = [name for name, part in {**template.parts, **template.commented}.items() if isinstance(part, list)]
    assert {"word/document.xml", "word/comments.xml", "docProps/core.xml"} <= set(filled)
    source = tmp_path / "te-algemeen.yaml"
    shutil.copy(EXAMPLES / "te-algemeen.yaml", source)
    assert run_cli("maak", source, "--toelichting").code == 0
    for made in (tmp_path / "te-algemeen.docx", tmp_path / "te-algemeen-toelichting.docx"):
        with zipfile.ZipFile(made) as package:
            for name in set(filled) & set(package.namelist()):
                data = package.read(name)
                root = etree.fromstring(data, etree.XMLParser(remove_blank_text=True))
                again = etree.tostring(root, encoding="UTF-8", standalone=True).decode()
                assert _plain(again) == data.decode(), name


def test_a_template_survives_its_json_form():
    template = open_reference(None, default_house_style()).template
    assert Template.from_json(template.to_json()) == template


def test_writing_a_document_leaves_no_cyclic_garbage(tmp_path, monkeypatch):
    # So a batch needs no full collection between documents (python-docx's graphs were cyclic and held
    # lxml memory the collector's thresholds did not see).
    import gc

    import akkoord.build

    written = []
    monkeypatch.setattr(akkoord.build, "write_agreement", lambda agreement, reference: written.append(agreement)
                        or write_agreement(agreement, reference))
    builder = akkoord.build.Builder(akkoord.build.BuildOptions(explanatory_notes=True))
    builder.build(EXAMPLES / "te-algemeen.yaml", tmp_path / "te-algemeen.docx")
    agreement = written[0]
    assert agreement.remarks, "te-algemeen should raise warnings, so its document has comments"
    gc.collect()
    gc.disable()
    try:
        write_agreement(agreement, builder.reference)
        write_notes(build_notes(agreement), builder.reference)
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_a_package_is_a_zip_file_every_reader_takes():
    parts = {"[Content_Types].xml": b"<Types/>", "word/media/logo \u00e9\u00e9n.png": bytes(range(256)) * 40,
             "leeg.xml": b""}
    data = archive([compressed(name, part, level) for (name, part), level in zip(parts.items(), (1, 6, 9),
                                                                                    strict=True)])
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert package.testzip() is None  # every CRC checks out
        assert {name: package.read(name) for name in package.namelist()} == parts
        assert {entry.compress_type for entry in package.infolist()} == {zipfile.ZIP_DEFLATED}


def test_a_header_without_paragraphs_gets_one_in_both_documents(run_cli, tmp_path):
    # The toelichting used to take the header's first paragraph blindly, and stopped with an internal error.
    style = docx.Document()
    header = style.sections[0].header._element
    for paragraph in list(header):
        header.remove(paragraph)
    style.save(tmp_path / "kaal.docx")
    source = tmp_path / "sok.yaml"
    shutil.copy(EXAMPLES / "sok-meerpartijen.yaml", source)
    assert run_cli("maak", source, "--huisstijl", tmp_path / "kaal.docx", "--toelichting").code == 0
    agreement, notes = docx.Document(str(tmp_path / "sok.docx")), docx.Document(str(tmp_path / "sok-toelichting.docx"))
    assert agreement.sections[0].header.paragraphs[0].text.startswith("CONCEPT – versie")
    assert notes.sections[0].header.paragraphs[0].text.startswith("INTERN – juridische toelichting")


@pytest.mark.parametrize("char", ["\x0b", "\x00", "\ufffe", "\ud800"])
def test_no_document_is_written_with_a_character_xml_cannot_hold(char):
    # Answers and clauses with such characters are refused with a message before; lxml refused them too.
    template = open_reference(None, default_house_style()).template
    values = dict.fromkeys(("body", "header", "footer", *AGREEMENT_PROPERTIES), "")
    assert template.package(values)
    with pytest.raises(ValueError, match="XML compatible"):
        template.package({**values, "title": f"Titel{char}"})
