"""Files that are not what they seem, file systems that say no, and batches that must not lose a document.

The README's promise for each: a Dutch message naming the file and what to do, exit code 2, and
nothing written or left behind; never "Interne fout" and never the operating system's English.
"""

from __future__ import annotations

import errno
import os
import shutil
import zipfile
from pathlib import Path

import pytest
from conftest import EXAMPLES, files_in

EXAMPLE = EXAMPLES / "sok-energiecooperatie.yaml"
ENGLISH = ("Errno", "Permission denied", "Is a directory", "No such file", "File name too long",
           "Traceback", "Interne fout", "found ", "expected ")


def refused(result, *phrases: str) -> str:
    assert result.code == 2, (result.out, result.err)
    assert result.err.startswith("Fout: "), result.err
    for phrase in phrases:
        assert phrase in result.err, result.err
    for word in ENGLISH:
        assert word not in result.err, result.err
    return result.err


@pytest.fixture
def source(tmp_path) -> Path:
    path = tmp_path / "antwoorden.yaml"
    shutil.copy(EXAMPLE, path)
    return path


# --- inputs that are not regular files ------------------------------------------------------------

def test_a_fifo_as_answers_file_is_refused_without_waiting(run_cli, tmp_path):
    fifo = tmp_path / "a.yaml"
    os.mkfifo(fifo)
    refused(run_cli("maak", fifo, "-o", tmp_path / "a.docx"), "is een pijp (FIFO), geen bestand")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_an_endless_device_behind_a_symlink_is_refused(run_cli, tmp_path, device):
    link = tmp_path / "a.yaml"
    link.symlink_to(device)
    refused(run_cli("maak", link, "-o", tmp_path / "a.docx"), "is een apparaat")
    assert files_in(tmp_path) == ["a.yaml"]


def test_a_folder_as_answers_file_and_a_fifo_as_house_style(run_cli, tmp_path, source):
    folder = tmp_path / "map.yaml"
    folder.mkdir()
    refused(run_cli("maak", folder, "-o", tmp_path / "x.docx"), "map.yaml", "een map")
    fifo = tmp_path / "huisstijl.docx"
    os.mkfifo(fifo)
    refused(run_cli("maak", source, "--huisstijl", fifo), "huisstijl.docx", "geen bestand")


def test_an_empty_argument(run_cli, tmp_path, monkeypatch):
    # The command line turns '' into '.', the current folder.
    monkeypatch.chdir(tmp_path)
    refused(run_cli("maak", ""), "is een map, geen antwoordenbestand")
    assert files_in(tmp_path) == []


# --- names and places the file system refuses -------------------------------------------------------

def test_file_names_too_long_for_the_file_system(run_cli, tmp_path, source):
    refused(run_cli("maak", tmp_path / ("a" * 300 + ".yaml")), "de naam is te lang")
    refused(run_cli("maak", source, "-o", tmp_path / ("a" * 300 + ".docx")), "de naam is te lang")
    refused(run_cli("controleer", tmp_path / ("a" * 300 + ".txt")), "de naam is te lang")


def test_a_valid_long_output_name_is_written(run_cli, tmp_path, source):
    # 250 bytes is a legal name; a temporary name derived from it would not have been.
    target = tmp_path / ("t" * 245 + ".docx")
    assert run_cli("maak", source, "-o", target).code in (0, 1)
    assert zipfile.is_zipfile(target)
    assert not [name for name in files_in(tmp_path) if name.endswith(".tmp")]


def test_dev_full_is_not_called_a_missing_folder(run_cli, source):
    err = refused(run_cli("maak", source, "-o", "/dev/full"), "/dev/full", "geen map")
    assert "mkdir" not in err and "bestaat niet" not in err


def test_a_folder_where_the_document_should_go(run_cli, tmp_path, source):
    out = tmp_path / "uit"
    (out / "antwoorden.docx").mkdir(parents=True)
    refused(run_cli("maak", source, "-o", out, "--overschrijf"), "op deze plek staat een map")
    assert files_in(out) == ["antwoorden.docx"]


@pytest.mark.parametrize("code, phrase", [(errno.EROFS, "alleen-lezen"), (errno.EACCES, "geen toestemming"),
                                          (errno.ENOSPC, "de schijf is vol")])
def test_a_file_system_that_refuses_to_write(run_cli, tmp_path, source, monkeypatch, code, phrase):
    # Read-only mounts and full disks cannot be made without root; make the write itself fail instead.
    import akkoord.output

    def failing(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(akkoord.output.os, "fsync", failing)
    refused(run_cli("maak", source, "-o", tmp_path / "uit.docx"), phrase)
    assert files_in(tmp_path) == ["antwoorden.yaml"]


# --- nothing lost ---------------------------------------------------------------------------------

@pytest.mark.parametrize("overwrite", [[], ["--overschrijf"]])
def test_two_inputs_with_one_output_name_are_refused_before_anything_is_written(run_cli, tmp_path, overwrite):
    for folder, example in (("a", "sok-energiecooperatie.yaml"), ("b", "io-werkgroep.yaml")):
        (tmp_path / folder).mkdir()
        shutil.copy(EXAMPLES / example, tmp_path / folder / "x.yaml")
    out = tmp_path / "uit"
    out.mkdir()
    refused(run_cli("maak", tmp_path / "a" / "x.yaml", tmp_path / "b" / "x.yaml", "-o", out, *overwrite),
            "zouden allebei", "x.docx worden")
    assert files_in(out) == []


def test_an_answers_file_named_docx_is_never_replaced_by_its_document(run_cli, tmp_path):
    answers = tmp_path / "x.docx"
    shutil.copy(EXAMPLE, answers)
    before = answers.read_bytes()
    refused(run_cli("maak", answers, "--overschrijf"), "zou het antwoordenbestand", "vervangen")
    refused(run_cli("maak", answers, "-o", answers, "--overschrijf"), "vervangen")
    assert answers.read_bytes() == before


# --- what reaches the terminal ---------------------------------------------------------------------

def test_terminal_escapes_and_lone_surrogates_are_shown_not_executed(run_cli, tmp_path, source):
    text = source.read_text(encoding="utf-8").replace("soort: samenwerkingsovereenkomst",
                                                      'soort: "\\e]0;GEHACKT\\a\\e[2J"', 1)
    source.write_text(text, encoding="utf-8")
    err = refused(run_cli("maak", source), "⟨U+001B⟩]0;")
    assert "\x1b" not in err and "\x07" not in err
    refused(run_cli("uitleg", "\x1b[2J\udc80"), "⟨U+001B⟩[2J⟨U+DC80⟩")


# --- interrupted batches (a real process: signals cannot be sent in-process) ------------------------

@pytest.mark.parametrize("signal_name", ["SIGINT", "SIGTERM"])
def test_a_signal_during_a_batch_leaves_only_complete_documents(tmp_path, signal_name):
    import signal
    import subprocess
    import sys

    sources = []
    for number in range(8):
        path = tmp_path / f"a{number}.yaml"
        shutil.copy(EXAMPLE, path)
        sources.append(str(path))
    out = tmp_path / "uit"
    out.mkdir()
    process = subprocess.Popen([sys.executable, "-m", "akkoord", "maak", *sources, "-o", str(out)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    first = process.stdout.readline()  # the first document is written: the batch is under way
    assert first.startswith("Gemaakt:"), first
    process.send_signal(getattr(signal, signal_name))
    stdout, stderr = process.communicate(timeout=30)
    made = [line for line in (first + stdout).splitlines() if line.startswith("Gemaakt:")]
    assert process.returncode == 3, stderr
    assert "Afgebroken" in stderr and "Traceback" not in stderr
    names = files_in(out)
    assert not [name for name in names if not name.endswith(".docx")], names
    assert len(names) == len(made) >= 1  # every document reported as made is there, and only those
    for name in names:
        with zipfile.ZipFile(out / name) as package:
            assert package.testzip() is None
