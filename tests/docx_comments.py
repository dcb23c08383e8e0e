"""Reading Word comments as a reviewer sees them: the comment, the words it is anchored on, the paragraph."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


@dataclass
class AnchoredComment:
    id: str
    text: str
    anchor: str
    paragraph: str
    style: str


def _text(element) -> str:
    return "".join(element.itertext())


def anchored_comments(path: Path) -> list[AnchoredComment]:
    """Each comment with the text between its commentRangeStart and commentRangeEnd."""
    with zipfile.ZipFile(path) as package:
        document = etree.fromstring(package.read("word/document.xml"))
        names = package.namelist()
        comments_xml = etree.fromstring(package.read("word/comments.xml")) if "word/comments.xml" in names else None
    texts = {}
    if comments_xml is not None:
        for comment in comments_xml.findall("w:comment", NS):
            texts[comment.get(f"{{{W}}}id")] = "\n".join(
                _text(p) for p in comment.findall("w:p", NS))
    found = []
    for paragraph in document.iter(f"{{{W}}}p"):
        style = paragraph.find("w:pPr/w:pStyle", NS)
        open_ranges: dict[str, list[str]] = {}
        for element in paragraph.iter():
            tag = etree.QName(element).localname
            if tag == "commentRangeStart":
                open_ranges[element.get(f"{{{W}}}id")] = []
            elif tag == "commentRangeEnd":
                number = element.get(f"{{{W}}}id")
                found.append(AnchoredComment(number, texts.get(number, ""), "".join(open_ranges.pop(number, [])),
                                             _text(paragraph), style.get(f"{{{W}}}val") if style is not None else ""))
            elif tag == "t":
                for words in open_ranges.values():
                    words.append(element.text or "")
    return found
