"""One answer as the model sees it: its kind, its validation with the model's own rules and messages, its display."""

from __future__ import annotations

import datetime as dt
import re
import typing
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Any

from pydantic import TypeAdapter, ValidationError

from akkoord.answers.declare import FieldSpec, Record
from akkoord.answers.labels import choice_labels
from akkoord.answers.loading import _dutch_message
from akkoord.answers.sections import fields_of
from akkoord.dutch import format_amount, format_date

TEXT, DATE, DATES, AMOUNT, NUMBER, YES_NO, CHOICE, PARTY, TEXTS, GROUP = (
    "tekst", "datum", "datums", "bedrag", "getal", "ja-nee", "keuze", "partij", "teksten", "groep")

#: Fields that hold the id of a party.
PARTY_FIELDS = {"partij", "uitvoerder", "ontvanger", "ondersteuner"}


class SourceText(str):
    """A number kept as the text it was written in, so a rewritten file shows it unchanged."""

    tag = "tag:yaml.org,2002:int"

    def __new__(cls, text: str, tag: str = "tag:yaml.org,2002:int") -> SourceText:
        value = super().__new__(cls, text)
        value.tag = tag
        return value


@dataclass(frozen=True)
class Field:
    """A field of one model, with what the wizard needs to ask it."""

    key: str
    info: FieldSpec
    kind: str
    required: bool
    enum: type[StrEnum] | None = None

    @property
    def annotation(self) -> Any:
        """The field's type with its validators (pydantic keeps those of a required field apart)."""
        if self.info.metadata:
            return typing.Annotated[(self.info.annotation, *self.info.metadata)]
        return self.info.annotation


def _bare(annotation: Any) -> Any:
    """`X | None` -> X; Annotated types stay as they are (their validators are the model's rules)."""
    if typing.get_origin(annotation) in (typing.Union, __import__("types").UnionType):
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return args[0] if len(args) == 1 else annotation
    return annotation


def _base(annotation: Any) -> Any:
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return annotation


@cache
def field_of(model: type[Record], key: str) -> Field:
    info = fields_of(model)[key]
    bare = _bare(info.annotation)
    base = _base(bare)
    enum = base if isinstance(base, type) and issubclass(base, StrEnum) else None
    if typing.get_origin(base) is list:
        item = _base(typing.get_args(base)[0])
        kind = DATES if item is dt.date else (GROUP if isinstance(item, type) and issubclass(item, Record)
                                              else TEXTS)
    elif isinstance(base, type) and issubclass(base, Record):
        kind = GROUP
    elif key in PARTY_FIELDS:
        kind = PARTY
    elif enum is not None:
        kind = CHOICE
    elif base is bool:
        kind = YES_NO
    elif base is dt.date:
        kind = DATE
    elif base is Decimal:
        kind = AMOUNT
    elif base is int:
        kind = NUMBER
    else:
        kind = TEXT
    return Field(key, info, kind, info.is_required(), enum)


# --- validation: the model's own types and messages ----------------------------------------------

def _typed(text: str, field: Field) -> Any:
    if field.kind == DATES:
        return [part.strip() for part in re.split(r"[;,]| en ", text) if part.strip()]
    if field.kind == TEXT:
        return " ".join(text.split())
    if field.kind == NUMBER:
        # '16 uur' or '3 maanden' answers a question that already names the unit.
        return _UNIT.sub("", text.strip())
    return text.strip()


_UNIT = re.compile(r"(?i)\s*(uur|uren|maand(en)?|werkdag(en)?|dag(en)?)\s*$")


def problem(model: type[Record], node: dict, key: str, text: str) -> str | None:
    """What is wrong with `text` as the answer to `key`, judged by the model with the other answers
    of its group (an end date after the start); None when it is a valid answer."""
    field = field_of(model, key)
    candidate = {name: value for name, value in dict(node).items() if name in fields_of(model)}
    candidate[key] = _typed(text, field)
    try:
        model.model_validate(candidate)
    except ValidationError as error:
        for item in error.errors():
            if item["loc"] and item["loc"][0] == key:
                return _dutch_message(item, (key,))
    return None


def parse(model: type[Record], key: str, text: str) -> Any:
    """The answer as it goes into the answers file: a date, a whole number, plain text …"""
    field = field_of(model, key)
    value = TypeAdapter(_bare(_checked_type(model, key))).validate_python(_typed(text, field))
    return to_yaml(value)


def _checked_type(model: type[Record], key: str) -> Any:
    """The field's type with every rule of the model, constraints (`ge=0`) included: pydantic's field."""
    from akkoord.answers.mirror import mirror

    info = fields_of(mirror(model))[key]
    return typing.Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation


def to_yaml(value: Any) -> Any:
    if isinstance(value, list):
        return [to_yaml(item) for item in value]
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return int(value)
        return SourceText(f"{value:.2f}", "tag:yaml.org,2002:float")
    return value


# --- display ------------------------------------------------------------------------------------

def shown(field: Field, value: Any, parties: dict[str, str] | None = None) -> str:
    """An answer as a volunteer reads it: '1 februari 2027', '€ 40.000', 'ja', the party's name."""
    if value is None or value == []:
        return ""
    if field.kind == DATE:
        return format_date(value) if isinstance(value, dt.date) else str(value)
    if field.kind == DATES:
        return ", ".join(format_date(item) if isinstance(item, dt.date) else str(item) for item in value)
    if field.kind == AMOUNT:
        from akkoord.dutch import parse_amount

        amount = parse_amount(value)
        return format_amount(amount).replace("\u00a0", " ") if amount is not None else str(value)
    if field.kind == YES_NO:
        return "ja" if value else "nee"
    if field.kind == CHOICE and field.enum is not None:
        return choice_labels(field.enum).get(str(value), str(value))
    if field.kind == PARTY:
        return (parties or {}).get(str(value), str(value))
    if field.kind == TEXTS:
        return "; ".join(str(item) for item in value)
    return " ".join(str(value).split())


def suggestion_text(field: Field, value: Any) -> str:
    """A current answer or a suggestion as text to show in the prompt (and to validate on Enter)."""
    if value is None:
        return ""
    if field.kind == DATE and isinstance(value, dt.date):
        return f"{value.day}-{value.month}-{value.year}"
    if field.kind == DATES:
        return ", ".join(suggestion_text(Field(field.key, field.info, DATE, False), item) for item in value)
    if field.kind == AMOUNT:
        return shown(field, value).removeprefix("€ ")
    return str(value)
