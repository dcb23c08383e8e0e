"""Core errors name no command-line options; each command adds how its own options help."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from akkoord.build import plan_targets
from akkoord.errors import Remedy, UserError
from akkoord.output import write_file


def akkoord_options() -> set[str]:
    from akkoord.cli import app

    return {name for command in [app, *app.commands.values()] for param in command.params
            for name in getattr(param, "opts", []) if name.startswith("-")}


def names_an_option(text: str) -> bool:
    return any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) for name in akkoord_options())


def core_error(call) -> UserError:
    with pytest.raises(UserError) as caught:
        call()
    return caught.value


def test_the_option_finder_finds_options():
    assert names_an_option("kies met -o een plek") and names_an_option("gebruik --overschrijf.")
    assert not names_an_option("mkdir -p 'uit'")


def test_core_messages_name_the_setting_not_the_option(tmp_path):
    errors = [
        core_error(lambda: plan_targets([Path("a.yaml"), Path("b.yaml")], tmp_path / "een.docx")),
        core_error(lambda: plan_targets([Path("a.yaml")], tmp_path / "geen-map")),
        core_error(lambda: write_file(tmp_path / "geen-map" / "x.docx", b"x")),
    ]
    for error in errors:
        assert error.remedy is Remedy.OUTPUT
        assert not names_an_option(error.message) and not names_an_option(error.hint or ""), str(error)


def test_maak_adds_its_option_to_the_core_hint(example_copy, run_cli, tmp_path):
    result = run_cli("maak", example_copy(), "-o", tmp_path / "geen-map" / "x.docx")
    assert result.code == 2
    lines = result.err.splitlines()
    assert lines[0].startswith("Fout: ") and "de map voor het uitvoerbestand bestaat niet" in lines[0]
    assert lines[-1] == "  De uitvoer geef je op met -o (--uit)."


def test_strict_refusal_says_how_to_build_anyway(run_cli, tmp_path):
    import shutil

    from conftest import EXAMPLES

    source = tmp_path / "te-algemeen.yaml"
    shutil.copy(EXAMPLES / "te-algemeen.yaml", source)
    result = run_cli("maak", source, "--strikt")
    assert result.code == 1 and not source.with_suffix(".docx").exists()
    assert "Zonder --strikt wordt het document toch gemaakt." in result.err


def test_an_option_hint_only_comes_from_a_command_that_has_the_option(run_cli, tmp_path):
    # `clausules` has --clausules but no -o: a missing clause folder gets its own option named.
    result = run_cli("clausules", "--clausules", tmp_path / "nergens")
    assert result.code == 2
    assert "Eigen clausules geef je op met --clausules." in result.err and " -o " not in result.err
