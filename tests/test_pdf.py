"""`akkoord maak --pdf`: a PDF LibreOffice made beside each document, or a message naming what to install."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import pytest
from conftest import EXAMPLES, files_in

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFINFO = shutil.which("pdfinfo")


def pages(pdf) -> int:
    info = subprocess.run([PDFINFO, str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


@pytest.mark.skipif(not (SOFFICE and PDFINFO), reason="LibreOffice of pdfinfo (poppler-utils) ontbreekt")
def test_the_pdf_has_the_pages_libreoffice_gives_the_document(run_cli, tmp_path, soffice_profile):
    sources = []
    for name in ("sok-energiecooperatie.yaml", "te-algemeen.yaml"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
        sources.append(tmp_path / name)
    out = tmp_path / "uit"
    out.mkdir()
    result = run_cli("maak", *sources, "-o", out, "--pdf-notities")
    assert result.code == 0, result.err
    assert files_in(out) == ["sok-energiecooperatie.docx", "sok-energiecooperatie.pdf",
                             "te-algemeen.docx", "te-algemeen.pdf"]
    assert "Gemaakt: " + str(out / "te-algemeen.pdf") in result.out
    # The reference: LibreOffice itself converting the same .docx.
    direct = tmp_path / "direct"
    subprocess.run([SOFFICE, "--headless", soffice_profile, "--convert-to", "pdf",
                    "--outdir", str(direct), str(out / "sok-energiecooperatie.docx")],
                   check=True, capture_output=True, timeout=120)
    assert pages(out / "sok-energiecooperatie.pdf") == pages(direct / "sok-energiecooperatie.pdf") >= 2
    # Every Word comment of the document with warnings is a note in its PDF.
    with zipfile.ZipFile(out / "te-algemeen.docx") as package:
        comments = package.read("word/comments.xml").count(b"<w:comment ")
    notes = len(re.findall(rb"/Subtype\s*/Text\b", (out / "te-algemeen.pdf").read_bytes()))
    assert comments > 0 and notes >= comments


def test_without_libreoffice_maak_pdf_names_the_package_and_writes_nothing(run_cli, tmp_path, monkeypatch):
    source = tmp_path / "a.yaml"
    shutil.copy(EXAMPLES / "sok-energiecooperatie.yaml", source)
    monkeypatch.setenv("PATH", str(tmp_path / "leeg"))
    result = run_cli("maak", source, "--pdf")
    assert result.code == 2
    assert "libreoffice-writer-nogui" in result.err and "soffice" in result.err
    assert files_in(tmp_path) == ["a.yaml"]
