"""Accepting or rejecting every tracked change in a .docx, as Word's review pane does, and reading its text."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def q(name: str) -> str:
    return f"{{{W}}}{name}"


def _unwrap(element: etree._Element) -> None:
    parent = element.getparent()
    index = parent.index(element)
    for offset, child in enumerate(list(element)):
        parent.insert(index + offset, child)
    parent.remove(element)


def resolve(root: etree._Element, *, accept: bool) -> etree._Element:
    """All changes accepted (drop w:del, unwrap w:ins) or rejected (drop w:ins, unwrap w:del)."""
    gone, kept = ("del", "ins") if accept else ("ins", "del")
    for marker in root.xpath(f"//w:pPr/w:rPr/w:{gone}", namespaces=NS):
        paragraph = marker.getparent().getparent().getparent()
        assert not "".join(paragraph.xpath(f".//w:t[not(ancestor::w:{gone})]/text()", namespaces=NS)), \
            "a paragraph whose mark goes away still holds text that stays"
        paragraph.getparent().remove(paragraph)
    for marker in root.xpath(f"//w:trPr/w:{gone}", namespaces=NS):
        row = marker.getparent().getparent()
        row.getparent().remove(row)
    for element in root.xpath(f"//w:{gone}", namespaces=NS):
        element.getparent().remove(element)
    for element in root.xpath(f"//w:{kept}", namespaces=NS):
        if element.getparent().tag in (q("rPr"), q("trPr")):
            element.getparent().remove(element)
        else:
            _unwrap(element)
    for change in root.xpath("//w:pPrChange", namespaces=NS):
        properties = change.getparent()
        if accept:
            properties.remove(change)
        else:
            old = change.find("w:pPr", NS)
            for child in [c for c in properties if c.tag not in (q("rPr"), q("sectPr"), q("pPrChange"))]:
                properties.remove(child)
            for offset, child in enumerate(old):
                properties.insert(offset, child)
            properties.remove(change)
    for text in root.iter(q("delText")):
        text.tag = q("t")
    return root


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def text_of(root: etree._Element) -> list[str]:
    """Every paragraph's text in document order, tables included, with its numbering level."""
    lines = []
    for paragraph in root.iter(q("p")):
        level = paragraph.find("w:pPr/w:numPr/w:ilvl", NS)
        label = level.get(q("val")) if level is not None else "-"
        lines.append(f"{label}|" + "".join(t.text or "" for t in paragraph.iter(q("t"))))
    return lines


def document_text(data: bytes, *, accept: bool | None = None) -> list[str]:
    """The text of body, headers and footers; with `accept` set, after accepting or rejecting everything."""
    found = []
    for name, content in sorted(parts(data).items()):
        if name == "word/document.xml" or (name.startswith(("word/header", "word/footer")) and name.endswith(".xml")):
            root = etree.fromstring(content)
            if accept is not None:
                resolve(root, accept=accept)
            found.append(f"== {name}")
            found.extend(text_of(root))
    return found


def change_count(data: bytes) -> tuple[int, int]:
    root = etree.fromstring(parts(data)["word/document.xml"])
    return len(root.xpath("//w:ins", namespaces=NS)), len(root.xpath("//w:del", namespaces=NS))
