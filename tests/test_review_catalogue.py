"""The review's own checks are in the catalogue like every other: documented, sourced, implemented."""

from __future__ import annotations

import importlib

import pytest

from akkoord.checks import BY_CODE, CHECKS
from akkoord.checks.base import ExampleKind
from akkoord.review import review_text
from akkoord.review.rules import DOCUMENT_RULES

DOCUMENT_CHECKS = [check for check in CHECKS if check.example_kind is ExampleKind.DOCUMENT]


def test_every_document_rule_is_implemented_and_used():
    for rule, target in DOCUMENT_RULES.items():
        module, function = target.split(".")
        assert callable(getattr(importlib.import_module(f"akkoord.review.{module}"), function)), rule
    assert {check.rule for check in DOCUMENT_CHECKS} == set(DOCUMENT_RULES)


@pytest.mark.parametrize("check", DOCUMENT_CHECKS, ids=[check.code for check in DOCUMENT_CHECKS])
def test_document_examples_work_both_ways(check):
    assert check.code in {item.finding.code for item in review_text(check.example).findings}
    assert check.code not in {item.finding.code for item in review_text(check.better).findings}


def test_findings_on_a_document_speak_of_the_document_not_the_answers_file():
    text = ("Samenwerkingsovereenkomst Warm Dorp\n\nDe gemeente Dorp, vertegenwoordigd door wethouder A. Smit;\n\n"
            "Artikel 1\n\nDe gemeente verleent de stichting in 2027 een subsidie van € 10.000.\n")
    for item in review_text(text).findings:
        assert "antwoordenbestand" not in item.finding.suggestion and "Vul " not in item.finding.suggestion, \
            item.finding.code
        assert item.finding.source == BY_CODE[item.finding.code].source


def test_uitleg_explains_a_review_check(run_cli):
    result = run_cli("uitleg", "AK511")
    assert result.code == 0
    assert "eindigt in principe wanneer de doelen behaald zijn" in result.out
