"""Checks that warn when an agreement is too vague, too short-term, or lacks safeguards.

`check_answers(answers)` runs every check over an answers model; `check_text(paragraphs)` runs the
wording checks over plain paragraphs (of a .docx or a text file). Both return `Finding`s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from akkoord.checks.base import Category, Check, Finding, Level
    from akkoord.checks.catalogue import BY_CODE, CHECKS
    from akkoord.checks.engine import check_answers, check_text

__all__ = ["BY_CODE", "CHECKS", "Category", "Check", "Finding", "Level", "check_answers", "check_text"]


def __getattr__(name: str) -> object:
    """The names above, imported when first asked for.

    Reviewing a draft imports `checks.wording`, and so this package, but it needs the catalogue (which
    fingerprints its files on loading) only to word what it found: a draft without findings never loads it.
    """
    if name in ("Category", "Check", "Finding", "Level"):
        from akkoord.checks import base

        value = getattr(base, name)
    elif name in ("BY_CODE", "CHECKS"):
        from akkoord.checks import catalogue

        value = getattr(catalogue, name)
    elif name in ("check_answers", "check_text"):
        from akkoord.checks import engine

        value = getattr(engine, name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value
