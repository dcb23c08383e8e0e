"""Forgiving field types of the answers model: text, dates, amounts, KvK numbers, e-mail, vocabularies.

Each type accepts what people type (pasted Word text, '1-3-2027', '€ 40.000,-') and refuses what
cannot be right with a Dutch message that says how to write it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, TypeVar

from akkoord.answers.declare import Clean
from akkoord.dutch import AMOUNT_EXAMPLE, DATE_EXAMPLE, date_problem, format_date, parse_amount, parse_date


def shown(value: Any, limit: int = 60) -> str:
    """A value as quoted in a message: whole if short, else its start (a 5 MB value helps no one)."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


# --- forgiving field types ----------------------------------------------------------------------

_FORBIDDEN_CHARS = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff]")


def _clean_text(value: Any) -> Any:
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return value
    # Word's soft line break and page break arrive as \x0b and \x0c when text is pasted.
    value = value.replace("\x0b", "\n").replace("\x0c", "\n").replace("\r\n", "\n").replace("\t", " ")
    if match := _FORBIDDEN_CHARS.search(value):
        raise ValueError(
            f"bevat een onzichtbaar stuurteken (U+{ord(match.group()):04X}) dat Word niet kan "
            "opslaan; typ de tekst opnieuw of plak hem eerst in een eenvoudige teksteditor")
    return value.strip()


def _text(value: Any) -> Any:
    value = _clean_text(value)
    # What pydantic then reads as text ('' or b''); anything else it refuses as no text at all.
    if isinstance(value, (str, bytes, bytearray)) and not value:
        raise ValueError("is leeg; vul hier tekst in of laat het veld helemaal weg")
    return value


#: One validator, not a cleaning one before pydantic's str check and an emptiness one after: the same
#: outcome for every input, and each validator costs pydantic work for each of the ~80 text fields.
Text = Annotated[str, Clean(_text)]


#: Years an agreement's dates can plausibly fall in. Outside them it is a typo (0001-01-01, 9999-12-31),
#: and the checks that count months from a date would run off the calendar.
DATE_YEARS = range(1900, 2200)


def _to_date(value: Any) -> Any:
    if value is None:
        raise ValueError(f"is leeg; schrijf een datum, bijvoorbeeld {DATE_EXAMPLE}")
    parsed: dt.date | None
    if isinstance(value, dt.datetime):
        parsed = value.date()
    elif isinstance(value, dt.date):
        parsed = value
    else:
        parsed = parse_date(str(value))
    if parsed is None:
        if problem := date_problem(str(value)):
            reason, example = problem
            raise ValueError(f"'{shown(value)}' is geen datum; schrijf bijvoorbeeld {example}: {reason}")
        raise ValueError(f"'{shown(value)}' is geen datum; schrijf bijvoorbeeld {DATE_EXAMPLE}")
    if parsed.year not in DATE_YEARS:
        raise ValueError(f"'{format_date(parsed)}' ligt niet tussen {DATE_YEARS.start} en {DATE_YEARS.stop}; "
                         "controleer het jaartal")
    return parsed


Date = Annotated[dt.date, Clean(_to_date)]


#: No agreement between neighbours and a municipality moves a thousand trillion euros; past this,
#: a typo (a pasted account number) would also overflow the formatting of amounts in the text.
MAX_AMOUNT = Decimal(10) ** 15


def _to_amount(value: Any) -> Any:
    parsed = parse_amount(value)
    if parsed is None:
        raise ValueError(f"'{shown(value)}' is geen bedrag; schrijf bijvoorbeeld 40000 ({AMOUNT_EXAMPLE})")
    if parsed >= MAX_AMOUNT:
        raise ValueError(f"'{shown(value, 40)}' is meer dan duizend biljoen euro; controleer het aantal cijfers")
    return parsed


Amount = Annotated[Decimal, Clean(_to_amount)]


def kvk_digits(value: Any) -> str:
    """A KvK number as people write it ('1234 5678', '12.34.56.78') reduced to its digits."""
    return re.sub(r"[\s.]", "", str(value))


#: An e-mail address: something, an @, a domain with a dot. Deliberately forgiving.
EMAIL_PATTERN = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _kvk(value: Any) -> Any:
    digits = kvk_digits(value)
    if not re.fullmatch(r"\d{8}", digits):
        raise ValueError(f"'{shown(value)}' is geen KvK-nummer; een KvK-nummer heeft 8 cijfers, bijvoorbeeld 12345678")
    return digits


KvkNumber = Annotated[str, Clean(_kvk)]


def _email(value: Any) -> Any:
    text = str(value).strip()
    if not EMAIL_PATTERN.fullmatch(text):
        raise ValueError(f"'{shown(value)}' is geen e-mailadres; schrijf bijvoorbeeld naam@gemeente.nl")
    return text


Email = Annotated[str, Clean(_email)]


def _fold(value: Any) -> Any:
    """Accept 'Coöperatie', 'eigen middelen', 'Geen rechtspersoon' for the vocabulary values."""
    if not isinstance(value, str):
        return value
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[\s_]+", "-", plain.strip().lower())


_Word = TypeVar("_Word", bound=StrEnum)

#: A vocabulary field: `Vocabulary[PartyKind]` accepts 'Woningcorporatie' or 'eigen middelen' for the values.
Vocabulary = Annotated[_Word, Clean(_fold)]


def vocabulary(enum: type[StrEnum]) -> Any:
    return Annotated[enum, Clean(_fold)]


def _identifier(value: Any) -> Any:
    text = str(value).strip()
    if not re.fullmatch(r"[a-z][a-z0-9-]*", text):
        raise ValueError(
            f"'{shown(value)}' is geen geldige verwijzing; gebruik kleine letters, cijfers en streepjes, "
            "bijvoorbeeld cooperatie of gemeente")
    return text


PartyId = Annotated[str, Clean(_identifier)]
