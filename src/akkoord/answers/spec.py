"""The parts of a record declaration: field specs, cleaning, checks, and the class that collects them.

`declare.Record` is the base of every record; this module holds what its readers (`fast.py`,
`mirror.py`, `dump.py`) need to know of a declaration, so they do not depend on the record itself.
"""

from __future__ import annotations

import sys
import typing
from collections.abc import Callable
from typing import Any, ClassVar

#: No default: the field must be written.
REQUIRED: Any = type("Required", (), {"__repr__": lambda self: "REQUIRED"})()


class Clean:
    """Metadata of an `Annotated` type: turns what people type into the value, or raises ValueError.

    pydantic sees it as the before-validator it is (`__get_pydantic_core_schema__`), so the mirror
    models and `TypeAdapter` validate and describe these types exactly as they always did.
    """

    __slots__ = ("func",)

    def __init__(self, func: Callable[[Any], Any]) -> None:
        self.func = func

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Clean) and other.func is self.func

    def __hash__(self) -> int:
        return hash(self.func)

    def __repr__(self) -> str:
        return f"Clean({self.func.__name__})"

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic import BeforeValidator

        return BeforeValidator(self.func).__get_pydantic_core_schema__(source, handler)


class FieldSpec:
    """One declared field: what pydantic's FieldInfo says of it, under the same attribute names."""

    __slots__ = (
        "alias",
        "annotation",
        "default",
        "default_factory",
        "description",
        "ge",
        "json_schema_extra",
        "metadata",
        "min_length",
        "name",
        "pattern",
    )

    def __init__(self, *, alias: str | None = None, description: str | None = None, default: Any = REQUIRED,
                 default_factory: Callable[[], Any] | None = None, json_schema_extra: dict | None = None,
                 ge: int | None = None, min_length: int | None = None, pattern: str | None = None) -> None:
        self.name = ""
        self.alias, self.description = alias, description
        self.default, self.default_factory = default, default_factory
        self.json_schema_extra = json_schema_extra
        self.ge, self.min_length, self.pattern = ge, min_length, pattern
        self.annotation: Any = None
        self.metadata: list[Any] = []

    def is_required(self) -> bool:
        return self.default is REQUIRED and self.default_factory is None

    def get_default(self) -> Any:
        return self.default_factory() if self.default_factory is not None else self.default

    def pydantic_kwargs(self) -> dict[str, Any]:
        """The same field as keywords of `pydantic.Field`."""
        kwargs: dict[str, Any] = {"alias": self.alias, "description": self.description}
        if self.default_factory is not None:
            kwargs["default_factory"] = self.default_factory
        elif self.default is not REQUIRED:
            kwargs["default"] = self.default
        for key in ("json_schema_extra", "ge", "min_length", "pattern"):
            if getattr(self, key) is not None:
                kwargs[key] = getattr(self, key)
        return kwargs

    def __repr__(self) -> str:
        return f"FieldSpec({self.name!r}, alias={self.alias!r})"


def spec(**kwargs: Any) -> Any:
    """A field with pydantic `Field`'s keywords (alias, description, default, ge, min_length, pattern)."""
    return FieldSpec(**kwargs)


def after(*names: str) -> Callable[[Callable[..., Any]], Any]:
    """A check of the named fields once they are read: `(cls, value, earlier) -> value`, or ValueError.

    `earlier` holds the fields declared before it, by attribute name, as pydantic's `info.data` does.
    """
    def mark(func: Callable[..., Any]) -> Any:
        func.__akkoord_after__ = names  # type: ignore[attr-defined]
        return classmethod(func)
    return mark


def whole(func: Callable[..., Any]) -> Callable[..., Any]:
    """A check of a whole record once all its fields are read: `(self) -> None`, or ValueError."""
    func.__akkoord_whole__ = True  # type: ignore[attr-defined]
    return func


class RecordType(type):
    """Collects a record class's fields and checks; works out its annotations when first asked."""

    _declared: dict[str, FieldSpec]
    #: Each field's annotation as written, with the class that wrote it (whose module names its types).
    _annotations: dict[str, tuple[Any, type]]
    _after: dict[str, tuple[Callable[..., Any], ...]]
    _whole: list[Callable[..., Any]]
    #: The checks this class itself declares (the two above add those of its bases), for the mirror.
    _own_after: list[tuple[str, Callable[..., Any]]]
    _own_whole: list[Callable[..., Any]]
    #: The names around a class declared inside a function (tests do), for its annotations.
    _local_names: dict[str, Any] | None
    _resolved: bool

    def __new__(mcs, name: str, bases: tuple[type, ...], namespace: dict[str, Any], **kwargs: Any) -> RecordType:
        annotations = namespace.get("__annotations__") or {}
        # A field's spec, or its plain default (`risk: str | None = None`); the value lives in each instance.
        own = {key: value if isinstance(value, FieldSpec) else FieldSpec(default=value)
               for key, value in namespace.items()
               if isinstance(value, FieldSpec) or (key in annotations and not key.startswith("_")
                                                   and not _is_classvar(annotations[key]))}
        for key in own:
            del namespace[key]
        cls = super().__new__(mcs, name, bases, namespace, **kwargs)
        inherited: dict[str, FieldSpec] = {}
        for base in reversed(cls.__mro__[1:]):
            inherited.update(getattr(base, "_declared", {}))
        declared = dict(inherited)
        for key in annotations:
            if key.startswith("_") or _is_classvar(annotations[key]):
                continue
            field = own.get(key) or FieldSpec()
            field.name = key
            declared[key] = field
        cls._declared = declared
        cls._annotations = {**getattr(cls, "_annotations", {}), **{key: (annotations[key], cls) for key in annotations
                                                                   if key in declared}}
        cls._own_after, cls._own_whole = [], []
        for attribute in namespace.values():
            function = getattr(attribute, "__func__", attribute)
            cls._own_after += [(field_name, function) for field_name in getattr(function, "__akkoord_after__", ())]
            if getattr(function, "__akkoord_whole__", False):
                cls._own_whole.append(function)
        cls._after = {**getattr(cls, "_after", {})}
        for field_name, function in cls._own_after:
            cls._after[field_name] = (*cls._after.get(field_name, ()), function)
        cls._whole = [*getattr(cls, "_whole", ()), *cls._own_whole]
        frame = sys._getframe(1)
        cls._local_names = None if frame.f_locals is frame.f_globals else dict(frame.f_locals)
        cls._resolved = False
        return cls

    @property
    def model_fields(cls) -> dict[str, FieldSpec]:
        """The fields by attribute name, their types worked out (as pydantic's `model_fields`)."""
        if not cls.__dict__.get("_resolved"):
            _resolve(cls)
        return cls._declared


def _is_classvar(annotation: Any) -> bool:
    return (annotation.startswith(("ClassVar", "typing.ClassVar")) if isinstance(annotation, str)
            else typing.get_origin(annotation) is ClassVar)


def _resolve(cls: Any) -> None:
    """Evaluate the annotations (text, under `from __future__ import annotations`) of every field."""
    resolved: dict[str, FieldSpec] = {}
    for name, field in cls._declared.items():
        annotation, owner = cls._annotations[name]
        if isinstance(annotation, str):
            names = dict(vars(sys.modules[owner.__module__]))
            names.update(owner.__dict__.get("_local_names") or {})
            names.setdefault(owner.__name__, owner)
            annotation = eval(annotation, names)
        copy = FieldSpec.__new__(FieldSpec)
        for slot in FieldSpec.__slots__:
            setattr(copy, slot, getattr(field, slot))
        if typing.get_origin(annotation) is typing.Annotated:
            copy.annotation, *copy.metadata = typing.get_args(annotation)
        else:
            copy.annotation, copy.metadata = annotation, []
        resolved[name] = copy
    cls._declared = resolved
    cls._resolved = True


