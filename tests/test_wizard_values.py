"""What a volunteer may type for dates, amounts, KvK numbers and e-mail addresses, and the hints otherwise."""

import datetime as dt

import pytest

from akkoord.wizard.values import AMOUNT, DATE, DATES, EMAIL, KVK, WHOLE_NUMBER, validator


@pytest.mark.parametrize("typed", ["1-7-2027", "2027-07-01", "1 juli 2027", "01/07/2027", "1 jul 2027"])
def test_dates_as_people_write_them(typed):
    assert DATE.parse(typed) == dt.date(2027, 7, 1)


@pytest.mark.parametrize("typed, hint", [
    ("31-13-2027", "geen datum"), ("1-7-27", "jaar voluit"), ("volgend jaar", "1 juli 2027"), ("1-7-1927", "klopt vast niet"),
])
def test_a_wrong_date_gets_a_dutch_hint(typed, hint):
    assert hint in validator(DATE, required=True)(typed)


@pytest.mark.parametrize("typed", ["40000", "40.000", "€ 40.000,-", "40000 euro"])
def test_amounts_as_people_write_them(typed):
    assert AMOUNT.parse(typed) == 40000


def test_an_amount_with_cents_is_kept_exactly():
    assert str(AMOUNT.parse("1.234,50")) == "1234.50"
    assert AMOUNT.show(AMOUNT.parse("1.234,50")) == "1.234,50"


@pytest.mark.parametrize("typed, hint", [("veertig", "geen bedrag"), ("-40", "geen bedrag")])
def test_a_wrong_amount_gets_a_dutch_hint(typed, hint):
    assert hint in validator(AMOUNT, required=False)(typed)


def test_kvk_numbers_have_eight_digits():
    assert KVK.parse("0123 4567") == "01234567"
    assert "8 cijfers; dit zijn er 4" in validator(KVK, required=False)("1234")
    assert "alleen uit cijfers" in validator(KVK, required=False)("12AB5678")


def test_email_addresses():
    assert EMAIL.parse(" s.veenstra@noorderzijl.nl ") == "s.veenstra@noorderzijl.nl"
    assert "@" in validator(EMAIL, required=False)("s.veenstra")
    assert "volledig" in validator(EMAIL, required=False)("s.veenstra@noorderzijl")


def test_empty_is_fine_unless_the_answer_is_needed():
    assert validator(DATE, required=False)("  ") is True
    assert "nodig" in validator(DATE, required=True)("")


def test_a_list_of_dates_and_a_check_across_answers():
    assert DATES.parse("1-12-2027, 1 december 2028 en 2029-12-01") == [
        dt.date(2027, 12, 1), dt.date(2028, 12, 1), dt.date(2029, 12, 1)]
    after_start = validator(DATE, False, lambda end: "vóór de begindatum" if end < dt.date(2027, 1, 1) else None)
    assert after_start("31-12-2026") == "vóór de begindatum"
    assert after_start("31-12-2027") is True
    assert "geheel getal" in validator(WHOLE_NUMBER, False)("drie")
