"""The Dutch wording of the answers model: question, short name, help and example per field (labels.yaml)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

from akkoord.answers.declare import FieldSpec, Record
from akkoord.answers.model import Answers
from akkoord.answers.sections import fields_of, inner_model
from akkoord.answers.vocabularies import AgreementType

ALL_TYPES = tuple(kind.value for kind in AgreementType)


@dataclass(frozen=True)
class FieldText:
    """How one field is asked and named. `question` may hold {naam} and {wie} for the party or person."""

    path: str
    question: str
    short: str
    help: str = ""
    example: str = ""
    #: The agreement types whose document uses this field.
    types: tuple[str, ...] = ALL_TYPES
    #: Why the wizard never asks this field (None: it does).
    not_asked: str | None = None


@cache
def _data() -> dict[str, Any]:
    import yaml

    text = resources.files("akkoord.answers").joinpath("labels.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def pattern(path: str) -> str:
    """'partijen[1].naam' -> 'partijen.naam': the path of a field without list positions."""
    return re.sub(r"\[\d+\]", "", path)


def field_text(path: str) -> FieldText:
    """The wording of the field at this answers path; a KeyError names a field labels.yaml lacks."""
    key = pattern(path)
    entry = _data()["velden"][key]
    return FieldText(key, entry.get("vraag", ""), entry.get("kort", key.rpartition(".")[2]),
                     entry.get("uitleg", ""), str(entry.get("voorbeeld", "") or ""),
                     tuple(entry.get("soorten", ALL_TYPES)), entry.get("niet_gevraagd"))


def has_text(path: str) -> bool:
    return pattern(path) in _data()["velden"]


def choice_labels(enum: type[StrEnum]) -> dict[str, str]:
    """The Dutch wording of each value of a vocabulary, in the order of labels.yaml."""
    return dict(_data()["keuzes"][enum.__name__])


# --- the model's fields by path ------------------------------------------------------------------

def field_at(path: str) -> FieldSpec:
    """The model field at an answers path ('looptijd.start', 'partijen[0].naam')."""
    model: type[Record] = Answers
    parts = pattern(path).split(".")
    for part in parts[:-1]:
        found = inner_model(fields_of(model)[part].annotation)
        if found is None:
            raise KeyError(path)
        model = found
    return fields_of(model)[parts[-1]]


def model_paths(model: type[Record] = Answers, prefix: str = "") -> Iterator[str]:
    """Every field path of the model, groups before the fields inside them."""
    for key, info in fields_of(model).items():
        path = f"{prefix}.{key}" if prefix else key
        yield path
        inner = inner_model(info.annotation)
        if inner is not None:
            yield from model_paths(inner, path)
