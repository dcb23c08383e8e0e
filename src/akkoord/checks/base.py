"""The records of the checks engine: a check's definition, the catalogue of them, and one finding."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from akkoord.answers.vocabularies import AgreementType


class Category(StrEnum):
    VAGUE = "vaag"
    SHORT_TERM = "korte-termijn"
    SAFEGUARDS = "borging"
    ROLES = "rolverdeling"
    LEGAL = "juridisch"


class Level(StrEnum):
    #: Something the parties should fix or consciously acknowledge.
    WARNING = "waarschuwing"
    #: A softer nudge; it still counts as an open finding until acknowledged.
    ADVICE = "advies"


class ExampleKind(StrEnum):
    #: The example is a sentence; checked with `check_text`.
    TEXT = "tekst"
    #: The example is a fragment of an answers file (top-level keys replace those of a complete file).
    ANSWERS = "antwoorden"
    #: The example is a short draft agreement; checked with `akkoord.review.review_text`.
    DOCUMENT = "document"


@dataclass(frozen=True)
class Check:
    """One check: what it flags, why, and how to do better. All user-facing text is Dutch.

    Written as a record in `checks/controles/<categorie>.yaml`; `catalogue.py` validates and loads it.
    """

    code: str
    #: Names the pattern flagged (not the fix), like ruff's rule names.
    name: str
    category: Category
    level: Level
    #: One line; may contain `{fragment}` (the wording found) for the wording checks.
    message: str
    #: What to write instead, with an example.
    suggestion: str
    #: Report section or statute; required.
    source: str
    #: Documentation: what it flags and why it matters (a sentence or two each).
    flags: str
    why: str
    #: A bad example and a better version, both checked by the tests.
    example: str
    better: str
    example_kind: ExampleKind = ExampleKind.TEXT
    #: Only for one kind of agreement, or (None) for both.
    applies_to: AgreementType | None = None
    #: The structural rule (a function name in `structure.py` or `parties.py`), or None for a wording check.
    rule: str | None = None
    #: The rule's limits (keyword arguments), written once in the record and quoted in its prose.
    thresholds: dict[str, int] = field(default_factory=dict, hash=False)


#: A check whose rule starts so belongs to the review of a draft document (akkoord.review).
DOCUMENT_RULE_PREFIX = "document_"


def is_document_rule(rule: str | None) -> bool:
    """A rule of the review of a draft document (akkoord.review), not of an answers file."""
    return bool(rule and rule.startswith(DOCUMENT_RULE_PREFIX))


@dataclass(frozen=True)
class Catalogue:
    checks: tuple[Check, ...]
    #: The heading of each category in docs/controles.md.
    titles: dict[Category, str]


@dataclass(frozen=True)
class Finding:
    """One warning about one place: an answers path (`doelen[1].resultaat`) or a paragraph ('alinea 3')."""

    code: str
    name: str
    category: str
    level: str
    message: str
    suggestion: str
    source: str
    place: str
    #: The reason from the answers file's `erkend:` mapping, or None when not acknowledged.
    acknowledged: str | None = None
    why: str = ""
    #: The text the finding is about (a paragraph), when checking plain text.
    text: str | None = None

    def as_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "code": self.code, "naam": self.name, "categorie": self.category, "niveau": self.level,
            "bericht": self.message, "waarom": self.why, "suggestie": self.suggestion,
            "bron": self.source, "plaats": self.place, "erkend": self.acknowledged,
        }
        if self.text is not None:
            data["tekst"] = self.text
        return data
