"""The schema of a checks file (`checks/controles/<categorie>.yaml`): its keys are the documentation sections.

Every check must have every section, so a check cannot ship without a reason, an example, a better
version or a source; pydantic enforces it and `catalogue.py` turns its errors into Dutch, per line.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from akkoord.answers.vocabularies import AgreementType
from akkoord.checks.base import Level


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("is leeg; schrijf hier de tekst van deze sectie")
    return value


Section = Annotated[str, AfterValidator(_not_blank)]
CheckCode = Annotated[str, StringConstraints(pattern=r"^AK\d{3}$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=False)


class CheckRecord(_Strict):
    """One check. The field names are the headings of docs/controles.md and `akkoord uitleg`."""

    name: str = Field(alias="naam", pattern=r"^[a-z]+(-[a-z]+)+$")
    level: Level = Field(alias="niveau")
    applies_to: AgreementType | None = Field(default=None, alias="alleen_bij")
    rule: str | None = Field(default=None, alias="regel", pattern=r"^[a-z_]+$")
    thresholds: dict[str, int] = Field(default_factory=dict, alias="drempels")
    message: Section = Field(alias="melding")
    flags: Section = Field(alias="signaleert")
    why: Section = Field(alias="waarom")
    example: Section = Field(alias="voorbeeld")
    better: Section = Field(alias="beter")
    suggestion: Section = Field(alias="suggestie")
    source: Section = Field(alias="bron")


class CategoryFile(_Strict):
    """All checks of one category, in the order they are documented and reported."""

    title: Section = Field(alias="titel")
    checks: dict[CheckCode, CheckRecord] = Field(alias="controles", min_length=1)


#: Blocks of example text that several checks share (`voorbeelden.yaml`): name -> text.
SharedExamples = dict[Annotated[str, StringConstraints(pattern=r"^[a-z_]+$")], Section]

#: The keys a record may have, in documentation order, for messages.
RECORD_KEYS = tuple(info.alias for info in CheckRecord.model_fields.values() if info.alias)
REQUIRED_KEYS = tuple(info.alias for info in CheckRecord.model_fields.values() if info.alias and info.is_required())


def dutch_message(error: dict[str, Any]) -> str:
    """One pydantic error as the Dutch words a check author can act on."""
    kind = error["type"]
    if kind == "missing":
        return f"ontbreekt; elke controle heeft de secties {', '.join(REQUIRED_KEYS)}"
    if kind == "extra_forbidden":
        return f"is geen bekend veld; een controle kent {', '.join(RECORD_KEYS)}"
    if kind == "enum":
        return f"moet een van deze waarden zijn: {error['ctx']['expected']}"
    if kind == "string_pattern_mismatch":
        return f"heeft niet de vorm {error['ctx']['pattern']}"
    if kind in ("string_type", "model_type", "dict_type"):
        return "moet tekst zijn" if kind == "string_type" else "moet een groep velden zijn (naam: waarde)"
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return "moet een heel getal zijn"
    if kind == "too_short":
        return "is leeg; noem ten minste één controle"
    if kind == "value_error":
        return str(error["ctx"]["error"])
    return str(error["msg"])
