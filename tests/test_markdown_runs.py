"""A lid is read into as few runs as its formatting allows: the writer gives each run its own w:r."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from akkoord.document import ANSWER, Mark
from akkoord.markdown_blocks import parse_members
from akkoord.provenance import collecting, mark

WORDS = st.sampled_from(["Partijen", "overleggen", "café", "€ 5.000", "jaarlijks", "de", "Gemeente"])
#: A piece of a lid: a word, a bold word, or a word printed from an answer (marked).
PIECES = st.lists(st.tuples(st.sampled_from(["plain", "bold", "answer"]), WORDS, st.integers(0, 2)),
                  min_size=1, max_size=12)


def _markdown(pieces: list[tuple[str, str, int]]) -> str:
    made = []
    for kind, word, answer in pieces:
        if kind == "bold":
            made.append(f"**{word}**")
        elif kind == "answer":
            made.append(mark(Mark(ANSWER, f"doelen[{answer}].omschrijving"), word))
        else:
            made.append(word)
    return " ".join(made) + "\n"


@settings(max_examples=150, deadline=None)
@given(PIECES)
def test_neighbouring_runs_always_differ_in_formatting_and_keep_every_letter(pieces):
    with collecting():
        (member,) = parse_members(_markdown(pieces))
    runs = member.text
    assert all(run.text for run in runs)
    assert all((a.bold, a.italic, a.marks) != (b.bold, b.italic, b.marks) for a, b in pairwise(runs))
    assert "".join(run.text for run in runs) == " ".join(word for _, word, _ in pieces)
    # Every answer's words carry its mark, and nothing else does.
    marked = "".join(run.text for run in runs if run.marks)
    assert marked == "".join(word for kind, word, _ in pieces if kind == "answer")


def test_a_lid_without_formatting_is_one_run():
    with collecting():
        (member,) = parse_members("Partijen overleggen jaarlijks\nover de voortgang.\n")
    assert [run.text for run in member.text] == ["Partijen overleggen jaarlijks over de voortgang."]
