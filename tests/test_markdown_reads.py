"""Each field read while rendering goes to the lid that holds its output position, in any order of reads."""

from __future__ import annotations

import bisect
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from akkoord.markdown_blocks import parse_members_with_reads

BODY = "\n\n\nEerste lid over {a}.\n\n- een\n- twee\n\n\nTweede lid\nop twee regels.\n\n{% if %}\n\nDerde lid.\n\n"


def lid_of_each_read(markdown: str, reads: list[tuple[int, str]]) -> list[str]:
    """By definition: the first lid whose last line is at or after the read's line, else the last lid."""
    starts = [0] + [match.end() for match in re.finditer("\n", markdown)]
    members = parse_members_with_reads(markdown)
    assert len(members) == 4
    last_lines = [8, 10, 12, 14]  # where BODY's lids end (the first with its list, which ends on a blank line)
    return [f"{min(bisect.bisect_left(last_lines, bisect.bisect_right(starts, position) - 1), 3)}:{path}"
            for position, path in reads]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(BODY) + 5), st.sampled_from(["a", "b", "c"])), max_size=12),
       st.booleans())
def test_reads_are_assigned_by_line_whatever_their_order(reads, in_order):
    if in_order:
        reads.sort()
    found = parse_members_with_reads(BODY, reads)
    assert len(found) == 4
    expected: list[list[str]] = [[] for _ in found]
    for entry in lid_of_each_read(BODY, reads):
        lid, path = entry.split(":")
        expected[int(lid)].append(path)
    assert [paths for _, paths in found] == expected
