"""A real office suite opens every example: LibreOffice converts each to PDF with its numbering intact."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from conftest import EXAMPLE_FILES

from akkoord.answers.loading import load_answers
from akkoord.cli import main

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")

if not (SOFFICE and PDFTOTEXT):
    # CI installs LibreOffice and poppler (.ci/run); there a missing tool is a failure, not a skip.
    if os.environ.get("CI"):
        pytest.fail("CI must install libreoffice-writer-nogui and poppler-utils", pytrace=False)
    pytest.skip("LibreOffice or pdftotext not installed", allow_module_level=True)


@pytest.fixture(scope="module")
def pdf_texts(tmp_path_factory, soffice_profile):
    folder = tmp_path_factory.mktemp("lo")
    assert main(["maak", *map(str, EXAMPLE_FILES), "-o", str(folder)]) in (0,)
    documents = sorted(folder.glob("*.docx"))
    subprocess.run([SOFFICE, "--headless", soffice_profile, "--convert-to", "pdf",
                    "--outdir", str(folder), *map(str, documents)],
                   check=True, capture_output=True, timeout=300)
    texts = {}
    for document in documents:
        pdf = document.with_suffix(".pdf")
        assert pdf.exists(), f"LibreOffice did not convert {document.name}"
        texts[document.stem] = subprocess.run([PDFTOTEXT, "-layout", str(pdf), "-"], check=True,
                                              capture_output=True, text=True).stdout
    return texts


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_libreoffice_renders_numbering_and_page_fields(pdf_texts, path):
    answers = load_answers(path)
    text = pdf_texts[path.stem]
    assert answers.title in " ".join(text.split())
    assert "Artikel 1" in text and "Artikel 2" in text  # Word numbering rendered, not literal text
    assert "2.1" in text or "1.1" in text
    pages = text.count("\f")  # pdftotext ends every page with a form feed
    assert pages >= 2
    assert f"pagina 1 van {pages}" in text and f"pagina {pages} van {pages}" in text
    if answers.status.value == "concept":
        assert "CONCEPT" in text
