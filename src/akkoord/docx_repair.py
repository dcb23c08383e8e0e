"""Repairs to a house style's WordprocessingML so every document made from it is schema-valid and usable.

A house style may come from any word processor, or from python-docx's default template: no section
properties, a page width of 'breed', list ids that are no numbers, or a zoom without its percentage.
Each is repaired in the copy the writer works on; the user's file is never changed.
"""

from __future__ import annotations

import re

from lxml import etree

# Plain lxml on the tree docx_template readies (python-docx stays in docx_template and docx_setup).
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def qn(name: str) -> str:
    """'w:pgSz' as lxml spells it."""
    prefix, _, local = name.partition(":")
    assert prefix == "w", name
    return f"{{{_W}}}{local}"


def _element(name: str) -> etree._Element:
    return etree.Element(qn(name))


def repair_settings(settings) -> None:
    # python-docx's default template (and house styles made from it) has <w:zoom> without the
    # w:percent the schema requires; LibreOffice shrugs, Word may call the file damaged.
    for zoom in settings.findall(qn("w:zoom")):
        if zoom.get(qn("w:percent")) is None:
            zoom.set(qn("w:percent"), "100")


def repair_sections(body) -> None:
    """Give the body usable section properties: a house style may have none, or broken ones."""
    final = body.find(qn("w:sectPr"))
    if final is None:
        final = etree.SubElement(body, qn("w:sectPr"))
    for section in body.iter(qn("w:sectPr")):
        _repair_measures(section, "w:pgSz", _A4_SIZE)
        _repair_measures(section, "w:pgMar", _A4_MARGINS)


_A4_SIZE = {"w:w": 11906, "w:h": 16838}
_A4_MARGINS = {"w:top": 1418, "w:right": 1418, "w:bottom": 1418, "w:left": 1418,
               "w:header": 709, "w:footer": 709, "w:gutter": 0}
_MEASURE = re.compile(r"\d{1,7}")


def _repair_measures(section, tag: str, defaults: dict[str, int]) -> None:
    """Page size and margins as whole twips; a missing or non-numeric one ('breed') gets A4's."""
    element = section.find(qn(tag))
    if element is None:
        element = _element(tag)
        # pgSz and pgMar come after the header and footer references and before everything else.
        references = [child for child in section if child.tag in (qn("w:headerReference"), qn("w:footerReference"),
                                                                  qn("w:footnotePr"), qn("w:endnotePr"), qn("w:type"))]
        if tag == "w:pgMar" and section.find(qn("w:pgSz")) is not None:
            section.find(qn("w:pgSz")).addnext(element)
        elif references:
            references[-1].addnext(element)
        else:
            section.insert(0, element)
    for name, default in defaults.items():
        value = element.get(qn(name))
        if value is None or not _MEASURE.fullmatch(value):
            element.set(qn(name), str(default))


def _number(text: str | None) -> int:
    return int(text) if text is not None and text.isdigit() else -1


def renumber_odd_ids(numbering) -> None:
    """A house style's list ids that are no numbers ('x') or missing get free numbers, references too."""
    for tag, attribute, reference in (("w:abstractNum", "w:abstractNumId", "w:abstractNumId"),
                                      ("w:num", "w:numId", None)):
        elements = numbering.findall(qn(tag))
        free = max([_number(e.get(qn(attribute))) for e in elements] + [0]) + 1
        for element in elements:
            old = element.get(qn(attribute))
            if _number(old) >= 0:
                continue
            element.set(qn(attribute), str(free))
            if reference is not None:
                for num in numbering.findall(qn("w:num")):
                    pointer = num.find(qn(reference))
                    if pointer is not None and pointer.get(qn("w:val")) == old and old is not None:
                        pointer.set(qn("w:val"), str(free))
            free += 1
