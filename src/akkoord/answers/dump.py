"""A record as plain data, the way pydantic's `model_dump` gives it (python or json mode)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import Enum
from typing import Any

from akkoord.answers.spec import RecordType


def dump_record(record: Any, *, by_alias: bool, json: bool, exclude: set[str] | None = None,
                exclude_none: bool = False) -> dict[str, Any]:
    values = record.__dict__
    found: dict[str, Any] = {}
    for name, field in type(record)._declared.items():
        if exclude and name in exclude:
            continue
        value = values[name]
        if exclude_none and value is None:
            continue
        found[(field.alias or name) if by_alias else name] = _plain(value, by_alias, json, exclude_none)
    return found


def _plain(value: Any, by_alias: bool, json: bool, exclude_none: bool) -> Any:
    if isinstance(type(value), RecordType):
        return dump_record(value, by_alias=by_alias, json=json, exclude_none=exclude_none)
    if isinstance(value, list) or (json and isinstance(value, tuple)):
        return [_plain(item, by_alias, json, exclude_none) for item in value]
    if isinstance(value, dict):
        return {(_json_key(key) if json else key): _plain(item, by_alias, json, exclude_none)
                for key, item in value.items()}
    if not json:
        return value
    if isinstance(value, (set, frozenset)):
        return [_plain(item, by_alias, json, exclude_none) for item in value]
    return _json_scalar(value)


def _json_key(key: Any) -> Any:
    return key if isinstance(key, str) else _json_scalar(key)


def _json_scalar(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.decode()
    return value
