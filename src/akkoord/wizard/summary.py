"""What the review screen shows: the answers of a group as 'short name: value', and a section in one line."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from akkoord.answers.declare import Record
from akkoord.answers.labels import field_text, has_text
from akkoord.answers.sections import fields_of, inner_model
from akkoord.wizard.fields import GROUP, field_of, shown


@dataclass(frozen=True)
class Shown:
    """One answer on screen: its path (to change it), its short name and its value as text."""

    path: str
    label: str
    value: str
    #: A nested list (the signers of a party): changed through its own menu.
    is_list: bool = False


def party_names(data: dict) -> dict[str, str]:
    return {str(p.get("id")): str(p.get("naam")) for p in data.get("partijen") or [] if isinstance(p, dict)}


def answers_of(node: dict, model: type[Record], path: str, data: dict, agreement_type: str | None) -> list[Shown]:
    """The questions of one group with their answers ('' when open), groups inside it flattened."""
    rows: list[Shown] = []
    names = party_names(data)
    for key in fields_of(model):
        child = f"{path}.{key}" if path else key
        if not has_text(child):
            continue
        wording = field_text(child)
        if wording.not_asked or (agreement_type and agreement_type not in wording.types):
            continue
        field = field_of(model, key)
        value = node.get(key) if isinstance(node, dict) else None
        if field.kind == GROUP:
            inner = inner_model(field.annotation)
            if isinstance(value, list):
                text = "; ".join(_item_text(item) for item in value if isinstance(item, dict))
                rows.append(Shown(child, wording.short, text, is_list=True))
            elif inner is not None:
                rows.extend(answers_of(value if isinstance(value, dict) else {}, inner, child, data, agreement_type))
            continue
        if path.startswith("partijen[") and key in ("soort", "id"):
            continue
        rows.append(Shown(child, wording.short, shown(field, value, names)))
    return rows


def _item_text(item: dict) -> str:
    """A signer or a decision point in a few words: 'mevrouw J.M. Bakker (voorzitter)'."""
    texts = [str(value) for value in item.values() if isinstance(value, str)]
    return f"{texts[0]} ({', '.join(texts[1:])})" if len(texts) > 1 else " ".join(texts)


def item_name(key: str, item: dict, names: dict[str, str]) -> str:
    """How an item of a list is named in a menu: its name, description or task."""
    if key == "rollen":
        return f"{names.get(str(item.get('partij')), item.get('partij'))}: {item.get('rol') or '…'}"
    for name_key in ("naam", "omschrijving", "taak", "bron", "onderwerp"):
        if item.get(name_key):
            return str(item[name_key])
    return "…"


NOUNS = {"partijen": ("partij", "partijen"), "doelen": ("doel", "doelen"), "rollen": ("rol", "rollen"),
         "participatie": ("activiteit", "activiteiten"), "financiering": ("geldbron", "geldbronnen")}


def section_line(section: Any, data: dict) -> str:
    """A section in a few words: '2 partijen', 'Oosterwijk', 'nog niets ingevuld'."""
    parts = []
    for key in section.keys:
        value = data.get(key)
        if isinstance(value, list) and key in NOUNS:
            noun, plural = NOUNS[key]
            if value:
                parts.append(f"{len(value)} {noun if len(value) == 1 else plural}")
        elif isinstance(value, dict):
            filled = [row for row in answers_of(value,
                                                cast(type[Record],
                                                     inner_model(field_of(_answers(), key).annotation)), key, data,
                                                data.get("soort")) if row.value]
            if filled:
                parts.append(f"{len(filled)} ingevuld")
        elif value is not None and key in ("soort", "gebied"):
            parts.append(str(value))
    return ", ".join(parts) or "nog niets ingevuld"


def _answers() -> type[Record]:
    from akkoord.answers.model import Answers

    return Answers
