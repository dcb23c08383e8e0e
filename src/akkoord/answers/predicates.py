"""Domain predicates over the answers, each defined once: clauses, checks and the wizard ask these.

Before this module, "comes from the municipality" had three definitions (a party id, the literal word
'gemeente', any source containing 'gemeente' such as 'Gemeentefonds'); now there is one.
"""

from __future__ import annotations

import re

from akkoord.answers.model import Answers, Funding
from akkoord.answers.parties import Party
from akkoord.answers.vocabularies import FundingForm, LegalForm, PartyKind, PrivacyRole

#: Legal forms without full legal capacity: the werkgroep (none at all) and the informal association.
WITHOUT_FULL_CAPACITY = frozenset({LegalForm.NO_LEGAL_ENTITY, LegalForm.INFORMAL_ASSOCIATION})
#: Parties that receive municipal money as undertakings, for the state-aid and procurement lid.
UNDERTAKING_KINDS = frozenset({PartyKind.HOUSING_ASSOCIATION, PartyKind.HEAT_COMPANY, PartyKind.GRID_OPERATOR,
                               PartyKind.OTHER})
_MAYOR = re.compile(r"(?<![\w-])burgemeester(?![\w-])", re.IGNORECASE)


def _plain(text: str) -> str:
    return " ".join(text.lower().split())


def municipality_names(answers: Answers) -> set[str]:
    """Every way the answers may write the municipality as a funding source."""
    municipality = answers.municipality
    name = _plain(municipality.name)
    names = {municipality.id, name, "gemeente", "de gemeente", name.removeprefix("gemeente ")}
    if municipality.short_name:
        names.add(_plain(municipality.short_name))
    return names


def from_municipality(answers: Answers, funding: Funding) -> bool:
    """The money or hours come from the municipality itself (not from 'Gemeentefonds' or another gemeente)."""
    if funding.form in (FundingForm.SUBSIDY, FundingForm.ASSIGNMENT):
        return True  # a gemeentelijke subsidie or opdracht: the answers model's own definition of the forms
    return _plain(funding.source) in municipality_names(answers)


def municipal_contributions(answers: Answers) -> list[Funding]:
    """Everything the municipality contributes in money or hours: what the begrotingsvoorbehoud covers."""
    return [item for item in answers.funding
            if item.form is not FundingForm.EXTERNAL_SUBSIDY and from_municipality(answers, item)]


def mayor(party: Party):
    """The representative who is the burgemeester (not a loco-burgemeester), if one signs."""
    return next((rep for rep in party.representatives if _MAYOR.search(rep.function)), None)


def mayor_signs(party: Party) -> bool:
    """The municipality is represented by its burgemeester (Gemeentewet 171 lid 1): no volmacht needed."""
    return mayor(party) is not None


def without_legal_entity(party: Party) -> bool:
    """A werkgroep: only its natural persons can be parties (domain.md §6, informal association)."""
    return party.legal_form is LegalForm.NO_LEGAL_ENTITY


def without_full_capacity(party: Party) -> bool:
    return party.legal_form in WITHOUT_FULL_CAPACITY


def is_multi_party(answers: Answers) -> bool:
    """More than two parties: the overleg needs a chair, a secretariat and a decision rule."""
    return len(answers.parties) > 2


def money_to_undertakings(answers: Answers) -> bool:
    """Municipal money (or money the municipality passes on) may reach a company or housing association.

    True when the municipality funds a party that is not the initiative or the supporter, or receives
    outside money (PAW, province) while such a party is at the table: the state-aid and procurement lid.
    """
    undertakings = {party.id for party in answers.parties if party.kind in UNDERTAKING_KINDS}
    if not undertakings:
        return False
    municipality = answers.municipality.id
    for item in answers.funding:
        if item.form is FundingForm.OWN_MEANS:
            continue
        if from_municipality(answers, item) and item.recipient in undertakings:
            return True
        if item.recipient == municipality and item.form is FundingForm.EXTERNAL_SUBSIDY:
            return True
    return False


def processor_with_subsidy(answers: Answers) -> list[str]:
    """Parties that would process residents' data on the municipality's instructions (AVG art. 28)
    while receiving a subsidy for that same work: the AVG role makes the work a service (Awb 4:21)."""
    if answers.privacy is None or answers.privacy.role is not PrivacyRole.PROCESSOR:
        return []
    municipality = answers.municipality.id
    processors = {task.owner for task in answers.participation
                  if task.personal_data and task.owner and task.owner != municipality}
    subsidised = {item.recipient for item in answers.funding if item.form is FundingForm.SUBSIDY}
    return sorted(processors & subsidised)
