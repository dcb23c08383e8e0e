"""Meta-tests over the catalogue: every check complete, unique, sourced, documented and exemplified both ways."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from checks_support import answers_with, codes

from akkoord.answers.loading import load_answers
from akkoord.checks import CHECKS, Category, check_answers, check_text
from akkoord.checks.base import ExampleKind
from akkoord.checks.catalogue import is_document_rule
from akkoord.checks.docs import render
from akkoord.checks.rules import RULES
from akkoord.checks.wording import VAGUE_TERMS

ROOT = Path(__file__).resolve().parents[1]
PREFIX = {Category.VAGUE: "AK1", Category.SHORT_TERM: "AK2", Category.SAFEGUARDS: "AK3",
          Category.ROLES: "AK4", Category.LEGAL: "AK5"}
IDS = [check.code for check in CHECKS]


def test_codes_and_names_are_unique():
    assert len(set(IDS)) == len(IDS)
    assert len({check.name for check in CHECKS}) == len(CHECKS)


@pytest.mark.parametrize("check", CHECKS, ids=IDS)
def test_check_is_complete(check):
    assert re.fullmatch(r"AK\d{3}", check.code)
    assert check.code.startswith(PREFIX[check.category])
    assert re.fullmatch(r"[a-z]+(-[a-z]+)+", check.name)
    for text in (check.message, check.suggestion, check.source, check.flags, check.why, check.example, check.better):
        assert text.strip()
    assert "\n" not in check.message
    assert re.search(r"Participatiecoalitie 2022, §\d|artikel|HR \d|AVG|Awb|BW|Gemeentewet", check.source)
    # Exactly one implementation: a word list or a structural rule (the loader refuses anything else).
    assert (check.code in VAGUE_TERMS) != (check.rule in RULES or is_document_rule(check.rule))


@pytest.mark.parametrize("check", CHECKS, ids=IDS)
def test_examples_work_both_ways(check):
    if check.example_kind is ExampleKind.TEXT:
        assert check.code in {f.code for f in check_text([check.example])}
        assert check_text([check.better]) == []
    elif check.example_kind is ExampleKind.DOCUMENT:
        from akkoord.review import review_text

        assert check.code in {item.finding.code for item in review_text(check.example).findings}
        assert check.code not in {item.finding.code for item in review_text(check.better).findings}
    else:
        assert check.code in codes(check.example)
        assert check.code not in codes(check.better)


def test_the_base_for_the_examples_is_clean():
    assert check_answers(answers_with()) == []


def test_committed_docs_are_up_to_date():
    committed = (ROOT / "docs" / "controles.md").read_text(encoding="utf-8")
    assert committed == render(), "run: python -m akkoord.checks.docs > docs/controles.md"


def test_good_sok_example_has_no_vague_or_short_term_warnings():
    findings = check_answers(load_answers(ROOT / "examples" / "sok-energiecooperatie.yaml"))
    assert [f for f in findings if f.category in ("vaag", "korte-termijn")] == []


def test_too_general_example_triggers_every_category():
    findings = check_answers(load_answers(ROOT / "examples" / "te-algemeen.yaml"))
    assert {f.category for f in findings} == {category.value for category in Category}
    assert all(f.acknowledged is None for f in findings)


@pytest.mark.parametrize("path", sorted((ROOT / "examples").glob("*.yaml")), ids=lambda p: p.name)
def test_every_example_can_be_checked(path):
    for finding in check_answers(load_answers(path)):
        assert finding.place and finding.message and finding.source
