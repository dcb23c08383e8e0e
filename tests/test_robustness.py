"""Whatever a user feeds akkoord, it answers with a result or a Dutch message: never an internal error.

The promise (README, 'Afsluitcodes'): bad input gets exit code 2 with file, line and field named and
nothing written; exit code 70 means a bug in akkoord. The property-based tests below mutate the
example answers files and feed random text and bytes to `controleer`; the targeted cases after them
are the inputs that once broke akkoord, or that people plausibly write.
"""

from __future__ import annotations

import contextlib
import io
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import EXAMPLE_FILES, files_in
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from akkoord.cli import main
from akkoord.yamltext import parse_yaml

FUZZ = settings(max_examples=int(__import__("os").environ.get("FUZZ_N", 30)), deadline=None,
                derandomize=not __import__("os").environ.get("FUZZ_N"),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

EXAMPLE_DATA = {path.name: parse_yaml(path.read_text(encoding="utf-8")).data for path in EXAMPLE_FILES}


@dataclass
class Outcome:
    code: int
    out: str
    err: str
    left: list[str]  # every file in the output folder afterwards, hidden ones included


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(arg) for arg in args])
    return code, out.getvalue(), err.getvalue()


def write(path: Path, content: str | bytes) -> None:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")


def make(text: str | bytes, name: str = "antwoorden.yaml") -> Outcome:
    """`akkoord maak` on one answers file, in a fresh folder, into a separate output folder."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / name
        write(source, text)
        out = Path(folder) / "uit"
        out.mkdir()
        code, stdout, stderr = run("maak", source, "-o", out)
        return Outcome(code, stdout, stderr, files_in(out))


def check(content: str | bytes, name: str) -> Outcome:
    """`akkoord controleer` on a file with this content."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        write(path, content)
        code, stdout, stderr = run("controleer", path)
        return Outcome(code, stdout, stderr, [n for n in files_in(Path(folder)) if n != name])


def assert_handled(outcome: Outcome) -> None:
    """Exit 0, 1 or 2 without a traceback; after exit 2 nothing (not even a temporary file) is left."""
    assert outcome.code in (0, 1, 2), outcome.err
    assert "Traceback" not in outcome.err + outcome.out
    assert "Interne fout" not in outcome.err
    if outcome.code == 2:
        assert outcome.err.startswith("Fout: "), outcome.err
        assert not [name for name in outcome.left if name.endswith((".docx", ".tmp"))], outcome.left
    else:
        assert not [name for name in outcome.left if name.endswith(".tmp")], outcome.left


def refused(outcome: Outcome, *phrases: str) -> str:
    """Assert a clean refusal holding every phrase; returns the message."""
    assert_handled(outcome)
    assert outcome.code == 2, outcome.out
    for phrase in phrases:
        assert phrase in outcome.err, outcome.err
    return outcome.err


def dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


# --- random values ------------------------------------------------------------------------------------

# Characters people paste from Word, web pages and phones, and characters that break file formats.
AWKWARD = ("\u00a0\u200b\u200d\u200e\u200f\u202e\u2028\u2029\ufeff\u0301\u0308\u05d0\u0627"
           "\U0001f525\U0001f468\u200d\U0001f469\x0b\x0c\x07\x00\x7f\x85\ufffe\uffff\t\r\n"
           "{}%*_`#<>&\\[]|~!-+=.:'\"")
text_values = st.text(st.one_of(st.characters(codec="utf-8"), st.sampled_from(AWKWARD)), max_size=40)
scalar_values = st.one_of(
    text_values,
    st.sampled_from(["", " ", "~", "ja", "nee", "on", "1e9999", "-0", "0", "1.000.000.000.000,00",
                     "€ 40.000,-", "31-2-2027", "0001-01-01", "9999-12-31", "{{ 7*7 }}", "{% if x %}",
                     "**vet**", "<b>", "\\", "AK101", "gemeente", "Gemeente", "initiatief", "x" * 300]),
    st.integers(min_value=-10**40, max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(),
    st.booleans(),
    st.none(),
    st.text(min_size=1, max_size=3).map(lambda s: s * 2000),
)
any_values = st.recursive(scalar_values,
                          lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                  st.dictionaries(st.text(max_size=12), inner, max_size=3)),
                          max_leaves=8)


def paths(data: Any, prefix: tuple = ()) -> list[tuple]:
    """Every place in nested data: dict keys and list positions."""
    found = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            found.extend(paths(value, prefix + (key,)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found.extend(paths(value, prefix + (index,)))
    return found


def copy(data: Any) -> Any:
    if isinstance(data, dict):
        return {key: copy(value) for key, value in data.items()}
    if isinstance(data, list):
        return [copy(value) for value in data]
    return data


@st.composite
def mutated_answers(draw: Any) -> Any:
    data = copy(EXAMPLE_DATA[draw(st.sampled_from(sorted(EXAMPLE_DATA)))])
    for _ in range(draw(st.integers(1, 3))):
        places = [place for place in paths(data) if place]
        if not places:
            break
        place = draw(st.sampled_from(places))
        parent = data
        for part in place[:-1]:
            parent = parent[part]
        key = place[-1]
        action = draw(st.sampled_from(["replace", "replace", "replace", "delete", "duplicate", "wrap", "rename"]))
        if action == "replace":
            parent[key] = draw(any_values)
        elif action == "delete":
            del parent[key]
        elif action == "duplicate" and isinstance(parent, list):
            parent.insert(key, copy(parent[key]))
        elif action == "wrap":
            parent[key] = draw(st.sampled_from([[parent[key]], {"waarde": parent[key]}]))
        elif action == "rename" and isinstance(parent, dict):
            parent[draw(st.text(max_size=12))] = parent.pop(key)
    return data


EXAMPLE_TEXTS = {path.name: path.read_text(encoding="utf-8") for path in EXAMPLE_FILES}

# Values as people type them into the file, unquoted: YAML reads some as dates, numbers, aliases or tags.
RAW_VALUES = ["2027-13-45", "2027-02-30", "2027-01-01 25:61:00", "2027-1-1T10:00:00+99:00", "!!timestamp morgen",
              "!!int veertig", "!!float x", "!!binary '@@'", "!!set {a}", "!!omap [a: 1]", "!onbekend x",
              "&anker waarde", "*onbekend", "1" * 40, "9" * 5000, "1e9999", "-0", ".inf", ".nan", "0x1F", "0o17",
              "1_000", "+12", "~", "null", "yes", "off", "''", '""', "[]", "{}", "[~]", "{~: ~}", "- a",
              "|\n  blok", ">-\n  gevouwen", "'it''s'", '"\\ud800"', '"\\x0b\\x0c\\ufffe"', '"\\u0000"',
              "{{ 7*7 }}", "{%", "**", "<script>", "\\", "&amp;", "1.000.000.000.000,00", "€ 1e3",
              "0001-01-01", "9999-12-31", "9999-12-31 23:59:59", "[2027-01-01, 9999-12-31]", "x" * 400]


@st.composite
def edited_answers_texts(draw: Any) -> str:
    """An example file with a few values retyped by hand, unquoted, as a user would."""
    lines = EXAMPLE_TEXTS[draw(st.sampled_from(sorted(EXAMPLE_TEXTS)))].splitlines()
    editable = [number for number, line in enumerate(lines) if ": " in line and not line.lstrip().startswith("#")]
    for _ in range(draw(st.integers(1, 3))):
        number = draw(st.sampled_from(editable))
        key = lines[number].split(": ", 1)[0]
        value = draw(st.one_of(st.sampled_from(RAW_VALUES), text_values.map(lambda t: t.replace("\n", " "))))
        lines[number] = f"{key}: {value}"
    return "\n".join(lines) + "\n"


# --- property-based -----------------------------------------------------------------------------------

@FUZZ
@given(mutated_answers())
def test_mutated_answers_files_never_break_maak(data):
    assert_handled(make(dump(data)))


@FUZZ
@given(edited_answers_texts())
def test_hand_edited_answers_files_never_break_maak(text):
    assert_handled(make(text))


@FUZZ
@given(st.lists(st.one_of(text_values, st.sampled_from(["", "\n", "\r\n", "\n\n", "- ", "# ", "---"])), max_size=30))
def test_random_text_never_breaks_controleer(parts):
    assert_handled(check("".join(parts), "overeenkomst.txt"))


@FUZZ
@given(st.one_of(st.binary(max_size=2000),
                 st.binary(max_size=200).map(lambda tail: b"PK\x03\x04" + tail)))
def test_random_bytes_named_docx_never_break_controleer(content):
    outcome = check(content, "overeenkomst.docx")
    assert_handled(outcome)
    assert outcome.code == 2 and "geen leesbaar Word-document" in outcome.err


@FUZZ
@given(st.binary(max_size=500))
def test_random_bytes_named_yaml_never_break_maak(content):
    assert_handled(make(content))


# --- targeted cases -----------------------------------------------------------------------------------

GOOD = EXAMPLE_TEXTS["sok-energiecooperatie.yaml"]


def edit(old: str, new: str, text: str = GOOD) -> str:
    assert old in text, f"test case out of date: {old!r}"
    return text.replace(old, new, 1)


def built_text_of(text: str) -> str:
    """The text of the document built from `text` (which must build), non-breaking spaces as spaces."""
    from docx_reading import all_text

    return all_text(built(text)).replace("\xa0", " ")


def built(text: str) -> Path:
    """Build in a folder that outlives the call; returns the .docx."""
    folder = Path(tempfile.mkdtemp())
    (folder / "a.yaml").write_text(text, encoding="utf-8")
    code, _, err = run("maak", folder / "a.yaml", "-o", folder / "a.docx")
    assert code in (0, 1), err
    return folder / "a.docx"


@pytest.mark.parametrize("value", ["2027-13-45", "2027-02-30", "2027-01-18 25:99:00", "!!timestamp morgen"])
def test_a_date_yaml_cannot_read_is_named_not_an_internal_error(value):
    # YAML reads anything shaped like 2027-13-45 as a timestamp and fails on it; we let the model say it.
    refused(make(edit("datum: 2027-01-18", f"datum: {value}")),
            "antwoorden.yaml, regel 8, datum:", "is geen datum; schrijf bijvoorbeeld")


def test_anchors_aliases_and_merge_keys_reuse_what_was_written():
    text = edit("      - naam: mevrouw J.M. Bakker\n        functie: voorzitter",
                "      - &voorzitter\n        naam: mevrouw J.M. Bakker\n        functie: voorzitter")
    text = edit("      naam: mevrouw J.M. Bakker\n      functie: voorzitter\n", "      <<: *voorzitter\n", text)
    text = edit("    adres: Marktplein 1, 9730 AA Noorderzijl",
                "    adres: &stadhuis Marktplein 1, 9730 AA Noorderzijl", text)
    text = edit("  plaats: ", "  plaats: *stadhuis\n  x_plaats: ", text).replace("  x_plaats: ", "  # ", 1)
    from akkoord.answers.loading import load_answers

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.yaml"
        path.write_text(text, encoding="utf-8")
        answers = load_answers(path)
    assert answers.roles[0].contact.name == "mevrouw J.M. Bakker"
    assert answers.roles[0].contact.email == "voorzitter@oosterwijkduurzaam.nl"
    assert answers.signing.place == "Marktplein 1, 9730 AA Noorderzijl"


def test_merge_key_fills_in_without_overriding():
    text = edit("    contactpersoon:\n      naam: mevrouw J.M. Bakker",
                "    contactpersoon:\n      <<: {naam: iemand anders, functie: secretaris}\n      naam: mevrouw J.M. "
                "Bakker")
    from akkoord.answers.loading import load_answers

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.yaml"
        path.write_text(text, encoding="utf-8")
        contact = load_answers(path).roles[0].contact
    assert (contact.name, contact.function) == ("mevrouw J.M. Bakker", "voorzitter")


@pytest.mark.parametrize("snippet, phrase", [
    ("x: &a [*a]", "verwijst naar het onderdeel waar ze zelf in staat"),
    ("x: &a {<<: *a}", "verwijst naar het onderdeel waar ze zelf in staat"),
    ("x: {<<: 5}", "'<<:' moet verwijzen naar een groep velden"),
    ("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 9)), "herhalen samen te veel"),
])
def test_self_referencing_or_exploding_aliases_are_refused(snippet, phrase):
    refused(make(GOOD + snippet + "\n"), "antwoorden.yaml, regel", phrase)


@pytest.mark.parametrize("depth", [100, 20_000])
def test_very_deep_nesting_is_refused_or_named(depth):
    assert_handled(make(GOOD + "x: " + "[" * depth + "]" * depth + "\n"))
    assert_handled(make(GOOD + "x: " + "{a: " * depth + "}" * depth + "\n"))


def test_an_answers_file_over_the_size_limit_is_refused_before_it_is_parsed():
    text = edit("  waarom: >-\n", "  waarom: >-\n    " + "lange aanleiding " * 300_000 + "\n")
    assert len(text.encode()) > 5_000_000
    refused(make(text), "het antwoordenbestand is te groot", "hoogstens 2,0 MB")


def test_a_long_text_within_the_field_limit_builds_and_one_over_it_is_located():
    from akkoord.answers.loading import MAX_TEXT_CHARS

    words = "lange aanleiding "
    fits = " ".join([words.strip()] * (MAX_TEXT_CHARS // len(words) - 100))
    assert built(edit("  waarom: >-\n", f"  waarom: >-\n    {fits}\n")).exists()
    err = refused(make(edit("gebied: Oosterwijk", "gebied: " + "lang " * 20_001)),
                  "antwoorden.yaml, regel 5, gebied: deze tekst is te lang (100.004 tekens; hoogstens 50.000)")
    assert len(err) < 1000


def test_a_title_longer_than_word_properties_allow_is_kept_in_the_text():
    # Document properties hold 255 characters; python-docx refused the long title outright.
    title = "Samenwerkingsovereenkomst " + "over de warmte in de wijk " * 20
    path = built(edit("titel: Samenwerkingsovereenkomst aardgasvrij Oosterwijk", f"titel: {title}"))
    import docx

    document = docx.Document(str(path))
    assert len(document.core_properties.title) == 255 and document.core_properties.title.endswith("…")
    assert title.strip() in "\n".join(paragraph.text for paragraph in document.paragraphs)


@pytest.mark.parametrize("text, phrase", [
    ("soort: samenwerkingsovereenkomst\nsoort: intentieovereenkomst\n", "'soort' staat twee keer"),
    ("soort:\tsamenwerkingsovereenkomst\n\ttitel: x\n", "geen geldige YAML"),
    ("? [een, lijst]\n: waarde\n", "een veldnaam moet een woord zijn"),
])
def test_malformed_structure_is_refused_with_the_line(text, phrase):
    refused(make(text), "antwoorden.yaml, regel", phrase)


@pytest.mark.parametrize("key", ["12", "on", "~", "2027-01-01", "a[b]", "function-x"])
def test_a_key_that_yaml_reads_as_something_else_is_named_as_written(key):
    err = refused(make(GOOD + f"{key}: x\n"))
    assert f", {key}: is geen bekend veld" in err


def test_bom_and_crlf_are_accepted():
    assert_handled(make(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode("utf-8")))
    assert make(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode("utf-8")).code in (0, 1)


@pytest.mark.parametrize("line, expected", [
    ("soort: ~", "regel 3, soort: is leeg; kies uit 'intentieovereenkomst' of 'samenwerkingsovereenkomst'"),
    ("looptijd:\n  start: ~", "looptijd.start: is leeg; schrijf een datum"),
])
def test_an_empty_value_is_called_empty(line, expected):
    old = "soort: samenwerkingsovereenkomst" if line.startswith("soort") else "looptijd:\n  start: 2027-02-01"
    err = refused(make(edit(old, line)))
    assert expected in err and "None" not in err


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31"])
def test_dates_at_the_ends_of_the_calendar_are_named(date):
    # A check counting months past 9999-12-31 ran off the calendar: an internal error.
    text = GOOD
    for field_name in ("datum", "streefdatum", "deadline", "van", "tot"):
        text = re.sub(rf"(\n\s*{field_name}: )\d{{4}}-\d\d-\d\d", rf"\g<1>{date}", text)
    err = refused(make(text), "antwoorden.yaml, regel 8, datum:", "controleer het jaartal")
    assert "financiering[0].tot:" in err
    refused(make(edit("  start: 2027-02-01\n  einde: 2029-12-31", f"  start: 2027-02-01\n  einde: {date}")),
            "looptijd.einde:", "ligt niet tussen 1900 en 2200")


def test_dates_within_the_plausible_years_build():
    text = built_text_of(edit("  start: 2027-02-01\n  einde: 2029-12-31", "  start: 1900-01-01\n  einde: 2199-12-31"))
    assert "1 januari 1900" in text and "31 december 2199" in text


@pytest.mark.parametrize("amount, phrase", [
    ("1e9999", "is geen bedrag"),
    ("-0", "is geen bedrag"),
    ("1" * 31, "is meer dan duizend biljoen euro"),  # babel could not format it: internal error
])
def test_impossible_amounts_are_named(amount, phrase):
    refused(make(edit("bedrag: 45000", f"bedrag: {amount}")), "financiering[0].bedrag:", phrase)


def test_a_trillion_in_dutch_notation_is_an_amount():
    assert "€ 1.000.000.000.000" in built_text_of(edit("bedrag: 45000", "bedrag: 1.000.000.000.000,00"))


def test_a_huge_count_is_named():
    err = refused(make(edit("opzegtermijn_maanden: 6", "opzegtermijn_maanden: " + "9" * 5000)),
                  "looptijd.opzegtermijn_maanden: '")
    assert "is te groot" in err and len(err) < 1000


def test_kvk_with_spaces_and_dots():
    text = built_text_of(edit('kvk: "71234567"', 'kvk: "7123 45.67"'))
    assert "71234567" in text and "7123 45.67" not in text


@pytest.mark.parametrize("reference, phrase", [
    ("Cooperatie", "is geen geldige verwijzing; gebruik kleine letters"),
    ("niemand", "'niemand' is geen partij-id uit 'partijen'"),
])
def test_bad_party_references(reference, phrase):
    refused(make(edit("  - partij: cooperatie", f"  - partij: {reference}")), "rollen[0].partij:", phrase)


def test_two_hundred_parties():
    extra = "".join(f"  - id: buur-{number}\n    soort: overig\n    naam: Buurvereniging {number}\n"
                    f"    rechtsvorm: vereniging\n" for number in range(198))
    text = built_text_of(edit("\naanleiding:", "\n" + extra + "\naanleiding:"))
    assert "Buurvereniging 0" in text and "Buurvereniging 197" in text


def test_term_ending_before_it_starts():
    refused(make(edit("einde: 2029-12-31", "einde: 2020-12-31")), "looptijd.einde: de einddatum ligt niet na")


USER_SYNTAX = "Wij {{ 7*7 }} en {% if x %} **niet vet** <b>geen html</b> c:\\pad\\naar R&amp;D &#8364; `code` 1. #3"


def test_template_and_markdown_syntax_in_an_article_prints_literally():
    path = built(edit("  - omschrijving: ", f"  - omschrijving: '{USER_SYNTAX}'\n    x: ").replace("    x: ", "    # ",
                                                                                                   1))
    from docx_reading import all_text

    assert USER_SYNTAX in all_text(path)


def test_template_and_markdown_syntax_in_the_subtitle_prints_literally():
    path = built(edit("gebied: Oosterwijk", f"gebied: '{USER_SYNTAX}'"))
    from docx_reading import all_text

    subtitle = next(line for line in all_text(path).splitlines() if line.startswith("inzake "))
    assert USER_SYNTAX in subtitle


def test_word_control_characters_are_cleaned_or_named():
    path = built(edit("gebied: Oosterwijk", 'gebied: "Ooster\\x0bwijk\\x0cnoord"'))
    assert path.exists()
    refused(make(edit("gebied: Oosterwijk", 'gebied: "Ooster\\ufffewijk"')),
            "gebied: bevat een onzichtbaar stuurteken (U+FFFE)")


def test_controleer_on_a_docx_that_is_a_zip_of_something_else():
    import zipfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.docx"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("[Content_Types].xml", "<Types/>")
        code, _, err = run("controleer", path)
    assert code == 2 and "geen leesbaar Word-document" in err
