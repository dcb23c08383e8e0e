"""The console script's process handling: exit codes and output survive the quick exit, main() cleans up."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

from conftest import EXAMPLES

AKKOORD = str(Path(sys.executable).with_name("akkoord"))


def test_the_console_script_flushes_everything_and_keeps_the_exit_code(tmp_path):
    # Through a pipe stdout is block-buffered: an exit without flushing would cut the JSON short.
    result = subprocess.run([AKKOORD, "controleer", str(EXAMPLES / "te-algemeen.yaml"), "--json"],
                            capture_output=True, text=True, cwd=tmp_path, check=False)
    assert result.returncode == 1
    findings = json.loads(result.stdout)
    assert len(findings) > 30
    result = subprocess.run([AKKOORD, "uitleg", "AK9999"], capture_output=True, text=True, cwd=tmp_path, check=False)
    assert result.returncode == 2 and result.stderr.startswith("Fout: Er is geen controle 'AK9999'.")


def test_maak_does_not_import_the_package_metadata_machinery(tmp_path):
    # pydantic's plugin loader would import importlib.metadata (email, zipfile, socket) for nothing.
    code = ("import sys; from akkoord.cli import main; "
            f"code = main(['maak', {str(EXAMPLES / 'sok-meerpartijen.yaml')!r}, '-o', {str(tmp_path / 'x.docx')!r}]); "
            "print(code, 'importlib.metadata' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.stdout.split()[-2:] == ["0", "False"], result.stderr
    assert (tmp_path / "x.docx").exists()


def test_main_leaves_the_collector_as_it_found_it(run_cli, example_copy):
    thresholds, frozen = gc.get_threshold(), gc.get_freeze_count()
    assert run_cli("maak", example_copy()).code == 0
    assert gc.get_threshold() == thresholds and gc.get_freeze_count() == frozen
