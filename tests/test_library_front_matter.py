"""The clause header is found line by line, exactly where the character-wise pattern it replaced found it."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from akkoord.library import _FRONT_MATTER

#: The pattern the line-wise one replaced (slower on long clause files, same matches).
CHARACTER_WISE = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.DOTALL)

pieces = st.sampled_from(["---", "-", "\n", " ", "\t", "a", "id: x", "\r", "----"])


@settings(max_examples=400, deadline=None)
@example("---\n", "---\n")  # an empty block
@example("---\n", "\n---\nx\n---\n")
@given(st.sampled_from(["", "---\n", "--- \t\n"]), st.lists(pieces, max_size=30).map("".join))
def test_the_header_block_is_the_same_as_the_character_wise_match(start, rest):
    text = start + rest
    ours, theirs = _FRONT_MATTER.match(text), CHARACTER_WISE.match(text)
    assert (ours and ours.groups()) == (theirs and theirs.groups())
    assert (ours and ours.end()) == (theirs and theirs.end())


def test_a_header_is_found_in_every_clause_file():
    from akkoord.library import builtin_clause_dir

    for path in builtin_clause_dir().glob("*.md"):
        text = path.read_text(encoding="utf-8")
        assert _FRONT_MATTER.match(text).groups() == CHARACTER_WISE.match(text).groups(), path.name
