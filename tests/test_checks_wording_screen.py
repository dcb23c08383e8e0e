"""The screen that picks the vague-wording codes to run on a text picks exactly what testing each trigger would.

`vague_fragments` looks up trigger strings by the letter triples of the text instead of testing all of
them on every text; a code the lookup missed would silently drop a warning from every document.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from akkoord.answers.loading import load_answers
from akkoord.answers.texts import free_texts
from akkoord.checks.wording import VAGUE_TERMS, _codes_in, code_triggers, vague_fragments

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TRIGGERS = sorted({trigger for code in VAGUE_TERMS for trigger in code_triggers(code)})


def one_by_one(lower: str) -> list[str]:
    """Every code whose words guarantee nothing, or one of whose triggers is in the text."""
    return [code for code in VAGUE_TERMS
            if not code_triggers(code) or any(trigger in lower for trigger in code_triggers(code))]


def test_every_trigger_selects_its_codes_wherever_it_stands():
    for trigger in TRIGGERS:
        for text in (trigger, f"de {trigger}", f"{trigger}.", f"x{trigger}y"):
            chosen = _codes_in(text)
            assert chosen == one_by_one(text)
            assert all(code in chosen for code in VAGUE_TERMS if trigger in code_triggers(code))


def test_texts_of_the_examples_select_what_testing_each_trigger_selects():
    texts = [text.lower() for example in sorted(EXAMPLES.glob("*.yaml"))
             for _, text in free_texts(load_answers(example))]
    assert texts
    assert [_codes_in(text) for text in texts] == [one_by_one(text) for text in texts]
    # The examples hold vague words: the screen lets them through to the patterns.
    assert any(vague_fragments(text) for text in texts)


def test_short_texts_select_only_codes_without_a_guarantee():
    for text in ("", "a", "in"):
        assert _codes_in(text) == one_by_one(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(TRIGGERS), st.text(alphabet="abcdeilnorstu .,", max_size=12)),
                max_size=8))
def test_generated_texts_select_what_testing_each_trigger_selects(pieces):
    text = "".join(pieces)
    assert _codes_in(text) == one_by_one(text)
