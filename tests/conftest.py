"""Shared helpers: the examples, running the CLI in-process, and reading a built .docx as a lawyer would.

The whole suite runs with a temporary home: the jinja bytecode cache, LibreOffice's settings and
hypothesis's examples land there, never in the home folder of whoever runs the tests.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from akkoord.cli import main

# Shared session fixtures live in plugins: imported into each test module, pytest would build them once
# per module instead of once per worker.
pytest_plugins = ["ooxml_support", "libreoffice_support"]

#: Set per run in `pytest_configure`: "home" is the folder whose subfolders stand in for the user's home and caches.
_RUN: dict[str, Path] = {}
_HOME_VARIABLES = {"HOME": "home", "XDG_CACHE_HOME": "cache", "XDG_CONFIG_HOME": "config",
                   "XDG_DATA_HOME": "data", "XDG_STATE_HOME": "state"}
_saved_environment: dict[str, str | None] = {}


def pytest_configure(config: pytest.Config) -> None:
    home = _RUN["home"] = Path(tempfile.mkdtemp(prefix="akkoord-tests-"))
    for variable, folder in _HOME_VARIABLES.items():
        _saved_environment[variable] = os.environ.get(variable)
        (home / folder).mkdir()
        # Set in the environment, so subprocesses (pexpect, LibreOffice) inherit it as well.
        os.environ[variable] = str(home / folder)
    from hypothesis import settings
    from hypothesis.database import DirectoryBasedExampleDatabase

    settings.register_profile("isolated", database=DirectoryBasedExampleDatabase(home / "hypothesis"))
    settings.load_profile("isolated")


#: Files whose tests each take seconds (a real terminal, LibreOffice, whole wizard runs). They start first,
#: so that on two cores (issue 12: the suite under 40 s) the other worker takes the many short tests
#: instead of both waiting on a long one at the end.
_LONG_FIRST = ("test_wizard_terminal.py", "test_wizard_coverage.py", "test_pdf.py", "test_libreoffice.py",
               "test_rounds_libreoffice.py", "test_review_annotate.py", "test_rounds_vergelijk.py",
               # Next to each other, so one worker builds ooxml_support's session documents for all three.
               "test_schema_valid.py", "test_generated_text.py", "test_review_structure.py")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        name = item.path.name
        return _LONG_FIRST.index(name) if name in _LONG_FIRST else len(_LONG_FIRST)

    items.sort(key=rank)  # stable: within a file and among the rest the order stays as written


def pytest_unconfigure(config: pytest.Config) -> None:
    for variable, value in _saved_environment.items():
        if value is None:
            os.environ.pop(variable, None)
        else:
            os.environ[variable] = value
    if "home" in _RUN:
        shutil.rmtree(_RUN.pop("home"), ignore_errors=True)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))


@pytest.fixture(scope="session")
def isolated_home() -> Path:
    """The temporary folder that stands in for the home folder during this run."""
    return _RUN["home"]


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def run_cli(capsys):
    """Run `akkoord ARGS` in-process; returns exit code, stdout and stderr."""

    def run(*args: str) -> CliResult:
        capsys.readouterr()
        code = main([str(arg) for arg in args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture
def example_copy(tmp_path):
    """Copy an example answers file into a fresh folder, so built documents land there."""

    def copy(name: str = "sok-energiecooperatie.yaml") -> Path:
        target = tmp_path / name
        shutil.copy(EXAMPLES / name, target)
        return target

    return copy


def files_in(folder: Path) -> list[str]:
    """Every file name in a folder, hidden temporary files included."""
    return sorted(path.name for path in folder.iterdir())
