"""Rounds are recorded: the version stands in every document's header, the rounds log is validated."""

from __future__ import annotations

import docx
import pytest
from conftest import EXAMPLES


def _header(path) -> str:
    return "\n".join(p.text for section in docx.Document(str(path)).sections for p in section.header.paragraphs)


@pytest.mark.parametrize("status, expected", [("concept", "CONCEPT – versie 2.0 – 18 januari 2027 – niet ondertekenen"),
                                              ("definitief", "Versie 2.0 – 18 januari 2027")])
def test_header_shows_the_version(run_cli, tmp_path, status, expected):
    text = (EXAMPLES / "sok-energiecooperatie.yaml").read_text(encoding="utf-8")
    text = text.replace("status: concept", f"status: {status}").replace('versie: "0.4"', 'versie: "2.0"')
    assert 'versie: "2.0"' in text and f"status: {status}" in text
    source = tmp_path / "antwoorden.yaml"
    source.write_text(text, encoding="utf-8")
    result = run_cli("maak", source)
    assert result.code == 0, result.err
    assert expected in _header(source.with_suffix(".docx"))


def test_a_round_without_what_was_agreed_is_named_in_dutch(run_cli, tmp_path):
    source = tmp_path / "antwoorden.yaml"
    source.write_text((EXAMPLES / "sok-energiecooperatie.yaml").read_text(encoding="utf-8")
                      + "\nrondes:\n  - datum: 2027-02-10\n    versie: '0.3'\n", encoding="utf-8")
    result = run_cli("maak", source)
    assert result.code == 2
    assert "rondes[0].afgesproken: ontbreekt" in result.err
