"""The annexes of an agreement: role division and timeline, built from the answers."""

from __future__ import annotations

import datetime as dt

from akkoord.answers.model import Answers, Funding
from akkoord.answers.vocabularies import FundingForm
from akkoord.document import Annex, Table
from akkoord.dutch import format_amount, format_date


def role_annex(answers: Answers) -> Annex:
    rows = []
    sources = []
    for index, party in enumerate(answers.parties):
        sources.append((f"partijen[{index}]",
                        *(f"rollen[{n}]" for n, role in enumerate(answers.roles) if role.party == party.id),
                        *(f"participatie[{n}]" for n,
                          task in enumerate(answers.participation) if task.owner == party.id)))
        roles = [role for role in answers.roles if role.party == party.id]
        tasks = [task.task for task in answers.participation if task.owner == party.id]
        duties = [duty for role in roles for duty in role.responsibilities] + \
                 [f"taak: {task}" for task in tasks]
        contact = [role.contact.name + (f" ({role.contact.function})" if role.contact.function else "")
                   for role in roles if role.contact]
        contact += [f"{role.hours_per_month} uur per maand" for role in roles if role.hours_per_month]
        rows.append((party.label[:1].upper() + party.label[1:], "; ".join(role.role for role in roles) or "—",
                     "\n".join(duties) or "—", "\n".join(contact) or "—"))
    return Annex(title="Rolverdeling",
                 intro=("Wie welke rol heeft, waarvoor verantwoordelijk is en wie de contactpersoon is."
                        if answers.roles or answers.participation else
                        "Partijen leggen de rolverdeling vast zodra zij die hebben afgesproken; tot dan is "
                        "deze bijlage leeg."),
                 table=Table(header=("Partij", "Rol", "Verantwoordelijkheden en taken", "Contact en capaciteit"),
                             rows=tuple(rows), widths=(3, 4, 6, 3.5), sources=tuple(sources)))


def timeline_annex(answers: Answers) -> Annex:
    events: list[tuple[dt.date, str, str, str, str]] = []
    term = answers.term
    events.append((term.start, format_date(term.start), "Ingang van de overeenkomst", "looptijd", "looptijd.start"))
    if term.end:
        events.append((term.end, format_date(term.end), "Einde van de overeenkomst", "looptijd", "looptijd.einde"))
    for number, goal in enumerate(answers.goals):
        if goal.target_date:
            events.append((goal.target_date, format_date(goal.target_date), goal.description, "doel",
                           f"doelen[{number}]"))
    for number, task in enumerate(answers.participation):
        if task.deadline:
            party = answers.party(task.owner) if task.owner else None
            owner = party.label if party else ""
            events.append((task.deadline, format_date(task.deadline),
                           task.task[:1].upper() + task.task[1:] + (f" ({owner})" if owner else ""),
                           "participatie", f"participatie[{number}]"))
    for number, funding in enumerate(answers.funding):
        if funding.start or funding.end:
            when = " t/m ".join(format_date(day) for day in (funding.start, funding.end) if day)
            events.append((funding.start or funding.end, when, funding_summary(answers, funding),  # type: ignore[arg-type]
                           "financiering", f"financiering[{number}]"))
    evaluation = answers.safeguards.evaluation
    for number, moment in enumerate(evaluation.moments if evaluation else []):
        events.append((moment, format_date(moment), "Evaluatie van de samenwerking", "evaluatie",
                       f"borging.evaluatie.momenten[{number}]"))
    for number, point in enumerate(term.decision_points):
        events.append((point.date, format_date(point.date), f"Beslismoment: {point.subject}", "beslismoment",
                       f"looptijd.beslismomenten[{number}]"))
    events.sort(key=lambda event: event[0])
    return Annex(title="Tijdlijn",
                 intro="Doelen, financieringsperioden, evaluaties en looptijd in de tijd gezet.",
                 table=Table(header=("Wanneer", "Wat", "Soort"),
                             rows=tuple((when, what, kind) for _, when, what, kind, _ in events),
                             widths=(4.2, 9, 2.8), sources=tuple((path,) for *_, path in events)))


FUNDING_FORM_LABELS = {
    FundingForm.SUBSIDY: "Subsidie", FundingForm.ASSIGNMENT: "Opdracht",
    FundingForm.OWN_MEANS: "Eigen middelen", FundingForm.EXTERNAL_SUBSIDY: "Externe subsidie",
    FundingForm.HOURS: "Inzet in uren",
}


def party_label(answers: Answers, reference: str) -> str:
    """A party's label when `reference` is a party id, else the text as written."""
    party = answers.party(reference)
    return party.label if party else reference


def funding_summary(answers: Answers, funding: Funding) -> str:
    """'Subsidie van de Gemeente aan de Stichting: € 60.000'."""
    text = f"{FUNDING_FORM_LABELS[funding.form]} van {party_label(answers, funding.source)}"
    if funding.recipient and funding.recipient != funding.source:
        text += f" aan {party_label(answers, funding.recipient)}"
    if funding.amount is not None:
        text += f": {format_amount(funding.amount)}"
    elif funding.hours:
        text += f": {funding.hours} uur"
    return text
