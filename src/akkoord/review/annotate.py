"""The annotated copy: the reviewer's findings as Word comments in a copy of the draft, the rest untouched.

Every part of the .docx is copied byte for byte except three: word/document.xml gets the comment
anchors (a range around the paragraph and a reference run at its end) and nothing else,
word/comments.xml gets the new comments after any existing ones, and the content types and the
document's relationships get an entry for the comments part if it had none.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

from lxml import etree

from akkoord.errors import UserError
from akkoord.review import Review, ReviewFinding
from akkoord.review.word import W, body_paragraphs, open_docx, read_part

_W = f"{{{W}}}"
AUTHOR = "akkoord"
INITIALS = "AK"
COMMENTS_PART = "word/comments.xml"
COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOCUMENT_RELS = "word/_rels/document.xml.rels"


def comment_text(item: ReviewFinding) -> list[str]:
    finding = item.finding
    return [f"{finding.code} {finding.name}: {finding.message}", f"Beter: {finding.suggestion}",
            f"Bron: {finding.source}"]


def summary_text(review: Review) -> list[str]:
    findings = [item.finding for item in review.findings]
    if not findings:
        return ["akkoord heeft dit concept nagekeken en vond niets om op te wijzen."]
    counts: dict[str, int] = defaultdict(int)
    for finding in findings:
        counts[finding.category] += 1
    lines = [f"akkoord heeft dit concept nagekeken: {len(findings)} "
             f"{'opmerking' if len(findings) == 1 else 'opmerkingen'} ("
             + ", ".join(f"{category} {count}" for category, count in counts.items()) + ")."]
    missing = [item.finding for item in review.findings if item.paragraph is None]
    if missing:
        lines.append("Ontbreekt of is zwak in het geheel:")
        lines.extend(f"- {finding.code}: {finding.message}" for finding in missing)
    lines.append("De andere opmerkingen staan bij de alinea waar ze over gaan. Uitleg: akkoord uitleg CODE.")
    return lines


def write_annotated(source: Path, review: Review, target: Path) -> int:
    """Write the copy with comments to `target` (atomically); return the number of comments added."""
    if target.resolve() == source.resolve():
        raise UserError(f"{target}: het nagekeken document mag niet het origineel overschrijven.",
                        "Kies een andere naam, bijvoorbeeld concept-nagekeken.docx.")
    with open_docx(source) as archive:
        document = read_part(archive, "word/document.xml", source)
        assert document is not None
        comments = read_part(archive, COMMENTS_PART, source)
        types = read_part(archive, "[Content_Types].xml", source)
        rels = read_part(archive, DOCUMENT_RELS, source)
        if types is None or rels is None:
            raise UserError(f"{source}: het Word-document mist een verplicht onderdeel.",
                            "Open het in Word en sla het opnieuw op als .docx.")
        added = _add_comments(document, review, comments_root := comments if comments is not None else _new_comments())
        replaced = {"word/document.xml": _serialise(document), COMMENTS_PART: _serialise(comments_root)}
        if comments is None:
            _register_comments(types, rels)
            replaced["[Content_Types].xml"] = _serialise(types)
            replaced[DOCUMENT_RELS] = _serialise(rels)
        _write_zip(archive, replaced, target)
    return added


def _new_comments() -> etree._Element:
    return etree.Element(f"{_W}comments", nsmap={"w": W})


def _add_comments(document: etree._Element, review: Review, comments: etree._Element) -> int:
    paragraphs = [element for element, _ in body_paragraphs(document)]
    used = [int(value) for value in comments.xpath("//w:comment/@w:id",
                                                   namespaces={"w": W}) if value.lstrip("-").isdigit()]
    used += [int(value) for value in document.xpath("//w:commentRangeStart/@w:id|//w:commentReference/@w:id",
                                                    namespaces={"w": W}) if value.lstrip("-").isdigit()]
    next_id = max(used, default=-1) + 1
    title = review.draft.title
    anchors: dict[int, list[list[str]]] = defaultdict(list)
    anchors[title.index if title else 0].append(summary_text(review))
    for item in review.findings:
        if item.paragraph is not None:
            anchors[item.paragraph].append(comment_text(item))
    date = dt.datetime.now(dt.UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
    count = 0
    for index, texts in anchors.items():
        if index >= len(paragraphs):
            continue
        for lines in texts:
            _anchor(paragraphs[index], next_id)
            comments.append(_comment(next_id, lines, date))
            next_id += 1
            count += 1
    return count


def _anchor(paragraph: etree._Element, comment_id: int) -> None:
    """A range over the whole paragraph, closed by the reference run Word shows as the comment mark."""
    start = etree.Element(f"{_W}commentRangeStart")
    start.set(f"{_W}id", str(comment_id))
    properties = paragraph.find(f"{_W}pPr")
    paragraph.insert(paragraph.index(properties) + 1 if properties is not None else 0, start)
    end = etree.SubElement(paragraph, f"{_W}commentRangeEnd")
    end.set(f"{_W}id", str(comment_id))
    run = etree.SubElement(paragraph, f"{_W}r")
    reference = etree.SubElement(run, f"{_W}commentReference")
    reference.set(f"{_W}id", str(comment_id))


def _comment(comment_id: int, lines: list[str], date: str) -> etree._Element:
    comment = etree.Element(f"{_W}comment")
    comment.set(f"{_W}id", str(comment_id))
    comment.set(f"{_W}author", AUTHOR)
    comment.set(f"{_W}date", date)
    comment.set(f"{_W}initials", INITIALS)
    for line in lines:
        paragraph = etree.SubElement(comment, f"{_W}p")
        text = etree.SubElement(etree.SubElement(paragraph, f"{_W}r"), f"{_W}t")
        text.text = _xml_safe(line)
        text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return comment


def _xml_safe(text: str) -> str:
    return "".join(char for char in text if char in "\t\n\r" or (ord(char) >= 0x20 and char not in "\ufffe\uffff"))


def _register_comments(types: etree._Element, rels: etree._Element) -> None:
    override = etree.SubElement(types, f"{{{CT}}}Override")
    override.set("PartName", "/" + COMMENTS_PART)
    override.set("ContentType", COMMENTS_TYPE)
    existing = {rel.get("Id") for rel in rels}
    number = 1
    while f"rIdAkkoord{number}" in existing:
        number += 1
    relation = etree.SubElement(rels, f"{{{REL}}}Relationship")
    relation.set("Id", f"rIdAkkoord{number}")
    relation.set("Type", COMMENTS_REL)
    relation.set("Target", "comments.xml")


def _serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _write_zip(source: zipfile.ZipFile, replaced: dict[str, bytes], target: Path) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or Path("."))
    os.close(handle)
    try:
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as out:
            names = set()
            for info in source.infolist():
                names.add(info.filename)
                data = replaced.get(info.filename)
                if data is None:
                    out.writestr(info, source.read(info.filename))
                else:
                    out.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
            for name, data in replaced.items():
                if name not in names:
                    out.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
