"""The structural checks over answers: per check, variations of a clean agreement that must and must not trigger it."""

from __future__ import annotations

import pytest
from checks_support import BASE, answers_with, codes

from akkoord.answers.loading import answers_from_data, yaml_reader
from akkoord.checks import CHECKS, check_answers
from akkoord.checks.catalogue import is_document_rule

FUNDING_2027 = """
financiering:
  - {bron: gemeente, vorm: subsidie, ontvanger: initiatief, bedrag: 20000, van: 2027-01-01, tot: 2027-12-31,
     voorwaarden: verantwoording vóór 1 april 2028, daarna: vóór 1 oktober 2027 besluit het college over 2028}
"""
IO = "soort: intentieovereenkomst\n"
PARTIES = """
partijen:
  - {{id: initiatief, soort: initiatief, naam: Werkgroep Warm, rechtsvorm: {form}}}
  - id: gemeente
    soort: gemeente
    naam: gemeente Voorbeeld
    rechtsvorm: gemeente
    vertegenwoordigers: [{{naam: B. de Vries, functie: {function}}}]
    collegebesluit: {{datum: 2027-01-10}}
{extra}"""


TERM = "start: 2027-02-01, einde: 2029-06-30, afbouw_maanden: 6"
FACILITATING = """
rollen:
  - {partij: initiatief, rol: trekker, verantwoordelijkheden: [organiseren van bewonersavonden]}
  - {partij: gemeente, rol: faciliteert het initiatief, verantwoordelijkheden: [ondersteunen van de bewonersavonden]}
participatie: [{taak: bewonersavonden, uitvoerder: initiatief, resultaat: vier avonden, deadline: 2027-11-30}]
financiering: []
"""
KITCHEN_TABLE = ("participatie: [{taak: keukentafelgesprekken, uitvoerder: initiatief, resultaat: 250 gesprekken, "
                 "deadline: 2027-12-31, persoonsgegevens: true}]\n")
ASSIGNMENT = """
financiering:
  - {bron: gemeente, vorm: opdracht, ontvanger: initiatief, bedrag: 20000, van: 2027-01-01, tot: 2029-06-30,
     voorwaarden: onder voorbehoud van de begroting, daarna: vóór 1 januari 2029 evalueren partijen}
"""


def parties(form="cooperatie", function="wethouder", extra="    volmacht: {datum: 2026-06-01}"):
    return PARTIES.format(form=form, function=function, extra=extra)


CASES = {
    "AK110": (["doelen: []"], [""]),
    "AK111": (["doelen: [{omschrijving: Bewoners betrekken, streefdatum: 2029-06-30}]"],
              ["doelen: [{omschrijving: Bewoners betrekken, resultaat: 250 gesprekken, streefdatum: 2029-06-30}]"]),
    "AK112": (["doelen: [{omschrijving: Een plan, resultaat: het plan ligt bij de raad}]"], [""]),
    "AK113": (["participatie: [{taak: nieuwsbrief, resultaat: vier edities, deadline: 2027-12-31}]"],
              ["participatie: [{taak: nieuwsbrief, uitvoerder: gemeente, resultaat: vier edities, deadline: "
               "2027-12-31}]"]),
    "AK114": (["participatie: [{taak: nieuwsbrief, uitvoerder: gemeente, deadline: 2027-12-31}]"], [""]),
    "AK115": (["participatie: [{taak: nieuwsbrief, uitvoerder: gemeente, resultaat: vier edities}]"], [""]),
    "AK116": (["financiering: [{bron: gemeente, vorm: subsidie, ontvanger: initiatief, tot: 2029-06-30, "
               "voorwaarden: onder voorbehoud van de begroting, daarna: evaluatie in 2029}]",
               "financiering: [{bron: gemeente, vorm: uren, ontvanger: gemeente, tot: 2029-06-30, daarna: evaluatie in "
               "2029}]"],
              ["financiering: [{bron: gemeente, vorm: uren, ontvanger: gemeente, uren: 400, tot: 2029-06-30, daarna: "
               "evaluatie}]"]),
    "AK117": (["financiering: [{bron: provincie, vorm: externe-subsidie, ontvanger: initiatief, bedrag: 5000, daarna: "
               "klaar}]"],
              [""]),
    "AK201": ([FUNDING_2027,
               FUNDING_2027 + "doelen: [{omschrijving: x, resultaat: y, streefdatum: 2027-12-31}]"],
              ["", "looptijd: {start: 2027-02-01, einde: 2028-03-31, opzegtermijn_maanden: 3, afbouw_maanden: 3}\n"
                   "doelen: [{omschrijving: x, resultaat: y, streefdatum: 2028-03-31}]\n" + FUNDING_2027]),
    "AK202": ([FUNDING_2027], ["", "financiering: [{bron: eigen leden, vorm: eigen-middelen, ontvanger: initiatief, "
                                  "bedrag: 500, van: 2027-01-01, tot: 2027-03-01}]"]),
    "AK203": (["financiering: [{bron: provincie, vorm: externe-subsidie, ontvanger: initiatief, bedrag: 5000, tot: "
               "2029-06-30}]"],
              ["",
               "financiering: [{bron: leden, vorm: eigen-middelen, ontvanger: initiatief, bedrag: 500, tot: "
               "2029-06-30}]"]),
    "AK204": (["borging: {overleg: {frequentie: elke zes weken}}", IO + "borging: {}"], [""]),
    "AK205": (["doelen: [{omschrijving: x, resultaat: y, streefdatum: 2027-12-31}]"],
              ["", IO + "doelen: [{omschrijving: x, resultaat: y, streefdatum: 2027-12-31}]"]),
    "AK301": (["borging: {bestuurlijk_overleg: {frequentie: twee keer per jaar}}"], [""]),
    "AK302": (["borging: {overleg: {deelnemers: iedereen}}",
               "borging: {overleg: {frequentie: maandelijks}, bestuurlijk_overleg: {deelnemers: de wethouder}}"],
              ["", "borging: {overleg: {frequentie: maandelijks}}"]),
    "AK303": (["borging: {overleg: {frequentie: maandelijks}}"], [""]),
    "AK304": (["borging: {overleg: {frequentie: maandelijks}}"], [""]),
    "AK305": (["borging: {wisseling: {plaatsvervanger: het teamhoofd}}", "borging: {}"], [""]),
    "AK306": (["borging: {wisseling: {overdracht: een overdrachtsgesprek binnen vier weken}}"], [""]),
    "AK307": ([parties(extra="    volmacht: {datum: 2026-06-01}").replace("    collegebesluit: {datum: 2027-01-10}\n",
                                                                          "")],
              [parties()]),
    "AK308": (["borging: {evaluatie: {wijze: samen}}", "borging: {evaluatie: {momenten: []}}"], [""]),
    "AK309": (["looptijd: {start: 2027-02-01, einde: 2029-06-30, afbouw_maanden: 6}",
               "looptijd: {start: 2027-02-01, einde: 2029-06-30, opzegtermijn_maanden: 0, afbouw_maanden: 6}"],
              ["", IO + "looptijd: {start: 2027-02-01, einde: 2029-06-30}"]),
    "AK310": (["looptijd: {start: 2027-02-01, einde: 2029-06-30, opzegtermijn_maanden: 6}"],
              ["", "looptijd: {start: 2027-02-01, einde: 2029-06-30, opzegtermijn_maanden: 6}\n"
                   "financiering: [{bron: gemeente, vorm: uren, ontvanger: gemeente, uren: 400, tot: 2029-06-30, "
                   "daarna: evaluatie}]"]),
    "AK311": (["borging: {overleg: {frequentie: maandelijks}}"], ["", "borging: {vooraf_informeren_werkdagen: 0}"]),
    "AK312": (["borging: {overleg: {frequentie: maandelijks}}"], [""]),
    "AK401": (["participatie: [{taak: avonden, uitvoerder: initiatief, resultaat: vier, deadline: 2027-11-30}]"],
              ["", "participatie: []",
               "partijen:\n" + parties().split("partijen:\n")[1] + "\n" +
               "  - {id: corporatie, soort: woningcorporatie, naam: Woonstichting, rechtsvorm: stichting}\n"
               "participatie:\n  - {taak: avonden, uitvoerder: initiatief, resultaat: vier, deadline: 2027-11-30}\n"
               "  - {taak: huurdersgesprekken, uitvoerder: corporatie, resultaat: 80, deadline: 2027-11-30}\n"]),
    "AK402": (["rollen: [{partij: initiatief, rol: trekker, verantwoordelijkheden: [avonden]}]",
               "rollen: [{partij: gemeente, rol: regisseur, contactpersoon: {naam: C. Bos}, uren_per_maand: 8}]"],
              [""]),
    "AK403": (["rollen: [{partij: gemeente, rol: regisseur, verantwoordelijkheden: [plan], contactpersoon: {naam: C. "
               "Bos}}]",
               "rollen: [{partij: gemeente, rol: regisseur, verantwoordelijkheden: [plan], uren_per_maand: 8}]"], [""]),
    "AK404": (["financiering: [{bron: gemeente, vorm: opdracht, ontvanger: initiatief, bedrag: 5000, tot: 2029-06-30, "
               "voorwaarden: begrotingsvoorbehoud, daarna: evaluatie}]"], [""]),
    "AK501": ([parties(form="geen-rechtspersoon"), parties(form="informele-vereniging")],
              [parties(form="stichting"), IO + parties(form="geen-rechtspersoon")]),
    "AK502": ([IO + "participatie: [{taak: avonden, uitvoerder: initiatief, resultaat: vier, deadline: 2027-11-30, "
               "verplichting: resultaat}]",
               IO + "rollen: [{partij: gemeente, rol: regisseur, verantwoordelijkheden: [de gemeente garandeert de "
                    "subsidie]}]"],
              [IO, "participatie: [{taak: avonden, uitvoerder: initiatief, resultaat: vier, deadline: 2027-11-30, "
                   "verplichting: resultaat}]"]),
    "AK503": ([parties(extra=""), parties(function="burgemeester", extra="").replace(
                  "vertegenwoordigers: [{naam: B. de Vries, functie: burgemeester}]", "vertegenwoordigers: []")],
              [parties(), parties(function="burgemeester", extra="")]),
    "AK504": (["financiering: [{bron: gemeente Voorbeeld, vorm: subsidie, ontvanger: initiatief, bedrag: 5000, "
               "tot: 2028-12-31, daarna: evaluatie}]"],
              ["", "financiering: [{bron: gemeente, vorm: subsidie, ontvanger: initiatief, bedrag: 5000, "
                   "tot: 2027-12-31, daarna: evaluatie}]",
               "financiering: [{bron: provincie, vorm: externe-subsidie, ontvanger: initiatief, bedrag: 5000, "
               "tot: 2029-06-30, daarna: evaluatie}]"]),
    "AK506": ([parties(form="geen-rechtspersoon")],
              [parties(form="stichting"), parties(form="informele-vereniging"),
               IO + parties(form="geen-rechtspersoon")]),
    "AK507": ([parties(form="informele-vereniging"), IO + parties(form="informele-vereniging")],
              [parties(form="vereniging"), parties(form="geen-rechtspersoon")]),
    "AK505": (["participatie: [{taak: enquête, uitvoerder: initiatief, resultaat: 200 antwoorden, deadline: "
               "2027-11-30, "
               "persoonsgegevens: true}]"],
              ["", "participatie: [{taak: enquête, uitvoerder: initiatief, resultaat: 200 antwoorden, "
                   "deadline: 2027-11-30, persoonsgegevens: true}]\npersoonsgegevens: {rol: verwerker}"]),
    # The commitment checks (checks/commitments.py; substance, issue 9).
    "AK313": (["looptijd: {start: 2027-02-01}",
               f"looptijd: {{{TERM}, verlenging: daarna loopt de overeenkomst voor onbepaalde tijd door}}"],
              ["", "looptijd: {start: 2027-02-01, opzegtermijn_maanden: 6, afbouw_maanden: 6}"]),
    "AK314": ([f"looptijd: {{{TERM}, opzegtermijn_maanden: 6, verlenging: elke partij kan op elk moment opzeggen}}",
               f"looptijd: {{{TERM}, opzegtermijn_maanden: 6, verlenging: de gemeente kan per direct stoppen}}",
               "doelen: [{omschrijving: Een plan, resultaat: de gemeente beëindigt de steun met onmiddellijke ingang "
               "als er geen plan is, streefdatum: 2029-06-30}]"],
              ["", f"looptijd: {{{TERM}, opzegtermijn_maanden: 6, "
                    f"verlenging: partijen kunnen schriftelijk verlengen}}"]),
    "AK405": ([FACILITATING, FACILITATING.replace("rol: faciliteert het initiatief", "rol: ondersteunende partner")],
               ["", FACILITATING.replace("[ondersteunen van de bewonersavonden]", "[beschikbaar stellen van de zaal]"),
                FACILITATING.replace("financiering: []\n", "") + FUNDING_2027]),
    "AK515": ([KITCHEN_TABLE + "persoonsgegevens: {rol: verwerker}"],
              [KITCHEN_TABLE + "persoonsgegevens: {rol: eigen-verantwoordelijkheid}",
               KITCHEN_TABLE + "persoonsgegevens: {rol: verwerker}\n" + ASSIGNMENT]),
}


@pytest.mark.parametrize(("code", "fragment"), [(code, f) for code, (must, _) in CASES.items() for f in must])
def test_triggers(code, fragment):
    assert code in codes(fragment)


@pytest.mark.parametrize(("code", "fragment"), [(code, f) for code, (_, must_not) in CASES.items() for f in must_not])
def test_does_not_trigger(code, fragment):
    assert code not in codes(fragment)


def test_every_structural_check_has_a_table():
    # Rules of the document review (akkoord.review) have their tables in tests/test_review_*.py.
    assert {check.code for check in CHECKS if check.rule and not is_document_rule(check.rule)} == set(CASES)


def test_every_rule_is_named_by_one_check():
    from akkoord.checks.rules import RULES

    named = [check.rule for check in CHECKS if check.rule and not is_document_rule(check.rule)]
    assert sorted(named) == sorted(RULES)


def _term_and_goal(goal_date: str) -> str:
    return (f"looptijd: {{start: 2027-01-01, einde: 2029-06-30, opzegtermijn_maanden: 3, afbouw_maanden: 3}}\n"
            f"doelen: [{{omschrijving: x, resultaat: y, streefdatum: {goal_date}}}]")


@pytest.mark.parametrize(("goal_date", "fires"), [("2028-01-01", True), ("2028-01-02", False)])
def test_only_short_term_goals_counts_twelve_months_as_its_prose_says(goal_date, fires):
    # AK205's text says "binnen twaalf maanden na de ingangsdatum": 1 January to 1 January is within.
    assert ("AK205" in codes(_term_and_goal(goal_date))) is fires


def _money_until(until: str) -> str:
    return (f"financiering: [{{bron: gemeente, vorm: subsidie, ontvanger: initiatief, bedrag: 1000, "
            f"van: 2027-01-01, tot: {until}, voorwaarden: begroting, daarna: evaluatie}}]")


@pytest.mark.parametrize(("until", "fires"), [("2028-01-01", True), ("2028-01-02", False)])
def test_funding_within_a_year_counts_twelve_months(until, fires):
    assert ("AK202" in codes(_money_until(until))) is fires


@pytest.mark.parametrize(("until", "fires"), [("2028-12-29", True), ("2028-12-30", False)])
def test_funding_ends_early_uses_the_margin_in_its_record(until, fires):
    # The goals and the term end 30 June 2029; AK201's record sets a margin of six months.
    assert ("AK201" in codes(_money_until(until))) is fires


def test_places_point_at_the_field_to_fix():
    findings = check_answers(answers_with(
        "doelen: [{omschrijving: a, resultaat: b, streefdatum: 2029-01-01}, {omschrijving: c, streefdatum: "
        "2029-01-01}]"))
    assert [f.place for f in findings if f.code == "AK111"] == ["doelen[1].resultaat"]


def test_wording_checks_run_on_answer_texts_but_not_on_the_background():
    answers = answers_with("aanleiding: {waarom: De gemeente wil zoveel mogelijk bewoners bereiken.}\n"
                           "doelen: [{omschrijving: Zoveel mogelijk bewoners doen mee, resultaat: 300 bezoekers, "
                           "streefdatum: 2029-06-30}]")
    assert [(f.code, f.place) for f in check_answers(answers)] == [("AK101", "doelen[0].omschrijving")]


def test_wording_checks_run_on_own_safeguards():
    data = yaml_reader().load(BASE)
    data["borging"]["overig"] = ["regelmatig overleg waar mogelijk", "de wethouder bezoekt elk voorjaar de wijk"]
    findings = check_answers(answers_from_data(data, "voorbeeld.yaml"))
    assert [(f.code, f.place) for f in findings] == [("AK101", "borging.overig[0]"), ("AK105", "borging.overig[0]")]


def test_acknowledged_findings_carry_the_reason():
    answers = answers_with("erkend: {AK303: de wethouder schuift aan bij het ambtelijk overleg}\n"
                           "borging: {overleg: {frequentie: maandelijks}}")
    by_code = {f.code: f for f in check_answers(answers)}
    assert by_code["AK303"].acknowledged == "de wethouder schuift aan bij het ambtelijk overleg"
    assert by_code["AK304"].acknowledged is None


def test_funding_horizon_message_names_both_dates():
    [finding] = [f for f in check_answers(answers_with(FUNDING_2027)) if f.code == "AK201"]
    assert "31 december 2027" in finding.message and "30 juni 2029" in finding.message


def test_missing_municipal_commitments_are_named_in_correct_dutch():
    answers = answers_with("rollen: [{partij: gemeente, rol: regisseur, verantwoordelijkheden: [plan]}]")
    message = next(f.message for f in check_answers(answers) if f.code == "AK403")
    assert "ontbreken" in message and "ontbreekten" not in message


def test_month_arithmetic_keeps_the_day_and_stays_on_the_calendar():
    import datetime as dt

    from akkoord.checks.rulebook import add_months

    assert add_months(dt.date(2027, 1, 31), 1) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2027, 3, 31), 6) == dt.date(2027, 9, 30)
    assert add_months(dt.date(2027, 3, 15), 6) == dt.date(2027, 9, 15)
    assert add_months(dt.date(9999, 12, 1), 6) == dt.date.max


def test_a_new_text_field_in_the_model_is_checked_for_wording():
    # The checked texts are found in the model, not listed: a field added to a section is read at once.
    from akkoord.answers.model import Goal, Safeguards, Text
    from akkoord.answers.sections import field

    class GoalWithRisk(Goal):
        risk: Text | None = field("risico", "Wat het doel in gevaar brengt.", default=None)

    class SafeguardsWithLessons(Safeguards):
        lessons: list[Text] = field("lessen", "Wat partijen leerden.", default_factory=list)

    answers = answers_with("")
    goal = GoalWithRisk(omschrijving="Een plan", resultaat="het plan ligt bij de raad", streefdatum="2029-06-30",
                        risico="de raad besluit te zijner tijd")
    safeguards = SafeguardsWithLessons.model_validate(
        {**answers.safeguards.model_dump(by_alias=True, exclude_none=True), "lessen": ["regelmatig evalueren"]})
    answers = answers.model_copy(update={"goals": [goal], "safeguards": safeguards})
    assert {(f.code, f.place) for f in check_answers(answers) if f.category == "vaag"} == {
        ("AK103", "doelen[0].risico"), ("AK105", "borging.lessen[0]")}


def test_every_text_left_unchecked_is_a_field_of_the_model():
    # A renamed field must not leave a stale exclusion behind (nor silently exclude its successor).
    from akkoord.answers.declare import Record
    from akkoord.answers.model import Answers
    from akkoord.answers.texts import NOT_OBLIGATIONS

    def paths(model: type[Record], prefix: str = "") -> set[str]:
        found = set()
        for info in model.model_fields.values():
            path = f"{prefix}{info.alias}"
            found.add(path)
            for inner in (info.annotation, *getattr(info.annotation, "__args__", ())):
                for candidate in (inner, *getattr(inner, "__args__", ())):
                    if isinstance(candidate, type) and issubclass(candidate, Record):
                        found |= paths(candidate, path + ".")
        return found

    assert paths(Answers) >= NOT_OBLIGATIONS


def test_names_and_labels_are_not_read_as_agreements():
    answers = answers_with("titel: Zoveel mogelijk samen\n"
                           "financiering: [{bron: het fonds van de provincie waar mogelijk, vorm: externe-subsidie, "
                           "ontvanger: initiatief, "
                           "bedrag: 5000, van: 2027-01-01, tot: 2029-06-30, daarna: evaluatie in 2029}]")
    assert [f for f in check_answers(answers) if f.category == "vaag"] == []
