"""The help of `akkoord` and of every command is Dutch: no click English, no Python type names."""

from __future__ import annotations

import re

import pytest

from akkoord.cli import COMMANDS, app
from akkoord.cli.dutch_click import terminal_columns

# Words click writes when a help text is left to it, and the shapes of Python type names.
ENGLISH = ["Usage", "Options", "Arguments", "Commands", "COMMAND", "ARGS", "OPTIONS", "Show this message",
           "and exit", "required", "default", "Positional", "TEXT", "PATH", "INTEGER", "BOOLEAN", "FILENAME"]
TYPE_NAMES = re.compile(r"<[^>]*>|\b(?:list|List|Path|str|int|bool|Optional)\[|\bNoneType\b|\bPosixPath\b")


def command_names() -> list[str]:
    return [command.name for command in COMMANDS]


def test_every_command_is_registered_in_the_listed_order(run_cli):
    assert list(app.commands) == command_names()
    lines = run_cli("--help").out.split("Commando's:")[1].splitlines()
    listed = [line.split()[0] for line in lines if line.startswith("  ") and not line.startswith("   ")]
    assert listed == command_names()


COMMANDS_AT_LEAST = ["nieuw", "maak", "schema", "clausules", "controleer", "uitleg", "wijzigingen"]


@pytest.mark.parametrize("args", [["--help"], ["-h"], *([name, "--help"] for name in COMMANDS_AT_LEAST)])
def test_help_has_no_english_of_the_cli_library_and_no_type_names(run_cli, args):
    result = run_cli(*args)
    assert result.code == 0, result.err
    assert result.out.startswith("Gebruik: akkoord")
    found = [word for word in ENGLISH if re.search(rf"\b{re.escape(word)}\b", result.out)]
    assert not found, (args, found, result.out)
    assert not TYPE_NAMES.search(result.out), (args, result.out)
    assert "Toon deze hulp en stop." in result.out


def test_every_registered_command_has_dutch_help(run_cli):
    # Also the commands other modules add later: each one's help is checked, not only the ones above.
    for name in app.commands:
        out = run_cli(name, "--help").out
        assert "[OPTIES]" in out.splitlines()[0], name
        assert not [word for word in ENGLISH if re.search(rf"\b{re.escape(word)}\b", out)], (name, out)
        assert not TYPE_NAMES.search(out), (name, out)


def test_every_value_has_a_dutch_placeholder(run_cli):
    out = run_cli("maak", "--help").out
    for placeholder in ["ANTWOORDEN.yaml...", "-o, --uit UIT", "--huisstijl HUISSTIJL.docx", "--clausules MAP"]:
        assert placeholder in out
    assert "ANTWOORDEN.yaml...  Eén of meer antwoordenbestanden.  [verplicht]" in " ".join(out.split("\n"))


def test_usage_errors_are_dutch_and_exit_2(run_cli):
    result = run_cli("maak", "--bestaat-niet", "x.yaml")
    assert result.code == 2
    assert result.err.startswith("Fout: onbekende optie: --bestaat-niet.")
    assert "Zie 'akkoord maak --help'" in result.err
    result = run_cli("maak")
    assert result.code == 2 and "ontbrekend argument ANTWOORDEN.yaml..." in result.err
    result = run_cli("onbekend")
    assert result.code == 2 and "onbekend commando: onbekend" in result.err
    result = run_cli("maak", "x.yaml", "-o")
    assert result.code == 2 and "optie -o heeft een waarde nodig" in result.err


def test_no_command_shows_the_help_and_exits_2(run_cli):
    result = run_cli()
    assert result.code == 2
    assert result.err.startswith("Gebruik: akkoord") and "Commando's:" in result.err


def test_version(run_cli):
    result = run_cli("--versie")
    assert result.code == 0 and result.out.startswith("akkoord ")


@pytest.mark.parametrize("columns", [None, "60", "200", "0", "-5", "breed"])
def test_help_is_as_wide_as_the_terminal_the_way_click_measures_it(run_cli, monkeypatch, columns):
    import shutil

    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert terminal_columns() == shutil.get_terminal_size().columns
    width = max(min(terminal_columns(), 80) - 2, 50)
    lines = run_cli("maak", "--help").out.splitlines()
    assert max(map(len, lines)) <= width < max(map(len, lines)) + 12
