"""Regular expressions compiled when first used, and compiled by Python's `re` once, not once per run.

Python's `re` compiles in Python code: the checks and the review hold about 150 patterns, and
compiling them all on every start cost more than a run uses (`akkoord maak` needs few of them,
`controleer` of a short draft not all). A `LazyPattern` is written where `re.compile` would be and
used the same way; the first call compiles it and puts the compiled pattern's own methods on the
object, so every later call costs what a call on a compiled pattern costs.

Even the patterns a run needs took a tenth of reviewing a 200-page draft to compile, every run again.
So `compile_pattern` keeps what `re` made of each pattern (its code for the matching engine, the
same list `re.compile` hands to `_sre.compile`) in a file per Python version (akkoord/caches.py says
where), and a later run builds the pattern from that code in C. The engine checks every code it is
given and each record carries a checksum; whatever does not pass is compiled afresh. Only akkoord's
own patterns go through it (a user's text is never a pattern), so the file stays small.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import re._compiler as sre_compile  # the compiler `re.compile` runs, written in Python: what the file spares
import re._parser as sre_parse
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from akkoord.caches import SHIPPED, cache_folders

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "split", "sub")

#: What `_sre.compile` takes after the pattern: flags, code, groups, group names (both ways round).
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, built from the code an earlier run compiled when there is one."""
    flags = int(flags)
    known = _known()
    entry = known.get((pattern, flags))
    if entry is not None:
        with contextlib.suppress(Exception):  # code another Python made, or damaged: compile afresh
            return sre_compile._sre.compile(pattern, *entry)
    try:
        compiled, entry = _compile(pattern, flags)
    except (AttributeError, TypeError):  # a Python whose `re` works otherwise inside: no cache
        return re.compile(pattern, flags)
    known[pattern, flags] = entry
    _remember(pattern, flags, entry)
    return compiled


def any_of(strings: Iterable[str]) -> re.Pattern[str]:
    """A pattern that finds the literal `strings`: its `search` finds one exactly when one of them is in a text.

    Grouped by first letter, so at each place the engine tries some thirty first letters and the strings
    of a letter only where it stands: several times faster than `any(s in text for s in strings)` for a
    few hundred strings, and than one plain alternation of them.
    """
    by_first: dict[str, list[str]] = {}
    for string in strings:
        if not string:
            return compile_pattern("")  # the empty string is in every text
        by_first.setdefault(string[0], []).append(re.escape(string[1:]))
    return compile_pattern("|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in by_first.items())
                           or "(?!)")


def _compile(pattern: str, flags: int) -> tuple[re.Pattern[str], Entry]:
    """What `re._compiler.compile` does, keeping the arguments it gives `_sre.compile`."""
    parsed = sre_parse.parse(pattern, flags)
    code = sre_compile._code(parsed, flags)
    names = dict(parsed.state.groupdict)
    by_number: list[str | None] = [None] * parsed.state.groups
    for name, number in names.items():
        by_number[number] = name
    # The code holds the parser's named opcodes (int subclasses, which marshal refuses): plain ints.
    entry: Entry = (int(flags | parsed.state.flags), [int(item) for item in code], parsed.state.groups - 1, names,
                    tuple(by_number))
    return sre_compile._sre.compile(pattern, *entry), entry


#: Each record: this mark, its length and checksum (4 bytes each, little-endian), then marshal's bytes
#: of (pattern, flags, entry). Records are only ever appended, one write each; after a damaged one
#: (a write cut short) the reading goes on at the next mark.
_MARK = b"\x00akkoord-re\x00"
_HEADER = len(_MARK) + 8
_FORMAT = 1
#: akkoord's patterns take about 150 KB; a file this large has grown by some fault and takes no more.
MAX_FILE_BYTES = 4_000_000


def cache_file(folder: Path) -> Path:
    # The code is the engine's own: it holds for this Python's `re` only.
    return folder / f"{sys.implementation.cache_tag}-{zlib.crc32(sys.version.encode()):08x}-{_FORMAT}.bin"


@cache
def _known() -> dict[tuple[str, int], Entry]:
    """What earlier runs compiled, read once per process; a damaged or half-written record is left out.

    In a file the last record of a pattern counts (one compiled afresh is appended after one that failed);
    of the folders, the first that has it.
    """
    known: dict[tuple[str, int], Entry] = {}
    # The user's own cache first, then what the wheel carries (ship_patterns.py), which nothing writes.
    for folder in [*cache_folders("patronen"), SHIPPED]:
        try:
            data = cache_file(folder).read_bytes()
        except OSError:
            continue
        found = {(pattern, flags): entry for pattern, flags, entry in _records(data)}
        known = {**found, **known}
    return known


def _records(data: bytes) -> Iterator[tuple[str, int, Entry]]:
    position = data.find(_MARK)
    while position != -1:
        start = position + _HEADER
        length = int.from_bytes(data[start - 8:start - 4], "little")
        body = data[start:start + length]
        record = None
        if len(body) == length and zlib.crc32(body) == int.from_bytes(data[start - 4:start], "little"):
            with contextlib.suppress(EOFError, ValueError, TypeError):
                pattern, flags, entry = marshal.loads(body)
                record = pattern, flags, entry
        if record is None:
            position = data.find(_MARK, position + 1)
            continue
        yield record
        position = data.find(_MARK, start + length)


def _remember(pattern: str, flags: int, entry: Entry) -> None:
    """Append one record to the first cache file that takes it (one write: processes may append at once)."""
    body = marshal.dumps((pattern, flags, entry))
    record = _MARK + len(body).to_bytes(4, "little") + zlib.crc32(body).to_bytes(4, "little") + body
    for folder in cache_folders("patronen"):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(cache_file(folder), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                if os.fstat(descriptor).st_size < MAX_FILE_BYTES:
                    os.write(descriptor, record)
            finally:
                os.close(descriptor)
        except OSError:
            continue
        return


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    @property
    def compiled(self) -> re.Pattern[str]:
        found = self.__dict__.get("_compiled")
        if found is None:
            found = self.__dict__["_compiled"] = compile_pattern(self.pattern, self.flags)
            # Instance attributes come before the class's methods: from now on calls go straight to `re`.
            for name in _METHODS:
                self.__dict__[name] = getattr(found, name)
        return found

    @property
    def is_compiled(self) -> bool:
        return "_compiled" in self.__dict__

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(string, pos, endpos)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:  # as typeshed types re.Pattern.split
        return self.compiled.split(string, maxsplit)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags!r})"
