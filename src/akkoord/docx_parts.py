"""A house style as a package template: its parts as python-docx saves them, with holes for a document's text.

docx_template makes one (with python-docx, once per house style); this module fills one in and zips it,
with the standard library only, so writing a document imports neither python-docx nor lxml.
"""

from __future__ import annotations

import base64
import functools
import json
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from akkoord.docx_zip import TIGHT, Entry, archive, compressed
from akkoord.patterns import LazyPattern

#: Marks a hole in a part: HOLE, "akkoord-", its name, HOLE. A private-use character (one provenance
#: does not use), in a form no house style holds by chance.
HOLE = "\ue0fe"
MARKER = f"{HOLE}akkoord-"
_HOLES = LazyPattern(f"{MARKER}(\\w+){HOLE}")

#: The paragraph styles the writer refers to by name; their ids come from the house style.
STYLE_NAMES = ("Title", "Subtitle", "Heading 1", "Heading 2")
#: The document properties each kind of document sets, in the order python-docx set them before
#: (a property the house style lacks is added at the end, so the order is part of the result).
AGREEMENT_PROPERTIES = ("title", "subject", "keywords", "version", "language", "author", "last_modified_by",
                        "category", "content_status", "comments")
NOTES_PROPERTIES = ("title", "category", "author", "last_modified_by")

#: A part: bytes as they are, or text cut at its holes (literal, name, literal, ..., literal).
Part = bytes | list[str]


def hole(name: str) -> str:
    return f"{MARKER}{name}{HOLE}"


def split_holes(text: str) -> list[str]:
    return _HOLES.split(text)


@dataclass(frozen=True)
class Layout:
    """What the writer needs to know of the house style: style ids, list numbers, widths in twips."""

    style_ids: dict[str, str]
    table_style: str | None
    #: numIds of the article, recital and party lists added to the numbering part.
    numbering: tuple[int, int, int]
    #: Room for an annex table between the margins.
    text_width: int
    #: A signature table's column width with one and with two columns.
    signature_widths: tuple[int, int]


@dataclass(frozen=True)
class Template:
    layout: Layout
    #: Every part of a document without comments, by name.
    parts: dict[str, Part]
    #: The parts that differ in a document with comments (the comments part, its relationship, its type).
    commented: dict[str, Part]
    order: tuple[str, ...]
    commented_order: tuple[str, ...]
    comments_name: str
    first_comment_id: int
    #: The document-properties part of a toelichting (it sets fewer properties).
    notes_core: tuple[str, Part]
    #: Size and CRC-32 of the house-style file this template was made from ("" if not recorded).
    source: str = ""

    def package(self, values: dict[str, str], *, comments: str = "", notes: bool = False) -> bytes:
        """The .docx: every part with its holes filled from `values` (and `comments` in the comments part)."""
        if comments:
            values = {**values, "remarks": comments}
        parts = {**self.parts, **self.commented} if comments else self.parts
        if notes:
            parts = {**parts, self.notes_core[0]: self.notes_core[1]}
        constant = self._compressed
        entries = []
        for name in self.commented_order if comments else self.order:
            part = parts[name]
            key = (name, comments != "" and name in self.commented)
            if isinstance(part, bytes) and key in constant and not (notes and name == self.notes_core[0]):
                entries.append(constant[key])
            else:
                data = part if isinstance(part, bytes) else xml_bytes(fill(part, values))
                entries.append(compressed(name, data))
        return archive(entries)

    @functools.cached_property
    def _compressed(self) -> dict[tuple[str, bool], Entry]:
        """The parts that are the same in every document, compressed once: by (name, in the commented variant)."""
        return {(name, variant): compressed(name, part, TIGHT)
                for variant, parts in ((False, self.parts), (True, self.commented))
                for name, part in parts.items() if isinstance(part, bytes)}

    def to_json(self) -> str:
        data = {key: value for key, value in self.__dict__.items() if key in _SCALARS}
        data["layout"] = self.layout.__dict__
        data["parts"] = {name: _part_json(part) for name, part in self.parts.items()}
        data["commented"] = {name: _part_json(part) for name, part in self.commented.items()}
        data["notes_core"] = [self.notes_core[0], _part_json(self.notes_core[1])]
        return json.dumps(data, ensure_ascii=False, indent=0)

    @classmethod
    def from_json(cls, text: str) -> Template:
        data = json.loads(text)
        layout = data.pop("layout")
        layout["numbering"] = tuple(layout["numbering"])
        layout["signature_widths"] = tuple(layout["signature_widths"])
        return cls(layout=Layout(**layout),
                   parts={name: _part_value(part) for name, part in data.pop("parts").items()},
                   commented={name: _part_value(part) for name, part in data.pop("commented").items()},
                   order=tuple(data.pop("order")), commented_order=tuple(data.pop("commented_order")),
                   notes_core=(data["notes_core"][0], _part_value(data.pop("notes_core")[1])), **data)


_SCALARS = ("order", "commented_order", "comments_name", "first_comment_id", "source")


def source_stamp(data: bytes) -> str:
    """Identifies a house-style file: a shipped template serves only the file it was made from."""
    return f"{len(data)}:{zlib.crc32(data):08x}"


def shipped_template(house_style: Path) -> Template | None:
    """akkoord's own house style comes with its template (HOUSE_STYLE.json), if made from this very file."""
    try:
        stamp = source_stamp(house_style.read_bytes())
        template = Template.from_json(house_style.with_suffix(".json").read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return template if template.source == stamp else None


def fill(chunks: list[str], values: dict[str, str]) -> str:
    pieces = chunks.copy()
    for index in range(1, len(pieces), 2):
        pieces[index] = values[pieces[index]]
    return "".join(pieces)


#: Characters XML 1.0 cannot hold. Answers and clauses are refused with them earlier; should one slip
#: through, no document is written (lxml refused them too when it parsed the text). Checked on the
#: encoded bytes: a lone surrogate cannot be encoded, and deleting the control bytes is a fast C loop
#: (a regular expression over the text took twice as long).
_CONTROL_BYTES = bytes(set(range(32)) - {9, 10, 13})
_NOT_XML = LazyPattern("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_bytes(text: str) -> bytes:
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        data = b""
    if data and len(data.translate(None, _CONTROL_BYTES)) == len(data) and b"\xef\xbf\xbe" not in data \
            and b"\xef\xbf\xbf" not in data:
        return data
    bad = _NOT_XML.search(text)
    if bad is None:
        return data
    shown = text[max(bad.start() - 40, 0):][:80]
    raise ValueError(f"All strings must be XML compatible: U+{ord(bad.group()):04X} in {shown!r}")


def _part_json(part: Part) -> dict[str, Any]:
    if not isinstance(part, bytes):
        return {"chunks": part}
    try:
        return {"text": part.decode("utf-8")}
    except UnicodeDecodeError:
        return {"base64": base64.b64encode(part).decode("ascii")}


def _part_value(data: dict[str, Any]) -> Part:
    if "chunks" in data:
        return list(data["chunks"])
    if "text" in data:
        return str(data["text"]).encode("utf-8")
    return base64.b64decode(data["base64"])
