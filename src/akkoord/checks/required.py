"""Which literal strings every match of a regular expression must contain: a cheap prefilter."""

from __future__ import annotations

import re._constants as sre  # noqa: PLC2701 (the parser's node kinds; stable since Python 3.11)
import re._parser as sre_parse  # noqa: PLC2701

Strings = frozenset[str] | None


def required_strings(pattern: str) -> Strings:
    """A set of lower-case strings such that every match of `pattern` contains at least one of them.

    None when no such guarantee can be read from the pattern (a match may consist of classes only).
    Matching is taken as case-insensitive, as in the wording checks.
    """
    return _sequence(sre_parse.parse(pattern))


def _best(candidates: list[frozenset[str]]) -> Strings:
    # The set whose shortest string is longest filters best ("mogelijk" beats "zo").
    return max(candidates, key=lambda strings: (min(map(len, strings)), -len(strings)), default=None)


def _sequence(items) -> Strings:
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
