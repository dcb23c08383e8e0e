"""Shared helpers: the examples, running the CLI in-process, and reading a built .docx as a lawyer would."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from akkoord.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))


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
