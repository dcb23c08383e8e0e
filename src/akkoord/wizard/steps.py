"""The sections of the wizard in order, and which answers belong to which section."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from akkoord.wizard.asking import Form, ListSpec, Session
from akkoord.wizard.steps_content import (
    BACKGROUND_WHY,
    FUNDING_WHY,
    GOALS_WHY,
    PARTICIPATION_WHY,
    ROLES_WHY,
    ask_background,
    ask_funding,
    ask_goals,
    ask_participation,
    ask_roles,
    funding_spec,
    goal_spec,
    role_spec,
    task_spec,
)
from akkoord.wizard.steps_parties import PARTIES_WHY, TYPE_WHY, ask_parties, ask_title, ask_type, party_spec
from akkoord.wizard.steps_terms import SAFEGUARDS_WHY, TERM_WHY, ask_safeguards, ask_signing, ask_term


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    why: str
    #: The top-level keys of the answers file this section fills (warnings are grouped by these).
    keys: tuple[str, ...]
    ask: Callable[[Form], None]


SECTIONS: list[Section] = [
    Section("soort", "Soort overeenkomst", TYPE_WHY, ("soort",), ask_type),
    Section("algemeen", "Titel en gebied", "De buurt en de titel; ook de bestandsnamen worden van de titel gemaakt.",
            ("titel", "gebied", "status", "versie", "datum"), ask_title),
    Section("partijen", "Partijen", PARTIES_WHY, ("partijen",), ask_parties),
    Section("aanleiding", "Aanleiding", BACKGROUND_WHY, ("aanleiding",), ask_background),
    Section("doelen", "Doelen", GOALS_WHY, ("doelen",), ask_goals),
    Section("rollen", "Rolverdeling", ROLES_WHY, ("rollen",), ask_roles),
    Section("participatie", "Activiteiten met bewoners", PARTICIPATION_WHY, ("participatie", "persoonsgegevens"),
            ask_participation),
    Section("financiering", "Financiering", FUNDING_WHY, ("financiering",), ask_funding),
    Section("borging", "Borging", SAFEGUARDS_WHY, ("borging",), ask_safeguards),
    Section("looptijd", "Looptijd", TERM_WHY, ("looptijd",), ask_term),
    Section("ondertekening", "Ondertekening", "Waar en wanneer er getekend wordt.", ("ondertekening",), ask_signing),
]


def top_key(place: str) -> str:
    """'doelen[1].resultaat' -> 'doelen'."""
    return place.split(".")[0].split("[")[0]


def section_of(place: str) -> Section | None:
    """The section an answers path like 'doelen[1].resultaat' belongs to."""
    top = top_key(place)
    return next((section for section in SECTIONS if top in section.keys), None)


def section_by_key(key: str) -> Section:
    return next(section for section in SECTIONS if section.key == key)


def spec_for(session: Session, key: str) -> ListSpec:
    """The list of the answers file under `key` (partijen, doelen ...) as the wizard fills it."""
    specs = {"partijen": party_spec, "doelen": goal_spec, "participatie": task_spec, "financiering": funding_spec}
    return role_spec(session) if key == "rollen" else specs[key]()
