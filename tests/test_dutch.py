"""Dutch dates and amounts, as users type them and as a contract prints them."""

import datetime as dt
from decimal import Decimal

import pytest

from akkoord.dutch import NBSP, format_amount, format_date, parse_amount, parse_date


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
