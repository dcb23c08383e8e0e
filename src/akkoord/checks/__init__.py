"""Checks that warn when an agreement is too vague, too short-term, or lacks safeguards."""

from __future__ import annotations

from typing import Any


def check_answers(answers: Any) -> list[Any]:
    """Placeholder until the checks engine lands: no findings."""
    return []
