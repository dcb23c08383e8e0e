"""`akkoord --help` from the text the wheel carries is exactly what click prints, and needs no click."""

from __future__ import annotations

import subprocess
import sys

import pytest

from akkoord import help_text


@pytest.fixture
def shipped(tmp_path, monkeypatch):
    monkeypatch.setattr(help_text, "FOLDER", tmp_path / "help")
    help_text.ship(tmp_path / "help")
    return tmp_path / "help" / help_text.FILE_NAME


def clicks_help(columns: int) -> str:
    env = {"COLUMNS": str(columns), "PATH": "", "PYTHONPATH": ":".join(sys.path)}
    return subprocess.run([sys.executable, "-c", "from akkoord.cli import main; main(['--help'])"], env=env,
                          capture_output=True, text=True, check=True).stdout


def test_the_shipped_overview_is_what_click_prints_on_any_wide_terminal(shipped):
    text = shipped.read_text(encoding="utf-8")
    assert "Gebruik: akkoord" in text and "nieuw" in text
    for columns in (80, 81, 120, 300):
        assert clicks_help(columns) == text, columns


def test_it_is_printed_only_where_click_would_print_the_same(shipped, monkeypatch, capsys):
    monkeypatch.setenv("COLUMNS", "120")
    assert help_text.show() and capsys.readouterr().out == shipped.read_text(encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "79")  # click fits the text to a narrower terminal: click prints it
    assert not help_text.show() and capsys.readouterr().out == ""
    monkeypatch.setattr(help_text, "FOLDER", shipped.parent / "elders")  # an install without the file
    monkeypatch.setenv("COLUMNS", "120")
    assert not help_text.show()


def test_the_console_script_prints_it_without_importing_click(shipped, tmp_path):
    script = ("import sys, os\n"
              f"from akkoord import help_text; help_text.FOLDER = type(help_text.FOLDER)({str(shipped.parent)!r})\n"
              "os._exit = lambda code: (print(sorted({'click', 'akkoord.cli'} & set(sys.modules))), sys.exit(code))\n"
              "sys.argv = ['akkoord', sys.argv[1]]\n"
              "from akkoord.console import run; run()")
    for option in ("--help", "-h"):
        ran = subprocess.run([sys.executable, "-c", script, option], capture_output=True, text=True, check=False,
                             env={"COLUMNS": "100", "PYTHONPATH": ":".join(sys.path)})
        assert ran.returncode == 0
        assert ran.stdout == shipped.read_text(encoding="utf-8") + "[]\n", option
