"""Structural checks over the answers model: what is missing or inconsistent, per check code.

Each rule yields `(place, fragment)`: the answers path the finding concerns, and an optional detail
that fills `{fragment}` in the check's message. A check's record names its rule (`regel:`); the
rule's keyword arguments are the record's thresholds (`drempels:`), which its prose quotes.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterator

from akkoord.answers.model import Answers, Funding, FundingForm, LegalForm, Obligation, PartyKind
from akkoord.answers.texts import free_texts
from akkoord.dutch import format_date

Hit = tuple[str, str | None]
Rule = Callable[..., Iterator[Hit]]

#: Legal forms without full legal capacity.
WITHOUT_LEGAL_PERSONALITY = {LegalForm.NO_LEGAL_ENTITY, LegalForm.INFORMAL_ASSOCIATION}
#: Wording that makes an obligation sound enforceable (for intentieovereenkomsten).
ENFORCEABLE = re.compile(r"(?<![\w-])(?:verplicht(?:en)? zich|is verplicht|zijn verplicht|garande(?:ert|ren)|"
                         r"staat (?:er ?)?(?:voor )?in|boete|schadevergoeding (?:verschuldigd|betalen))(?![\w-])",
                         re.IGNORECASE)
_BUDGET_RESERVATION = re.compile(r"begroting|voorbehoud|4:34", re.IGNORECASE)

#: The rules by function name, as the catalogue's records name them.
RULES: dict[str, Rule] = {}


def rule(function: Rule) -> Rule:
    RULES[function.__name__] = function
    return function


def _add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (the last day of a shorter month), never past the calendar's end."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return dt.date.max if months > 0 else dt.date.min
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _money(funding: Funding) -> bool:
    return funding.form is not FundingForm.OWN_MEANS


def _from_municipality(answers: Answers, funding: Funding) -> bool:
    municipality = answers.municipality
    source = funding.source.lower()
    names = {municipality.id, municipality.name.lower(), (municipality.short_name or "").lower()}
    return source in names or "gemeente" in source


def _initiative_ids(answers: Answers) -> set[str]:
    return {party.id for party in answers.initiatives}


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
    ends = [funding.end for funding in answers.funding if _money(funding) and funding.end]
    end = _agreement_end(answers)
    if not ends or end is None:
        return
    horizon = max(ends)
    if _add_months(horizon, margin_months) < end[0]:
        yield "financiering", f"geld tot {format_date(horizon)}, {end[1]} tot {format_date(end[0])}"


@rule
def all_funding_within_a_year(answers: Answers, year_months: int) -> Iterator[Hit]:
    periods = [(funding.start or answers.term.start, funding.end)
               for funding in answers.funding if _money(funding) and funding.end]
    end = _agreement_end(answers)
    if not periods or end is None:
        return
    first, last = min(start for start, _ in periods), max(stop for _, stop in periods)
    if last <= _add_months(first, year_months) and end[0] > _add_months(answers.term.start, year_months):
        yield "financiering", None


@rule
def nothing_after_funding(answers: Answers) -> Iterator[Hit]:
    for index, funding in enumerate(answers.funding):
        if _money(funding) and not funding.afterwards:
            yield f"financiering[{index}].daarna", None


@rule
def no_step_to_implementation_plan(answers: Answers) -> Iterator[Hit]:
    if not answers.safeguards.implementation_plan:
        yield "borging.uitvoeringsplan", None


@rule
def only_short_term_goals(answers: Answers, year_months: int) -> Iterator[Hit]:
    dates = [goal.target_date for goal in answers.goals if goal.target_date]
    if dates and all(date <= _add_months(answers.term.start, year_months) for date in dates):
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
    initiatives = _initiative_ids(answers)
    funded = any(funding.recipient in initiatives and _money(funding) for funding in answers.funding)
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


# --- rolverdeling ----------------------------------------------------------------------------------

@rule
def all_tasks_with_initiative(answers: Answers) -> Iterator[Hit]:
    owners = [answers.party(task.owner) for task in answers.participation if task.owner]
    kinds = {party.kind for party in owners if party is not None}
    # Tasks spread over a housing association or heat company as well are not "all with the initiative".
    if kinds == {PartyKind.INITIATIVE}:
        yield "participatie", None


@rule
def municipality_without_commitments(answers: Answers) -> Iterator[Hit]:
    municipality = answers.municipality.id
    roles = [role for role in answers.roles if role.party == municipality]
    if not any(role.responsibilities for role in roles):
        yield "rollen", None


@rule
def municipal_capacity_unnamed(answers: Answers) -> Iterator[Hit]:
    municipality = answers.municipality.id
    for index, role in enumerate(answers.roles):
        if role.party != municipality:
            continue
        missing = [label for label, value in (("contactpersoon", role.contact), ("uren per maand", role.hours_per_month))
                   if value is None]
        if missing:
            yield f"rollen[{index}]", " en ".join(missing) + (" ontbreken" if len(missing) > 1 else " ontbreekt")


@rule
def only_assignments(answers: Answers) -> Iterator[Hit]:
    initiatives = _initiative_ids(answers)
    forms = {funding.form for funding in answers.funding
             if funding.recipient in initiatives and _money(funding) and funding.form is not FundingForm.HOURS}
    if forms == {FundingForm.ASSIGNMENT}:
        yield "financiering", None


# --- juridisch ----------------------------------------------------------------------------------------

@rule
def money_for_initiative_without_legal_personality(answers: Answers) -> Iterator[Hit]:
    for index, funding in enumerate(answers.funding):
        party = answers.party(funding.recipient) if funding.recipient else None
        if party is not None and party.kind is PartyKind.INITIATIVE and party.legal_form in WITHOUT_LEGAL_PERSONALITY \
                and _money(funding):
            yield f"financiering[{index}].ontvanger", f"{party.name} ({party.legal_form.value})"


@rule
def enforceable_in_io(answers: Answers) -> Iterator[Hit]:
    for index, task in enumerate(answers.participation):
        if task.obligation is Obligation.RESULT:
            yield f"participatie[{index}].verplichting", "verplichting: resultaat"
    for place, text in free_texts(answers):
        if (match := ENFORCEABLE.search(text)):
            yield place, f"'{match.group().lower()}'"


@rule
def signatory_without_authority(answers: Answers) -> Iterator[Hit]:
    for index, party in enumerate(answers.parties):
        if party.kind is not PartyKind.MUNICIPALITY:
            continue
        mayor_signs = party.representatives and all("burgemeester" in rep.function.lower()
                                                    for rep in party.representatives)
        if not mayor_signs and party.power_of_attorney is None:
            yield f"partijen[{index}].volmacht", None


@rule
def multi_year_money_without_reservation(answers: Answers) -> Iterator[Hit]:
    budget_year = (answers.date or answers.term.start).year
    for index, funding in enumerate(answers.funding):
        if funding.form in (FundingForm.HOURS, FundingForm.OWN_MEANS) or not _from_municipality(answers, funding):
            continue
        beyond = funding.end is None or funding.end.year > budget_year
        # The financien article always carries a general begrotingsvoorbehoud; what the answers
        # must add is whether this money is in the (multi-year) budget or still has to be asked for.
        said = " ".join(text for text in (funding.conditions, funding.afterwards) if text)
        if beyond and not _BUDGET_RESERVATION.search(said):
            until = format_date(funding.end) if funding.end else "zonder einddatum"
            yield f"financiering[{index}].voorwaarden", f"{funding.source}, tot {until}" if funding.end else \
                f"{funding.source}, {until}"


@rule
def personal_data_without_arrangement(answers: Answers) -> Iterator[Hit]:
    if answers.privacy is None:
        for index, task in enumerate(answers.participation):
            if task.personal_data:
                yield f"participatie[{index}].persoonsgegevens", None
                return


@rule
def binding_agreement_with_working_group(answers: Answers) -> Iterator[Hit]:
    for index, party in enumerate(answers.parties):
        if party.kind is PartyKind.INITIATIVE and party.legal_form is LegalForm.NO_LEGAL_ENTITY:
            yield f"partijen[{index}].rechtsvorm", party.name


@rule
def informal_association_board_liable(answers: Answers) -> Iterator[Hit]:
    for index, party in enumerate(answers.parties):
        if party.legal_form is LegalForm.INFORMAL_ASSOCIATION:
            yield f"partijen[{index}].rechtsvorm", party.name
