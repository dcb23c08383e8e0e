"""Structural checks on what parties actually commit to: an exit at once, an open end, a facilitating-only
municipality, and an AVG processor role that turns subsidised work into a service.

Listed in checks/rules.py beside structure.py and parties.py; the texts of each check live in the catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from akkoord.checks.rulebook import Hit, Rule, registry
from akkoord.patterns import LazyPattern

if TYPE_CHECKING:
    from akkoord.answers.model import Answers

# The answers model is imported by the rules that run on it, not by this module: the catalogue lists
# these rules on every start, also when `controleer` reviews a Word draft without any answers.

#: This module's rules by function name (listed in checks/rules.py).
RULES: dict[str, Rule] = {}
rule = registry(RULES)

#: 'onbepaalde tijd' in the answers: the agreement is meant to run without an end.
OPEN_ENDED = LazyPattern(r"onbepaalde\s+tijd", re.IGNORECASE)
_AT_ONCE = (r"(?:per\s+direct|met\s+onmiddellijke\s+ingang|onmiddellijk|direct|zonder\s+opzegtermijn|"
            r"op\s+(?:elk|ieder)\s+moment|te\s+allen\s+tijde|zonder\s+opgaaf\s+van\s+redenen)")
_ENDING = (r"(?:opzeggen|opzegt|opgezegd|opzegbaar|beëindigen|beëindigt|beëindigd|ontbinden|ontbindt|stoppen|stopt"
           r"|uitstappen|stapt\s+uit|eindigen|eindigt)")
#: Free text that lets a party end the agreement at once ('kan per direct opzeggen', 'stopt direct').
ENDS_AT_ONCE = LazyPattern(rf"\b{_AT_ONCE}\b[^.;]{{0,60}}\b{_ENDING}\b|\b{_ENDING}\b[^.;]{{0,60}}\b{_AT_ONCE}\b",
                          re.IGNORECASE)
#: The verbs of a commitment that only facilitates.
FACILITATING = LazyPattern(r"\b(?:facilit\w*|ondersteun\w*)\b", re.IGNORECASE)


def _texts(answers: Answers) -> Iterable[tuple[str, str]]:
    from akkoord.checks.answer_texts import free_texts  # read once per run of the checks

    return free_texts(answers)


@rule
def open_end_without_notice(answers: Answers) -> Iterator[Hit]:
    """No end date, or 'onbepaalde tijd', and nothing about how a party gets out."""
    if answers.term.notice_months:
        return
    if answers.term.end is None:
        yield "looptijd.einde", "geen einddatum"
        return
    for place, text in _texts(answers):
        if OPEN_ENDED.search(text):
            yield place, "'onbepaalde tijd'"
            return


@rule
def ends_at_once(answers: Answers) -> Iterator[Hit]:
    for place, text in _texts(answers):
        if match := ENDS_AT_ONCE.search(text):
            yield place, f"'{' '.join(match.group().split()).lower()}'"


@rule
def municipality_only_facilitates(answers: Answers) -> Iterator[Hit]:
    from akkoord.answers import predicates

    municipality = answers.municipality.id
    commitments = [(f"rollen[{index}].rol", role.role) for index, role in enumerate(answers.roles)
                   if role.party == municipality]
    commitments += [(f"rollen[{index}].verantwoordelijkheden[{number}]", duty)
                    for index, role in enumerate(answers.roles) if role.party == municipality
                    for number, duty in enumerate(role.responsibilities)]
    commitments += [(f"participatie[{index}].taak", task.task) for index, task in enumerate(answers.participation)
                    if task.owner == municipality]
    if not commitments or predicates.municipal_contributions(answers):
        return
    if all(FACILITATING.search(text) for _, text in commitments):
        place = next(place for place, _ in commitments)
        yield place.split(".")[0], "; ".join(text for _, text in commitments[:3])


@rule
def processor_with_subsidy(answers: Answers) -> Iterator[Hit]:
    from akkoord.answers import predicates

    for party_id in predicates.processor_with_subsidy(answers):
        party = answers.party(party_id)
        yield "persoonsgegevens.rol", party.label if party else party_id
