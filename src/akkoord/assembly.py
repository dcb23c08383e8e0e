"""Assembly: a pure function from answers and the clause library to an Agreement ready to be written."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from akkoord.anchoring import PlacedRemark, place_remarks
from akkoord.annex_documents import budget_annex, document_annexes
from akkoord.annexes import role_annex, timeline_annex
from akkoord.answers import predicates
from akkoord.answers.loading import parse_yaml_file
from akkoord.answers.model import Answers
from akkoord.answers.vocabularies import FundingForm, PartyKind
from akkoord.clause_helpers import clause_helpers
from akkoord.document import Agreement, Article, Inline, Member, PartyBlock, Provenance, Run, Signatory, plain
from akkoord.errors import UserError
from akkoord.library import Clause, Library
from akkoord.markdown_blocks import parse_members_with_reads, parse_paragraphs
from akkoord.package_data import package_folder
from akkoord.patterns import LazyPattern
from akkoord.provenance import collecting, logging_reads, render_logged, trace_answers
from akkoord.render import RENDER_ERRORS, template_error
from akkoord.template_limits import budget_handler

KIND_HEADINGS = {"intentieovereenkomst": "Intentieovereenkomst",
                 "samenwerkingsovereenkomst": "Samenwerkingsovereenkomst"}


def templates_dir() -> Path:
    return package_folder("akkoord.templates")


def load_skeleton(agreement_type: str) -> dict[str, Any]:
    return dict(_skeleton(agreement_type))


@cache
def _skeleton(agreement_type: str) -> dict[str, Any]:
    """The frame texts of one kind of agreement: package data, read once per process."""
    return dict(parse_yaml_file(templates_dir() / f"{agreement_type}.yaml").data)


# --- the context templates see -------------------------------------------------------------------

def template_context(answers: Answers, today: dt.date) -> dict[str, Any]:
    """The answers under their Dutch keys, plus derived values clause authors need often.

    Every answer knows its answers path (see `provenance`), so what a template prints is traced.
    """
    context = dict(trace_answers(answers.model_dump(by_alias=True)))
    parties = []
    for party, data in zip(answers.parties, context["partijen"], strict=True):
        # The label is how the party is named everywhere; as a derived name it is not traced.
        dict.__setitem__(data, "aanduiding", party.label)
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
        gemeentelijk_geld=[item for item, own in zip(context["financiering"], municipal, strict=True)
                           if own and item["bedrag"] is not None and item["vorm"] != FundingForm.EXTERNAL_SUBSIDY],
        gemeentelijke_bijdragen=[item for item, own in zip(context["financiering"], municipal, strict=True)
                                 if own and item["vorm"] != FundingForm.EXTERNAL_SUBSIDY],
        verwerkt_persoonsgegevens=any(task.personal_data for task in answers.participation),
        documentdatum=context["datum"] or today,
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
             explanatory_notes: bool = False, today: dt.date | None = None,
             comments: bool = True) -> Agreement:
    """The agreement for these answers. Printed answers are traced while it is built (`collecting`)."""
    with collecting(), budget_handler():
        agreement = _assemble(answers, library, explanatory_notes=explanatory_notes, today=today or dt.date.today())
    place_remarks(agreement, list(remarks), library, comments=comments)
    return agreement


def _assemble(answers: Answers, library: Library, *, explanatory_notes: bool, today: dt.date) -> Agreement:
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

    chosen = []
    condition_reads: dict[str, list[str]] = {}
    for clause in library.for_type(answers.agreement_type):
        with logging_reads() as log:
            applies = _applies(clause, context)
        condition_reads[clause.id] = [path for _, path in log]
        if applies:
            chosen.append(clause)
    numbers = {clause.id: number for number, clause in enumerate(chosen, start=1)}
    def article(clause_id: str) -> int:
        if clause_id not in numbers:
            raise ValueError(f"artikel('{clause_id}') verwijst naar een artikel dat niet in deze overeenkomst staat; "
                             f"controleer de id of zet de verwijzing binnen {{% if heeft_artikel('{clause_id}') %}}")
        return numbers[clause_id]

    context["artikel"] = article
    context["heeft_artikel"] = lambda clause_id: clause_id in numbers
    articles = [_render_clause(clause, context, condition_reads[clause.id]) for clause in chosen]
    if explanatory_notes:
        from akkoord.toelichting import render_note  # only with --toelichting: its records cost each run

        # Written for this document: the notes see the same answers and the leden just made.
        for number, (clause, made) in enumerate(zip(chosen, articles, strict=True), start=1):
            made.note = render_note(library, clause, number, made, context)

    parties = []
    for party, data in zip(answers.parties, context["partijen"], strict=True):
        markdown, reads = _render_file(library, "comparitie.md", {**context, "deze_partij": data})
        comparitie = _join(parse_paragraphs(markdown))
        parties.append(PartyBlock(
            label=party.label, name=party.name, comparitie=comparitie,
            # A werkgroep's participants sign as parties themselves (answers/predicates.py).
            signatories=tuple(Signatory(rep.name, f"in eigen naam ({rep.function})"
                                        if predicates.without_legal_entity(party) else rep.function)
                              for rep in party.representatives),
            key=f"comparitie.{party.id}", provenance=Provenance.of([comparitie], (path for _, path in reads))))
    markdown, recital_reads = _render_file(library, "overwegingen.md", context)
    recitals = [(inline, reads) for member, reads in parse_members_with_reads(markdown, recital_reads)
                for inline in (member.text, *member.items)]
    recital_members = _keyed("overwegingen", [(Member(text=inline), reads) for inline, reads in recitals])

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
        recitals=[member.text for member in recital_members],
        recitals_closing=render_text(skeleton["overwegingen_slot"], "overwegingen_slot").strip(),
        articles=articles,
        signing_intro=render_text(skeleton["ondertekening"], "ondertekening").strip(),
        annexes=[annex for annex in (role_annex(answers), timeline_annex(answers), budget_annex(answers),
                                     *document_annexes(answers)) if annex is not None],
        subject=f"{KIND_HEADINGS[answers.agreement_type.value]} {answers.area}",
        keywords="warmtetransitie; " + "; ".join(party.name for party in answers.parties),
        explanatory_notes=explanatory_notes,
        recital_keys=[member.key for member in recital_members],
        recital_provenance=[member.provenance for member in recital_members],
    )


def _applies(clause: Clause, context: dict[str, Any]) -> bool:
    if clause.condition is None:
        return True
    try:
        return bool(clause.condition(**context))
    except RENDER_ERRORS as error:
        raise template_error(error, clause.path) from None


def _render_clause(clause: Clause, context: dict[str, Any], condition_reads: list[str]) -> Article:
    try:
        body, log = render_logged(clause.template, context)
    except RENDER_ERRORS as error:
        raise template_error(error, clause.path) from None
    members = _keyed(clause.id, parse_members_with_reads(body, log))
    if not members:
        raise UserError(f"{clause.path}: clausule '{clause.id}' levert met deze antwoorden een leeg artikel op.",
                        "Geef de clausule een 'voorwaarde' die het artikel weglaat als er niets te zeggen is.")
    reads = tuple(dict.fromkeys([*condition_reads, *(path for _, path in log)]))
    return Article(clause_id=clause.id, title=clause.meta.titel, members=members,
                   note=clause.meta.toelichting, source=clause.meta.bron,
                   binding_in_io=clause.meta.bindend_in_io, reads=reads)


_DIGITS_AND_SPACE = LazyPattern(r"[\d\s]+")


@lru_cache(maxsize=2048)
def _wording_digest(text: str) -> str:
    """A lid's fixed wording, without numbers and spacing, as a short digest; kept, as fixed wording repeats."""
    wording = _DIGITS_AND_SPACE.sub(" ", text).strip().lower()
    return hashlib.sha1(wording.encode("utf-8")).hexdigest()[:8]


def _keyed(prefix: str, found: list[tuple[Member, list[str]]]) -> list[Member]:
    """Give each lid its provenance and a key that does not depend on its position or on numbers in it."""
    members: list[Member] = []
    used: set[str] = set()
    for member, reads in found:
        provenance = Provenance.of([member.text, *member.items], reads)
        own = provenance.answers + provenance.defaults + provenance.placeholders
        key = f"{prefix}.{own[0]}" if own else f"{prefix}.t{_wording_digest(plain(member.text))}"
        unique, count = key, 1
        while unique in used:
            count += 1
            unique = f"{key}~{count}"
        used.add(unique)
        members.append(Member(text=member.text, items=member.items, key=unique, provenance=provenance))
    return members


def _render_file(library: Library, name: str, context: dict[str, Any]) -> tuple[str, list[tuple[int, str]]]:
    try:
        return render_logged(file_template(library, name), context)
    except RENDER_ERRORS as error:
        raise template_error(error, templates_dir() / name, what="sjabloon") from None


def file_template(library: Library, name: str) -> Any:
    """A template file of the frame ('comparitie.md'), compiled once per library."""
    loader = library.environment.loader
    key = f"templates/{name}"
    if key not in loader.sources:  # type: ignore[union-attr]
        # The file is read once per library: its path is only needed then, not for every party of every document.
        path = templates_dir() / name
        loader.add(key, path.read_text(encoding="utf-8"), str(path))  # type: ignore[union-attr]
    return library.environment.get_template(key)


def _join(paragraphs: list[Inline]) -> Inline:
    """One paragraph from several, separated by a space."""
    runs: list[Run] = []
    for paragraph in paragraphs:
        if runs:
            runs.append(Run(" "))
        runs.extend(paragraph)
    return tuple(runs)
