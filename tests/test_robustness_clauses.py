"""Own clauses (--clausules) that ask too much: refused quickly with file, line and what to change.

Each case once cost seconds to minutes, gigabytes, or ended in "Interne fout"; the sandbox now checks
every operation that grows a value, bounds ranges and gives each clause a budget of processor time.
"""

from __future__ import annotations

import resource
import time

import pytest
from conftest import EXAMPLES, files_in
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

HEADER = """---
id: doel
titel: Doel en reikwijdte
soorten: [samenwerkingsovereenkomst, intentieovereenkomst]
volgorde: 200
toelichting: Test van de grenzen.
bron: Test
---
"""
BODY_LINE = 11  # the first line after the header and one ordinary sentence

HOSTILE = {
    "tekst vermenigvuldigen": "{{ gebied * 20000000 }}",
    "constante vermenigvuldigen": "{{ 'x' * 300000000 }}",
    "lijst vermenigvuldigen": "{{ ([1] * 100000000)|length }}",
    "ljust": "{{ gebied.ljust(1000000000) }}",
    "center-filter": "{{ gebied|center(1000000000) }}",
    "indent-filter": "{{ 'a\\nb'|indent(1000000000) }}",
    "format-filter": "{{ '%0500000000d'|format(1) }}",
    "str.format": "{{ '{:>999999999}'.format(gebied) }}",
    "machtsverheffen": "{{ 10 ** 10 ** 8 > 1 }}",
    "groot getal als tekst": "{{ (10 ** 5000)|string }}",
    "range": "{% for i in range(10 ** 9) %}{% endfor %}",
    "lussen in lussen": "{% for i in range(9999) %}{% for j in range(9999) %}{% endfor %}{% endfor %}",
    "slice": "{{ [1]|slice(1000000000)|list|length }}",
    "batch": "{{ [1]|batch(1000000000)|list|length }}",
    "verdubbelen": "{% set ns = namespace(s=gebied) %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}"
                   "{% endfor %}{{ ns.s|length }}",
    "recursie": "{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(1) }}",
    "lipsum": "{{ lipsum(n=1000000) }}",
}


@pytest.fixture
def clause_folder(tmp_path):
    def make(body: str):
        folder = tmp_path / "clausules"
        folder.mkdir(exist_ok=True)
        (folder / "doel.md").write_text(HEADER + "Partijen werken samen.\n\n" + body + "\n", encoding="utf-8")
        return folder
    return make


@pytest.mark.parametrize("body", list(HOSTILE.values()), ids=list(HOSTILE))
def test_a_clause_that_builds_too_much_is_refused_with_its_line(clause_folder, tmp_path, run_cli, body):
    folder = clause_folder(body)
    out = tmp_path / "uit.docx"
    before = resource.getrusage(resource.RUSAGE_SELF)
    start = time.process_time()
    result = run_cli("maak", EXAMPLES / "sok-energiecooperatie.yaml", "--clausules", folder, "-o", out)
    used = time.process_time() - start
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before.ru_maxrss
    assert result.code == 2, (result.out, result.err)
    assert f"doel.md, regel {BODY_LINE}" in result.err
    assert "Interne fout" not in result.err and "Traceback" not in result.err
    assert used < 5 and grown_kb < 500_000
    assert not out.exists() and files_in(tmp_path) == ["clausules"]


def test_a_long_but_honest_clause_still_renders(clause_folder, tmp_path, run_cli):
    body = "{% for i in range(300) %}Lid over {{ gebied }} nummer {{ i }}.\n\n{% endfor %}"
    result = run_cli("maak", EXAMPLES / "sok-energiecooperatie.yaml", "--clausules", clause_folder(body),
                     "-o", tmp_path / "uit.docx")
    assert result.code in (0, 1), result.err
    assert (tmp_path / "uit.docx").exists()


def test_listing_clauses_does_not_fold_a_huge_constant(clause_folder, run_cli):
    # Compiling used to evaluate 'x' * 300000000 (7 s, 1.5 GB) and cache it on disk.
    start = time.process_time()
    result = run_cli("clausules", "--clausules", clause_folder("{{ 'x' * 300000000 }}"))
    assert result.code == 0, result.err
    assert time.process_time() - start < 3


def test_a_clause_saved_with_a_byte_order_mark_is_read(clause_folder, tmp_path, run_cli):
    folder = clause_folder("Gewone tekst.")
    path = folder / "doel.md"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    result = run_cli("maak", EXAMPLES / "sok-energiecooperatie.yaml", "--clausules", folder, "-o", tmp_path / "u.docx")
    assert result.code in (0, 1), result.err


@pytest.mark.parametrize("kind", ["stuurteken", "pijp", "apparaat"])
def test_clause_files_word_cannot_store_or_that_never_end(clause_folder, tmp_path, run_cli, kind):
    import os

    folder = clause_folder("Gewone tekst met een \x01 erin." if kind == "stuurteken" else "Gewone tekst.")
    if kind == "pijp":
        os.mkfifo(folder / "pijp.md")
    elif kind == "apparaat":
        (folder / "nul.md").symlink_to("/dev/zero")
    result = run_cli("maak", EXAMPLES / "sok-energiecooperatie.yaml", "--clausules", folder, "-o", tmp_path / "u.docx")
    assert result.code == 2, result.err
    expected = {"stuurteken": f"doel.md, regel {BODY_LINE}: de clausule bevat een onzichtbaar stuurteken (U+0001)",
                "pijp": "pijp.md: dit is een pijp (FIFO)", "apparaat": "nul.md: dit is een apparaat"}[kind]
    assert expected in result.err
    assert not (tmp_path / "u.docx").exists()


# --- a generator of hostile clauses: every growing operation, at every magnitude, in combination ----

GROWING = ["{{ gebied * N }}", "{{ gebied.ljust(N) }}", "{{ gebied.zfill(N) }}", "{{ gebied|center(N) }}",
           "{{ 'a\\nb'|indent(N) }}", "{{ '%0Nd'|format(1) }}", "{{ '{:>N}'.format(gebied) }}", "{{ 10 ** N > 1 }}",
           "{% for i in range(N) %}x{% endfor %}", "{{ ([1] * N)|length }}", "{{ [1]|slice(N)|list|length }}",
           "{{ [1]|batch(N)|list|length }}", "{{ (gebied ~ gebied) * N }}", "{{ (N * N * N)|string }}"]


@settings(max_examples=20, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(GROWING), st.sampled_from([3, 999, 10**5, 10**9, 10**15])),
                min_size=1, max_size=3))
def test_generated_hostile_clauses_end_quickly_small_and_clean(parts):
    import tempfile
    from pathlib import Path

    from akkoord.cli import main

    body = "\n\n".join(template.replace("N", str(size)) for template, size in parts)
    with tempfile.TemporaryDirectory() as folder:
        clauses = Path(folder) / "clausules"
        clauses.mkdir()
        (clauses / "doel.md").write_text(HEADER + "Partijen werken samen.\n\n" + body + "\n", encoding="utf-8")
        out = Path(folder) / "uit"
        out.mkdir()
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.process_time()
        code = main(["maak", str(EXAMPLES / "sok-energiecooperatie.yaml"), "--clausules", str(clauses),
                     "-o", str(out)])
        assert code in (0, 1, 2)
        assert time.process_time() - start < 5
        assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 500_000
        left = files_in(out)
        assert not [name for name in left if not name.endswith(".docx")], left
        assert (code == 2) == (left == [])
