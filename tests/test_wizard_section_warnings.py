"""Warnings shown after a wizard section: judged on the answers so far, and improved where they point."""

from __future__ import annotations

import datetime as dt

from ruamel.yaml.comments import CommentedMap

from akkoord.wizard.draft import Draft
from akkoord.wizard.flow import section_findings
from akkoord.wizard.sections import section_of
from wizard_driver import ENTER, draft_at_safeguards_without_a_deputy, pick, run_wizard, type_


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


DEPUTY_HELP = "Een functie, bijvoorbeeld 'het teamhoofd Duurzaamheid van de Gemeente'."


def test_improving_a_warning_on_a_plain_field_asks_just_that_field(tmp_path):
    draft = draft_at_safeguards_without_a_deputy(tmp_path)
    keys = [ENTER,  # the deputy, asked while filling in: left empty
            pick(1),  # AK306: improve now
            type_("het teamhoofd Duurzaamheid")]
    outcome, printed = run_wizard(keys, draft, interrupt=True)  # interrupted on the review screen

    assert len([line for line in printed if "AK306" in line]) == 1, "gone after the improvement, no loop"
    hints = [line.strip() for line in printed]
    assert hints.count(DEPUTY_HELP) == 2, "asked while filling in, and once more to improve it"
    assert not any("Aangevinkt staat" in line or "vaste contactpersoon" in line for line in printed), \
        "not the checklist or the handover again: just the field the warning is about"
    saved = Draft.from_concept(outcome.concept).data["borging"]["wisseling"]
    assert saved["plaatsvervanger"] == "het teamhoofd Duurzaamheid"
    assert section_findings(Draft.from_concept(outcome.concept), section_of("borging")) == []


def test_a_warning_on_a_whole_list_still_opens_its_section():
    # 'doelen' (no goal for the longer term) has no field of its own to ask.
    from akkoord.wizard.sections import field_of

    assert field_of("doelen") is None
    assert field_of("borging.wisseling.plaatsvervanger") == "borging.wisseling.plaatsvervanger"
    assert field_of("borging.overleg.frequentie") == "borging.overleg"
    assert field_of("borging.overig[1]") == "borging.overig"
