"""Python's own cache of compiled regular expressions, answered from the code earlier runs compiled.

The libraries a command imports compile their patterns in Python's `re` on every start: PyYAML,
jinja2, json, platform and others, about 75 patterns and 13 ms of one `akkoord maak` (PyYAML's
check for non-printable characters alone 6 ms), more than akkoord's own work on the document.
`re.compile` first looks in `re._cache`; while a command runs, that cache is a dictionary that
builds a pattern it lacks from the code akkoord.patterns keeps for it (the same file and checks as
akkoord's own patterns), and compiles one it does not know as `re` would, remembering its code for
the next run. The patterns are the ones `re` would have made: the engine gets the same code.

Only where `re` works as this module expects (Python 3.11: `_compile` looks its key up in a plain
`_cache` dictionary); anywhere else nothing changes.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from akkoord import patterns

#: The flags `re` treats specially before caching (a debug listing, a deprecation warning): left to `re`.
_OWN_WAY = int(re.DEBUG) | int(getattr(re, "TEMPLATE", 0))


class _CodeCache(dict[Any, Any]):
    """`re._cache` while a command runs: a missing pattern is built from known code, or compiled and noted."""

    def __init__(self, contents: dict[Any, Any]) -> None:
        super().__init__(contents)
        self.new: list[tuple[str | bytes, int, patterns.Entry]] = []

    def __missing__(self, key: tuple[type, Any, int]) -> re.Pattern[Any]:
        kind, pattern, flags = key
        if kind not in (str, bytes) or not isinstance(flags, int) or flags & _OWN_WAY:
            raise KeyError(key)
        entry = patterns._known().get((pattern, flags))
        compiled = None
        if entry is not None:
            try:
                compiled = patterns.sre_compile._sre.compile(pattern, *entry)
            except Exception:  # code another Python made, or damaged: compiled afresh below
                compiled = None
        if compiled is None:
            try:
                compiled, entry = patterns._compile(pattern, flags)  # raises re.error as re.compile would
            except (AttributeError, TypeError):  # not what this `re` takes: let it compile the pattern itself
                raise KeyError(key) from None
            self.new.append((pattern, flags, entry))
        if len(self) < _MAX_CACHE:
            self[key] = compiled
        return compiled


_MAX_CACHE = getattr(re, "_MAXCACHE", 512)


def _works_here() -> bool:
    return sys.version_info[:2] == (3, 11) and type(getattr(re, "_cache", None)) is dict


def serve() -> None:
    """From now on `re` builds the patterns earlier runs compiled from their code."""
    if _works_here():
        re._cache = _CodeCache(re._cache)  # type: ignore[attr-defined]


def stop(*, keep: bool = True) -> None:
    """`re` as it was, and (`keep`) the code of the patterns compiled meanwhile kept for the next run.

    A run keeps at most `MAX_NEW` new ones: a command's patterns are fixed texts in code, so more
    than that means something compiles patterns made of data, which are not worth a place in the file.
    """
    current = getattr(re, "_cache", None)
    if not isinstance(current, _CodeCache):
        return
    re._cache = dict(current)  # type: ignore[attr-defined]
    if keep and len(current.new) <= MAX_NEW:
        for pattern, flags, entry in current.new:
            patterns._remember(pattern, flags, entry)  # type: ignore[arg-type]


#: New patterns one run may add to the file (a warm `maak` adds none, a first one about 75).
MAX_NEW = 400
