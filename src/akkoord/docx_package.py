"""A .docx from outside (a house style, a document to check) inspected before python-docx opens it.

python-docx inflates every related part into memory and keeps whatever the package holds. So the
package is checked first: bounded in size once unpacked (a zip bomb is refused, not inflated), no
XML document-type declarations (entities came out as a document nobody could open), no macros and no
links to files elsewhere, since house-style content ends up in documents sent to other parties.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from akkoord.errors import Remedy, UserError
from akkoord.userfiles import read_bytes

#: A house style with a logo is some hundreds of kilobytes; a long agreement a few megabytes.
MAX_FILE_BYTES = 20_000_000
#: Unpacked size of all parts together; python-docx holds them all in memory at once.
MAX_UNPACKED_BYTES = 100_000_000
MAX_PARTS = 2_000

_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_EXTERNAL = re.compile(rb"<Relationship\b[^>]*TargetMode\s*=\s*[\"']External[\"'][^>]*>", re.IGNORECASE)
_TYPE = re.compile(rb"Type\s*=\s*[\"']([^\"']*)[\"']")
_TARGET = re.compile(rb"Target\s*=\s*[\"']([^\"']*)[\"']")
_MACRO_CONTENT = re.compile(rb"macroEnabled|vbaProject|vbaData", re.IGNORECASE)

# Links Word only follows when a reader clicks them; everything else (templates, frames, OLE objects,
# linked images) is fetched when the document opens.
_HARMLESS_EXTERNAL = (b"/hyperlink",)


def read_docx(path: Path, *, what: str, hint: str, remedy: Remedy | None = None) -> bytes:
    """The bytes of a .docx that is safe to hand to python-docx; otherwise a UserError saying why."""
    data = read_bytes(path, what=what, limit=MAX_FILE_BYTES, hint=hint, remedy=remedy)
    check_package(data, path, hint=hint)
    return data


def check_package(data: bytes, path: Path, *, hint: str) -> None:
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        entries = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise UserError(f"{path}: dit is geen leesbaar Word-document (.docx).", hint) from None
    with package:
        if len(entries) > MAX_PARTS:
            raise UserError(f"{path}: het document bestaat uit te veel onderdelen ({len(entries)}).", hint)
        unpacked = sum(entry.file_size for entry in entries)
        if unpacked > MAX_UNPACKED_BYTES:
            raise UserError(f"{path}: het document is uitgepakt te groot ({unpacked // 1_000_000} MB; hoogstens "
                            f"{MAX_UNPACKED_BYTES // 1_000_000} MB). Misschien zit er een zeer grote afbeelding in.",
                            "Verklein of verwijder de afbeeldingen, of gebruik een eenvoudiger document.")
        for entry in entries:
            _check_part(package, entry, path, hint)


def _check_part(package: zipfile.ZipFile, entry: zipfile.ZipInfo, path: Path, hint: str) -> None:
    name = entry.filename
    if name.lower().endswith(("vbaproject.bin", "vbadata.xml")):
        raise _macros(path)
    if not name.lower().endswith((".xml", ".rels")):
        return
    try:
        # The declared size bounds what zipfile returns, so this read is bounded by the check above.
        data = package.read(entry)
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        raise UserError(f"{path}: onderdeel {name} van het document is beschadigd.", hint) from None
    if _DOCTYPE.search(data):
        raise UserError(f"{path}: onderdeel {name} bevat XML-entiteiten (<!DOCTYPE>); Word schrijft die nooit, "
                        "en een document dat ze overneemt, kan niemand openen.",
                        "Open het document in Word en sla het opnieuw op als .docx, of kies een ander document.")
    if name == "[Content_Types].xml" and _MACRO_CONTENT.search(data):
        raise _macros(path)
    if name.endswith(".rels"):
        for relationship in _EXTERNAL.finditer(data):
            kind = _TYPE.search(relationship.group())
            if kind is None or not kind.group(1).endswith(_HARMLESS_EXTERNAL):
                target = _TARGET.search(relationship.group())
                shown = target.group(1).decode("utf-8", "replace")[:80] if target else "?"
                raise UserError(f"{path}: het document verwijst naar een bestand elders ({shown}); dat zou in elk "
                                "gemaakt document meegaan en bij het openen worden opgehaald.",
                                "Haal de koppeling weg (in Word: Bestand > Opties > Invoegtoepassingen > "
                                "Sjablonen), of sla het document op als nieuw document zonder koppelingen.")


def _macros(path: Path) -> UserError:
    return UserError(f"{path}: het document bevat macro's; die zouden in elk gemaakt document meegaan.",
                     "Sla het document in Word op als 'Word-document (*.docx)' zonder macro's en gebruik dat.")


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MAIN_PART = "word/document.xml"


def without_body(data: bytes) -> bytes:
    """The package with the main document's body emptied except for its final section properties.

    A house style's own text never reaches an agreement. Removing it after python-docx has parsed it
    costs lxml time quadratic in the size of each removed subtree (a 300 x 300 table: minutes), so a
    new, empty body is written into the package before python-docx sees it.
    """
    from lxml import etree

    source = zipfile.ZipFile(io.BytesIO(data))
    if _MAIN_PART not in source.namelist():
        return data  # an unusual package layout: python-docx finds the part, the writer clears it
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(source.read(_MAIN_PART), parser)
    except etree.XMLSyntaxError:
        return data  # python-docx will say the document is unreadable
    body = root.find(f"{{{_W}}}body")
    if body is None:
        return data
    sections = body.findall(f"{{{_W}}}sectPr")
    emptied = etree.Element(root.tag, dict(root.attrib), nsmap=root.nsmap)
    new_body = etree.SubElement(emptied, body.tag, dict(body.attrib))
    if sections:
        new_body.append(etree.fromstring(etree.tostring(sections[-1])))
    part = etree.tostring(emptied, xml_declaration=True, encoding="UTF-8", standalone=True)
    output = io.BytesIO()
    with source, zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            target.writestr(entry, part if entry.filename == _MAIN_PART else source.read(entry))
    return output.getvalue()
