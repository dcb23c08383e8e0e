"""The free texts of the answers being checked, read from the model once per run of the checks.

The wording check and several structural rules each read every free text; walking the answers model
for them cost about a third of the checks' time, once per rule that reads them.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from akkoord.answers.model import Answers

Texts = tuple[tuple[str, str], ...]

_RUN: contextvars.ContextVar[tuple[Answers, Texts] | None] = contextvars.ContextVar("akkoord_texts", default=None)


def free_texts(answers: Answers) -> Texts:
    """`answers.texts.free_texts(answers)` as a tuple: the one read for this run when `answers` is being checked."""
    run = _RUN.get()
    if run is not None and run[0] is answers:
        return run[1]
    return _read(answers)


@contextmanager
def reading(answers: Answers) -> Iterator[Texts]:
    """The checks of `answers` run inside this block: its free texts are read once, at the start."""
    texts = _read(answers)
    token = _RUN.set((answers, texts))
    try:
        yield texts
    finally:
        _RUN.reset(token)


def _read(answers: Answers) -> Texts:
    from akkoord.answers.texts import free_texts as read

    return tuple(read(answers))
