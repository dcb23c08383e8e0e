"""Short per-section summaries of the answers, for the review screen."""

from __future__ import annotations

import datetime as dt
from typing import Any

from akkoord.dutch import format_date
from akkoord.wizard.asking import describe
from akkoord.wizard.values import AMOUNT

#: The field that names an item of each list, shown first in the summary.
_ITEM_NAMES = ("naam", "omschrijving", "taak", "bron", "rol", "onderwerp")
_MONEY = {"bedrag"}
NOT_YET = "(nog niet ingevuld)"


_PARTY_KEYS = {"partij", "uitvoerder", "ontvanger", "ondersteuner"}


def label(key: Any) -> str:
    """'opzegtermijn_maanden' reads as 'opzegtermijn maanden'."""
    return str(key).replace("_", " ")


def show(key: str, value: Any) -> str:
    if isinstance(value, dt.date):
        return format_date(value)
    if key in _MONEY:
        return f"€ {AMOUNT.show(value)}"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, dict):
        return item_text(value)
    if isinstance(value, list):
        return ", ".join(show(key, item) for item in value)
    return describe(value, 70)


def _scalars(node: dict, skip: tuple[str, ...] = ()) -> str:
    parts = []
    for key, value in node.items():
        if key in skip or value is None or isinstance(value, (dict, list)) and not value:
            continue
        if isinstance(value, dict):
            parts.append(f"{label(key)}: {_scalars(value)}")
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            parts.append(f"{label(key)}: {len(value)}")
        else:
            parts.append(f"{label(key)}: {_names.get(str(value), show(key, value)) if key in _PARTY_KEYS else show(key, value)}")
    return describe("; ".join(parts), 110)


def item_text(item: dict) -> str:
    """One item of a list in a few words: '15 januari 2028: of partijen …', or else its answers in a row."""
    name_key = next((key for key in _ITEM_NAMES if item.get(key)), None)
    day = next((value for value in item.values() if isinstance(value, dt.date)), None)
    if name_key and day is not None:
        return describe(f"{format_date(day)}: {item[name_key]}", 110)
    return _scalars(item)


_names: dict[str, str] = {}


def summarise(section: Any, data: dict) -> list[str]:
    _names.clear()
    _names.update({str(p.get("id")): str(p.get("naam")) for p in data.get("partijen") or [] if isinstance(p, dict)})
    lines: list[str] = []
    for key in section.keys:
        value = data.get(key)
        if value is None or value == [] or value == {}:
            continue
        if isinstance(value, list):
            for number, item in enumerate(value, start=1):
                if not isinstance(item, dict):
                    lines.append(f"{number}. {show(key, item)}")
                    continue
                name_key = next((k for k in _ITEM_NAMES if item.get(k)), None)
                name = show(name_key, item[name_key]) if name_key else "?"
                if key == "rollen":
                    name = f"{_names.get(str(item.get('partij')), item.get('partij'))}: {name}"
                lines.append(f"{number}. {name}")
                rest = _scalars(item, skip=(name_key or "", "id"))
                if rest:
                    lines.append(f"   {rest}")
        elif isinstance(value, dict):
            for sub_key, sub_value in value.items():
                if sub_value is None or sub_value == {} or sub_value == []:
                    continue
                if isinstance(sub_value, list) and any(isinstance(item, dict) for item in sub_value):
                    # A list of items inside a group (the decision points of the term): one line each.
                    lines.append(f"{label(sub_key)}:")
                    lines.extend(f"   {show(sub_key, item)}" for item in sub_value)
                    continue
                shown = _scalars(sub_value) if isinstance(sub_value, dict) else (
                    _names.get(str(sub_value), str(sub_value)) if sub_key in _PARTY_KEYS else show(sub_key, sub_value))
                lines.append(f"{label(sub_key)}: {shown}")
        else:
            lines.append(f"{key}: {show(key, value)}")
    return lines or [NOT_YET]
