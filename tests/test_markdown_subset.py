"""markdown_subset reads plain clause text exactly as markdown-it does, and leaves everything else to it."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import EXAMPLE_FILES, ROOT
from hypothesis import example, given, settings
from hypothesis import strategies as st

from akkoord import markdown_blocks
from akkoord.answers.loading import load_answers
from akkoord.assembly import assemble
from akkoord.document import ANSWER, Mark
from akkoord.library import load_library
from akkoord.markdown_subset import tokens
from akkoord.provenance import collecting

ALL_FILES = EXAMPLE_FILES + sorted((ROOT / "tests" / "fixtures" / "clauses").glob("*.yaml"))


def as_markdown_it_reads(found) -> list[tuple]:
    """What markdown_blocks reads of a token list: structure, level-0 lines, and inline text as the reader joins it."""
    shown = []
    for token in found:
        children = None
        if token.type == "inline":
            children = []
            for child in token.children or []:
                if child.type == "text" and not child.content:
                    continue
                if child.type == "text" and children and children[-1][0] == "text":
                    children[-1] = ("text", children[-1][1] + child.content)
                else:
                    children.append((child.type, child.content if child.type == "text" else ""))
        shown.append((token.type, token.level, token.nesting, token.map if token.level == 0 else None, children))
    return shown


def assert_read_alike(text: str) -> bool:
    ours = tokens(text)
    if ours is None:
        return False
    assert as_markdown_it_reads(ours) == as_markdown_it_reads(markdown_blocks._parser().parse(text)), repr(text)
    return True


@pytest.fixture(scope="module")
def rendered_texts():
    """Every text assembly parses for the examples and fixtures, with the toelichting."""
    seen: list[str] = []
    original = markdown_blocks._tokens.__wrapped__

    def recording(markdown):
        seen.append(markdown)
        return original(markdown)

    library = load_library()
    markdown_blocks._tokens.cache_clear()
    saved, markdown_blocks._tokens = markdown_blocks._tokens, recording
    try:
        for path in ALL_FILES:
            assemble(load_answers(path), library, explanatory_notes=True, today=dt.date(2026, 12, 2))
    finally:
        markdown_blocks._tokens = saved
    return seen


def test_every_rendered_text_of_the_examples_is_read_without_markdown_it_and_alike(rendered_texts):
    assert rendered_texts
    for text in rendered_texts:
        assert assert_read_alike(text), f"not in the subset: {text[:200]!r}"


MARK = "\ue000\ue100\ue100"
pieces = st.sampled_from(["Tekst", "de Gemeente", " ", "  ", "\n", "\n\n", "\n   \n", "- ", "-", "**", "*", "_", ",",
                          ":", ".", ")", "(", "2026", "1.", "3)", "#", ">", "`", "&amp;", "[", "]", "\\[", "\\*",
                          "\\", "\\a", "    ", "=", "---", "+ ", "<b>", "é", "€", MARK + "naam\ue001", "\ue001",
                          "\t", "\r", "~~~", "!"])


@settings(max_examples=600, deadline=None)
@example("- **Gebied**: " + MARK + "Oosterwijk\ue001, waarop;\n- b\n\n\nNa de lijst.\n")
@example("Lid\n- item\nlui\n\n- twee\n\n  ingesprongen\n")
@example("**a** **b**\n\n\n")
@example("tekst  \nmet harde regel\\\nafbreking\n")
@given(st.lists(pieces, max_size=25).map("".join))
def test_a_generated_text_is_read_alike_or_left_to_markdown_it(text):
    assert_read_alike(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Lid over iets", "- punt", "**Term**: uitleg", "", "", " vervolg", "meer tekst",
                                 "- **" + MARK + "naam\ue001**, daarna", "slot.", "harde afbreking  ", "- punt  "]),
                max_size=14).map("\n".join))
def test_plain_clause_shapes_are_read_without_markdown_it(text):
    """The shapes clauses use are in the subset, so a run need not import markdown-it."""
    with collecting() as sink:
        sink.encode(Mark(ANSWER, "a"))
        read = assert_read_alike(text)
    indented_after_blank = any(line.startswith(" ") and before.strip() == "" for before, line in
                               zip([""] + text.split("\n"), text.split("\n"), strict=False))
    assert read or indented_after_blank, repr(text)


def test_making_every_example_never_imports_markdown_it(tmp_path):
    """The design property the subset is for: `akkoord maak` reads the examples without importing markdown-it."""
    import json
    import os
    import subprocess
    import sys

    code = ("import json, sys; from akkoord.cli import main; code = main(sys.argv[1:]); "
            "print(json.dumps([code, sorted(m for m in sys.modules if m.startswith('markdown_it'))]))")
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    result = subprocess.run([sys.executable, "-c", code, "maak", *map(str, EXAMPLE_FILES), "-o", str(tmp_path),
                             "--toelichting"], capture_output=True, text=True, check=False, env=env)
    exit_code, imported = json.loads(result.stdout.splitlines()[-1])
    assert exit_code == 0, result.stderr
    assert imported == []
