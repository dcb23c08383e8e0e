"""Changing a list from the review screen: add, change or remove an item; removing a party fixes what points at it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from akkoord.answers.model import PARTY_REFERENCES
from akkoord.wizard.asking import Form, ListSpec, add_item, fill_item


def edit_list(parent: Form, spec: ListSpec, edit: Callable[[int], None] | None = None) -> None:
    """A menu over one list: change (`edit`, else every question of the item) or remove an item, add one."""
    session = parent.session
    while True:
        items = parent.sequence(spec.key)
        choices: list[tuple[str, Any]] = [("Terug naar het overzicht" if parent.path == "" else "Terug", "back"),
                                          (f"Voeg een {spec.noun} toe", "add")]
        for index, item in enumerate(items):
            label = spec.label(item) or f"{spec.noun} {index + 1}"
            choices.append((f"Wijzig {spec.noun} {index + 1}: {short(label, session.ui.width - 28)}", ("edit", index)))
        if len(items) > spec.minimum:
            for index, item in enumerate(items):
                label = spec.label(item) or f"{spec.noun} {index + 1}"
                choices.append((f"Verwijder {spec.noun} {index + 1}: {short(label, session.ui.width - 32)}",
                                ("remove", index)))
        session.ui.hint(f"Er {'is' if len(items) == 1 else 'zijn'} nu {len(items)} "
                        f"{spec.noun if len(items) == 1 else spec.plural}.")
        picked = session.ui.select(f"{parent.qid(spec.key)}.menu", f"{spec.plural.capitalize()}: wat wil je doen?",
                                   choices, default="back")
        if picked == "back":
            return
        if picked == "add":
            add_item(parent, spec)
        elif picked[0] == "edit":
            if edit is not None:
                edit(picked[1])
            else:
                fill_item(parent, spec, picked[1], session.revising())
        else:
            remove_item(parent, spec, picked[1])


def remove_item(parent: Form, spec: ListSpec, index: int) -> None:
    session = parent.session
    items = parent.sequence(spec.key)
    label = spec.label(items[index]) or f"{spec.noun} {index + 1}"
    if not session.yes_no(f"{parent.qid(spec.key)}.verwijderen", f"Weet je zeker dat je '{short(label, 50)}' wilt "
                          "verwijderen?", "Dit kun je niet ongedaan maken.", default=False):
        return
    removed = items[index]
    del items[index]
    session.draft.forget_item(parent.qid(spec.key), index)
    if parent.qid(spec.key) == "partijen":
        for line in drop_references(session.draft.data, removed.get("id"), session.draft):
            session.ui.warn(line)
    session.draft.save()


def drop_references(data: dict, party_id: Any, draft: Any = None) -> list[str]:
    """Remove what points at a removed party, and say what changed: nothing may point into the void."""
    if party_id is None:
        return []
    told = []
    for section, key in PARTY_REFERENCES:
        items = data.get(section) or []
        for index in reversed(range(len(items))):
            item = items[index]
            if not isinstance(item, dict) or item.get(key) != party_id:
                continue
            if section == "rollen":
                del items[index]
                if draft is not None:
                    draft.forget_item("rollen", index)
                told.append(f"De rol van deze partij (rol {index + 1}) is ook weggehaald.")
            else:
                del item[key]
                noun = {"participatie": "activiteit", "financiering": "geldbron"}[section]
                who = {"uitvoerder": "wie het uitvoert", "ontvanger": "wie het ontvangt"}[key]
                told.append(f"Bij {noun} {index + 1} staat nu open {who}; kies dat in het overzicht opnieuw.")
    safeguards = data.get("borging")
    if isinstance(safeguards, dict) and safeguards.get("ondersteuner") == party_id:
        del safeguards["ondersteuner"]
        told.append("De onafhankelijke ondersteuner bij borging is leeggemaakt.")
    return told


def short(text: str, width: int) -> str:
    """Shortened between words, never inside one."""
    import textwrap

    return textwrap.shorten(" ".join(str(text).split()), width=max(20, width), placeholder=" …")
