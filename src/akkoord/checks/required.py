"""Which literal strings every match of a regular expression must contain: a cheap prefilter.

Reading them takes re's own parser, written in Python: for the hundred patterns of the wording checks
that took longer than screening a 200-page draft with the result. So what was found is kept between
runs, one line per pattern, in a file named after this module's source and the Python version
(akkoord/caches.py says where).
"""

from __future__ import annotations

import contextlib
import json
import os
import re._constants as sre  # the parser's node kinds, stable since Python 3.11
import re._parser as sre_parse
import sys
import zlib
from functools import cache
from pathlib import Path

from akkoord.caches import SHIPPED, cache_folders

Strings = frozenset[str] | None


def required_strings(pattern: str) -> Strings:
    """A set of lower-case strings such that every match of `pattern` contains at least one of them.

    None when no such guarantee can be read from the pattern (a match may consist of classes only).
    Matching is taken as case-insensitive, as in the wording checks.
    """
    known = _known()
    if pattern not in known:
        known[pattern] = _sequence(sre_parse.parse(pattern))
        _remember(pattern, known[pattern])
    return known[pattern]


def cache_file(folder: Path) -> Path:
    # What is found depends on this module and on the parser of this Python (one cache may serve several).
    # Two checksums, not a cryptographic hash: the name only has to change with them, and hashlib loads
    # OpenSSL, which took longer than the reading of the file it names.
    data = Path(__file__).read_bytes() + sys.version.encode()
    return folder / f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}.jsonl"


@cache
def _known() -> dict[str, Strings]:
    """What earlier runs found, read once per process; a damaged or half-written line is left out."""
    known: dict[str, Strings] = {}
    # The user's own cache first, then what the wheel carries (ship_patterns.py), which nothing writes.
    for folder in [*cache_folders("voorwaarden"), SHIPPED]:
        with contextlib.suppress(OSError, UnicodeDecodeError):
            for line in cache_file(folder).read_text(encoding="utf-8").splitlines():
                with contextlib.suppress(ValueError, TypeError):
                    pattern, strings = json.loads(line)
                    known.setdefault(str(pattern), None if strings is None else frozenset(map(str, strings)))
    return known


def _remember(pattern: str, strings: Strings) -> None:
    """Add one line to the first cache file that takes it (one append: processes may write at once).

    The line starts a line of its own, so that a line a failed write left half-written spoils no other.
    """
    line = "\n" + json.dumps([pattern, None if strings is None else sorted(strings)], ensure_ascii=False)
    for folder in cache_folders("voorwaarden"):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(cache_file(folder), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                os.write(descriptor, line.encode())
            finally:
                os.close(descriptor)
        except OSError:
            continue
        return


def _best(candidates: list[frozenset[str]]) -> Strings:
    # The set whose shortest string is longest filters best ("mogelijk" beats "zo").
    return max(candidates, key=lambda strings: (min(map(len, strings)), -len(strings)), default=None)


#: A sequence with at most this many spellings is its own requirement: 'volg(t|en) nog' needs 'volgt nog'
#: or 'volgen nog', which filters far better than 'volg' alone.
FINITE = 32


def _finite(items) -> list[str] | None:
    spellings = [""]
    options: list[str] | None
    for op, value in items:
        if op is sre.LITERAL:
            options = [chr(value).lower()]
        elif op is sre.SUBPATTERN:
            options = _finite(value[-1])
        elif op is sre.BRANCH:
            parts = [_finite(alternative) for alternative in value[1]]
            options = None if any(part is None for part in parts) else [text for part in parts for text in part or ()]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[1] <= 1:
            inner = _finite(value[2])
            options = None if inner is None else ([""] if value[0] == 0 else []) + inner
        elif op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            options = [""]
        else:
            return None
        if options is None:
            return None
        spellings = [prefix + option for prefix in spellings for option in options]
        if len(spellings) > FINITE:
            return None
    return spellings


def _sequence(items) -> Strings:
    finite = _finite(items)
    if finite is not None and all(finite):
        return frozenset(finite)
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, value in items:
        if op is sre.LITERAL:
            run.append(chr(value).lower())
            continue
        if run:
            candidates.append(frozenset(["".join(run)]))
            run = []
        node = _node(op, value)
        if node is not None:
            candidates.append(node)
    if run:
        candidates.append(frozenset(["".join(run)]))
    return _best([strings for strings in candidates if all(strings)])


def _node(op, value) -> Strings:
    if op is sre.SUBPATTERN:
        return _sequence(value[-1])
    if op is sre.BRANCH:
        alternatives = [_sequence(alternative) for alternative in value[1]]
        if any(alternative is None for alternative in alternatives):
            return None
        return frozenset().union(*alternatives)  # type: ignore[arg-type]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[0] >= 1:
        return _sequence(value[2])
    return None


#: Stands for any word where a pattern accepts one ("zo … mogelijk").
ANY_WORD = "…"


def examples(pattern: str, limit: int = 2) -> list[str]:
    """Up to `limit` phrases the pattern flags, for people: "zo … mogelijk", not regular-expression syntax."""
    found = []
    for text in _expand(sre_parse.parse(pattern), limit * 4):
        text = " ".join(text.replace(f"{ANY_WORD}{ANY_WORD}", ANY_WORD).split())
        if text and text not in found:
            found.append(text)
    return found[:limit]


def _expand(items, limit: int) -> list[str]:
    results = [""]
    for op, value in items:
        options = _expand_node(op, value, limit)
        results = [prefix + option for prefix in results for option in options][:limit]
    return results


def _expand_node(op, value, limit: int) -> list[str]:
    if op is sre.LITERAL:
        return [chr(value)]
    if op is sre.SUBPATTERN:
        return _expand(value[-1], limit)
    if op is sre.BRANCH:
        return [text for alternative in value[1] for text in _expand(alternative, limit)][:limit]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, _, item = value
        inner = _expand(item, limit)
        if not inner:
            return [""]
        if any(ANY_WORD in text for text in inner):
            return ["", inner[0]] if low == 0 else [inner[0]]
        repeated = [text * max(low, 1) for text in inner]
        if low > 0:
            return repeated
        # An optional part is shown present first ('in onderling overleg'), an optional letter absent
        # first ('mogelijk' before 'mogelijke'), optional punctuation present ('n.t.b.').
        letter = (len(inner[0]) == 1 and inner[0].isalnum()) or inner[0] == " "
        return [""] + repeated if letter else repeated + [""]
    if op is sre.IN:
        literal = next((chr(item) for kind, item in value if kind is sre.LITERAL), None)
        return [literal] if literal else [ANY_WORD]
    if op in (sre.ANY, sre.NOT_LITERAL):
        return [ANY_WORD]
    return [""]  # assertions and anchors match no text
