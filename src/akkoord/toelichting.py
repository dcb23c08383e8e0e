"""The legal explanation (toelichting) for the agreement at hand: a separate, internal document.

Each clause's `toelichting` is a template rendered with the same answers as the clause, so it can
speak only of this document's type and of leden that exist (`lid(pad)`, `heeft_lid(pad)`,
`is_standaard(pad)`). The notes also list what akkoord filled in as a default and what is missing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from akkoord.anchoring import open_placeholders, quoted, targets
from akkoord.document import DEFAULT, Agreement, Article, marks_in, plain
from akkoord.markdown_blocks import parse_paragraphs
from akkoord.render import RENDER_ERRORS, template_error

INTERNAL = "Intern – geen onderdeel van de overeenkomst"


@dataclass(frozen=True)
class NoteSection:
    heading: str
    paragraphs: tuple[str, ...]
    source: str = ""


@dataclass
class Notes:
    """The toelichting as plain data, for the writer."""

    title: str
    subtitle: str
    intro: str
    header: str
    footer: str
    sections: list[NoteSection] = field(default_factory=list)


def lid_helpers(number: int, article: Article) -> dict[str, Any]:
    """Names a clause's toelichting can use to speak about the leden of its own article."""
    single = len(article.members) == 1

    def lid(path: str) -> str:
        for index, member in enumerate(article.members, start=1):
            if member.provenance.relation(path) >= 3:
                return f"artikel {number}" if single else f"artikel {number}.{index}"
        return ""

    def is_default(path: str) -> bool:
        return any(path in member.provenance.defaults for member in article.members)

    return {"lid": lid, "heeft_lid": lambda path: bool(lid(path)), "is_standaard": is_default}


def render_note(library: Any, clause: Any, number: int, article: Article, context: dict[str, Any]) -> str:
    """The clause's toelichting written for this document (paragraphs separated by blank lines)."""
    try:
        markdown = library.compiled(clause.meta.toelichting).render({**context, **lid_helpers(number, article)})
    except RENDER_ERRORS as error:
        raise template_error(error, clause.path, what="toelichting van de clausule") from None
    return "\n\n".join(plain(paragraph) for paragraph in parse_paragraphs(markdown))


def build_notes(agreement: Agreement) -> Notes:
    """The internal explanation of this agreement: open points first, then per article why and on what basis."""
    kind = agreement.kind_heading.lower()
    notes = Notes(
        title="Juridische toelichting",
        subtitle=f"bij ‘{agreement.title}’",
        intro=(f"{INTERNAL}. Deze toelichting is bestemd voor de jurist die versie {agreement.version} "
               f"van de {kind} beoordeelt, en wordt niet aan de andere partijen gestuurd. Zij legt per "
               "artikel uit waarom het erin staat en waarop het steunt, en noemt welke tekst akkoord als "
               "standaard heeft ingevuld en welke gegevens nog ontbreken."),
        header=f"INTERN – juridische toelichting – geen onderdeel van de {kind}",
        footer=f"Juridische toelichting bij {agreement.title}",
    )
    missing = [f"[{item.label}] in de {where}" if where.startswith("comparitie") else f"[{item.label}] in {where}"
               for item, where in open_placeholders(agreement)]
    if missing:
        notes.sections.append(NoteSection("Nog in te vullen", (
            "Deze gegevens ontbreken; het document kan pas definitief worden als ze zijn ingevuld:",
            *missing)))
    defaults = []
    for target in targets(agreement):
        for item in marks_in(target.inlines):
            if item.kind == DEFAULT:
                defaults.append(f"{target.where}: ‘{quoted(target.inlines, item)}’")
    if defaults:
        notes.sections.append(NoteSection("Standaardteksten om te bevestigen", (
            "Hierover zeggen de antwoorden niets; akkoord heeft een gebruikelijke regeling ingevuld. "
            "Bevestig die met de andere partijen of spreek iets anders af:", *defaults)))
    is_io = agreement.kind_heading == "Intentieovereenkomst"
    for number, article in enumerate(agreement.articles, start=1):
        heading = f"Artikel {number} {article.title}"
        if is_io and article.binding_in_io:
            heading += " (bindend)"
        paragraphs = tuple(part for part in article.note.split("\n\n") if part.strip())
        notes.sections.append(NoteSection(heading, paragraphs, article.source))
    return notes
