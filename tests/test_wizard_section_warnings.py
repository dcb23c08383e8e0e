"""Warnings shown after a wizard section are judged on the answers so far, not on placeholders' accidents."""

from __future__ import annotations

import datetime as dt

from ruamel.yaml.comments import CommentedMap

from akkoord.wizard.draft import Draft
from akkoord.wizard.flow import section_findings
from akkoord.wizard.sections import section_of


def draft_with_past_decision_and_one_year_of_money() -> Draft:
    data = CommentedMap({
        "soort": "intentieovereenkomst", "titel": "Intentieovereenkomst Kerkbuurt", "gebied": "Kerkbuurt",
        "partijen": [
            {"id": "initiatief", "soort": "initiatief", "naam": "Werkgroep Kerkbuurt",
             "rechtsvorm": "geen-rechtspersoon", "vertegenwoordigers": [{"naam": "P. Visser", "functie": "lid"}]},
            # A college decision and volmacht from the past must not move the assumed start of the term.
            {"id": "gemeente", "soort": "gemeente", "naam": "gemeente Dorpstad", "rechtsvorm": "gemeente",
             "vertegenwoordigers": [{"naam": "K. de Wit", "functie": "wethouder"}],
             "collegebesluit": {"datum": dt.date(2027, 3, 3)}, "volmacht": {"datum": dt.date(2026, 6, 1)}},
        ],
        "doelen": [{"omschrijving": "Bewoners kennen de opties", "resultaat": "120 huishoudens op een avond",
                    "streefdatum": dt.date(2027, 12, 1)}],
        "financiering": [{"bron": "gemeente", "vorm": "subsidie", "ontvanger": "initiatief", "bedrag": "4000",
                          "van": dt.date(2027, 4, 1), "tot": dt.date(2027, 12, 31),
                          "voorwaarden": "verantwoording met bonnen",
                          "daarna": "drie maanden voor het einde spreken we de vervolgfinanciering af"}],
    })
    return Draft(data)


def test_money_within_the_year_of_the_work_is_not_called_short_term_before_the_term_is_asked():
    findings = section_findings(draft_with_past_decision_and_one_year_of_money(), section_of("financiering"))
    codes = {finding.code for finding in findings}
    assert "AK202" not in codes  # all money in one year, but so is all the work known so far
    assert "AK504" not in codes  # 2027 money in a draft whose work starts in 2027
