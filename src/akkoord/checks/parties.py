"""Structural checks about the parties: the division of roles and the legal position (AK401-AK507)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from akkoord.answers import predicates
from akkoord.answers.model import Answers, Funding
from akkoord.answers.vocabularies import FundingForm, LegalForm, Obligation, PartyKind
from akkoord.checks.answer_texts import free_texts
from akkoord.checks.rulebook import Hit, Rule, initiative_ids, is_money, registry
from akkoord.dutch import format_date
from akkoord.patterns import LazyPattern

#: This module's rules by function name.
RULES: dict[str, Rule] = {}
rule = registry(RULES)

#: Legal forms without full legal capacity.
WITHOUT_LEGAL_PERSONALITY = {LegalForm.NO_LEGAL_ENTITY, LegalForm.INFORMAL_ASSOCIATION}
#: Wording that makes an obligation sound enforceable (for intentieovereenkomsten).
ENFORCEABLE = LazyPattern(r"(?<![\w-])(?:verplicht(?:en)? zich|is verplicht|zijn verplicht|garande(?:ert|ren)|"
                          r"staat (?:er ?)?(?:voor )?in|boete|schadevergoeding (?:verschuldigd|betalen))(?![\w-])",
                          re.IGNORECASE)  # compiled when an intentieovereenkomst is checked
_BUDGET_RESERVATION = LazyPattern(r"begroting|voorbehoud|4:34", re.IGNORECASE)


def _from_municipality(answers: Answers, funding: Funding) -> bool:
    # One definition for clauses and checks: 'Gemeentefonds' or another gemeente is not this municipality.
    return predicates.from_municipality(answers, funding)


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
        named = (("contactpersoon", role.contact), ("uren per maand", role.hours_per_month))
        missing = [label for label, value in named if value is None]
        if missing:
            yield f"rollen[{index}]", " en ".join(missing) + (" ontbreken" if len(missing) > 1 else " ontbreekt")


@rule
def only_assignments(answers: Answers) -> Iterator[Hit]:
    initiatives = initiative_ids(answers)
    forms = {funding.form for funding in answers.funding
             if funding.recipient in initiatives and is_money(funding) and funding.form is not FundingForm.HOURS}
    if forms == {FundingForm.ASSIGNMENT}:
        yield "financiering", None


# --- juridisch ----------------------------------------------------------------------------------------

@rule
def money_for_initiative_without_legal_personality(answers: Answers) -> Iterator[Hit]:
    for index, funding in enumerate(answers.funding):
        party = answers.party(funding.recipient) if funding.recipient else None
        if party is not None and party.kind is PartyKind.INITIATIVE and party.legal_form in WITHOUT_LEGAL_PERSONALITY \
                and is_money(funding):
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
        if not predicates.mayor_signs(party) and party.power_of_attorney is None:
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
