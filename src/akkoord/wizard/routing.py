"""Warnings on the draft, grouped by section, and told in the terms of the questions they point at."""

from __future__ import annotations

import copy
import datetime as dt
import re
from typing import Any

from pydantic import ValidationError

from akkoord.answers.labels import field_text, has_text, pattern
from akkoord.answers.model import Answers
from akkoord.wizard.draft import Draft, prune, walk
from akkoord.wizard.steps import SECTIONS, Section, section_of

_PLACEHOLDER_PARTIES = {
    "initiatief": {"id": "wizard-initiatief", "soort": "initiatief", "naam": "-", "rechtsvorm": "stichting"},
    "gemeente": {"id": "wizard-gemeente", "soort": "gemeente", "naam": "-", "rechtsvorm": "gemeente"},
}
_ITEM_NOUNS = {"partijen": "partij", "doelen": "doel", "rollen": "rol", "participatie": "activiteit",
               "financiering": "geldbron", "vertegenwoordigers": "ondertekenaar", "beslismomenten": "beslismoment"}


def _as_answers(draft: Draft, neutral: bool) -> Answers | None:
    """The draft as answers; with `neutral`, what is not answered yet is filled in so checks can run."""
    data = copy.deepcopy(draft.data)
    prune(data, "", set())
    if neutral:
        data.setdefault("soort", "samenwerkingsovereenkomst")
        data.setdefault("titel", "-")
        data.setdefault("gebied", "-")
        parties = data.setdefault("partijen", [])
        for kind, placeholder in _PLACEHOLDER_PARTIES.items():
            if not any(isinstance(party, dict) and party.get("soort") == kind for party in parties):
                parties.append(dict(placeholder))
        term = data.setdefault("looptijd", {})
        if isinstance(term, dict) and "start" not in term:
            # Until the term is asked, assume it starts at the first date of planned work, not today:
            # checks that compare with the budget year would otherwise warn about money in the future.
            planned = {key: data.get(key) for key in ("doelen", "participatie", "financiering")}
            dates = [value for _, _, _, value in walk(planned) if isinstance(value, dt.date)]
            term["start"] = min(dates, default=dt.date.today())
    try:
        return Answers.model_validate(data)
    except ValidationError:
        return None


def open_findings(draft: Draft) -> dict[str, list[Any]]:
    """The open (not acknowledged) warnings per section key."""
    from akkoord.checks import check_answers

    grouped: dict[str, list[Any]] = {section.key: [] for section in SECTIONS}
    answers = _as_answers(draft, neutral=False) or _as_answers(draft, neutral=True)
    if answers is None:
        return grouped
    for finding in check_answers(answers):
        section = section_of(str(finding.place or ""))
        if not finding.acknowledged and section is not None and asked_for(str(finding.place or ""), answers):
            grouped[section.key].append(finding)
    return grouped


def asked_for(place: str, answers: Answers) -> bool:
    """Whether the answer a warning points at is asked for this agreement type: a warning about a field
    that the document of this type does not use cannot be acted on in the wizard."""
    key = pattern(place)
    return not has_text(key) or answers.agreement_type.value in field_text(key).types


def section_findings(draft: Draft, section: Section) -> list[Any]:
    return open_findings(draft)[section.key]


def where(draft: Draft, place: str) -> str:
    """The answer a warning is about, as the user knows it: 'doel 2 › meetbaar resultaat'."""
    parts = []
    node: Any = draft.data
    for match in re.finditer(r"(\w+)(?:\[(\d+)\])?", place):
        key, index = match.group(1), match.group(2)
        node = node.get(key) if isinstance(node, dict) else None
        if index is not None:
            item = node[int(index)] if isinstance(node, list) and int(index) < len(node) else None
            name = next((item.get(k) for k in ("aanduiding", "naam", "omschrijving", "taak", "bron")
                         if isinstance(item, dict) and item.get(k)), None)
            parts.append(f"{_ITEM_NOUNS.get(key, key)} {int(index) + 1}" + (f" ({name})" if name else ""))
            node = item
        elif has_text(pattern(place[: match.end()])) and match.end() > len(place.split(".")[0].split("[")[0]):
            parts.append(field_text(place[: match.end()]).short)
    return " › ".join(parts)


def question_of(place: str) -> str | None:
    """The question that answers the field a warning points at, if it is one field."""
    key = pattern(place)
    if not has_text(key):
        return None
    question = field_text(key).question
    return question.replace("{naam}", "…").replace("{wie}", "…") or None


def warning_lines(draft: Draft, finding: Any) -> list[str]:
    """A warning in the terms of the questions: what, where, why, and which question changes it."""
    place = str(finding.place or "")
    at = where(draft, place)
    lines = [f"! {finding.message}" + (f" (bij: {at})" if at else "")]
    why = getattr(finding, "why", "") or ""
    if why or finding.source:
        lines.append(f"  Waarom: {why} ({finding.source})" if why else f"  Waarom: {finding.source}")
    question = question_of(place)
    if question:
        lines.append(f"  Aanpassen bij de vraag: '{question}'")
    return lines
