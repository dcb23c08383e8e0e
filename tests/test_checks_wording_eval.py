"""Precision and recall of the vague-wording checks on an evaluation set written apart from the word lists.

The sets in tests/data hold agreement sentences labelled 'vague' (a reviewer should be warned) or
'concrete' (a dated, counted or owned obligation, a definition, a recital or legal boilerplate).
wording_eval.tsv was used to tune the word lists; wording_eval_holdout.tsv was written afterwards to
see how they do on new text. The product owner measures on real-world sentences with the same targets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from akkoord.checks import BY_CODE, check_text

DATA = Path(__file__).parent / "data"
EVAL_SETS = ("wording_eval.tsv", "wording_eval_holdout.tsv")
TARGET = 0.9
LABELS = {"vague": True, "concrete": False}


def load_eval_set(name: str = EVAL_SETS[0]) -> list[tuple[bool, str]]:
    path = DATA / name
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        label, sentence = line.split("\t")
        assert label in LABELS, f"{path.name}:{number}: unknown label {label!r}"
        rows.append((LABELS[label], sentence))
    return rows


def flagged_vague(sentence: str) -> bool:
    return any(BY_CODE[finding.code].category.value == "vaag" for finding in check_text([sentence]))


def test_eval_set_is_large_and_balanced():
    rows = load_eval_set()
    vague = sum(label for label, _ in rows)
    assert len(rows) >= 250
    assert 0.35 <= vague / len(rows) <= 0.55
    assert len({sentence for _, sentence in rows}) == len(rows), "duplicate sentences"


def test_eval_sets_do_not_overlap():
    tuned, held_out = ({sentence for _, sentence in load_eval_set(name)} for name in EVAL_SETS)
    assert not tuned & held_out


@pytest.mark.parametrize("name", EVAL_SETS)
def test_precision_and_recall_of_vague_wording(name):
    rows = load_eval_set(name)
    missed, false_alarms = [], []
    tp = fp = fn = tn = 0
    for vague, sentence in rows:
        flagged = flagged_vague(sentence)
        if vague and flagged:
            tp += 1
        elif vague:
            fn += 1
            missed.append(sentence)
        elif flagged:
            fp += 1
            false_alarms.append(sentence)
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    report = "\n".join([
        f"{name}: confusion: tp={tp} fp={fp} fn={fn} tn={tn}",
        f"precision={precision:.3f} recall={recall:.3f} (target >= {TARGET})",
        "missed (vague, not flagged):", *(f"  - {sentence}" for sentence in missed),
        "false alarms (concrete, flagged):",
        *(f"  - {sentence}  <- {[f.code + ' ' + f.message for f in check_text([sentence])]}"
          for sentence in false_alarms),
    ])
    print(report)
    assert precision >= TARGET and recall >= TARGET, report
