"""Dutch dates, amounts and small numbers: forgiving parsing of what people type, and formatting for legal text.

The month names and the way an amount is written are CLDR's Dutch (nl_NL), as babel gives them;
tests/test_dutch.py checks every month and a wide range of amounts against babel. They are written out
here because loading babel and its locale data took longer than the rest of a document's dates and
amounts together, on every `akkoord maak`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from functools import cache

from akkoord.patterns import LazyPattern

#: The locale whose CLDR data the names and symbols below are.
LOCALE = "nl_NL"
NBSP = "\u00a0"
#: CLDR's Dutch month names ('wide') and their abbreviations, which people also type ('1 mrt 2027').
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")
MONTH_ABBREVIATIONS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
#: CLDR's Dutch number symbols and the euro sign: 45.000 and 1.234,50.
GROUP, DECIMAL, EURO = ".", ",", "€"

DATE_EXAMPLE = "1-7-2027, 2027-07-01 of 1 juli 2027"
AMOUNT_EXAMPLE = "40000, 40.000 of € 40.000,-"

NUMBER_WORDS = ("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
                "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig")


def in_words(number: int) -> str:
    """'zes', 'twaalf': small numbers read best written out; larger ones stay digits."""
    return NUMBER_WORDS[number] if 0 <= number < len(NUMBER_WORDS) else str(number)


_MONTH_NAMES = dict(enumerate(MONTHS, start=1))


def format_date(value: dt.date) -> str:
    """'1 januari 2027'."""
    return f"{value.day} {_MONTH_NAMES[value.month]} {value.year}"


@cache
def format_amount(value: Decimal | int | float) -> str:
    """'€ 45.000' for whole euros, '€ 1.234,50' otherwise, with a non-breaking space after the sign.

    As CLDR's pattern '¤ #,##0(.00)' writes it: cents rounded half to even, a minus before the sign.
    """
    amount = Decimal(str(value))
    digits = 0 if amount == amount.to_integral_value() else 2
    rounded = abs(amount).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_EVEN)
    number = f"{rounded:,.{digits}f}".translate(_DUTCH_SYMBOLS)
    return f"{'-' if amount.is_signed() else ''}{EURO}{NBSP}{number}"


_DUTCH_SYMBOLS = str.maketrans({",": GROUP, ".": DECIMAL})


#: Month by the name or abbreviation people write, in lower case.
_MONTH_NUMBERS = {name: number for names in (MONTHS, MONTH_ABBREVIATIONS)
                  for number, name in enumerate(names, start=1)} | {"sept": 9}


# Compiled when a date is first read: writing one, which every document does, needs none of them.
_ISO = LazyPattern(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = LazyPattern(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_WRITTEN = LazyPattern(r"^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$")


def parse_date(text: str) -> dt.date | None:
    """Read a date as Dutch people write it; None when it is not one.

    Accepts 2027-07-01, 1-7-2027 (day first, also with / or .), and 1 juli 2027 / 1 jul 2027.
    """
    value = " ".join(str(text).strip().lower().split())
    try:
        if match := _ISO.match(value):
            year, month, day = (int(part) for part in match.groups())
        elif match := _NUMERIC.match(value):
            day, month, year = (int(part) for part in match.groups())
        elif match := _WRITTEN.match(value):
            month_number = _MONTH_NUMBERS.get(match.group(2))
            if month_number is None:
                return None
            day, month, year = int(match.group(1)), month_number, int(match.group(3))
        else:
            return None
        return dt.date(year, month, day)
    except ValueError:
        return None


def date_problem(text: str) -> tuple[str, str] | None:
    """Why text written as a date is not on the calendar, with a date that is:
    ('februari 2027 heeft 28 dagen', '28-2-2027'). None when that is not why."""
    value = " ".join(str(text).strip().lower().split())
    if match := _ISO.match(value):
        year, month, day = (int(part) for part in match.groups())
    elif match := _NUMERIC.match(value):
        day, month, year = (int(part) for part in match.groups())
    elif (match := _WRITTEN.match(value)) and match.group(2) in _MONTH_NUMBERS:
        day, month, year = int(match.group(1)), _MONTH_NUMBERS[match.group(2)], int(match.group(3))
    else:
        return None
    if year < 1:
        return None
    if not 1 <= month <= 12:
        return f"er is geen maand {month}; de dag staat vóór de maand", f"31-12-{year}"
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        return f"{_MONTH_NAMES[month]} {year} heeft {days} dagen", f"{days}-{month}-{year}"
    return None


_AMOUNT_NOISE = LazyPattern(r"(?i)^(eur|euro|€)|(eur|euro)$|,-+$|,—$|\s|" + NBSP)


def parse_amount(text: str | int | float | Decimal) -> Decimal | None:
    """Read an amount in euros; None when it is not one.

    Accepts 40000, 40.000, 40.000,50, € 40.000,- and 40000.50 (a single dot followed by one or two
    digits is a decimal point, as people type it on an English keyboard).
    """
    if isinstance(text, bool):
        return None
    if isinstance(text, (int, Decimal)):
        value = Decimal(text)
    elif isinstance(text, float):
        value = Decimal(str(text))
    else:
        cleaned = _AMOUNT_NOISE.sub("", str(text).strip())
        cleaned = _AMOUNT_NOISE.sub("", cleaned)
        if not cleaned or not re.fullmatch(r"[\d.,]+", cleaned):
            return None
        if re.fullmatch(r"\d+\.\d{1,2}", cleaned):
            normalised = cleaned
        elif re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d{1,2})?|\d+(,\d{1,2})?", cleaned):
            normalised = cleaned.replace(".", "").replace(",", ".")
        else:
            return None
        try:
            value = Decimal(normalised)
        except InvalidOperation:
            return None
    if value < 0:
        return None
    return value
