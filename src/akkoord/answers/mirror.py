"""The pydantic models of the records declared in `declare.py`: for errors, the JSON Schema, and odd input.

Each record class gets one pydantic model with the same name, fields, keys, defaults, constraints,
cleaning and checks. It is built only when needed: when `fast.py` is not sure of a file (it holds a
mistake, or values pydantic coerces, such as '6' for a number), for `akkoord schema`, and in tests.
What it validates comes back as the record classes, so the rest of akkoord sees one kind of object.
"""

from __future__ import annotations

import functools
import operator
import types
import typing
from typing import Any

from akkoord.answers.spec import RecordType

_MIRRORS: dict[type, Any] = {}
_RECORDS: dict[Any, Any] = {}
_BASES: dict[tuple[Any, ...], Any] = {}


def validate_by_pydantic(cls: Any, data: Any) -> Any:
    """`data` validated by pydantic (raising its ValidationError), returned as a `cls` record."""
    return to_record(mirror(cls).model_validate(_as_models(data)))


def _as_models(value: Any) -> Any:
    """Records inside data as their pydantic models, which pydantic takes as they are (as it would its own)."""
    if isinstance(type(value), RecordType):
        model = mirror(type(value))
        return model.model_construct(**{name: _as_models(item) for name, item in value.__dict__.items()})
    # A list or group holding no record is passed on as it is (ruamel's, with its lines).
    if isinstance(value, dict):
        mapping = {key: _as_models(item) for key, item in value.items()}
        return mapping if any(mapping[key] is not item for key, item in value.items()) else value
    if isinstance(value, list):
        items = [_as_models(item) for item in value]
        return items if any(new is not old for new, old in zip(items, value, strict=True)) else value
    return value


def to_record(value: Any) -> Any:
    """A pydantic model (or a list or dict of them) as the record classes it mirrors."""
    record_class = _RECORDS.get(type(value))
    if record_class is not None:
        return record_class._build({name: to_record(getattr(value, name)) for name in record_class.model_fields})
    if type(value) is list:
        return [to_record(item) for item in value]
    if type(value) is dict:
        return {key: to_record(item) for key, item in value.items()}
    return value


def mirror(cls: Any) -> Any:
    """The pydantic model of a record class (built once)."""
    found = _MIRRORS.get(cls)
    if found is not None:
        return found
    from pydantic import Field, create_model, field_validator, model_validator

    # A record that extends another (a test's Goal with one more field) extends its model, so pydantic
    # takes an instance of it where the other is expected, as it would a subclass of its own models.
    parent = next((base for base in cls.__bases__ if isinstance(base, RecordType) and base._declared), None)
    fields: dict[str, Any] = {}
    for name, field in cls.model_fields.items():
        if parent is not None and cls._annotations[name][1] is not cls:
            continue  # the parent's model has it
        annotation = _mirrored(field.annotation)
        if field.metadata:
            annotation = typing.Annotated[(annotation, *field.metadata)]
        keywords = field.pydantic_kwargs()
        if isinstance(keywords.get("default_factory"), RecordType):  # `borging` defaults to an empty Safeguards
            keywords["default_factory"] = mirror(keywords["default_factory"])
        fields[name] = (annotation, Field(**keywords))
    validators: dict[str, Any] = {}
    owners = cls.__mro__[:cls.__mro__.index(parent)] if parent is not None else cls.__mro__
    for owner in owners:
        for name, function in getattr(owner, "_own_after", ()):
            validators[f"_after_{owner.__name__}_{function.__name__}_{name}"] = \
                field_validator(name, mode="after")(_field_check(cls, function))
        for function in getattr(owner, "_own_whole", ()):
            validators[f"_whole_{owner.__name__}_{function.__name__}"] = \
                model_validator(mode="after")(_record_check(function))
    base = mirror(parent) if parent is not None else _base(cls)
    model = create_model(cls.__name__, __base__=base, __module__=cls.__module__, __doc__=cls.__doc__,
                         __validators__=validators, **fields)
    _MIRRORS[cls] = model
    _RECORDS[model] = cls
    return model


def _field_check(cls: Any, function: Any) -> Any:
    def check(mirror_class: Any, value: Any, info: Any) -> Any:
        return function(cls, value, info.data)
    return classmethod(check)


def _record_check(function: Any) -> Any:
    def check(self: Any) -> Any:
        function(to_record(self))  # the check reads the record, with its properties
        return self
    return check


def _base(cls: Any) -> Any:
    """A pydantic base with the record's config, and the shape normaliser if its class has one."""
    finish = cls._finish
    key = (tuple(sorted(cls._config.items())), finish)
    found = _BASES.get(key)
    if found is not None:
        return found
    from pydantic import BaseModel, ConfigDict, field_validator

    namespace: dict[str, Any] = {"model_config": ConfigDict(**cls._config)}
    if finish is not None:
        def _finish_field(mirror_class: Any, value: Any, info: Any) -> Any:
            return finish(mirror_class.model_fields[info.field_name], value) if info.field_name else value
        namespace["_finish_field"] = field_validator("*", mode="after")(classmethod(_finish_field))
    found = types.new_class("MirroredRecord", (BaseModel,), exec_body=lambda ns: ns.update(namespace))
    _BASES[key] = found
    return found


def _mirrored(annotation: Any) -> Any:
    """`annotation` with every record class in it replaced by its pydantic model."""
    if isinstance(annotation, RecordType):
        return mirror(annotation)
    args = typing.get_args(annotation)
    if not args:
        return annotation
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return typing.Annotated[(_mirrored(args[0]), *args[1:])]
    mirrored = tuple(_mirrored(arg) for arg in args)
    if mirrored == args:
        return annotation
    if origin in (typing.Union, types.UnionType):
        return functools.reduce(operator.or_, mirrored)
    return origin[mirrored if len(mirrored) > 1 else mirrored[0]]
