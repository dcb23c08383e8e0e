"""A clause author who makes a mistake reads what is wrong in Dutch, with file and line, never Jinja's or
pydantic's English."""

from __future__ import annotations

import re

import pytest

HEADER = ("---\nid: extra\ntitel: Extra\nsoorten: [samenwerkingsovereenkomst]\nvolgorde: 9999\n"
          "toelichting: x\nbron: y\n---\n")

#: English words Jinja and pydantic use in their messages; none may reach the user.
ENGLISH = re.compile(r"\b(unexpected|expected|token|Encountered|tag|innermost|Input|should|valid|named|got|"
                     r"statement|template)\b")


def _build(run_cli, example_copy, tmp_path, clause: str):
    folder = tmp_path / "eigen"
    folder.mkdir()
    (folder / "extra.md").write_text(clause, encoding="utf-8")
    return run_cli("maak", example_copy(), "--clausules", folder, "-o", tmp_path / "uit.docx")


@pytest.mark.parametrize(("body", "dutch"), [
    ("Dit is {{ kapot }.", "onverwacht teken '}'"),
    ("Dit is {% if is_io %} open.", "het blok '{% if %}' nog open is; sluit het met '{% endif %}'"),
    ("Dit is {{ gebied | onbekendfilter }}.", "er bestaat geen filter 'onbekendfilter'"),
    ("Dit {% for a in partijen %}{% endif %}.", "eerst moet het blok '{% for %}' dicht met '{% endfor %}'"),
    ("Dit {% blaat %}.", "'{% blaat %}' is geen bekende opdracht"),
    ("Dit is {{ gebied titel }}.", "hier hoort '}}', maar er staat 'titel'"),
])
def test_a_template_mistake_is_explained_in_dutch_at_its_line(run_cli, example_copy, tmp_path, body, dutch):
    result = _build(run_cli, example_copy, tmp_path, HEADER + body + "\n")
    assert result.code == 2
    assert "extra.md, regel 9" in result.err
    assert dutch in result.err
    assert not ENGLISH.search(result.err), result.err
    assert "Traceback" not in result.err
    assert not (tmp_path / "uit.docx").exists()


def test_wrong_values_in_a_clause_header_are_explained_in_dutch(run_cli, example_copy, tmp_path):
    header = "---\nid: Extra Artikel\ntitel: Extra\nsoorten: samenwerkingsovereenkomst\nvolgorde: negen\n---\nTekst.\n"
    result = _build(run_cli, example_copy, tmp_path, header)
    assert result.code == 2
    assert "regel 2, id: 'Extra Artikel' past niet; gebruik kleine letters" in result.err
    assert "regel 4, soorten: moet een lijst zijn" in result.err
    assert "regel 5, volgorde: 'negen' is geen geheel getal" in result.err
    assert "toelichting: ontbreekt" in result.err
    assert not ENGLISH.search(result.err), result.err
