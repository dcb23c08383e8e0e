"""Reading what a volunteer types into one answer: each kind parses text or says in Dutch what to type."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Callable

from akkoord.answers.model import EMAIL_PATTERN, kvk_digits
from akkoord.dutch import format_date, parse_amount, parse_date


class Invalid(ValueError):
    """The text is not a valid answer; the message is the Dutch hint shown under the prompt."""


@dataclass(frozen=True)
class Kind:
    """How one kind of answer is parsed from text and shown again as a default."""

    name: str
    parse: Callable[[str], Any]
    show: Callable[[Any], str]


class SourceText(str):
    """A number kept as the text it was written in, so a rewritten file shows it unchanged."""

    tag = "tag:yaml.org,2002:int"

    def __new__(cls, text: str, tag: str = "tag:yaml.org,2002:int") -> "SourceText":
        value = super().__new__(cls, text)
        value.tag = tag
        return value


def _text(text: str) -> str:
    return " ".join(text.split())


def _date(text: str) -> dt.date:
    parsed = parse_date(text)
    if parsed is None:
        if re.fullmatch(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2}", text.strip()):
            raise Invalid("schrijf het jaar voluit, bijvoorbeeld 1-7-2027")
        raise Invalid("geen datum; typ bijvoorbeeld 1-7-2027, 2027-07-01 of 1 juli 2027")
    if not 2000 <= parsed.year <= 2100:
        raise Invalid(f"het jaar {parsed.year} klopt vast niet; typ bijvoorbeeld 1-7-2027")
    return parsed


def _show_date(value: Any) -> str:
    if isinstance(value, dt.date):
        return format_date(value)
    return str(value)


def _amount(text: str) -> Any:
    parsed = parse_amount(text)
    if parsed is None:
        raise Invalid("geen bedrag; typ bijvoorbeeld 40000, 40.000 of € 40.000,-")
    if parsed == parsed.to_integral_value():
        return int(parsed)
    return SourceText(f"{parsed:.2f}", "tag:yaml.org,2002:float")


def _show_amount(value: Any) -> str:
    amount = parse_amount(value) if not isinstance(value, Decimal) else value
    if amount is None:
        return str(value)
    if amount == amount.to_integral_value():
        return f"{int(amount):,}".replace(",", ".")
    return f"{amount:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def _kvk(text: str) -> str:
    digits = kvk_digits(text)
    if not digits.isdigit():
        raise Invalid("een KvK-nummer bestaat alleen uit cijfers, bijvoorbeeld 12345678")
    if len(digits) != 8:
        raise Invalid(f"een KvK-nummer heeft 8 cijfers; dit zijn er {len(digits)}")
    return digits


def _email(text: str) -> str:
    value = text.strip()
    if "@" not in value:
        raise Invalid("een e-mailadres heeft een @, bijvoorbeeld naam@gemeente.nl")
    if not EMAIL_PATTERN.fullmatch(value):
        raise Invalid("dit is geen volledig e-mailadres; typ bijvoorbeeld naam@gemeente.nl")
    return value


def _whole_number(text: str) -> int:
    value = text.strip()
    if not value.isdigit():
        raise Invalid("typ een geheel getal, bijvoorbeeld 6")
    return int(value)


def _dates(text: str) -> list[dt.date]:
    parts = [part.strip() for part in re.split(r"[;,]| en ", text) if part.strip()]
    return [_date(part) for part in parts]


def _show_dates(value: Any) -> str:
    return ", ".join(_show_date(item) for item in value or [])


TEXT = Kind("tekst", _text, lambda value: str(value))
DATE = Kind("datum", _date, _show_date)
AMOUNT = Kind("bedrag", _amount, _show_amount)
KVK = Kind("kvk", _kvk, lambda value: str(value))
EMAIL = Kind("email", _email, lambda value: str(value))
WHOLE_NUMBER = Kind("getal", _whole_number, lambda value: str(value))
DATES = Kind("datums", _dates, _show_dates)


def validator(kind: Kind, required: bool, check: Callable[[Any], str | None] | None = None
              ) -> Callable[[str], bool | str]:
    """A function telling the prompt whether the text typed so far is acceptable, or what to type."""

    def validate(text: str) -> bool | str:
        if not text.strip():
            return "vul hier iets in; dit is nodig" if required else True
        try:
            value = kind.parse(text)
        except Invalid as problem:
            return str(problem)
        if check is not None and (message := check(value)):
            return message
        return True

    return validate
