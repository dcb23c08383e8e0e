"""The code of the patterns a run compiles, made when the wheel is built, so a first run compiles few.

`akkoord.patterns` keeps what Python's `re` made of each pattern, so a later run builds it in C; a
first run after installing had none of it and compiled every pattern in Python again (about a
quarter more CPU than a warm `maak`). The wheel build (precompile.py) records the patterns of the
modules a `maak` imports, with `re` answering through `akkoord.regex_cache` as in a run, and ships the
file beside the compiled clauses; `patterns` reads it after the user's own cache. The file is per
Python version, as the code is: another Python simply finds no file of its own there.
"""

from __future__ import annotations

import gc
import importlib
import shutil
from pathlib import Path

from akkoord import patterns, regex_cache
from akkoord.caches import cache_folders

#: What a `maak` imports of akkoord (no command line, whose click the build environment lacks).
MAAK_MODULES = ("akkoord.build", "akkoord.checks.engine", "akkoord.checks.catalogue", "akkoord.anchoring")


def record() -> None:
    """Start recording: from now on every pattern `re` compiles is noted (call before importing the rest)."""
    regex_cache.serve()


def ship(folder: Path) -> Path | None:
    """Compile the patterns of `MAAK_MODULES`, stop recording, and copy the file into `folder`."""
    for name in MAAK_MODULES:
        importlib.import_module(name)
    for found in gc.get_objects():
        if isinstance(found, patterns.LazyPattern):
            found.compiled  # noqa: B018 - compiled now, and so recorded
    regex_cache.stop()
    for cache in cache_folders("patronen"):
        made = patterns.cache_file(cache)
        if made.is_file():
            folder.mkdir(parents=True, exist_ok=True)
            return Path(shutil.copyfile(made, folder / made.name))
    return None
