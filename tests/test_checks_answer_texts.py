"""The checks read the free texts of an answers file from the model once per run, not once per rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from akkoord.answers import texts
from akkoord.answers.loading import load_answers
from akkoord.checks import check_answers
from akkoord.checks.answer_texts import free_texts, reading

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.yaml"))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda path: path.stem)
def test_one_run_of_the_checks_reads_the_free_texts_once(example, monkeypatch):
    answers = load_answers(example)
    expected = check_answers(answers)
    reads = []
    real = texts.free_texts

    def counted(model):
        reads.append(model)
        return real(model)

    monkeypatch.setattr(texts, "free_texts", counted)
    assert check_answers(answers) == expected
    assert reads == [answers]


def test_texts_read_for_one_answers_file_never_serve_another():
    first, second = (load_answers(path) for path in EXAMPLES[:2])
    with reading(first) as read:
        assert free_texts(first) is read
        assert free_texts(second) == tuple(texts.free_texts(second)) != read
    # Outside a run every call reads the model again.
    assert free_texts(first) == read and free_texts(first) is not read
