"""Editing a built .docx the way Word records another party's edits: tracked changes and comments."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"


def q(name: str) -> str:
    return f"{{{W}}}{name}"


def _el(tag: str, text: str | None = None, **attributes: str) -> etree._Element:
    element = etree.Element(q(tag), {q(k): v for k, v in attributes.items()})
    if text is not None:
        element.text = text
        element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return element


def _run(tag: str, text: str) -> etree._Element:
    run = _el("r")
    run.append(_el(tag, text))
    return run


class WordEdit:
    """Open a .docx, make edits as a named author, save it back."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with zipfile.ZipFile(path) as archive:
            self.parts = {name: archive.read(name) for name in archive.namelist()}
        self.document = etree.fromstring(self.parts["word/document.xml"])
        self.next_id = 900

    def _id(self) -> str:
        self.next_id += 1
        return str(self.next_id)

    def paragraph_with(self, text: str) -> etree._Element:
        for paragraph in self.document.iter(q("p")):
            if text in "".join(t.text or "" for t in paragraph.iter(q("t"))):
                return paragraph
        raise AssertionError(f"no paragraph contains {text!r}")

    def _split_at(self, paragraph: etree._Element, old: str) -> tuple[etree._Element, etree._Element]:
        """Split the run holding `old` so that `old` is a run of its own; returns (that run, its parent)."""
        for run in paragraph.iter(q("r")):
            t = run.find("w:t", NS)
            if t is not None and t.text and old in t.text:
                before, after = t.text.split(old, 1)
                parent = run.getparent()
                position = parent.index(run)
                pieces = [before, old, after]
                new_runs = []
                for piece in pieces:
                    clone = etree.fromstring(etree.tostring(run))
                    clone.find("w:t", NS).text = piece
                    clone.find("w:t", NS).set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                    new_runs.append(clone)
                parent.remove(run)
                for offset, clone in enumerate(new_runs):
                    parent.insert(position + offset, clone)
                return new_runs[1], parent
        raise AssertionError(f"no single run holds {old!r}")

    def replace(self, in_paragraph: str, old: str, new: str, author: str, date: str) -> None:
        """A tracked replacement: `old` deleted and `new` inserted right after it."""
        run, parent = self._split_at(self.paragraph_with(in_paragraph), old)
        position = parent.index(run)
        parent.remove(run)
        deleted = _el("del", id=self._id(), author=author, date=date)
        deleted_run = etree.fromstring(etree.tostring(run))
        t = deleted_run.find("w:t", NS)
        t.tag = q("delText")
        deleted.append(deleted_run)
        inserted = _el("ins", id=self._id(), author=author, date=date)
        inserted.append(_run("t", new))
        parent.insert(position, deleted)
        parent.insert(position + 1, inserted)

    def comment(self, in_paragraph: str, anchor: str, text: str, author: str, date: str) -> None:
        """A comment anchored on `anchor`, with its range and reference run as Word writes them."""
        comment_id = self._id()
        run, parent = self._split_at(self.paragraph_with(in_paragraph), anchor)
        position = parent.index(run)
        parent.insert(position, _el("commentRangeStart", id=comment_id))
        parent.insert(position + 2, _el("commentRangeEnd", id=comment_id))
        reference = _el("r")
        properties = _el("rPr")
        properties.append(_el("rStyle", val="CommentReference"))
        reference.append(properties)
        reference.append(_el("commentReference", id=comment_id))
        parent.insert(position + 3, reference)
        comments = self._comments_part()
        entry = _el("comment", id=comment_id, author=author, date=date, initials="".join(p[0] for p in author.split()))
        paragraph = _el("p")
        mark = _el("r")
        mark.append(_el("annotationRef"))
        paragraph.append(mark)
        paragraph.append(_run("t", text))
        entry.append(paragraph)
        comments.append(entry)
        self.parts["word/comments.xml"] = etree.tostring(comments, xml_declaration=True, encoding="UTF-8",
                                                          standalone=True)

    def _comments_part(self) -> etree._Element:
        if "word/comments.xml" in self.parts:
            return etree.fromstring(self.parts["word/comments.xml"])
        types = etree.fromstring(self.parts["[Content_Types].xml"])
        override = etree.SubElement(types, "{http://schemas.openxmlformats.org/package/2006/content-types}Override")
        override.set("PartName", "/word/comments.xml")
        override.set("ContentType", COMMENTS_TYPE)
        self.parts["[Content_Types].xml"] = etree.tostring(types, xml_declaration=True, encoding="UTF-8")
        rels = etree.fromstring(self.parts["word/_rels/document.xml.rels"])
        rel = etree.SubElement(rels, "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship")
        rel.set("Id", "rIdComments9")
        rel.set("Type", COMMENTS_REL)
        rel.set("Target", "comments.xml")
        self.parts["word/_rels/document.xml.rels"] = etree.tostring(rels, xml_declaration=True, encoding="UTF-8")
        return etree.Element(q("comments"), nsmap={"w": W})

    def save(self, target: Path | None = None) -> Path:
        self.parts["word/document.xml"] = etree.tostring(self.document, xml_declaration=True, encoding="UTF-8",
                                                          standalone=True)
        target = target or self.path
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in self.parts.items():
                archive.writestr(name, data)
        return target
