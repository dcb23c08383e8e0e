"""The test suite writes nothing into the home folder of whoever runs it."""

from __future__ import annotations

import os
from pathlib import Path


def test_the_template_cache_of_a_build_lands_in_the_suites_temporary_home(isolated_home, run_cli, example_copy):
    assert Path(os.path.expanduser("~")) == isolated_home / "home"
    assert run_cli("maak", example_copy()).code == 0
    cached = list((isolated_home / "cache" / "akkoord" / "jinja").iterdir())
    assert cached, "building a document compiles clauses into the bytecode cache"
