"""`vergelijk`: two versions of the answers assembled and written, the new one redlined against the old."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from akkoord.answers.loading import load_answers
from akkoord.answers.model import Answers
from akkoord.assembly import assemble
from akkoord.build import default_house_style
from akkoord.document import Agreement
from akkoord.docx_writer import Reference, open_reference, write_agreement
from akkoord.library import Library, load_library
from akkoord.rounds.answer_diff import AnswerChange, answer_changes
from akkoord.rounds.open_points import with_open_points
from akkoord.rounds.redline import redline


@dataclass
class Version:
    answers: Answers
    agreement: Agreement
    docx: bytes


@dataclass
class Comparison:
    old: Version
    new: Version
    changes: list[AnswerChange]
    docx: bytes


def make_version(answers: Answers, library: Library, reference: Reference, today: dt.date) -> Version:
    """One version as `maak` lays it out, without the warning comments (they are not part of the text)."""
    agreement = with_open_points(assemble(answers, library, today=today), answers, library, today)
    # Comments are no part of the text, and a lid holding comment ranges could only be replaced whole.
    agreement.remarks.clear()
    return Version(answers, agreement, write_agreement(agreement, reference))


def round_author(answers: Answers) -> str:
    return f"akkoord (versie {answers.version})"


def round_date(answers: Answers, today: dt.date) -> str:
    return f"{(answers.date or today).isoformat()}T00:00:00Z"


def compare_answers(old: Answers, new: Answers, *, library: Library, reference: Reference,
                    today: dt.date | None = None, author: str | None = None) -> Comparison:
    today = today or dt.date.today()
    return compare_versions(make_version(old, library, reference, today), make_version(new, library, reference, today),
                            today=today, author=author)


def compare_versions(before: Version, after: Version, *, today: dt.date, author: str | None = None) -> Comparison:
    document = redline(before.docx, after.docx, before.agreement, after.agreement,
                       author or round_author(after.answers), round_date(after.answers, today))
    return Comparison(before, after, answer_changes(before.answers, after.answers), document)


def compare_files(old: Path, new: Path, *, house_style: Path | None = None, clause_dirs: tuple[Path, ...] = (),
                  author: str | None = None, today: dt.date | None = None) -> Comparison:
    library = load_library(list(clause_dirs))
    reference = open_reference(house_style, default_house_style())
    return compare_answers(load_answers(old), load_answers(new), library=library, reference=reference,
                           today=today, author=author)
