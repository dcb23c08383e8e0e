"""The code of the patterns a run compiles and the wording checks' screens, made when the wheel is built.

`akkoord.patterns` keeps what Python's `re` made of each pattern, so a later run builds it in C; a
first run after installing had none of it and compiled every pattern in Python again (about a
quarter more CPU than a warm `maak`). The wheel build (precompile.py) records the patterns of the
modules a `maak` imports, with `re` answering through `akkoord.regex_cache` as in a run, and ships the
file beside the compiled clauses; `patterns` reads it after the user's own cache. The same goes for
the strings each wording check's matches must contain (checks/required.py, read with `re`'s parser:
some 19 ms of a first run). Both files are per Python version: another Python simply finds no file
of its own there.
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


def ship(folder: Path) -> list[Path]:
    """Compile the patterns of `MAAK_MODULES` and the wording checks' screens, stop recording, and copy
    both files into `folder`; the files copied."""
    from akkoord.checks import required, wording

    for name in MAAK_MODULES:
        importlib.import_module(name)
    for found in gc.get_objects():
        if isinstance(found, patterns.LazyPattern):
            found.compiled  # noqa: B018 - compiled now, and so recorded
    wording.prepare()  # the screens' required strings (checks/required.py) and their patterns
    regex_cache.stop()
    copied = []
    for kind, file_of in (("patronen", patterns.cache_file), ("voorwaarden", required.cache_file)):
        made = next((file_of(cache) for cache in cache_folders(kind) if file_of(cache).is_file()), None)
        if made is not None:
            folder.mkdir(parents=True, exist_ok=True)
            copied.append(Path(shutil.copyfile(made, folder / made.name)))
    return copied
