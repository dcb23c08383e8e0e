"""Which answers changed between two versions, named in Dutch as the answers file and wizard name them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from akkoord.answers.model import Answers

#: How an item of a list is recognised in the other version (so inserting one goal does not
#: make every later goal look changed). Lists not named here are matched by position.
ITEM_KEYS: dict[str, tuple[str, ...]] = {
    "partijen": ("id",),
    "doelen": ("omschrijving",),
    "rollen": ("partij",),
    "participatie": ("taak",),
    "financiering": ("bron", "vorm", "ontvanger"),
    "beslismomenten": ("onderwerp",),
}

#: The round's own bookkeeping: it changes every round and is not something parties negotiate.
BOOKKEEPING = {"versie", "datum", "rondes", "status", "open_punten"}


@dataclass(frozen=True)
class AnswerChange:
    path: str
    label: str
    old: Any
    new: Any

    @property
    def kind(self) -> str:
        if self.old is None:
            return "toegevoegd"
        if self.new is None:
            return "verwijderd"
        return "gewijzigd"


def _shown(value: Any) -> str:
    if value is None:
        return "(leeg)"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list):
        return "; ".join(_shown(item) for item in value) or "(leeg)"
    if isinstance(value, dict):
        return ", ".join(f"{key}: {_shown(item)}" for key, item in value.items() if item not in (None, [], {}))
    return " ".join(str(value).split())


def change_line(change: AnswerChange) -> str:
    if change.kind == "toegevoegd":
        what = f"toegevoegd: {_shown(change.new)}"
    elif change.kind == "verwijderd":
        what = f"verwijderd (was: {_shown(change.old)})"
    else:
        what = f"{_shown(change.old)} → {_shown(change.new)}"
    return f"{change.label}: {what}   [{change.path}]"


def field_label(path: list[str]) -> str:
    """How the wizard names a field ('kort' in answers/labels), else the model's description of each step."""
    try:
        from akkoord.answers import labels  # the wizard's wording, once it is there
    except ImportError:
        labels = None  # type: ignore[assignment]
    if labels is not None and path:
        pattern = ".".join(path)
        try:
            if labels.has_text(pattern) and labels.field_text(pattern).short:
                return labels.field_text(pattern).short
        except Exception:  # wording missing for a field: fall back to the model's own description
            pass
    from akkoord.answers.sections import inner_model

    model: Any = Answers
    names: list[str] = []
    for part in path:
        fields = {info.alias or name: info for name, info in (model.model_fields.items() if model else [])}
        info = fields.get(part)
        if info is None:
            names.append(part)
            model = None
            continue
        names.append((info.description or part).rstrip(".").split(" (")[0].split(":")[0])
        model = inner_model(info.annotation)
    return " › ".join(names)


def _item_key(section: str, item: Any, index: int) -> Any:
    keys = ITEM_KEYS.get(section)
    if keys and isinstance(item, dict):
        return tuple(str(item.get(key)) for key in keys)
    return index


def _walk(old: Any, new: Any, path: list[str], shown_path: str, out: list[AnswerChange]) -> None:
    if old == new:
        return
    if isinstance(old, dict) and isinstance(new, dict):
        for key in list(old) + [key for key in new if key not in old]:
            if not path and key in BOOKKEEPING:
                continue
            _walk(old.get(key), new.get(key), path + [key], f"{shown_path}.{key}" if shown_path else key, out)
        return
    if isinstance(old, list) and isinstance(new, list) and all(isinstance(i, dict) for i in old + new):
        section = path[-1] if path else ""
        before = {_item_key(section, item, index): (index, item) for index, item in enumerate(old)}
        after = {_item_key(section, item, index): (index, item) for index, item in enumerate(new)}
        for key in list(before) + [key for key in after if key not in before]:
            (i, item_old), (j, item_new) = before.get(key, (None, None)), after.get(key, (None, None))
            index = j if j is not None else i
            _walk(item_old, item_new, path, f"{shown_path}[{index}]", out)
        return
    out.append(AnswerChange(shown_path, field_label(path), _empty_none(old), _empty_none(new)))


def _empty_none(value: Any) -> Any:
    return None if value in ([], {}, "") else value


def open_point_lines(old: Answers, new: Answers) -> list[str]:
    """Open points that came, went or changed between the versions, in Dutch."""
    from akkoord.rounds.open_points import proposal_text

    before = {point.answer: point for point in old.open_points}
    after = {point.answer: point for point in new.open_points}
    lines = []
    for path, point in after.items():
        name = f"{field_label([p for p in path.replace('[', '.[').split('.') if not p.startswith('[')])}   [{path}]"
        if path not in before:
            lines.append(f"Nieuw open punt: {name}: {proposal_text(new, point)}")
        elif before[path] != point:
            lines.append(f"Open punt gewijzigd: {name}: {proposal_text(old, before[path])} → "
                         f"{proposal_text(new, point)}")
    for path, point in before.items():
        if path not in after:
            name = f"{field_label([p for p in path.replace('[', '.[').split('.') if not p.startswith('[')])}   [{path}]"
            lines.append(f"Open punt gesloten: {name} (was: {proposal_text(old, point)})")
    return lines


def answer_changes(old: Answers, new: Answers) -> list[AnswerChange]:
    """Every answer that differs, old → new; whole list items (a goal, a party) added or removed as one."""
    found: list[AnswerChange] = []
    _walk(old.model_dump(by_alias=True, mode="json"), new.model_dump(by_alias=True, mode="json"), [], "", found)
    return found
