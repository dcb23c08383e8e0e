"""Assembly: a pure function from answers and the clause library to an Agreement ready to be written."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from akkoord.answers.loading import parse_yaml_file
from akkoord.answers import predicates
from akkoord.answers.model import Answers, Funding, FundingForm, PartyKind
from akkoord.clause_helpers import clause_helpers
from akkoord.document import (Agreement, Annex, Article, Inline, PartyBlock, Remark, Run,
                              Signatory, Table, plain)
from akkoord.dutch import format_amount, format_date
from akkoord.errors import UserError
from akkoord.library import Clause, Library
from akkoord.markdown_blocks import parse_members, parse_paragraphs
from akkoord.render import RENDER_ERRORS, template_error

KIND_HEADINGS = {"intentieovereenkomst": "Intentieovereenkomst",
                 "samenwerkingsovereenkomst": "Samenwerkingsovereenkomst"}


@dataclass(frozen=True)
class PlacedRemark:
    """A remark about part of the answers (`place` such as 'financiering[0].tot') for the document."""

    place: str
    text: str


def templates_dir() -> Path:
    return Path(str(resources.files("akkoord.templates")))


def load_skeleton(agreement_type: str) -> dict[str, Any]:
    return dict(parse_yaml_file(templates_dir() / f"{agreement_type}.yaml").data)


# --- the context templates see -------------------------------------------------------------------

def template_context(answers: Answers, today: dt.date) -> dict[str, Any]:
    """The answers under their Dutch keys, plus derived values clause authors need often."""
    context = answers.model_dump(by_alias=True)
    parties = []
    for party, data in zip(answers.parties, context["partijen"]):
        data["aanduiding"] = party.label
        parties.append(data)
    by_id = {party["id"]: party for party in parties}

    def funding_of(*forms: FundingForm) -> list[dict[str, Any]]:
        return [item for item in context["financiering"] if item["vorm"] in forms]

    municipal = [predicates.from_municipality(answers, item) for item in answers.funding]
    context.update(
        partijen=parties,
        gemeente=by_id[answers.municipality.id],
        initiatieven=[by_id[p.id] for p in answers.initiatives],
        overige_partijen=[by_id[p.id] for p in answers.parties
                          if p.kind not in (PartyKind.MUNICIPALITY, PartyKind.INITIATIVE)],
        partij=lambda party_id: by_id[party_id],
        naam=lambda party_id: by_id[party_id]["aanduiding"],
        is_io=answers.is_io,
        is_sok=not answers.is_io,
        subsidies=funding_of(FundingForm.SUBSIDY),
        opdrachten=funding_of(FundingForm.ASSIGNMENT),
        externe_subsidies=funding_of(FundingForm.EXTERNAL_SUBSIDY),
        eigen_middelen=funding_of(FundingForm.OWN_MEANS),
        ureninzet=funding_of(FundingForm.HOURS),
        gemeentelijk_geld=[item for item, own in zip(context["financiering"], municipal)
                           if own and item["bedrag"] is not None and item["vorm"] != FundingForm.EXTERNAL_SUBSIDY],
        gemeentelijke_bijdragen=[item for item, own in zip(context["financiering"], municipal)
                                 if own and item["vorm"] != FundingForm.EXTERNAL_SUBSIDY],
        verwerkt_persoonsgegevens=any(task.personal_data for task in answers.participation),
        documentdatum=answers.date or today,
    )
    context.update(_clause_helpers(answers, context, by_id))
    return context


def _clause_helpers(answers: Answers, context: dict[str, Any], by_id: dict[str, Any]) -> dict[str, Any]:
    """Derived values for the clause library (owned by the clause library's authors)."""
    municipality = by_id[answers.municipality.id]

    def source_name(source: str) -> str:
        """How a funding source reads in running text: a party's aanduiding, else the text as given."""
        if source in by_id:
            return by_id[source]["aanduiding"]
        if " ".join(source.lower().split()) in predicates.municipality_names(answers):
            return municipality["aanduiding"]
        return source

    supporter_id = answers.safeguards.supporter
    if supporter_id not in by_id:
        supporter_id = next((p.id for p in answers.parties if p.kind is PartyKind.SUPPORTER), None)
    # Calendar years covered by municipal subsidies: Awb 4:51 applies from three consecutive years.
    years: set[int] = set()
    document_date = context["documentdatum"]
    for item in answers.funding:
        if item.form is FundingForm.SUBSIDY:
            first = (item.start or item.end or document_date).year
            last = (item.end or item.start or document_date).year
            years.update(range(first, last + 1))
    return {
        **clause_helpers(answers),
        "bron_naam": source_name,
        "ondersteuner": by_id[supporter_id] if supporter_id else None,
        "subsidiejaren": sorted(years),
        "persoonsgegevenstaken": [task for task in context["participatie"] if task["persoonsgegevens"]],
    }


# --- assembly ----------------------------------------------------------------------------------------

def assemble(answers: Answers, library: Library, *, remarks: Iterable[PlacedRemark] = (),
             explanatory_notes: bool = False, today: dt.date | None = None) -> Agreement:
    today = today or dt.date.today()
    skeleton = load_skeleton(answers.agreement_type.value)
    context = template_context(answers, today)

    def render_text(template_text: str, name: str, **extra: Any) -> str:
        """A frame text: rendered like a clause, then read as Markdown into plain text."""
        try:
            markdown = library.compiled(template_text).render({**context, **extra})
        except RENDER_ERRORS as error:
            raise template_error(error, templates_dir() / f"{answers.agreement_type.value}.yaml",
                                 what=f"sjabloononderdeel '{name}'") from None
        return plain(_join(parse_paragraphs(markdown)))

    chosen = [clause for clause in library.for_type(answers.agreement_type) if _applies(clause, context)]
    numbers = {clause.id: number for number, clause in enumerate(chosen, start=1)}
    def article(clause_id: str) -> int:
        if clause_id not in numbers:
            raise ValueError(f"artikel('{clause_id}') verwijst naar een artikel dat niet in deze overeenkomst staat; "
                             f"controleer de id of zet de verwijzing binnen {{% if heeft_artikel('{clause_id}') %}}")
        return numbers[clause_id]

    context["artikel"] = article
    context["heeft_artikel"] = lambda clause_id: clause_id in numbers
    articles = [_render_clause(clause, context) for clause in chosen]
    _place_remarks(articles, library, list(remarks))

    parties = [
        PartyBlock(label=party.label, name=party.name,
                   comparitie=_join(parse_paragraphs(
                       _render_file(library, "comparitie.md", {**context, "deze_partij": data}))),
                   signatories=tuple(Signatory(rep.name, rep.function) for rep in party.representatives))
        for party, data in zip(answers.parties, context["partijen"])
    ]
    recitals = parse_paragraphs(_render_file(library, "overwegingen.md", context))

    return Agreement(
        title=answers.title,
        kind_heading=KIND_HEADINGS[answers.agreement_type.value],
        subtitle=render_text(skeleton["ondertitel"], "ondertitel").strip(),
        is_concept=answers.status.value == "concept",
        version=answers.version,
        date=answers.date or today,
        opening=render_text(skeleton["aanhef"], "aanhef").strip(),
        parties=parties,
        parties_closing=render_text(skeleton["na_partijen"], "na_partijen").strip(),
        recitals_heading=skeleton["overwegingen_kop"],
        recitals=recitals,
        recitals_closing=render_text(skeleton["overwegingen_slot"], "overwegingen_slot").strip(),
        articles=articles,
        signing_intro=render_text(skeleton["ondertekening"], "ondertekening").strip(),
        annexes=[role_annex(answers), timeline_annex(answers)],
        subject=f"{KIND_HEADINGS[answers.agreement_type.value]} {answers.area}",
        keywords="warmtetransitie; " + "; ".join(party.name for party in answers.parties),
        explanatory_notes=explanatory_notes,
    )


def _applies(clause: Clause, context: dict[str, Any]) -> bool:
    if clause.condition is None:
        return True
    try:
        return bool(clause.condition(**context))
    except RENDER_ERRORS as error:
        raise template_error(error, clause.path) from None


def _render_clause(clause: Clause, context: dict[str, Any]) -> Article:
    try:
        body = clause.template.render(context)
    except RENDER_ERRORS as error:
        raise template_error(error, clause.path) from None
    members = parse_members(body)
    if not members:
        raise UserError(f"{clause.path}: clausule '{clause.id}' levert met deze antwoorden een leeg artikel op.",
                        "Geef de clausule een 'voorwaarde' die het artikel weglaat als er niets te zeggen is.")
    return Article(clause_id=clause.id, title=clause.meta.titel, members=members,
                   note=clause.meta.toelichting, source=clause.meta.bron,
                   binding_in_io=clause.meta.bindend_in_io)


def _render_file(library: Library, name: str, context: dict[str, Any]) -> str:
    path = templates_dir() / name
    loader = library.environment.loader
    key = f"templates/{name}"
    if key not in loader.sources:  # type: ignore[union-attr]
        loader.add(key, path.read_text(encoding="utf-8"), str(path))  # type: ignore[union-attr]
    try:
        return library.environment.get_template(key).render(context)
    except RENDER_ERRORS as error:
        raise template_error(error, path, what="sjabloon") from None


def _join(paragraphs: list[Inline]) -> Inline:
    """One paragraph from several, separated by a space."""
    runs: list[Run] = []
    for paragraph in paragraphs:
        if runs:
            runs.append(Run(" "))
        runs.extend(paragraph)
    return tuple(runs)


def _place_remarks(articles: list[Article], library: Library, remarks: list[PlacedRemark]) -> None:
    """Attach each remark to the first article about the answers section it concerns."""
    if not articles:
        return
    for remark in remarks:
        section = remark.place.split(".")[0].split("[")[0]
        target = next((article for article in articles
                       if section in library.clauses[article.clause_id].meta.onderwerpen), articles[0])
        target.remarks.append(Remark(remark.text))


# --- annexes --------------------------------------------------------------------------------------

def role_annex(answers: Answers) -> Annex:
    rows = []
    for party in answers.parties:
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
                             rows=tuple(rows), widths=(3, 4, 6, 3.5)))


def timeline_annex(answers: Answers) -> Annex:
    events: list[tuple[dt.date, str, str, str]] = []
    term = answers.term
    events.append((term.start, format_date(term.start), "Ingang van de overeenkomst", "looptijd"))
    if term.end:
        events.append((term.end, format_date(term.end), "Einde van de overeenkomst", "looptijd"))
    for goal in answers.goals:
        if goal.target_date:
            events.append((goal.target_date, format_date(goal.target_date), goal.description, "doel"))
    for task in answers.participation:
        if task.deadline:
            owner = answers.party(task.owner).label if task.owner and answers.party(task.owner) else ""
            events.append((task.deadline, format_date(task.deadline),
                           task.task[:1].upper() + task.task[1:] + (f" ({owner})" if owner else ""),
                           "participatie"))
    for funding in answers.funding:
        if funding.start or funding.end:
            when = " t/m ".join(format_date(day) for day in (funding.start, funding.end) if day)
            events.append((funding.start or funding.end, when, funding_summary(answers, funding),  # type: ignore[arg-type]
                           "financiering"))
    evaluation = answers.safeguards.evaluation
    for moment in evaluation.moments if evaluation else []:
        events.append((moment, format_date(moment), "Evaluatie van de samenwerking", "evaluatie"))
    for point in term.decision_points:
        events.append((point.date, format_date(point.date), f"Beslismoment: {point.subject}", "beslismoment"))
    events.sort(key=lambda event: event[0])
    return Annex(title="Tijdlijn",
                 intro="Doelen, financieringsperioden, evaluaties en looptijd in de tijd gezet.",
                 table=Table(header=("Wanneer", "Wat", "Soort"),
                             rows=tuple((when, what, kind) for _, when, what, kind in events),
                             widths=(4.2, 9, 2.8)))


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
