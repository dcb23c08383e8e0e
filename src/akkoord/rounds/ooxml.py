"""Reading the WordprocessingML of a .docx with lxml: parts, numbering, paragraphs and their text."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from akkoord.errors import UserError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W_NS}


def w(name: str) -> str:
    """Clark notation for a WordprocessingML name: w('p') -> '{...main}p'."""
    return f"{{{W_NS}}}{name}"


#: lxml's parser with entity resolution and network access off: the file comes from another party.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def parse_part(data: bytes) -> etree._Element:
    return etree.fromstring(data, _PARSER)


@dataclass
class Package:
    """The parts of a .docx by name, as bytes; the parts we work on parsed on demand."""

    parts: dict[str, bytes]

    def xml(self, name: str) -> etree._Element | None:
        data = self.parts.get(name)
        return parse_part(data) if data is not None else None


def read_package(path: Path) -> Package:
    """Open a .docx; anything that is not one becomes a Dutch message naming the file."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = {name: archive.read(name) for name in archive.namelist()}
    except FileNotFoundError:
        raise UserError(f"{path}: bestand bestaat niet.", "Controleer de naam en de map.") from None
    except IsADirectoryError:
        raise UserError(f"{path} is een map, geen Word-document.", "Geef het .docx-bestand zelf op.") from None
    except (zipfile.BadZipFile, OSError) as error:
        raise UserError(f"{path}: dit is geen leesbaar Word-document (.docx) ({type(error).__name__}).",
                        "Sla het document in Word op als .docx (Word-document) en probeer het opnieuw.") from None
    if "word/document.xml" not in parts:
        raise UserError(f"{path}: dit .docx-bestand heeft geen documenttekst (word/document.xml ontbreekt).",
                        "Sla het document in Word opnieuw op als .docx.")
    return Package(parts)


def article_num_ids(package: Package) -> set[str]:
    """numIds whose first level reads 'Artikel %1': the article headings akkoord writes."""
    numbering = package.xml("word/numbering.xml")
    if numbering is None:
        return set()
    article_abstracts = {
        abstract.get(w("abstractNumId"))
        for abstract in numbering.iterfind("w:abstractNum", NS)
        for level in abstract.iterfind("w:lvl", NS)
        if level.get(w("ilvl")) == "0"
        and (text := level.find("w:lvlText", NS)) is not None and text.get(w("val"), "").startswith("Artikel")
    }
    return {num.get(w("numId")) for num in numbering.iterfind("w:num", NS)
            if (ref := num.find("w:abstractNumId", NS)) is not None and ref.get(w("val")) in article_abstracts}


def numbering_of(paragraph: etree._Element) -> tuple[str, int] | None:
    """(numId, level) of a numbered paragraph, None otherwise."""
    num = paragraph.find("w:pPr/w:numPr", NS)
    if num is None:
        return None
    num_id = num.find("w:numId", NS)
    level = num.find("w:ilvl", NS)
    if num_id is None:
        return None
    return num_id.get(w("val")), int(level.get(w("val"), "0")) if level is not None else 0


def paragraph_text(paragraph: etree._Element, *, accepted: bool = True) -> str:
    """The paragraph's text with all changes accepted (default) or all rejected."""
    parts: list[str] = []
    for node in paragraph.iter(w("t"), w("delText"), w("tab"), w("br")):
        inside = {ancestor.tag for ancestor in node.iterancestors()}
        if accepted and (w("del") in inside or w("moveFrom") in inside):
            continue
        if not accepted and (w("ins") in inside or w("moveTo") in inside):
            continue
        if node.tag in (w("tab"),):
            parts.append("\t")
        elif node.tag == w("br"):
            parts.append("\n")
        else:
            parts.append(node.text or "")
    return "".join(parts)


def mark_change(paragraph: etree._Element) -> etree._Element | None:
    """The w:ins or w:del on the paragraph mark: the whole paragraph was inserted or deleted."""
    return paragraph.find("w:pPr/w:rPr/w:ins", NS) if paragraph.find("w:pPr/w:rPr/w:ins", NS) is not None \
        else paragraph.find("w:pPr/w:rPr/w:del", NS)
