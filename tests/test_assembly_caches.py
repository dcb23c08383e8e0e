"""What assembly keeps between the documents of one run, and that keeping it changes no document."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import EXAMPLE_FILES

from akkoord import markdown_blocks
from akkoord.answers.loading import load_answers
from akkoord.assembly import assemble
from akkoord.build import active_findings, placed
from akkoord.library import load_library

TODAY = dt.date(2026, 12, 2)


@pytest.fixture(scope="module")
def library():
    return load_library()


def agreement_of(path, library):
    answers = load_answers(path)
    return assemble(answers, library, remarks=[placed(f) for f in active_findings(answers)], today=TODAY)


@pytest.fixture
def parses(monkeypatch):
    """The texts parsed from now on (by markdown_subset, or by markdown-it when it declines)."""
    seen: list[str] = []
    original = markdown_blocks.subset_tokens

    def counting(markdown):
        seen.append(markdown)
        return original(markdown)

    monkeypatch.setattr(markdown_blocks, "subset_tokens", counting)
    return seen


def test_the_second_document_from_the_same_answers_parses_no_markdown(library, parses):
    markdown_blocks._tokens.cache_clear()
    agreement_of(EXAMPLE_FILES[0], library)
    assert parses, "the first document must be parsed"
    parses.clear()
    agreement_of(EXAMPLE_FILES[0], library)
    assert [text[:300] for text in parses] == []


def test_a_fixed_clause_text_is_parsed_once_for_different_answers(library, parses):
    markdown_blocks._tokens.cache_clear()
    for path in EXAMPLE_FILES:
        agreement_of(path, library)
    assert len(parses) == len(set(parses))


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda path: path.name)
def test_a_remembered_parse_gives_the_same_agreement_as_a_fresh_one(library, path):
    markdown_blocks._tokens.cache_clear()
    fresh = agreement_of(path, library)
    remembered = agreement_of(path, library)
    assert remembered == fresh
    assert markdown_blocks._tokens.cache_info().hits > 0
