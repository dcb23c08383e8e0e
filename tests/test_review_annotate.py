"""`akkoord controleer concept.docx --opmerkingen nagekeken.docx`: the lawyer's copy with comments.

Story: a gemeentejurist gets a draft from an initiative, with its own numbering, a tracked change and a
comment of the secretary. The copy carries akkoord's findings as comments on the paragraphs they are
about and a summary on the title; the draft itself and everything else in the copy stay as they were.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree
from review_material import DATA, TUNING, load_document, write_docx

from akkoord.review import review_file
from akkoord.review.word import body_paragraphs, paragraph_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
VALIDATOR = Path(__file__).resolve().parents[2] / "shared" / "ooxml" / "validate.py"
if not VALIDATOR.exists():
    VALIDATOR = Path("/work/shared/ooxml/validate.py")
ANCHORS = ("commentRangeStart", "commentRangeEnd")


def _draft(path: Path) -> Path:
    """The IO of the tuning set as a Word draft, with a tracked insertion and a comment of its own."""
    write_docx(load_document(DATA / TUNING / "io-dorpsbelang.md"), path)
    document = docx.Document(str(path))
    lid = next(p for p in document.paragraphs if p.text.startswith("Iedere partij draagt"))
    document.add_comment(lid.runs, text="Is dit afgestemd met de penningmeester?", author="Secretaris", initials="S")
    insertion = etree.SubElement(lid._p, qn("w:ins"), {qn("w:id"): "901", qn("w:author"): "Secretaris",
                                                        qn("w:date"): "2027-01-05T10:00:00Z"})
    run = etree.SubElement(insertion, qn("w:r"))
    text = etree.SubElement(run, qn("w:t"), {"{http://www.w3.org/XML/1998/namespace}space": "preserve"})
    text.text = " Dat geldt ook voor reiskosten."
    document.save(str(path))
    return path


@pytest.fixture(scope="module")
def annotated(tmp_path_factory):
    from akkoord.cli import main

    folder = tmp_path_factory.mktemp("nakijken")
    source = _draft(folder / "concept.docx")
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    target = folder / "nagekeken.docx"
    code = main(["controleer", str(source), "--opmerkingen", str(target)])
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before, "the draft itself is never changed"
    return source, target, code


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _strip_anchors(xml: bytes, comments: bytes) -> bytes:
    """document.xml without akkoord's comment anchors (those of other authors stay)."""
    ours = {c.get(f"{{{W}}}id") for c in etree.fromstring(comments).iter(f"{{{W}}}comment")
            if c.get(f"{{{W}}}author") == "akkoord"}
    root = etree.fromstring(xml)
    for element in root.xpath("//w:commentRangeStart|//w:commentRangeEnd", namespaces=NS):
        if element.get(f"{{{W}}}id") in ours:
            element.getparent().remove(element)
    for reference in root.xpath("//w:r/w:commentReference", namespaces=NS):
        if reference.get(f"{{{W}}}id") in ours:
            run = reference.getparent()
            run.remove(reference)
            if not len(run):
                run.getparent().remove(run)
    return etree.tostring(root, method="c14n")


def test_every_finding_is_a_comment_on_its_paragraph(annotated):
    source, target, code = annotated
    assert code == 1
    review = review_file(source)
    parts = _parts(target)
    document = etree.fromstring(parts["word/document.xml"])
    comments = {c.get(f"{{{W}}}id"): c for c in etree.fromstring(parts["word/comments.xml"]).iter(f"{{{W}}}comment")}
    paragraphs = [element for element, _ in body_paragraphs(document)]
    ours: dict[int, list[str]] = {}
    for index, paragraph in enumerate(paragraphs):
        for start in paragraph.iter(f"{{{W}}}commentRangeStart"):
            comment = comments[start.get(f"{{{W}}}id")]
            if comment.get(f"{{{W}}}author") == "akkoord":
                ours.setdefault(index, []).append("".join(comment.itertext()))
    expected: dict[int, list[str]] = {}
    for item in review.findings:
        if item.paragraph is not None:
            expected.setdefault(item.paragraph, []).append(item.finding.code)
    title = review.draft.title.index
    for index, codes in expected.items():
        found = ours.get(index, [])
        for code_ in codes:
            assert any(text.startswith(code_) for text in found), (paragraph_text(paragraphs[index]), code_)
    summary = [text for text in ours[title] if text.startswith("akkoord heeft dit concept nagekeken")]
    assert len(summary) == 1
    for item in review.findings:
        if item.paragraph is None:
            assert item.finding.code in summary[0]
    assert sum(len(texts) for texts in ours.values()) == len(review.findings) - \
        sum(1 for item in review.findings if item.paragraph is None) + 1


def test_the_copy_differs_from_the_draft_only_by_the_comments(annotated):
    source, target, _ = annotated
    original, copy = _parts(source), _parts(target)
    assert _strip_anchors(copy["word/document.xml"],
                          copy["word/comments.xml"]) == etree.tostring(etree.fromstring(original["word/document.xml"]),
                                                                       method="c14n")
    changed = {name for name in original if original[name] != copy.get(name)}
    assert changed <= {"word/document.xml", "word/comments.xml"}
    # The secretary's comment and tracked change are still there, untouched.
    comments = etree.fromstring(copy["word/comments.xml"])
    authors = [c.get(f"{{{W}}}author") for c in comments.iter(f"{{{W}}}comment")]
    assert authors.count("Secretaris") == 1 and "akkoord" in authors
    assert b"Dat geldt ook voor reiskosten." in copy["word/document.xml"]
    assert b'w:author="Secretaris"' in copy["word/document.xml"]


def test_a_draft_without_comments_gets_a_comments_part(tmp_path, run_cli):
    source = write_docx(load_document(DATA / TUNING / "convenant-zonnedijk.md"), tmp_path / "convenant.docx")
    target = tmp_path / "nagekeken.docx"
    assert run_cli("controleer", source, "--opmerkingen", target).code == 1
    copy = _parts(target)
    assert b"comments+xml" in copy["[Content_Types].xml"]
    assert b"comments.xml" in copy["word/_rels/document.xml.rels"]
    assert [c.author for c in docx.Document(str(target)).comments][:1] == ["akkoord"]


@pytest.mark.skipif(not VALIDATOR.exists(), reason="the WordprocessingML schema check (shared/ooxml) is not here")
def test_the_copy_is_valid_against_the_schema(annotated, tmp_path, run_cli):
    _, target, _ = annotated
    result = subprocess.run([sys.executable, str(VALIDATOR), str(target)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_existing_target_is_kept_unless_overwrite(annotated, run_cli, tmp_path):
    source, _, _ = annotated
    target = tmp_path / "bestaat.docx"
    target.write_bytes(b"mijn eigen werk")
    result = run_cli("controleer", source, "--opmerkingen", target)
    assert result.code == 2 and "bestaat al" in result.err
    assert target.read_bytes() == b"mijn eigen werk"
    assert run_cli("controleer", source, "--opmerkingen", target, "--overschrijf").code == 1
    assert zipfile.is_zipfile(target)


@pytest.mark.parametrize("args",
                         [("concept.txt", "uit.docx"), ("concept.docx", "uit.pdf"), ("concept.docx", "concept.docx")])
def test_wrong_targets_are_usage_errors(run_cli, tmp_path, args):
    (tmp_path / "concept.txt").write_text("De gemeente overlegt regelmatig.\n", encoding="utf-8")
    write_docx(load_document(DATA / TUNING / "convenant-zonnedijk.md"), tmp_path / "concept.docx")
    before = (tmp_path / "concept.docx").read_bytes()
    result = run_cli("controleer", tmp_path / args[0], "--opmerkingen", tmp_path / args[1])
    assert result.code == 2 and result.err.startswith("Fout: ") and "Traceback" not in result.err
    assert (tmp_path / "concept.docx").read_bytes() == before


def _text_without_annotations(paragraph, office: str) -> str:
    import copy

    clone = copy.deepcopy(paragraph)
    for note in list(clone.iter(f"{{{office}}}annotation")):
        tail, parent, previous = note.tail or "", note.getparent(), note.getprevious()
        parent.remove(note)  # lxml drops the tail with the element: keep the paragraph text that followed it
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    return " ".join("".join(clone.itertext()).split())


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_shows_every_comment_on_its_paragraph(annotated, tmp_path, soffice_profile):
    """One LibreOffice run: the copy as flat ODF, where each annotation sits inside its paragraph."""
    source, target, _ = annotated
    subprocess.run([SOFFICE, "--headless", soffice_profile, "--convert-to", "fodt",
                    "--outdir", str(tmp_path), str(target)], check=True, capture_output=True, timeout=180)
    flat = etree.parse(str(tmp_path / "nagekeken.fodt"))
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    text_ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    dc = "http://purl.org/dc/elements/1.1/"
    seen: dict[str, list[str]] = {}
    for annotation in flat.iter(f"{{{office}}}annotation"):
        creator = annotation.find(f"{{{dc}}}creator")
        if creator is None or creator.text != "akkoord":
            continue
        paragraph = annotation.getparent()
        while paragraph.tag not in (f"{{{text_ns}}}p", f"{{{text_ns}}}h"):
            paragraph = paragraph.getparent()
        body = _text_without_annotations(paragraph, office)
        first_line = "".join(next(annotation.iter(f"{{{text_ns}}}p")).itertext())
        seen.setdefault(first_line.split(" ")[0], []).append(body)
    review = review_file(source)
    by_index = {p.index: p.text for p in review.draft.paragraphs}
    for item in review.findings:
        if item.paragraph is None:
            continue
        bodies = seen.get(item.finding.code, [])
        assert any(by_index[item.paragraph][:40] in " ".join(body.split()) for body in bodies), item.finding.code
    assert any(review.draft.title.text in body for body in seen.get("akkoord", []))
