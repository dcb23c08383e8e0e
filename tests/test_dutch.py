"""Dutch dates and amounts, as users type them and as a contract prints them."""

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akkoord.answers.fields import MAX_AMOUNT
from akkoord.dutch import (
    LOCALE,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NBSP,
    format_amount,
    format_date,
    parse_amount,
    parse_date,
)


@pytest.mark.parametrize("text", ["1-7-2027", "01-07-2027", "2027-07-01", "1 juli 2027", "1 Juli 2027",
                                  "1 jul 2027", "1/7/2027", " 1-7-2027 "])
def test_dates_people_write_are_read(text):
    assert parse_date(text) == dt.date(2027, 7, 1)


@pytest.mark.parametrize("text", ["31-2-2027", "juli 2027", "1 juluary 2027", "2027", "", "morgen", "7-1"])
def test_non_dates_are_refused(text):
    assert parse_date(text) is None


@pytest.mark.parametrize("text, expected", [
    ("40000", Decimal(40000)), ("40.000", Decimal(40000)), ("€ 40.000,-", Decimal(40000)),
    ("€40.000", Decimal(40000)), ("40.000,50", Decimal("40000.50")), ("40000.50", Decimal("40000.50")),
    ("1.250.000", Decimal(1250000)), ("EUR 500", Decimal(500)), (45000, Decimal(45000)),
    ("€ 40.000,—", Decimal(40000)),
])
def test_amounts_people_write_are_read(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize("text", ["veertig", "40.00.0", "-5", "", "€", "4O000", True])
def test_non_amounts_are_refused(text):
    assert parse_amount(text) is None


def test_formats_are_dutch():
    assert format_date(dt.date(2027, 1, 1)) == "1 januari 2027"
    assert format_amount(Decimal(45000)) == f"€{NBSP}45.000"
    assert format_amount(Decimal("1234.5")) == f"€{NBSP}1.234,50"


def test_every_month_is_written_in_dutch():
    names = [format_date(dt.date(2027, month, 1)).split()[1] for month in range(1, 13)]
    assert names == ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                     "september", "oktober", "november", "december"]
    assert format_date(dt.date(2030, 12, 31)) == "31 december 2030"


# --- the same as babel's CLDR data, without loading babel on every run -----------------------------

def test_the_month_names_are_cldrs_dutch():
    from babel.dates import get_month_names

    wide = tuple(get_month_names("wide", locale=LOCALE).values())
    abbreviated = tuple(name.lower().rstrip(".") for name in get_month_names("abbreviated", locale=LOCALE).values())
    assert (wide, abbreviated) == (MONTHS, MONTH_ABBREVIATIONS)
    assert parse_date("1 mrt 2027") == dt.date(2027, 3, 1) and parse_date("3 sept. 2027") == dt.date(2027, 9, 3)


#: Uncached: -0 equals 0 for the cache (as before, with babel), not for the sign written.
written = format_amount.__wrapped__


def babel_amount(amount: Decimal) -> str:
    from babel.numbers import format_currency

    pattern = "¤ #,##0" if amount == amount.to_integral_value() else "¤ #,##0.00"
    return format_currency(amount, "EUR", format=pattern, locale=LOCALE, currency_digits=False).replace(" ", NBSP)


@pytest.mark.parametrize("text", ["0", "0.5", "0.005", "0.015", "12.345", "1234.565", "1234.575", "45000", "100.00",
                                  "1E+3", "5E-7", "999999999999999.99", "-5", "-1234.5", "-0.001", "-0"])
def test_amounts_are_written_as_babel_writes_them(text):
    assert written(Decimal(text)) == babel_amount(Decimal(text))


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value=0, max_value=MAX_AMOUNT - 1, places=3, allow_nan=False, allow_infinity=False)
       | st.integers(min_value=0, max_value=10**15 - 1).map(Decimal))
def test_any_amount_an_answers_file_can_hold_is_written_as_babel_writes_it(amount):
    assert written(amount) == babel_amount(amount)
    assert written(float(amount)) == babel_amount(Decimal(str(float(amount))))
