"""The base of every answers section: fields under their Dutch key, and shaped text normalised on loading."""

from __future__ import annotations

import types
import typing
from typing import Any, ClassVar

from akkoord.answers.declare import FieldSpec, Record
from akkoord.answers.fields import shown
from akkoord.answers.shapes import Shape, normalise


def field(alias: str, description: str, *, shape: Shape | None = None, **kwargs: Any) -> Any:
    """A model field under its Dutch key; `shape` is the grammatical shape a clause needs (see shapes.py)."""
    if shape is not None:
        kwargs["json_schema_extra"] = {"vorm": shape.value}
    # The pydantic mirror asks a default factory for its signature; for the built-ins list and dict
    # inspect parses their text signature, the slowest case. Plain functions say it at once.
    if kwargs.get("default_factory") in _FACTORIES:
        kwargs["default_factory"] = _FACTORIES[kwargs["default_factory"]]
    return FieldSpec(alias=alias, description=description, **kwargs)


def _empty_list() -> list[Any]:
    return []


def _empty_dict() -> dict[Any, Any]:
    return {}


_FACTORIES: dict[Any, Any] = {list: _empty_list, dict: _empty_dict}


NP, SENTENCE, TOPIC, TIME = Shape.NOUN_PHRASE, Shape.SENTENCE, Shape.DECISION_TOPIC, Shape.TIME


def normalise_shaped(field: Any, value: Any) -> Any:
    """Loading fixes what is safe to fix in shaped text (closing stop, capital, leading article).

    `field` is a FieldSpec or pydantic's FieldInfo: both say the shape in `json_schema_extra`.
    """
    extra = field.json_schema_extra
    if not isinstance(extra, dict) or "vorm" not in extra:
        return value
    shape = Shape(str(extra["vorm"]))
    for item in value if isinstance(value, list) else [value]:
        if shape is not Shape.DECISION_TOPIC and isinstance(item, str) and item.rstrip().endswith("?"):
            # Spliced into an agreement a question reads as a statement, or as a promise.
            raise ValueError(f"'{shown(item)}' is een vraag; schrijf op wat Partijen afspreken, "
                             "zonder vraagteken")
    if isinstance(value, list):
        return [normalise(shape, item) for item in value]
    return normalise(shape, value)


class Section(Record):
    """A part of the answers file: every shaped text field is normalised when read."""

    _finish: ClassVar[Any] = staticmethod(normalise_shaped)


# --- walking the model ------------------------------------------------------------------------------

def fields_of(model: Any) -> dict[str, FieldSpec]:
    """A model's fields by the key they have in the answers file."""
    return {info.alias or name: info for name, info in model.model_fields.items()}


def inner_model(annotation: Any) -> Any:
    """The model inside `Party`, `list[Party]` or `Party | None`, if any."""
    if isinstance(annotation, type) and issubclass(annotation, Record):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return inner_model(typing.get_args(annotation)[0])
    if origin in (list, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            if (found := inner_model(arg)) is not None:
                return found
    return None
