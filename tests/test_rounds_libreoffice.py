"""LibreOffice opens what the rounds commands write and sees the tracked changes (one batched conversion)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
from conftest import EXAMPLES

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

if not SOFFICE:
    if os.environ.get("CI"):
        pytest.fail("CI must install libreoffice-writer-nogui", pytrace=False)
    pytest.skip("LibreOffice not installed", allow_module_level=True)


@pytest.fixture(scope="module")
def converted(tmp_path_factory, soffice_profile):
    """The cooperative's SOK with a shorter notice and one goal fewer, as flat ODF text read back."""
    from akkoord.cli import main

    folder = tmp_path_factory.mktemp("rounds-lo")
    old = (EXAMPLES / "sok-energiecooperatie.yaml").read_text(encoding="utf-8")
    new = old.replace("opzegtermijn_maanden: 6", "opzegtermijn_maanden: 3")
    assert new != old
    (folder / "oud.yaml").write_text(old, encoding="utf-8")
    (folder / "nieuw.yaml").write_text(new, encoding="utf-8")
    assert main(["vergelijk", str(folder / "oud.yaml"), str(folder / "nieuw.yaml"), "-o",
                 str(folder / "wijzigingen.docx")]) == 0
    subprocess.run([SOFFICE, "--headless", soffice_profile, "--convert-to", "fodt",
                    "--outdir", str(folder), str(folder / "wijzigingen.docx")],
                   check=True, capture_output=True, timeout=120)
    return {path.stem: path.read_text(encoding="utf-8") for path in folder.glob("*.fodt")}


def test_libreoffice_sees_the_deleted_and_the_inserted_words_as_tracked_changes(converted):
    flat = converted["wijzigingen"]
    regions = dict(re.findall(r'<text:changed-region[^>]*text:id="([^"]+)">\s*<text:(insertion|deletion)>', flat))
    marked = dict(re.findall(r'<text:change-start text:change-id="([^"]+)"/>([^<]*)<text:change-end', flat))
    assert {regions[key]: text for key, text in marked.items() if key in regions} == \
        {"deletion": "zes", "insertion": "drie"}
    assert "<dc:creator>akkoord (versie" in flat
    assert "format-change" not in flat  # nothing LibreOffice would list as a change nobody made
