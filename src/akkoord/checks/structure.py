"""Structural checks over the answers model: vague, short-term and unsafeguarded agreements (AK110-AK312).

The rules about the parties themselves, their roles and legal position, are in `parties.py`;
`rulebook.py` describes what a rule is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from akkoord.answers.model import Answers
from akkoord.answers.vocabularies import FundingForm, PartyKind
from akkoord.checks.rulebook import Hit, Rule, add_months, initiative_ids, is_money, registry
from akkoord.dutch import format_date

#: This module's rules by function name.
RULES: dict[str, Rule] = {}
rule = registry(RULES)


def _agreement_end(answers: Answers) -> tuple[dt.date, str] | None:
    """The latest of the goals' target dates and the term's end, with what it is."""
    candidates = [(goal.target_date, "de doelen") for goal in answers.goals if goal.target_date]
    if answers.term.end:
        candidates.append((answers.term.end, "de looptijd"))
    return max(candidates) if candidates else None


# --- vaag: structure -------------------------------------------------------------------------------

@rule
def no_goals(answers: Answers) -> Iterator[Hit]:
    if not answers.goals:
        yield "doelen", None


@rule
def goal_without_result(answers: Answers) -> Iterator[Hit]:
    for index, goal in enumerate(answers.goals):
        if not goal.result:
            yield f"doelen[{index}].resultaat", None


@rule
def goal_without_date(answers: Answers) -> Iterator[Hit]:
    for index, goal in enumerate(answers.goals):
        if not goal.target_date:
            yield f"doelen[{index}].streefdatum", None


@rule
def task_without_owner(answers: Answers) -> Iterator[Hit]:
    for index, task in enumerate(answers.participation):
        if not task.owner:
            yield f"participatie[{index}].uitvoerder", None


@rule
def task_without_result(answers: Answers) -> Iterator[Hit]:
    for index, task in enumerate(answers.participation):
        if not task.result:
            yield f"participatie[{index}].resultaat", None


@rule
def task_without_deadline(answers: Answers) -> Iterator[Hit]:
    for index, task in enumerate(answers.participation):
        if not task.deadline:
            yield f"participatie[{index}].deadline", None


@rule
def funding_without_amount(answers: Answers) -> Iterator[Hit]:
    for index, funding in enumerate(answers.funding):
        if funding.form is FundingForm.HOURS:
            if funding.hours is None and funding.amount is None:
                yield f"financiering[{index}].uren", None
        elif funding.amount is None:
            yield f"financiering[{index}].bedrag", None


@rule
def funding_without_end(answers: Answers) -> Iterator[Hit]:
    for index, funding in enumerate(answers.funding):
        if not funding.end:
            yield f"financiering[{index}].tot", None


# --- korte-termijn ---------------------------------------------------------------------------------

@rule
def funding_ends_early(answers: Answers, margin_months: int) -> Iterator[Hit]:
    ends = [funding.end for funding in answers.funding if is_money(funding) and funding.end]
    end = _agreement_end(answers)
    if not ends or end is None:
        return
    horizon = max(ends)
    if add_months(horizon, margin_months) < end[0]:
        yield "financiering", f"geld tot {format_date(horizon)}, {end[1]} tot {format_date(end[0])}"


@rule
def all_funding_within_a_year(answers: Answers, year_months: int) -> Iterator[Hit]:
    periods = [(funding.start or answers.term.start, funding.end)
               for funding in answers.funding if is_money(funding) and funding.end]
    end = _agreement_end(answers)
    if not periods or end is None:
        return
    first, last = min(start for start, _ in periods), max(stop for _, stop in periods)
    if last <= add_months(first, year_months) and end[0] > add_months(answers.term.start, year_months):
        yield "financiering", None


@rule
def nothing_after_funding(answers: Answers) -> Iterator[Hit]:
    for index, funding in enumerate(answers.funding):
        if is_money(funding) and not funding.afterwards:
            yield f"financiering[{index}].daarna", None


@rule
def no_step_to_implementation_plan(answers: Answers) -> Iterator[Hit]:
    if not answers.safeguards.implementation_plan:
        yield "borging.uitvoeringsplan", None


@rule
def only_short_term_goals(answers: Answers, year_months: int) -> Iterator[Hit]:
    dates = [goal.target_date for goal in answers.goals if goal.target_date]
    if dates and all(date <= add_months(answers.term.start, year_months) for date in dates):
        yield "doelen", None


# --- borging -----------------------------------------------------------------------------------------

@rule
def no_consultation(answers: Answers) -> Iterator[Hit]:
    if answers.safeguards.consultation is None:
        yield "borging.overleg", None


@rule
def consultation_without_frequency(answers: Answers) -> Iterator[Hit]:
    for key, consultation in (("overleg", answers.safeguards.consultation),
                              ("bestuurlijk_overleg", answers.safeguards.administrative_consultation)):
        if consultation is not None and not consultation.frequency:
            yield f"borging.{key}.frequentie", None


@rule
def no_administrative_consultation(answers: Answers) -> Iterator[Hit]:
    if answers.safeguards.administrative_consultation is None:
        yield "borging.bestuurlijk_overleg", None


@rule
def council_not_involved(answers: Answers) -> Iterator[Hit]:
    if not answers.safeguards.council:
        yield "borging.gemeenteraad", None


@rule
def no_handover(answers: Answers) -> Iterator[Hit]:
    turnover = answers.safeguards.turnover
    if turnover is None or not turnover.handover:
        yield "borging.wisseling.overdracht", None


@rule
def no_deputy(answers: Answers) -> Iterator[Hit]:
    turnover = answers.safeguards.turnover
    if turnover is None or not turnover.deputy:
        yield "borging.wisseling.plaatsvervanger", None


@rule
def no_college_decision(answers: Answers) -> Iterator[Hit]:
    for index, party in enumerate(answers.parties):
        if party.kind is PartyKind.MUNICIPALITY and party.college_decision is None:
            yield f"partijen[{index}].collegebesluit", None


@rule
def no_evaluation(answers: Answers) -> Iterator[Hit]:
    evaluation = answers.safeguards.evaluation
    if evaluation is None or not evaluation.moments:
        yield "borging.evaluatie", None


@rule
def termination_without_notice(answers: Answers) -> Iterator[Hit]:
    if not answers.term.notice_months:
        yield "looptijd.opzegtermijn_maanden", None


@rule
def termination_without_phase_out(answers: Answers) -> Iterator[Hit]:
    initiatives = initiative_ids(answers)
    funded = any(funding.recipient in initiatives and is_money(funding) for funding in answers.funding)
    if funded and not answers.term.phase_out_months:
        yield "looptijd.afbouw_maanden", None


@rule
def no_mutual_notice(answers: Answers) -> Iterator[Hit]:
    if answers.safeguards.mutual_notice_days is None:
        yield "borging.vooraf_informeren_werkdagen", None


@rule
def position_not_anchored(answers: Answers) -> Iterator[Hit]:
    if not answers.safeguards.anchoring:
        yield "borging.verankering", None
