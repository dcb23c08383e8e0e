"""The checks catalogue as data files: a broken file is refused by file, line and field; thresholds are written once."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from akkoord.checks.catalogue import BY_CODE, builtin_folder, load_catalogue
from akkoord.errors import ExitCode, UserError


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "controles"
    shutil.copytree(builtin_folder(), copy)
    return copy


def edit(path: Path, old: str, new: str) -> int:
    """Replace `old` once in `path`; the 1-based line where it was."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, old
    line = text[:text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line


def refusal(folder: Path) -> str:
    with pytest.raises(UserError) as caught:
        load_catalogue(folder)
    assert caught.value.exit_code is ExitCode.GEBRUIKSFOUT
    return str(caught.value)


def test_the_built_in_files_load_into_every_documented_check():
    checks = load_catalogue(builtin_folder()).checks
    assert [check.code for check in checks] == list(BY_CODE)
    assert {path.name for path in builtin_folder().glob("*.yaml")} == {
        "vaag.yaml", "korte-termijn.yaml", "borging.yaml", "rolverdeling.yaml", "juridisch.yaml", "voorbeelden.yaml"}


def test_a_missing_section_is_named_with_its_check_and_line(folder):
    path = folder / "borging.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  AK308:")
    why = text.index("    waarom:", start)
    end = text.index("    voorbeeld:", why)
    path.write_text(text[:why] + text[end:], encoding="utf-8")
    line = text[:start].count("\n") + 1
    message = refusal(folder)
    assert f"borging.yaml, regel {line}, controles.AK308.waarom: ontbreekt" in message


def test_an_unknown_field_is_named_at_its_line(folder):
    line = edit(folder / "vaag.yaml", "    naam: geen-doelen\n", "    naam: geen-doelen\n    waarom_niet: x\n") + 1
    assert f"vaag.yaml, regel {line}, controles.AK110.waarom_niet: is geen bekend veld" in refusal(folder)


def test_a_wrong_level_names_the_allowed_ones(folder):
    line = edit(folder / "rolverdeling.yaml", "niveau: waarschuwing", "niveau: streng")
    message = refusal(folder)
    assert re.search(rf"rolverdeling\.yaml, regel {line}, controles\.AK4\d\d\.niveau: moet een van deze waarden "
                     r"zijn: 'waarschuwing' or 'advies'", message)


def test_an_unknown_rule_is_refused(folder):
    line = edit(folder / "vaag.yaml", "regel: no_goals", "regel: no_gaols")
    assert (f"vaag.yaml, regel {line}, controles.AK110.regel: er is geen regel 'no_gaols' in "
            "checks/structure.py of checks/parties.py") in refusal(folder)


def test_a_threshold_the_rule_does_not_take_is_refused(folder):
    line = edit(folder / "korte-termijn.yaml", "drempels: {margin_months: 6}", "drempels: {marge: 6}")
    assert (f"korte-termijn.yaml, regel {line}, controles.AK201.drempels: de regel funding_ends_early gebruikt "
            "deze drempels: margin_months") in refusal(folder)


def test_an_unknown_placeholder_is_refused(folder):
    line = edit(folder / "korte-termijn.yaml", "{geld_voor_een_jaar}", "{geld_voor_een_jar}")
    message = refusal(folder)
    assert f"korte-termijn.yaml, regel {line - 1}, controles.AK201.voorbeeld: '{{geld_voor_een_jar}}'" in message
    assert "geld_voor_een_jaar" in message  # the known names are listed


def test_a_yaml_syntax_error_gives_the_line(folder):
    line = edit(folder / "juridisch.yaml", "    naam: persoonsgegevens-zonder-afspraak\n",
                "    naam: [persoonsgegevens-zonder-afspraak\n")
    # libyaml notices the unclosed list on the next line, and says so.
    assert re.search(rf"juridisch\.yaml, regel {line + 1}: geen geldige YAML", refusal(folder))


def test_a_stray_file_is_refused_by_name(folder):
    (folder / "vaag-extra.yaml").write_text("titel: x\n", encoding="utf-8")
    assert "vaag-extra.yaml" in refusal(folder)


def test_a_duplicate_code_across_files_is_refused(folder):
    edit(folder / "rolverdeling.yaml", "  AK404:", "  AK308:")
    assert "de code AK308 staat ook in borging.yaml" in refusal(folder)


def test_a_threshold_is_written_once_and_quoted_in_the_prose(folder):
    assert "meer dan zes maanden" in BY_CODE["AK201"].flags
    edit(folder / "korte-termijn.yaml", "drempels: {margin_months: 6}", "drempels: {margin_months: 9}")
    changed = {check.code: check for check in load_catalogue(folder).checks}["AK201"]
    assert "meer dan negen maanden" in changed.flags
    assert changed.thresholds == {"margin_months": 9}


def test_a_shared_example_block_keeps_the_indentation_of_its_line():
    example = BY_CODE["AK501"].example
    assert example.startswith("partijen:\n  - id: initiatief\n")
    assert "\n  - id: gemeente\n    soort: gemeente\n" in example
    assert example.endswith("\n    volmacht:\n      datum: 2026-06-03")
    # The municipality that signs through a wethouder is written once, in the shared file.
    for path in builtin_folder().glob("*.yaml"):
        written = path.read_text(encoding="utf-8").count("functie: wethouder")
        assert written == (1 if path.name == "voorbeelden.yaml" else 0), path.name
