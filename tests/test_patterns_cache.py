"""akkoord's regular expressions, built from the code an earlier run compiled, are the patterns `re.compile` makes.

`akkoord.patterns.compile_pattern` keeps what Python's `re` compiled for each of akkoord's patterns and
builds the pattern from it on later runs. Here: every pattern of the checks and the review, built that
way, has the same groups and flags and finds the same matches as a fresh `re.compile`; a later process
compiles none of them again; a damaged file costs a compile, never a wrong pattern; and a second
`akkoord controleer` compiles none of akkoord's patterns.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from cache_support import fresh_cache
from conftest import EXAMPLES, ROOT
from review_material import HELD_OUT, TUNING, documents, sentences

from akkoord import patterns
from akkoord.checks import vague_terms, wording
from akkoord.checks.wording import VAGUE_TERMS
from akkoord.review import commitment, provisions, reading, structure, word


def akkoords_patterns() -> list[tuple[str, int]]:
    """Every pattern of the wording checks and the review: module constants and what the matchers build."""
    found = {(value.pattern, int(value.flags)) for module in (wording, vague_terms, commitment, provisions, reading,
                                                               structure, word)
             for value in vars(module).values() if isinstance(value, patterns.LazyPattern)}
    for terms in VAGUE_TERMS.values():
        union = "|".join(f"(?P<t{index}>{term.pattern})" for index, term in enumerate(terms))
        found.add((rf"(?<![\w-])(?:{union})(?![\w-])", int(re.IGNORECASE)))
        for term in terms:
            found.add((rf"(?<![\w-])(?:{term.pattern})(?![\w-])", int(re.IGNORECASE)))
            found.update((exception, int(re.IGNORECASE)) for exception in (term.unless_after, term.unless_before)
                         if exception and not exception.startswith(vague_terms.MADE_CONCRETE))
    screens = [lambda code=code: wording._screen_pattern(code) for code in VAGUE_TERMS if wording._screen(code)]
    for built in (commitment._formula, commitment._effort, commitment._evaluative, commitment._any_trigger, *screens):
        found.add((built().pattern, int(built().flags & ~re.UNICODE)))
    return sorted(found)


PATTERNS = akkoords_patterns()
#: Texts that hold the wording the patterns look for (and its concrete counterparts), in one string.
TEXTS = "\n".join([text for part in (TUNING, HELD_OUT) for _, text in sentences(part)] +
                  [paragraph.text for document in documents(TUNING)[:1] for paragraph in document.paragraphs])


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    with fresh_cache(monkeypatch, patterns, tmp_path, "patronen") as folder:
        yield folder


def not_compiled_again(pattern: str, flags: int = 0) -> None:
    raise AssertionError(f"compiled again: {pattern[:80]}")


def assert_same(built: re.Pattern[str], pattern: str, flags: int, *, matching: bool = False) -> None:
    fresh = re.compile(pattern, flags)
    assert (built.pattern, built.flags, built.groups, built.groupindex) == \
        (fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex)
    if matching:
        assert [match.span() + match.groups() for match in built.finditer(TEXTS)] == \
            [match.span() + match.groups() for match in fresh.finditer(TEXTS)], pattern[:80]


def test_every_pattern_built_from_the_file_is_the_pattern_re_compiles(cache, monkeypatch):
    assert len(PATTERNS) > 150
    for pattern, flags in PATTERNS:
        assert_same(patterns.compile_pattern(pattern, flags), pattern, flags)
    (stored,) = cache.glob("*.bin")
    patterns._known.cache_clear()  # a new process
    monkeypatch.setattr(patterns.sre_parse, "parse", not_compiled_again)
    assert len(patterns._known()) == len(PATTERNS)
    matched = 0
    for pattern, flags in PATTERNS:
        built = patterns.compile_pattern(pattern, flags)
        assert_same(built, pattern, flags, matching=True)
        matched += built.search(TEXTS) is not None
    assert matched > len(PATTERNS) // 2  # the texts exercise most of them
    assert stored.stat().st_size < patterns.MAX_FILE_BYTES // 4


def test_a_damaged_file_costs_a_compile_not_a_wrong_pattern(cache):
    (first, first_flags), (second, second_flags) = PATTERNS[:2]
    patterns.compile_pattern(first, first_flags)
    (stored,) = cache.glob("*.bin")
    whole = stored.read_bytes()
    # A write cut short, and a flipped byte: the record is left out (its checksum fails) and compiled afresh.
    for damaged in (whole[:-3], whole[:20] + bytes([whole[20] ^ 1]) + whole[21:]):
        stored.write_bytes(damaged)
        patterns._known.cache_clear()
        assert patterns._known() == {}
        assert_same(patterns.compile_pattern(first, first_flags), first, first_flags)
    patterns._known.cache_clear()
    assert set(patterns._known()) == {(first, first_flags)}
    assert_same(patterns.compile_pattern(second, second_flags), second, second_flags)


def test_code_the_engine_refuses_is_compiled_afresh_and_the_fresh_code_counts_next_time(cache):
    pattern, flags = PATTERNS[0]
    good = patterns._compile(pattern, flags)[1]
    refused = (good[0], [255, 255, 255], *good[2:])  # no opcode of the engine: `_sre` checks the code it gets
    patterns._remember(pattern, flags, refused)  # type: ignore[arg-type]
    assert patterns._known()[pattern, flags] == refused
    assert_same(patterns.compile_pattern(pattern, flags), pattern, flags)
    patterns._known.cache_clear()
    assert patterns._known()[pattern, flags] == good


def test_an_unwritable_cache_still_compiles(tmp_path, monkeypatch):
    monkeypatch.setattr(patterns, "cache_folders", lambda kind: [tmp_path / "bestand" / "x"])
    (tmp_path / "bestand").write_text("", encoding="utf-8")
    patterns._known.cache_clear()
    try:
        pattern, flags = PATTERNS[-1]
        assert_same(patterns.compile_pattern(pattern, flags), pattern, flags)
    finally:
        patterns._known.cache_clear()


#: Runs akkoord's main() and prints which of akkoord's patterns it had to compile.
_COUNTING_RUN = """
import io, json, sys, contextlib
from akkoord import patterns
compiled = []
real = patterns._compile
def counting(pattern, flags):
    compiled.append(pattern[:60])
    return real(pattern, flags)
patterns._compile = counting
from akkoord.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    main(sys.argv[1:])
print(json.dumps(compiled))
"""


def compiled_in_a_run(environment: dict[str, str], *args: str) -> list[str]:
    result = subprocess.run([sys.executable, "-c", _COUNTING_RUN, *args], capture_output=True, text=True,
                            check=True, env=environment, cwd=ROOT)
    return json.loads(result.stdout.splitlines()[-1])


@pytest.mark.parametrize("args", [
    ("controleer", str(ROOT / "tests" / "data" / "review" / "afstemmen" / "sok-westerhout.md")),
    ("controleer", str(EXAMPLES / "te-algemeen.yaml")),  # the answers checks, which `maak` runs too
])
def test_a_second_run_compiles_none_of_akkoords_patterns(tmp_path, args):
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    assert compiled_in_a_run(environment, *args), "the first run compiles what it needs"
    # Every run builds the same patterns (no order taken from a set), so the second finds them all.
    assert compiled_in_a_run(environment, *args) == []


@pytest.mark.parametrize("strings", [("zo nodig", "zonodig", "n.t.b.", "t.z.t", "(", "zo"), ("a",), ()])
def test_any_of_finds_exactly_the_texts_that_hold_one_of_the_strings(strings):
    texts = ["", "zo", "zon", "nodig zo nodig", "ntb", "n.t.b.", "tzt", "t.z.t.", "x(y", "a", "ba", "B"]
    pattern = patterns.any_of(strings)
    assert [pattern.search(text) is not None for text in texts] == \
        [any(string in text for string in strings) for text in texts]
    assert all(patterns.any_of(("", *strings)).search(text) for text in texts)  # "" is in every text
