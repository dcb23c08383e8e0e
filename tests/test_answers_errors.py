"""Bad answers files: a Dutch message naming file, line and field, exit code 2, and nothing written."""

from __future__ import annotations

import pytest
from conftest import EXAMPLE_FILES, EXAMPLES, files_in

from akkoord.answers.loading import load_answers

GOOD = (EXAMPLES / "sok-energiecooperatie.yaml").read_text(encoding="utf-8")


def line_number(text: str, needle: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), 1) if needle in line)


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_every_example_loads(path):
    answers = load_answers(path)
    assert answers.parties and answers.term.start


# (what the user did wrong, replace this, with this, the field path, a phrase the message must hold)
BAD_FIELDS = [
    ("amount in words", "    bedrag: 45000", "    bedrag: veertig",
     "financiering[0].bedrag", "'veertig' is geen bedrag; schrijf bijvoorbeeld 40000"),
    ("impossible date", "    streefdatum: 2027-12-31", "    streefdatum: 31-2-2027",
     "doelen[0].streefdatum", "'31-2-2027' is geen datum"),
    ("typo in a key", "    resultaat: ten minste 60%", "    resutlaat: ten minste 60%",
     "doelen[0].resutlaat", "bedoel je 'resultaat'?"),
    ("unknown agreement type", "soort: samenwerkingsovereenkomst", "soort: convenant",
     "soort", "'convenant' is geen geldige keuze; kies uit 'intentieovereenkomst' of 'samenwerkingsovereenkomst'"),
    ("short KvK number", 'kvk: "71234567"', 'kvk: "7123"', "partijen[0].kvk", "8 cijfers"),
    ("bad e-mail", "email: s.veenstra@noorderzijl.nl", "email: s.veenstra-at-noorderzijl",
     "rollen[1].contactpersoon.email", "geen e-mailadres"),
    ("unknown party reference", "  - partij: gemeente", "  - partij: gemeent",
     "rollen[1].partij", "bedoel je 'gemeente'?"),
    ("negative hours", "    uren_per_maand: 32", "    uren_per_maand: -3",
     "rollen[1].uren_per_maand", "niet negatief"),
    ("text where a list belongs", "    momenten: [2027-12-01, 2028-12-01, 2029-07-01]",
     "    momenten: december", "borging.evaluatie.momenten", "moet een lijst zijn"),
    ("funding period reversed", "    tot: 2027-12-31\n    bestemming: projectleiding",
     "    tot: 2026-12-31\n    bestemming: projectleiding", "financiering[0].tot", "vóór de begindatum"),
]


@pytest.mark.parametrize("what, old, new, path, phrase", BAD_FIELDS, ids=[case[0] for case in BAD_FIELDS])
def test_bad_field_is_named_with_line_and_fix(tmp_path, run_cli, what, old, new, path, phrase):
    assert old in GOOD, f"test case out of date: {old!r}"
    text = GOOD.replace(old, new, 1)
    answers = tmp_path / "antwoorden.yaml"
    answers.write_text(text, encoding="utf-8")
    result = run_cli("maak", answers)
    assert result.code == 2
    expected_line = line_number(text, new.strip().splitlines()[0])
    location = f"antwoorden.yaml, regel {expected_line}, {path}:"
    assert location in result.err, result.err
    assert phrase in result.err
    assert "Traceback" not in result.err + result.out
    assert files_in(tmp_path) == ["antwoorden.yaml"]


def test_missing_required_field_says_what_to_fill_in(tmp_path, run_cli):
    answers = tmp_path / "a.yaml"
    answers.write_text(GOOD.replace("titel: Samenwerkingsovereenkomst aardgasvrij Oosterwijk\n", ""), encoding="utf-8")
    result = run_cli("maak", answers)
    assert result.code == 2
    assert "a.yaml, titel: ontbreekt; vul dit in: Titel van de overeenkomst." in result.err


def test_all_problems_are_listed_at_once(tmp_path, run_cli):
    text = GOOD.replace("bedrag: 45000", "bedrag: veel").replace("streefdatum: 2027-12-31", "streefdatum: ooit")
    answers = tmp_path / "a.yaml"
    answers.write_text(text, encoding="utf-8")
    result = run_cli("maak", answers)
    assert "2 fouten" in result.err
    assert "bedrag" in result.err and "streefdatum" in result.err


@pytest.mark.parametrize("content, phrase", [
    ("soort: samenwerkingsovereenkomst\ntitel: 'niet afgesloten\n", "geen geldige YAML"),
    ("soort: samenwerkingsovereenkomst\n\ttitel: tab\n", "geen geldige YAML"),
    ("", "het bestand is leeg"),
    ("- een\n- lijst\n", "bestaat uit velden"),
])
def test_malformed_yaml(tmp_path, run_cli, content, phrase):
    answers = tmp_path / "kapot.yaml"
    answers.write_text(content, encoding="utf-8")
    result = run_cli("maak", answers)
    assert result.code == 2
    assert "kapot.yaml" in result.err and phrase in result.err
    assert files_in(tmp_path) == ["kapot.yaml"]


def test_yaml_error_names_the_line(tmp_path, run_cli):
    answers = tmp_path / "kapot.yaml"
    answers.write_text("soort: samenwerkingsovereenkomst\ntitel: x\npartijen: [a, b\ngebied: y\n", encoding="utf-8")
    result = run_cli("maak", answers)
    assert "kapot.yaml, regel 4" in result.err


def test_missing_and_unreadable_files(tmp_path, run_cli):
    result = run_cli("maak", tmp_path / "bestaat-niet.yaml")
    assert result.code == 2 and "bestaat niet" in result.err
    result = run_cli("maak", tmp_path)
    assert result.code == 2 and "is een map" in result.err
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("titel: coöperatie\n".encode("latin-1"))
    result = run_cli("maak", latin)
    assert result.code == 2 and "UTF-8" in result.err


def test_control_character_is_refused_naming_the_field(tmp_path, run_cli):
    text = GOOD.replace("gebied: Oosterwijk", 'gebied: "Ooster\\x07wijk"')
    answers = tmp_path / "a.yaml"
    answers.write_text(text, encoding="utf-8")
    result = run_cli("maak", answers)
    assert result.code == 2
    assert "gebied: bevat een onzichtbaar stuurteken (U+0007)" in result.err
    assert files_in(tmp_path) == ["a.yaml"]


def test_word_soft_line_break_is_cleaned_not_refused(tmp_path):
    text = GOOD.replace("gebied: Oosterwijk", 'gebied: "Ooster\\vwijk"')
    answers = tmp_path / "a.yaml"
    answers.write_text(text, encoding="utf-8")
    assert load_answers(answers).area == "Ooster\nwijk"


def test_yaml_number_traps_keep_what_people_meant(tmp_path):
    text = GOOD.replace("bedrag: 45000", "bedrag: 45.000").replace('kvk: "71234567"', "kvk: 01234567")
    answers = tmp_path / "a.yaml"
    answers.write_text(text, encoding="utf-8")
    loaded = load_answers(answers)
    assert loaded.funding[0].amount == 45000
    assert loaded.parties[0].kvk == "01234567"


def test_vocabulary_is_forgiving_about_accents_and_spaces(tmp_path):
    text = GOOD.replace("rechtsvorm: cooperatie", "rechtsvorm: Coöperatie").replace(
        "vorm: externe-subsidie", "vorm: Externe subsidie")
    answers = tmp_path / "a.yaml"
    answers.write_text(text, encoding="utf-8")
    loaded = load_answers(answers)
    assert loaded.parties[0].legal_form.value == "cooperatie"
    assert loaded.funding[2].form.value == "externe-subsidie"


def test_own_safeguards_are_a_list_of_texts(tmp_path):
    text = GOOD.replace("  vooraf_informeren_werkdagen: 10\n",
                        "  vooraf_informeren_werkdagen: 10\n  overig:\n"
                        "    - De Gemeente stelt de zaal van het wijkcentrum kosteloos beschikbaar\n"
                        "    - '  Elk jaar een gezamenlijke buurtschouw.  '\n")
    answers = tmp_path / "a.yaml"
    answers.write_text(text, encoding="utf-8")
    assert load_answers(answers).safeguards.other == [
        "De Gemeente stelt de zaal van het wijkcentrum kosteloos beschikbaar",
        "Elk jaar een gezamenlijke buurtschouw."]
    assert load_answers(EXAMPLES / "sok-energiecooperatie.yaml").safeguards.other == []


def test_an_empty_own_safeguard_is_named(tmp_path, run_cli):
    text = GOOD.replace("  vooraf_informeren_werkdagen: 10\n",
                        "  vooraf_informeren_werkdagen: 10\n  overig:\n    - elk jaar een buurtschouw\n    - ''\n")
    answers = tmp_path / "a.yaml"
    answers.write_text(text, encoding="utf-8")
    result = run_cli("maak", answers)
    assert result.code == 2
    empty_line = line_number(text, "- ''")
    assert f"a.yaml, regel {empty_line}, borging.overig[1]:" in result.err, result.err
    assert "is leeg" in result.err
