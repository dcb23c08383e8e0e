"""What the structural rules share: the shape of a rule, a registry per module, and facts about dates and money.

Each rule yields `(place, fragment)`: the answers path the finding concerns, and an optional detail
that fills `{fragment}` in the check's message. A check's record names its rule (`regel:`); the
rule's keyword arguments are the record's thresholds (`drempels:`), which its prose quotes.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterator

from akkoord.answers.model import Answers, Funding
from akkoord.answers.vocabularies import FundingForm

Hit = tuple[str, str | None]
Rule = Callable[..., Iterator[Hit]]


def registry(rules: dict[str, Rule]) -> Callable[[Rule], Rule]:
    """A decorator that files a rule in `rules` under its function name, as the records name it."""
    def register(function: Rule) -> Rule:
        rules[function.__name__] = function
        return function
    return register


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (the last day of a shorter month), never past the calendar's end."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return dt.date.max if months > 0 else dt.date.min
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def is_money(funding: Funding) -> bool:
    """Money or hours someone gives, as opposed to the initiative's own means."""
    return funding.form is not FundingForm.OWN_MEANS


def initiative_ids(answers: Answers) -> set[str]:
    return {party.id for party in answers.initiatives}
