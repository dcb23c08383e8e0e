"""The prefilter strings of the wording patterns are kept between runs, and read back exactly as they were found."""

from __future__ import annotations

from pathlib import Path

import pytest
from cache_support import fresh_cache

from akkoord.checks import required
from akkoord.checks.wording import VAGUE_TERMS

#: The wording checks' patterns, and one that guarantees no string (a match may be any word).
PATTERNS = sorted({term.pattern for terms in VAGUE_TERMS.values() for term in terms}) + [r"\w+"]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    with fresh_cache(monkeypatch, required, tmp_path, "voorwaarden") as folder:
        yield folder


def fresh(pattern: str) -> required.Strings:
    return required._sequence(required.sre_parse.parse(pattern))


def parser_not_needed(pattern: str, flags: int = 0) -> None:
    raise AssertionError(f"parsed again: {pattern}")


def test_a_later_run_reads_every_result_back_without_parsing(cache, monkeypatch):
    found = {pattern: required.required_strings(pattern) for pattern in PATTERNS}
    assert found == {pattern: fresh(pattern) for pattern in PATTERNS}
    assert None in found.values() and any(found.values())  # both kinds are kept
    (stored,) = cache.glob("*.jsonl")
    assert len(stored.read_text(encoding="utf-8").split()) >= len(PATTERNS)
    assert len([line for line in stored.read_text(encoding="utf-8").splitlines() if line]) == len(PATTERNS)
    required._known.cache_clear()  # a new process
    monkeypatch.setattr(required.sre_parse, "parse", parser_not_needed)
    assert {pattern: required.required_strings(pattern) for pattern in PATTERNS} == found


def test_a_damaged_line_is_left_out_and_worked_out_again(cache):
    first, second = PATTERNS[:2]
    required.required_strings(first)
    (stored,) = cache.glob("*.jsonl")
    with stored.open("a", encoding="utf-8") as file:
        file.write('\n["half geschreven", ["a"')  # as a write cut short leaves it
    required._known.cache_clear()
    assert required.required_strings(second) == fresh(second)
    required._known.cache_clear()
    assert required._known() == {first: fresh(first), second: fresh(second)}
