"""Annexes a gemeentejurist expects beside the rolverdeling and tijdlijn: the budget, and the documents
that show representation and privacy arrangements (collegebesluit, volmacht, AVG arrangement).

The budget is built from the answers: one row per source and year, each amount stated as given (a
total over a period of several years says so), with the total in money. The documents cannot be made
by the tool: they are listed, and marked as still to be attached until someone attaches them.
"""

from __future__ import annotations

from decimal import Decimal

from akkoord.annexes import FUNDING_FORM_LABELS, party_label
from akkoord.answers import predicates
from akkoord.answers.model import Answers, Funding
from akkoord.answers.vocabularies import PrivacyRole
from akkoord.document import Annex, Table
from akkoord.dutch import format_amount, format_date

TO_ATTACH = "Deze bijlage wordt bij de ondertekening aan de overeenkomst gehecht."


def _years(funding: Funding) -> str:
    first = funding.start or funding.end
    last = funding.end or funding.start
    if first is None or last is None:
        return "—"
    return str(first.year) if first.year == last.year else f"{first.year}–{last.year}"


def _amount(funding: Funding) -> str:
    if funding.amount is not None:
        text = format_amount(funding.amount)
        if (funding.start and funding.end and funding.start.year != funding.end.year):
            text += " in totaal"
        return text
    if funding.hours:
        return f"{funding.hours} uur"
    return "nog niet bepaald"


def budget_annex(answers: Answers) -> Annex | None:
    if not answers.funding:
        return None
    ordered = sorted(enumerate(answers.funding), key=lambda pair: (pair[1].start or pair[1].end or answers.term.start,
                                                                   pair[1].source))
    rows = [(party_label(answers, item.source), FUNDING_FORM_LABELS[item.form],
             party_label(answers, item.recipient) if item.recipient else "—", _years(item), _amount(item))
            for _, item in ordered]
    # Each row knows the answers it shows (provenance), so comments and rounds can find it.
    sources: list[tuple[str, ...]] = [(f"financiering[{index}]",) for index, _ in ordered]
    money = [(index, item.amount) for index, item in enumerate(answers.funding) if item.amount is not None]
    if money:
        rows.append(("Totaal in geld", "", "", "", format_amount(sum((amount for _, amount in money), Decimal(0)))))
        sources.append(tuple(f"financiering[{index}].bedrag" for index, _ in money))
    hours = [(index, item.hours) for index, item in enumerate(answers.funding) if item.hours]
    if hours:
        rows.append(("Totaal in uren", "", "", "", f"{sum(h for _, h in hours)} uur"))
        sources.append(tuple(f"financiering[{index}].uren" for index, _ in hours))
    return Annex(title="Begroting",
                 intro="De middelen per bron en per jaar, zoals de overeenkomst ze noemt. Een bedrag over "
                       "meer jaren is het totaal over die jaren.",
                 table=Table(header=("Bron", "Vorm", "Ontvanger", "Jaar", "Bedrag of uren"),
                             rows=tuple(rows), widths=(4, 3, 3.5, 2, 3), sources=tuple(sources)))


def document_annexes(answers: Answers) -> list[Annex]:
    """The collegebesluit, the volmacht and the AVG arrangement, as annexes still to be attached."""
    municipality = answers.municipality
    name = municipality.short_name or municipality.name
    annexes = []
    decision = municipality.college_decision
    annexes.append(Annex(
        title="Collegebesluit",
        intro=("Het besluit van het college van burgemeester en wethouders van " + name
               + (f" van {format_date(decision.date)}" if decision else " van [datum collegebesluit]")
               + (f", kenmerk {decision.reference}" if decision and decision.reference else "")
               + ", om deze overeenkomst aan te gaan. " + TO_ATTACH),
        table=None, attached=False))
    if not predicates.mayor_signs(municipality):
        attorney = municipality.power_of_attorney
        annexes.append(Annex(
            title="Volmacht",
            intro=("De volmacht van de burgemeester aan de ondertekenaar namens " + name
                   + (f" van {format_date(attorney.date)}" if attorney else " van [datum volmacht]")
                   + (f", kenmerk {attorney.reference}" if attorney and attorney.reference else "")
                   + ", als bedoeld in artikel 171, tweede lid, van de Gemeentewet. " + TO_ATTACH),
            table=None, attached=False))
    privacy = answers.privacy
    if privacy is not None and privacy.role is PrivacyRole.PROCESSOR:
        annexes.append(Annex(title="Verwerkersovereenkomst",
                             intro="De verwerkersovereenkomst als bedoeld in artikel 28, derde lid, van de AVG: een "
                                   "afzonderlijk stuk, ondertekend door de partijen daarbij. Een afschrift wordt "
                                   "ter kennisneming bijgevoegd zodra zij is gesloten; dat wijzigt deze overeenkomst "
                                   "niet.",
                             table=None, attached=False))
    elif privacy is not None and privacy.role is PrivacyRole.JOINT_CONTROLLERS:
        annexes.append(Annex(title="Regeling gezamenlijke verwerkingsverantwoordelijkheid",
                             intro="De regeling als bedoeld in artikel 26 van de AVG: een afzonderlijk stuk, "
                                   "ondertekend door de partijen daarbij. Een afschrift wordt ter kennisneming "
                                   "bijgevoegd zodra zij is vastgesteld; dat wijzigt deze overeenkomst niet.",
                             table=None, attached=False))
    return annexes
