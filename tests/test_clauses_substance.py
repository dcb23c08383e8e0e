"""What a gemeentejurist looks for in the substance: who the parties are, what the council and the college
do, privacy roles, public-law reservations, notices, governance, entry into force and legal protection."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

from akkoord.answers.loading import answers_from_data, parse_yaml_file
from akkoord.assembly import assemble
from akkoord.document import Agreement, plain
from akkoord.library import load_library

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2027, 1, 1)


@cache
def library():
    return load_library()


def build(name: str, change=None) -> Agreement:
    path = ROOT / "examples" / f"{name}.yaml"
    data = parse_yaml_file(path).data
    if change is not None:
        change(data)
    return assemble(answers_from_data(data, path.name), library(), today=TODAY)


def article(agreement: Agreement, clause_id: str) -> str:
    found = next(a for a in agreement.articles if a.clause_id == clause_id)
    return "\n".join(plain(m.text) + "".join("\n" + plain(i) for i in m.items) for m in found.members)


def recitals(agreement: Agreement) -> list[str]:
    return [plain(recital) for recital in agreement.recitals]


def everything(agreement: Agreement) -> str:
    return "\n".join([plain(p.comparitie) for p in agreement.parties] + recitals(agreement)
                     + [article(agreement, a.clause_id) for a in agreement.articles])


def test_a_werkgroep_is_its_participants_and_never_acts_through_the_group():
    agreement = build("io-werkgroep")
    text = everything(agreement)
    assert "namens de Werkgroep" not in text and "namens hen" not in text
    assert "ieder in eigen naam" in article(agreement, "voorbehouden")
    money = article(agreement, "kosten")
    assert "aan mevrouw H. Dijkstra en de heer T. Mulder ten behoeve van de Werkgroep" in money
    signatures = [s.function for p in agreement.parties if p.label == "de Werkgroep" for s in p.signatories]
    assert signatures and all(function.startswith("in eigen naam (") for function in signatures)


def test_a_werkgroep_in_a_sok_keeps_its_signatories_bound():
    liability = article(build("te-algemeen"), "aansprakelijkheid")
    assert "niet persoonlijk aansprakelijk" not in liability
    assert "ieder in eigen naam Partij" in liability


def test_wensen_en_bedenkingen_is_a_past_recital_before_the_college_decision():
    agreement = build("sok-meerpartijen")
    texts = recitals(agreement)
    council = next(i for i, t in enumerate(texts) if "wensen en bedenkingen" in t)
    college = next(i for i, t in enumerate(texts) if "heeft op 13 mei 2027 besloten" in t)
    assert council < college
    assert "is bij brief van 28 maart 2027 in de gelegenheid gesteld" in texts[council]
    assert "geen gebruik gemaakt" in texts[council]


def test_council_text_naming_wensen_en_bedenkingen_never_becomes_a_duty_in_the_contract():
    def typed_as_duty(data):
        data["borging"]["gemeenteraad"] = ("Het college stelt de gemeenteraad in staat wensen en bedenkingen kenbaar "
                                           "te maken vóór het ondertekenen van deze overeenkomst")
        del data["partijen"][1]["wensen_en_bedenkingen"]

    agreement = build("sok-meerpartijen", typed_as_duty)
    assert "vóór het ondertekenen" not in article(agreement, "gemeenteraad")
    recital = next(t for t in recitals(agreement) if "wensen en bedenkingen" in t)
    assert "[datum brief aan de raad]" in recital


def test_council_plans_are_what_the_college_proposes_not_a_promise_of_the_council():
    for name, clause in (("sok-energiecooperatie", "uitvoeringsplan"), ("io-werkgroep", "borging-verkenning")):
        text = article(build(name), clause)
        assert "stelt het college van burgemeester en wethouders de gemeenteraad dat besluit voor" in text
        assert "gemeenteraad beslist daarover zelfstandig" in text


def test_the_io_uses_its_continuity_council_evaluation_and_plan_answers_as_intentions():
    text = article(build("io-werkgroep"), "borging-verkenning")
    assert "overdrachtsgesprek in aanwezigheid van de Procesbegeleider" in text
    assert "neemt de teamleider Ruimte en Duurzaamheid diens taken in de verkenning waar" in text
    assert "raadsinformatiebrief" in text and "15 september 2027" in text and "uitvoeringsplan voor Zuiderveld" in text
    assert "niet in rechte afdwingbaar" in text


def test_privacy_roles_agree_with_subsidy_and_geen_opdrachtnemer():
    def processor(data):
        data["persoonsgegevens"] = {"rol": "verwerker"}

    agreement = build("sok-meerpartijen", processor)
    privacy = article(agreement, "persoonsgegevens")
    assert "De Gemeente en de Stichting sluiten vóór de eerste verwerking een verwerkersovereenkomst" in privacy
    assert "Partijen sluiten vóór de eerste verwerking een verwerkersovereenkomst" not in privacy
    assert "is een dienst aan de Gemeente" in privacy and "niet voor die verwerking bestemd" in privacy
    assert "behalve voor de verwerking van persoonsgegevens in opdracht van de Gemeente" in article(agreement, "rollen")
    own = article(build("sok-meerpartijen"), "persoonsgegevens")
    assert "is daarvoor verwerkingsverantwoordelijke" in own and "geanonimiseerde of geaggregeerde" in own


def test_a_warmtebedrijf_brings_the_wet_collectieve_warmte_into_the_reservation():
    text = article(build("sok-meerpartijen"), "publiekrecht")
    assert "Wet collectieve warmte, zodra en voor zover die wet van toepassing is" in text
    assert "geen aanwijzing van het Warmtebedrijf in en ook geen toezegging" in text
    assert "Wet collectieve warmte" not in article(build("sok-energiecooperatie"), "publiekrecht")


def test_state_aid_and_procurement_when_municipal_money_may_reach_an_undertaking():
    assert "regels over staatssteun" in article(build("sok-meerpartijen"), "financien")
    assert "staatssteun" not in article(build("sok-energiecooperatie"), "financien")


def test_formal_notices_go_to_college_or_bestuur_in_writing_with_confirmation():
    closing = article(build("sok-energiecooperatie"), "slotbepalingen")
    assert ("Een opzegging, een ingebrekestelling en een mededeling over een geschil als bedoeld in artikel"
            in closing)
    assert ("gericht aan het college van burgemeester en wethouders van de Gemeente respectievelijk het bestuur"
            in closing)
    assert "per aangetekende brief of per e-mail met ontvangstbevestiging" in closing
    ending = article(build("io-werkgroep"), "beeindiging")
    assert "per aangetekende brief of per e-mail met ontvangstbevestiging" in ending
    assert "voor de Werkgroep, ieder van de deelnemers" in ending


def test_with_more_than_two_parties_the_overleg_has_chair_secretariat_decision_rule_and_minutes():
    text = article(build("sok-meerpartijen"), "overleg")
    assert "De Gemeente levert de voorzitter en voert het secretariaat" in text
    assert "besluit met instemming van alle Partijen" in text
    assert "De Gemeente stelt van ieder overleg binnen tien Werkdagen een beknopt verslag" in text
    assert "wordt binnen tien Werkdagen een beknopt verslag" not in text


def test_entry_into_force_on_signature_by_all_and_legal_protection_and_court():
    for name in ("sok-energiecooperatie", "io-werkgroep"):
        agreement = build(name)
        in_force = article(agreement, "looptijd")
        assert "treedt in werking op de dag waarop alle Partijen haar hebben ondertekend" in in_force
        disputes = article(agreement, "geschillen")
        assert "rechtsbescherming tegen besluiten op grond van de Algemene wet bestuursrecht" in disputes
    assert "in de rechtbank Overijssel" in article(build("io-werkgroep"), "geschillen")


def test_no_bestuurlijk_overleg_is_mentioned_when_none_was_agreed():
    agreement = build("te-algemeen")
    for clause in ("continuiteit", "evaluatie", "opzegging"):
        assert "bestuurlijk overleg" not in article(agreement, clause), clause
