"""Reading a record from a file's data without pydantic, for data it is sure of; pydantic decides the rest.

Each field type reads only what pydantic would read the same way: an `int` field takes an int (not
'6', not 6.0), a `bool` field True or False, a list field a list. Anything else, a missing or
unknown key, a value a field's own cleaning or check refuses, gives `None` from `read`: then
`declare.Record.model_validate` asks the pydantic models built from the same declaration, which
accept it with their own coercions or raise the errors the loader puts in Dutch. So a valid file is
read here, and every message is pydantic's, as before. `tests/test_answers_fast.py` holds the two
readers to the same results.
"""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from typing import Any

from akkoord.answers.spec import Clean, FieldSpec, RecordType

Reader = Callable[[Any], Any]

#: pydantic reads integers of any size; these machines' C integers are where we stop being sure.
_INT_LIMIT = 2 ** 63
#: A number as pydantic surely reads it from text: digits, no sign, no leading zero, no separators.
_PLAIN_NUMBER = re.compile(r"0|[1-9][0-9]{0,17}")


class Unsure(Exception):
    """This reader is not sure what pydantic makes of the value; let pydantic decide."""


def read(cls: Any, data: Any) -> Any:
    """The record `data` describes, or None when pydantic must decide (invalid, or unusual input)."""
    try:
        return _read(cls, data)
    except (Unsure, ValueError):
        return None


class _Entry:
    __slots__ = ("checks", "field", "key", "name", "read", "required")

    def __init__(self, field: FieldSpec, reader: Reader, checks: tuple[Callable[..., Any], ...]) -> None:
        self.name, self.key = field.name, field.alias or field.name
        self.read, self.field, self.checks = reader, field, checks
        self.required = field.is_required()


def _read(cls: Any, data: Any) -> Any:
    if not isinstance(data, dict):
        raise Unsure
    plan, keys = _plan(cls)
    for key in data:
        if key not in keys:  # unknown, or a field written by its attribute name: pydantic decides
            raise Unsure
    finish = cls._finish
    values: dict[str, Any] = {}
    for entry in plan:
        if entry.key in data:
            value = entry.read(data[entry.key])
            if finish is not None:
                value = finish(entry.field, value)
            for check in entry.checks:
                value = check(cls, value, values)
        elif entry.required:
            raise Unsure
        else:
            value = entry.field.get_default()
        values[entry.name] = value
    record = cls._build(values)
    for check in cls._whole:
        check(record)
    return record


def _plan(cls: Any) -> tuple[list[_Entry], frozenset[str]]:
    found = cls.__dict__.get("_plan")
    if found is None:
        entries = [_Entry(field, _reader(field), cls._after.get(name, ()))
                   for name, field in cls.model_fields.items()]
        found = (entries, frozenset(entry.key for entry in entries))
        type.__setattr__(cls, "_plan", found)
    return found


def _reader(field: FieldSpec) -> Reader:
    reader = _type_reader(field.annotation)
    cleaners = [item.func for item in field.metadata if isinstance(item, Clean)]
    if len(cleaners) != len(field.metadata):
        return _unsure
    reader = _constrained(reader, field)
    return _cleaned(cleaners, reader) if cleaners else reader


def _constrained(reader: Reader, field: FieldSpec) -> Reader:
    if field.ge is None and field.min_length is None and field.pattern is None:
        return reader
    pattern = re.compile(field.pattern) if field.pattern is not None else None

    def constrained(value: Any) -> Any:
        value = reader(value)
        if value is None:
            return value
        if field.ge is not None and not value >= field.ge:
            raise Unsure
        if field.min_length is not None and len(value) < field.min_length:
            raise Unsure
        if pattern is not None and ("\n" in value or not pattern.search(value)):
            raise Unsure
        return value
    return constrained


def _cleaned(cleaners: list[Callable[[Any], Any]], reader: Reader) -> Reader:
    def cleaned(value: Any) -> Any:
        for clean in cleaners:
            value = clean(value)
        return reader(value)
    return cleaned


def _type_reader(annotation: Any) -> Reader:
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        cleaners = [item.func for item in args[1:] if isinstance(item, Clean)]
        if len(cleaners) != len(args) - 1:
            return _unsure
        return _cleaned(cleaners, _type_reader(args[0]))
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in args if arg is not type(None)]
        if len(options) != 1 or len(args) != 2:
            return _unsure
        inner = _type_reader(options[0])
        return lambda value: None if value is None else inner(value)
    if origin is list:
        item = _type_reader(args[0])
        return lambda value: [item(element) for element in _a(list, value)]
    if origin is dict:
        key, element = _type_reader(args[0]), _type_reader(args[1])
        return lambda value: {key(k): element(v) for k, v in _a(dict, value).items()}
    if annotation is Any:
        return lambda value: value
    if isinstance(annotation, RecordType):
        return lambda value: value if isinstance(value, annotation) else _read(annotation, value)
    if isinstance(annotation, type):
        if issubclass(annotation, Enum) and issubclass(annotation, str):
            members = annotation._value2member_map_
            return lambda value: _member(members, value)
        if annotation in _EXACT:
            return _EXACT[annotation]
    return _unsure


def _a(kind: type, value: Any) -> Any:
    if not isinstance(value, kind):
        raise Unsure
    return value


def _member(members: dict[Any, Any], value: Any) -> Any:
    if not isinstance(value, str) or value not in members:
        raise Unsure
    return members[value]


def _exact(kind: type) -> Reader:
    def exact(value: Any) -> Any:
        if type(value) is not kind:
            raise Unsure
        return value
    return exact


def _integer(value: Any) -> Any:
    if type(value) is str and _PLAIN_NUMBER.fullmatch(value):  # akkoord's YAML reader keeps numbers as text
        return int(value)
    if type(value) is not int or not -_INT_LIMIT < value < _INT_LIMIT:
        raise Unsure
    return value


def _decimal(value: Any) -> Any:
    if type(value) is not Decimal or not value.is_finite():
        raise Unsure
    return value


def _unsure(value: Any) -> Any:
    raise Unsure


_EXACT: dict[Any, Reader] = {str: _exact(str), bool: _exact(bool), dt.date: _exact(dt.date), int: _integer,
                             Decimal: _decimal}
