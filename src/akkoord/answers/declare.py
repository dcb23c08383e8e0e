"""Records declared as plain classes: typed fields under their key in the file, frozen once read.

Reading an answers file through pydantic cost every `maak` about 120 ms (importing pydantic,
building twenty models, the first validation) for files that are nearly always right. So the
answers model, the open points and the clause headers are plain classes declared here, and
`fast.py` reads what people write into them. Whatever it is not sure of, pydantic decides: the same
declaration becomes pydantic models (`mirror.py`) whose errors the loader puts in Dutch and which
give `akkoord schema` its JSON Schema. One declaration, so the two cannot drift apart.

The class API is the part of pydantic's that akkoord uses (`model_validate`, `model_fields`,
`model_dump`, `model_copy`, `model_json_schema`), with the same meaning.
"""

from __future__ import annotations

from typing import Any, ClassVar

# The parts of a declaration, for the record modules to import from here.
from akkoord.answers.spec import REQUIRED, Clean, FieldSpec, RecordType, after, spec, whole  # noqa: F401


def validated(cls: Any, data: Any) -> tuple[Any, list[dict[str, Any]] | None]:
    """`(record, None)` for valid data, `(None, pydantic's error list)` for invalid data."""
    from akkoord.answers.fast import read

    record = read(cls, data)
    if record is not None:
        return record, None
    from pydantic import ValidationError

    from akkoord.answers.mirror import validate_by_pydantic

    try:
        return validate_by_pydantic(cls, data), None
    except ValidationError as error:
        return None, [dict(item) for item in error.errors()]


class Record(metaclass=RecordType):
    """A frozen record. Construct it with `model_validate(data)` or `Record(**data)`, both validating."""

    _declared: ClassVar[dict[str, FieldSpec]] = {}
    #: pydantic's model config for the mirror: unknown keys refused, fields settable by name too.
    _config: ClassVar[dict[str, Any]] = {"extra": "forbid", "populate_by_name": True, "frozen": True}
    #: What reading does to each field's value after its type (Section: normalise shaped text).
    _finish: ClassVar[Any] = None

    def __init__(self, **data: Any) -> None:
        validated = type(self).model_validate(data)
        object.__setattr__(self, "__dict__", validated.__dict__)

    @classmethod
    def model_validate(cls, data: Any) -> Any:
        """Validate `data`; an invalid one raises pydantic's ValidationError, with all its problems."""
        from akkoord.answers.fast import read

        record = read(cls, data)
        if record is not None:
            return record
        from akkoord.answers.mirror import validate_by_pydantic

        return validate_by_pydantic(cls, data)

    @classmethod
    def model_json_schema(cls, **kwargs: Any) -> dict[str, Any]:
        from akkoord.answers.mirror import mirror

        return mirror(cls).model_json_schema(**kwargs)

    @classmethod
    def _build(cls, values: dict[str, Any]) -> Any:
        """A record from values already validated (by attribute name, every field present)."""
        record = cls.__new__(cls)
        object.__setattr__(record, "__dict__", values)
        return record

    def model_copy(self, *, update: dict[str, Any] | None = None) -> Any:
        """A copy with some values replaced, not validated again (as pydantic's)."""
        return type(self)._build({**self.__dict__, **(update or {})})

    def model_dump(self, *, by_alias: bool = False, mode: str = "python", exclude: set[str] | None = None,
                   exclude_none: bool = False) -> dict[str, Any]:
        """The values as plain data, as pydantic's `model_dump` gives them."""
        from akkoord.answers.dump import dump_record

        return dump_record(self, by_alias=by_alias, json=mode == "json", exclude=exclude, exclude_none=exclude_none)

    def __setattr__(self, name: str, value: Any) -> None:
        raise TypeError(f"{type(self).__name__} is frozen; use model_copy(update=...)")

    def __delattr__(self, name: str) -> None:
        raise TypeError(f"{type(self).__name__} is frozen")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        return hash((type(self), *self.__dict__.values()))

    def __repr__(self) -> str:
        values = ", ".join(f"{name}={value!r}" for name, value in self.__dict__.items())
        return f"{type(self).__name__}({values})"

    def __reduce__(self) -> Any:
        return (type(self)._build, (dict(self.__dict__),))
