"""While a command runs, `re` builds the patterns earlier runs compiled from their code (akkoord.regex_cache).

The patterns are the ones `re.compile` makes (same flags, groups and matches), a bad pattern fails as
`re` fails it, `re` is left as it was, and a second `akkoord maak` has none of the patterns of the
libraries it imports after start-up (PyYAML, jinja2, json) compiled in Python.
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
from conftest import EXAMPLES

from akkoord import caches, patterns, regex_cache

pytestmark = pytest.mark.skipif(not regex_cache._works_here(), reason="re keeps its cache otherwise here")

#: Patterns of the kinds libraries compile: text and bytes, flags, named groups, big character classes.
SAMPLES = [
    ("[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010ffff]", 0),  # PyYAML's reader
    (r"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+)$", re.X),
    (r"(?P<year>\d{4})-(?P<month>\d\d?)(?:-(?P<day>\d\d?))?", 0),
    (r"wensen\s+en\s+bedenkingen", re.IGNORECASE),
    (rb"(__libc_init)|(GLIBC_([0-9.]+))|(libc(_\w+)?\.so(?:\.(\d[0-9.]*))?)", re.ASCII),
    (r"^\s*(\w+)\s*=", re.MULTILINE | re.VERBOSE),
]
TEXTS = ["2026-12-2 en 2027-1-15", "Wensen  en BEDENKINGEN", "a = 1\n b=2", "0x1F_FF", "\x07 tekst \ufffe"]


#: A script's first lines: `counted` lists the file of every pattern re's Python compiler parses from then on.
COUNT_PARSES = """
import json, os, sys, re._parser as parser
counted = []
parse = parser.parse
def counting(pattern, flags=0, state=None):
    frame = sys._getframe(1)
    while frame and frame.f_code.co_filename.endswith(("re/__init__.py", "re/_compiler.py", "functools.py",
                                                       "akkoord/patterns.py", "akkoord/regex_cache.py")):
        frame = frame.f_back
    counted.append(frame.f_code.co_filename if frame else "?")
    return parse(pattern, flags, state)
parser.parse = counting
"""


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    with fresh_cache(monkeypatch, patterns, tmp_path, "patronen") as folder:
        yield folder


def served(pattern: str | bytes, flags: int) -> re.Pattern:
    """What `re.compile` gives while the code cache serves it (re's own cache emptied first)."""
    re.purge()
    regex_cache.serve()
    try:
        return re.compile(pattern, flags)
    finally:
        regex_cache.stop()
        re.purge()


def same_pattern(made: re.Pattern, pattern: str | bytes, flags: int) -> None:
    fresh = re.compile(pattern, flags)
    assert (made.pattern, made.flags, made.groups, made.groupindex) == \
        (fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex)
    for text in TEXTS:
        subject = text.encode("utf-8") if isinstance(pattern, bytes) else text
        assert [m.span() for m in made.finditer(subject)] == [m.span() for m in fresh.finditer(subject)]


def test_a_pattern_built_from_its_code_is_the_one_re_compiles(cache, monkeypatch):
    for pattern, flags in SAMPLES:
        same_pattern(served(pattern, flags), pattern, flags)  # compiled, its code kept
    patterns._known.cache_clear()  # as a later process finds the file
    assert {(pattern, int(flags)) for pattern, flags in SAMPLES} <= set(patterns._known())

    def not_compiled_again(*arguments):
        raise AssertionError(f"compiled again: {arguments}")

    monkeypatch.setattr(patterns, "_compile", not_compiled_again)
    for pattern, flags in SAMPLES:
        same_pattern(served(pattern, flags), pattern, flags)  # built from the code


def test_damaged_code_costs_a_compile_never_a_wrong_pattern(cache):
    pattern, flags = r"(a)(b)?c", 0
    served(pattern, flags)
    patterns._known.cache_clear()
    known = patterns._known()
    flags_, code, groups, index, names = known[pattern, flags]
    known[pattern, flags] = (flags_, [9999, *code], groups, index, names)  # code the engine refuses
    same_pattern(served(pattern, flags), pattern, flags)


def test_a_bad_pattern_fails_as_re_fails_it(cache):
    with pytest.raises(re.error) as ours:
        served(r"(unclosed", 0)
    with pytest.raises(re.error) as plain:
        re.compile(r"(unclosed", 0)
    assert (str(ours.value), ours.value.pos) == (str(plain.value), plain.value.pos)


def test_an_interactive_run_or_one_compiling_patterns_from_data_keeps_none(cache, monkeypatch):
    def run(texts: list[str], keep: bool = True) -> None:
        re.purge()
        regex_cache.serve()
        for text in texts:
            re.compile(re.escape(text))
        regex_cache.stop(keep=keep)
        patterns._known.cache_clear()

    run(["wat de gebruiker typt"], keep=False)
    monkeypatch.setattr(regex_cache, "MAX_NEW", 2)
    run(["een", "twee", "drie"])
    assert not {re.escape(text) for text in ("wat de gebruiker typt", "een", "twee", "drie")} & \
        {pattern for pattern, _ in patterns._known()}
    run(["vier", "vijf"])
    assert {"vier", "vijf"} <= {pattern for pattern, _ in patterns._known()}


def test_re_is_left_as_it_was(cache):
    served(r"x+y", 0)
    assert type(re._cache) is dict  # type: ignore[attr-defined]
    regex_cache.stop()  # twice: nothing happens
    assert type(re._cache) is dict  # type: ignore[attr-defined]


def test_a_second_maak_compiles_none_of_the_patterns_of_yaml_jinja_and_json(tmp_path):
    count = COUNT_PARSES + """
from akkoord.cli import main
code = main(sys.argv[1:])
print(json.dumps([code, counted]))
"""
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    runs = []
    for _ in range(2):
        result = subprocess.run([sys.executable, "-c", count, "maak", str(EXAMPLES / "sok-meerpartijen.yaml"), "-o",
                                 str(tmp_path / "x.docx"), "--overschrijf"], capture_output=True, text=True,
                                check=False, env=environment)
        runs.append(json.loads(result.stdout.splitlines()[-1]))
    (first_code, first), (second_code, second) = runs
    libraries = ("/yaml/", "/jinja2/", "/json/")
    assert first_code == second_code == 0
    # Unless the installed wheel carries their code (ship_patterns.py), the first run compiled them.
    assert patterns.cache_file(caches.SHIPPED).exists() or \
        any(part in name for name in first for part in libraries), "the first run compiled them"
    assert not [name for name in second if any(part in name for part in libraries)]


def test_the_console_script_serves_the_patterns_of_click_and_what_it_imports(tmp_path):
    """The console script starts the cache before akkoord.cli imports click (akkoord.console)."""
    count = COUNT_PARSES + """
quick_exit = os._exit
def exit_(code):
    sys.stdout.flush()
    print(json.dumps(counted), file=sys.stderr)
    quick_exit(code)
os._exit = exit_
sys.argv[1:] = ["--versie"]
from akkoord.console import run
run()
"""
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    runs = [subprocess.run([sys.executable, "-c", count], capture_output=True, text=True, check=False, env=environment)
            for _ in range(2)]
    assert [run.returncode for run in runs] == [0, 0] and runs[1].stdout.startswith("akkoord ")
    first, second = (json.loads(run.stderr.splitlines()[-1]) for run in runs)
    ours = ("/click/", "/platform.py", "/gettext.py", "/locale.py")
    assert any(part in name for name in first for part in ours), "the first run compiled them"
    assert not [name for name in second if any(part in name for part in ours)]
