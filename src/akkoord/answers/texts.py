"""The free texts of an agreement that become obligations, found in the answers model itself.

Every `Text` field of the model is such a text unless it is listed in `NOT_OBLIGATIONS`, so a new
text field is checked for vague wording from the day it is added.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any, get_args

from akkoord.answers.declare import FieldSpec, Record
from akkoord.answers.model import Answers, Text

#: Text fields (by their path in the answers file, without list positions) that bind nobody to
#: anything, so vague wording in them is not a vague agreement.
NOT_OBLIGATIONS = frozenset({
    "titel", "gebied", "versie",          # what the document is called and which draft it is
    "partijen",                           # names, addresses, functions: who, not what is agreed
    "aanleiding",                         # becomes the recitals, which describe history and intent
    "rollen.contactpersoon",              # a person's name and function
    "participatie.soort",                 # a label for the kind of task
    "financiering.bron",                  # who pays: a name
    "ondertekening",                      # the place of signing
    "erkend",                             # the parties' reasons for accepting a warning
})


def free_texts(answers: Answers) -> Iterator[tuple[str, str]]:
    """Each filled-in free text that becomes an obligation, with its path (`doelen[1].resultaat`)."""
    yield from _texts(answers, "", "")


def _texts(model: Record, place: str, key: str) -> Iterator[tuple[str, str]]:
    for name, alias, field_key, is_text in _fields(type(model), key):
        value = getattr(model, name)
        if value is None:
            continue
        field_place = f"{place}.{alias}" if place else alias
        items = list(enumerate(value)) if isinstance(value, list) else [(None, value)]
        for index, item in items:
            item_place = field_place if index is None else f"{field_place}[{index}]"
            if isinstance(item, Record):
                yield from _texts(item, item_place, field_key)
            elif is_text and isinstance(item, str) and item:
                yield item_place, item


@cache
def _fields(model: type[Record], key: str) -> tuple[tuple[str, str, str, bool], ...]:
    """Per field of a model at a place: its name, key, path without positions and whether it is a Text.

    Worked out once per model and place, not for every value of every agreement."""
    found = []
    for name, info in model.model_fields.items():
        alias = info.alias or name
        field_key = f"{key}.{alias}" if key else alias
        if field_key not in NOT_OBLIGATIONS:
            found.append((name, alias, field_key, _is_text(info)))
    return tuple(found)


#: A bare `Text` field is kept as `str` with Text's cleaning as the field's metadata (as pydantic keeps it).
_TEXT_VALIDATORS = list(get_args(Text)[1:])


def _is_text(info: FieldSpec) -> bool:
    """Whether a field's type is `Text`, `Text | None` or `list[Text]`."""
    return (info.annotation is str and info.metadata == _TEXT_VALIDATORS) or _contains_text(info.annotation)


def _contains_text(annotation: Any) -> bool:
    return annotation == Text or any(_contains_text(argument) for argument in get_args(annotation)
                                     if argument is not annotation)
