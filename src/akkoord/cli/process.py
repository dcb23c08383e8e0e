"""How a short command uses the interpreter: no collector passes while importing, no tear-down at exit.

Measured on one `akkoord maak` (benchmarks/README.md): the cyclic garbage collector runs about 150
passes over objects that live until exit anyway (imports, the clause library, the house style), and
tearing the interpreter down costs more than writing the document. So `main()` makes passes rare,
a command calls `settled()` once its long-lived objects exist (they are frozen out of every later
pass, and the usual thresholds return). A batch needs no full collection between documents: they are
written as text, without python-docx's cyclic graphs that held lxml memory the collector's thresholds
did not see (200 mixed files stay at the memory of one). The console script ends with `os._exit` once
output is flushed.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import types

from akkoord import regex_cache

#: Allocations between two youngest-generation passes while starting up (Python's default is 700):
#: rare enough that imports and set-up run almost without passes, yet a command that never calls
#: `settled()` still has its cyclic garbage collected.
START_UP_THRESHOLD = 200_000


def start() -> tuple[int, int, int]:
    """Make collector passes rare for start-up and let `re` build known patterns from their code
    (akkoord.regex_cache); returns the thresholds to restore in `finish()`."""
    thresholds = gc.get_threshold()
    gc.set_threshold(START_UP_THRESHOLD, *thresholds[1:])
    _skip_pydantic_plugin_scan()
    regex_cache.serve()
    return thresholds


def settled(thresholds: tuple[int, int, int] | None = None) -> None:
    """The objects that live until exit exist now: keep them out of every later collection."""
    gc.freeze()
    gc.set_threshold(*(thresholds or _DEFAULT_THRESHOLDS))


def finish(thresholds: tuple[int, int, int], *, keep_patterns: bool = True) -> None:
    """Leave the collector and `re` as they were (main() also runs inside tests, many times in one process).

    `keep_patterns`: whether the code of the patterns compiled meanwhile is kept for the next run.
    """
    gc.unfreeze()
    gc.set_threshold(*thresholds)
    regex_cache.stop(keep=keep_patterns)


_DEFAULT_THRESHOLDS = gc.get_threshold()


def exit_now(code: int) -> None:
    """End the process without tearing the interpreter down; every file is closed by now."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing left to say
            stream.flush()
    os._exit(code)


def _skip_pydantic_plugin_scan() -> None:
    """akkoord uses no pydantic plugins, so pydantic need not import importlib.metadata to look for them.

    PYDANTIC_DISABLE_PLUGINS already makes pydantic return no plugins, but its loader module imports
    importlib.metadata (with email, socket and zipfile: about 11 ms) before reading that setting.
    An equivalent module without that import is registered first; if pydantic is already imported, or
    a user asked for plugins, nothing changes.
    """
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") not in ("1", "true", "__all__"):
        return
    if "pydantic.plugin._loader" in sys.modules:
        return
    loader = types.ModuleType(_LOADER, "No pydantic plugins (PYDANTIC_DISABLE_PLUGINS is set).")
    loader.get_plugins = lambda: ()  # type: ignore[attr-defined]
    loader.__dict__["__getattr__"] = _from_real_loader
    sys.modules[_LOADER] = loader


_LOADER = "pydantic.plugin._loader"


def _from_real_loader(name: str) -> object:
    # Another pydantic version may ask the loader for more than get_plugins: hand over to the real one.
    # (The import system itself asks for dunder names such as __path__; those a module may lack.)
    if name.startswith("__"):
        raise AttributeError(name)
    import importlib

    del sys.modules[_LOADER]
    return getattr(importlib.import_module(_LOADER), name)
