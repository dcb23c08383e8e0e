"""One YAML dialect for every reader of answers files, with the same limits and Dutch messages everywhere."""

from __future__ import annotations

import datetime as dt
import io
import time

import pytest
from conftest import EXAMPLES

from akkoord.answers.loading import load_round_trip, parse_answers_text
from akkoord.errors import UserError
from akkoord.wizard.draft import round_trip_yaml
from akkoord.yamltext import parse_yaml

# Scalars whose meaning differs between YAML 1.1 (PyYAML) and 1.2 (ruamel), or that YAML reads as numbers.
SCALARS = ["On", "on", "yes", "no", "y", "N", "off", "Off", "true", "True", "FALSE", "null", "~", "NULL",
           "1_000", "0o17", "017", "1:20", ".inf", "2027-01-01", "40.000", "12e3", "0x1F", "nee", "ja", "+12"]


def plain(value):
    """ruamel's round-trip types as plain data, for comparing with the fast reader."""
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        return str(value)
    return value


def test_the_fast_reader_and_the_round_trip_reader_agree_on_every_scalar():
    text = "".join(f"v{index}: {value}\n" for index, value in enumerate(SCALARS))
    assert parse_yaml(text).data == plain(round_trip_yaml().load(text))


def test_what_the_wizard_writes_maak_reads_back_unchanged():
    data = {"waarden": list(SCALARS)}
    stream = io.StringIO()
    round_trip_yaml().dump(data, stream)
    assert parse_yaml(stream.getvalue()).data == data


def test_gebied_on_is_a_place_name_in_maak_too(run_cli, tmp_path):
    source = tmp_path / "a.yaml"
    text = (EXAMPLES / "sok-energiecooperatie.yaml").read_text(encoding="utf-8")
    source.write_text(text.replace("gebied: Oosterwijk", "gebied: On", 1), encoding="utf-8")
    result = run_cli("maak", source)
    assert result.code in (0, 1), result.err
    from docx_reading import all_text

    subtitle = next(line for line in all_text(source.with_suffix(".docx")).splitlines() if line.startswith("inzake "))
    assert subtitle.startswith("inzake On, tussen"), subtitle


MERGE_BOMB = "b0: &b0 {x: 1}\n" + "".join(
    f"b{i}: &b{i} {{<<: [{', '.join([f'*b{i - 1}'] * 10)}]}}\n" for i in range(1, 8))
ALIAS_BOMB = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 9))


@pytest.mark.parametrize("text, phrase", [
    (MERGE_BOMB, "herhalen samen te veel"),
    (ALIAS_BOMB, "herhalen samen te veel"),
    ("x: &a [*a]\n", "verwijst naar het onderdeel waar ze zelf in staat"),
    ("x: " + "[" * 200 + "]" * 200 + "\n", "te diep ingesprongen"),
    ("x: " + "{a: " * 60 + "1" + "}" * 60 + "\n", "te diep ingesprongen"),
])
@pytest.mark.parametrize("reader", ["maak", "wizard"])
def test_bombs_and_deep_nesting_are_refused_quickly_by_every_reader(text, phrase, reader):
    start = time.process_time()
    with pytest.raises(UserError) as caught:
        if reader == "maak":
            parse_answers_text(text, "a.yaml")
        else:
            load_round_trip(text, "a.yaml")
    assert time.process_time() - start < 1.0
    assert phrase in caught.value.message and "a.yaml, regel" in caught.value.message


@pytest.mark.parametrize("text", ['a: "\\uZZZZ"', "a: [1, 2", "a: b: c", "a:\n\t- b", "a: *x", "a: 'x", "{a",
                                  "a: &x 1\nb: &x 2", "---\na\n---\nb", "a: \x00", "- a\nb: c", "a: @b"])
def test_yaml_mistakes_are_explained_in_dutch_with_the_line(text):
    with pytest.raises(UserError) as caught:
        parse_answers_text(text, "a.yaml")
    message = caught.value.message
    assert "a.yaml, regel" in message
    for english in ("found", "expected", "not allowed", "character", "alias", "stream", "another", "unacceptable"):
        assert english not in message, message
