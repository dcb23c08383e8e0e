"""Running the checks: over an answers model (all checks) or over plain paragraphs (wording checks).

The rules and the answers model are imported by the run that needs them: the review of a draft
document uses the catalogue and the wording checks, and reads no answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from akkoord.checks.base import Check, Finding
from akkoord.checks.catalogue import BY_CODE, CHECKS
from akkoord.checks.wording import vague_fragments

if TYPE_CHECKING:
    from akkoord.answers.model import Answers

#: Order of the answers file's sections, for grouping output the way the file reads.
SECTION_ORDER = ("soort", "partijen", "aanleiding", "doelen", "rollen", "participatie", "financiering",
                 "borging", "persoonsgegevens", "looptijd", "ondertekening", "erkend")


def make_finding(check: Check, place: str, fragment: str | None = None, *,
                 acknowledged: str | None = None, text: str | None = None) -> Finding:
    message = check.message.replace("{fragment}", fragment or "")
    return Finding(code=check.code, name=check.name, category=check.category.value, level=check.level.value,
                   message=message, suggestion=check.suggestion, source=check.source, place=place,
                   acknowledged=acknowledged, why=check.why, text=text)


def _wording_findings(text: str, place: str, *, acknowledged: dict[str, str] | None = None,
                      keep_text: bool = False) -> Iterator[Finding]:
    for code, fragments in vague_fragments(text).items():
        reason = (acknowledged or {}).get(code)
        yield make_finding(BY_CODE[code], place, "', '".join(fragments), acknowledged=reason,
                           text=text if keep_text else None)


def _applies(check: Check, answers: Answers) -> bool:
    return check.applies_to is None or check.applies_to is answers.agreement_type


def _section_key(place: str) -> int:
    section = place.split(".")[0].split("[")[0]
    return SECTION_ORDER.index(section) if section in SECTION_ORDER else len(SECTION_ORDER)


def _place_key(place: str) -> tuple[object, ...]:
    # 'doelen[2]' before 'doelen[10]'; the section itself ('doelen') first.
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"\[(\d+)\]", place))


def check_answers(answers: Answers) -> list[Finding]:
    """All checks over one agreement's answers, ordered as the answers file reads.

    Findings whose code is listed under `erkend:` carry the reason in `acknowledged`.
    """
    from akkoord.checks.answer_texts import reading
    from akkoord.checks.rules import RULES

    acknowledged = dict(answers.acknowledged)
    findings: list[Finding] = []
    with reading(answers) as texts:  # the rules that read the free texts get these
        for place, text in texts:
            findings.extend(_wording_findings(text, place, acknowledged=acknowledged))
        for check in CHECKS:
            if check.rule not in RULES or not _applies(check, answers):  # None, or a rule of the document review
                continue
            for place, fragment in RULES[check.rule](answers, **check.thresholds):
                findings.append(make_finding(check, place, fragment, acknowledged=acknowledged.get(check.code)))
    order = {check.code: number for number, check in enumerate(CHECKS)}
    return sorted(findings, key=lambda finding: (_section_key(finding.place), _place_key(finding.place),
                                                 order[finding.code]))


def check_text(paragraphs: Iterable[str]) -> list[Finding]:
    """The wording checks over plain paragraphs; each finding's place is 'alinea N' (1-based)."""
    findings: list[Finding] = []
    for number, paragraph in enumerate(paragraphs, start=1):
        if paragraph.strip():
            findings.extend(_wording_findings(paragraph, f"alinea {number}", keep_text=True))
    return findings

