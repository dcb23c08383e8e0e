"""Checks that warn when an agreement is too vague, too short-term, or lacks safeguards.

`check_answers(answers)` runs every check over an answers model; `check_text(paragraphs)` runs the
wording checks over plain paragraphs (of a .docx or a text file). Both return `Finding`s.
"""

from __future__ import annotations

from akkoord.checks.base import Category, Check, Finding, Level
from akkoord.checks.catalogue import BY_CODE, CHECKS
from akkoord.checks.engine import check_answers, check_text

__all__ = ["BY_CODE", "CHECKS", "Category", "Check", "Finding", "Level", "check_answers", "check_text"]
