"""The wording checks take time linear in the text: crafted text of 1 MB is read in well under a second.

Issue 13: a few KB of repeated words used to hang `controleer` for a minute (matches that re-read the
whole rest of the sentence). The bound is CPU time of this process, so other work on the machine does
not make the test flaky; it is generous, the measured time is about a third of it.
"""

from __future__ import annotations

import time

import pytest

from akkoord.checks import check_text
from akkoord.checks.wording import vague_fragments

MEGABYTE = 1_000_000
CPU_SECONDS = 1.0
ADVERSARIAL = ["eventueel ", "voldoende ", "voldoende ten minste ", "later ", "in overleg ", "enkele te weten "]


@pytest.mark.parametrize("unit", ADVERSARIAL)
def test_one_megabyte_of_repeated_words_is_checked_in_under_a_second(unit):
    text = unit * (MEGABYTE // len(unit))
    started = time.process_time()
    found = vague_fragments(text)
    assert time.process_time() - started < CPU_SECONDS
    # Still a real check: the vague word is found once, not once per repetition.
    assert all(len(fragments) == len(set(fragments)) for fragments in found.values())


def test_repeated_sentences_are_judged_like_one():
    text = "De gemeente zet eventueel een ambtenaar in. " * 20_000
    started = time.process_time()
    findings = check_text([text])
    assert time.process_time() - started < CPU_SECONDS
    assert [finding.code for finding in findings] == ["AK101"]


@pytest.mark.parametrize("unit", ["eventueel "])
def test_the_whole_review_of_a_crafted_megabyte_stays_linear(unit):
    """`controleer` on such a text: structure, commitments and provisions too (bound: a few seconds of CPU)."""
    from akkoord.review import review_text

    text = "Samenwerkingsovereenkomst\n\nArtikel 1\n\n" + unit * (MEGABYTE // len(unit))
    started = time.process_time()
    review = review_text(text)
    assert time.process_time() - started < 3 * CPU_SECONDS
    assert review.draft.articles and review.findings
