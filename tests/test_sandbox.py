"""Clause templates run sandboxed: an own clause folder cannot reach Python internals or the file system."""

from __future__ import annotations

import pytest
from conftest import EXAMPLES

HEADER = """---
id: doel
titel: Doel en reikwijdte
soorten: [samenwerkingsovereenkomst, intentieovereenkomst]
volgorde: 200
toelichting: Test van de zandbak.
bron: Test
---
"""


@pytest.mark.parametrize("body", [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ gebied.__class__ }}",
    "{{ partij.__globals__ }}",
    "{{ 'x'.format.__self__ }}",
    "{% set x = partijen.append(1) %}{{ x }}",
    "{{ cycler.__init__.__globals__.os }}",
])
def test_escapes_from_a_clause_are_refused_with_file_and_line(tmp_path, run_cli, body):
    folder = tmp_path / "clausules"
    folder.mkdir()
    (folder / "doel.md").write_text(HEADER + "Partijen werken samen.\n\n" + body + "\n", encoding="utf-8")
    out = tmp_path / "uit.docx"
    result = run_cli("maak", EXAMPLES / "sok-energiecooperatie.yaml", "--clausules", folder, "-o", out)
    assert result.code == 2, result.err
    assert "doel.md, regel 11" in result.err
    assert "Traceback" not in result.err
    assert not out.exists()
