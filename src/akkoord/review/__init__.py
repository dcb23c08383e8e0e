"""A lawyer's review of any draft agreement: its structure, open commitments and missing provisions.

`review_file(path)` reads a .docx, .txt or .md draft and returns a `Review`: the draft's structure and
its findings, each tied to the paragraph it is about (or to the draft as a whole).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from akkoord.checks.base import Check, Finding
    from akkoord.review.paragraph import Paragraph
    from akkoord.review.structure import Draft

# The review's modules are imported by the functions that use them: the checks catalogue imports
# `akkoord.review.rules` (and so this package) on every start, also for `akkoord maak`, which reviews
# no draft and should not pay for lxml, the review's patterns and word lists.

__all__ = ["Review", "ReviewFinding", "review_file", "review_paragraphs", "review_text"]


@dataclass(frozen=True)
class ReviewFinding:
    #: The paragraph the finding is about (its `Paragraph.index`); None for the draft as a whole.
    paragraph: int | None
    finding: Finding


@dataclass(frozen=True)
class Review:
    draft: Draft
    findings: list[ReviewFinding]


def _check(code: str) -> Check:
    from akkoord.checks import BY_CODE

    return BY_CODE[code]


def _finding(code: str, place: str, fragment: str | None, text: str | None, *, document: bool) -> Finding:
    from akkoord.checks.base import Finding
    from akkoord.review.texts import DOCUMENT_TEXTS

    check = _check(code)
    message, suggestion = check.message, check.suggestion
    if document and code in DOCUMENT_TEXTS:
        message, suggestion = DOCUMENT_TEXTS[code]
    message = message.replace("{fragment}", fragment or "").replace("{detail}", fragment or "")
    return Finding(code=check.code, name=check.name, category=check.category.value, level=check.level.value,
                   message=message, suggestion=suggestion, source=check.source, place=place, why=check.why, text=text)


def review_paragraphs(paragraphs: list[Paragraph]) -> Review:
    from akkoord.review.commitment import candidates, read_commitment
    from akkoord.review.provisions import structural_gaps
    from akkoord.review.structure import Role, read_structure

    draft = read_structure(paragraphs)
    findings: list[ReviewFinding] = []
    by_index = {paragraph.index: paragraph for paragraph in paragraphs}
    operative = draft.with_role(Role.OPERATIVE)
    worth_reading = candidates([paragraph.text for paragraph in operative])
    for position, paragraph in enumerate(operative):
        if position not in worth_reading:
            continue
        commitment = read_commitment(paragraph.text)
        for code, fragments in commitment.open_points.items():
            findings.append(ReviewFinding(paragraph.index, _finding(
                code, draft.places[paragraph.index], "', '".join(fragments), paragraph.text, document=False)))
    for gap in structural_gaps(draft):
        place = draft.places[gap.paragraph] if gap.paragraph is not None else "document"
        text = by_index[gap.paragraph].text if gap.paragraph is not None else None
        findings.append(ReviewFinding(gap.paragraph, _finding(gap.code, place, gap.detail, text, document=True)))
    order = {paragraph.index: position for position, paragraph in enumerate(paragraphs)}
    findings.sort(key=lambda item: -1 if item.paragraph is None else order[item.paragraph])
    return Review(draft, findings)


def review_text(text: str, *, markdown: bool = False) -> Review:
    from akkoord.review.reading import text_paragraphs

    return review_paragraphs(text_paragraphs(text, markdown=markdown))


def review_file(path: Path) -> Review:
    from akkoord.review.reading import read_draft

    return review_paragraphs(read_draft(path))
