"""The clause library: each variant appears exactly when the answers call for it, and reads as a lawyer expects."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from pathlib import Path

import pytest

from akkoord.answers.loading import load_answers
from akkoord.assembly import assemble
from akkoord.document import Agreement, plain
from akkoord.library import load_library

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "clauses"
ANSWERS_FILES = sorted((ROOT / "examples").glob("*.yaml")) + sorted(FIXTURES.glob("*.yaml"))
TODAY = dt.date(2027, 1, 1)


@cache
def library():
    return load_library()


@cache
def build(path: Path) -> Agreement:
    return assemble(load_answers(path), library(), today=TODAY)


def fixture(name: str) -> Agreement:
    return build(FIXTURES / name)


def example(name: str) -> Agreement:
    return build(ROOT / "examples" / name)


def ids(agreement: Agreement) -> list[str]:
    return [article.clause_id for article in agreement.articles]


def article_text(agreement: Agreement, clause_id: str) -> str:
    article = next(a for a in agreement.articles if a.clause_id == clause_id)
    return "\n".join(plain(member.text) + "".join("\n" + plain(item) for item in member.items)
                     for member in article.members)


def number(agreement: Agreement, clause_id: str) -> int:
    return ids(agreement).index(clause_id) + 1


def comparitie(agreement: Agreement, label: str) -> str:
    return next(plain(party.comparitie) for party in agreement.parties if party.label == label)


# --- the library as a whole ---------------------------------------------------------------------

def test_every_clause_is_rendered_by_some_answers_file():
    rendered = {clause_id for path in ANSWERS_FILES for clause_id in ids(build(path))}
    assert set(library().clauses) - rendered == set()


@pytest.mark.parametrize("clause_id", sorted(load_library().clauses))
def test_every_clause_has_a_reviewer_note_and_a_source(clause_id):
    meta = library().clauses[clause_id].meta
    assert len(meta.toelichting) >= 80, "de toelichting zegt niet waarom het artikel er staat"
    assert re.search(r"artikel|wet|Participatiecoalitie|HR |Aanwijzingen|Verordening|AVG|Burgerlijk Wetboek",
                     meta.bron, re.IGNORECASE), f"bron noemt geen wet, rechtspraak of studie: {meta.bron}"
    assert "domain.md" not in meta.bron


@pytest.mark.parametrize("path", ANSWERS_FILES, ids=lambda p: p.name)
def test_no_template_leftovers_or_empty_leden(path):
    agreement = build(path)
    for article in agreement.articles:
        for member in article.members:
            text = plain(member.text)
            assert text.strip(), f"lege lid in {article.clause_id}"
            for item in (text, *map(plain, member.items)):
                assert "{{" not in item and "{%" not in item and "GEBIED" not in item
                assert "  " not in item, f"dubbele spatie in {article.clause_id}: {item!r}"
                assert not re.search(r"\w,\w|\s[,.;]", item), f"leesteken verkeerd in {article.clause_id}: {item!r}"
    for party in agreement.parties:
        assert "{{" not in plain(party.comparitie)
    for recital in agreement.recitals:
        assert "{{" not in plain(recital) and "GEBIED" not in plain(recital)


def test_each_type_follows_its_skeleton_in_order():
    sok = ids(example("sok-energiecooperatie.yaml"))
    assert sok[:3] == ["begrippen", "doel", "rollen"]
    for earlier, later in [("taken", "overleg"), ("financien", "participatie-communicatie"),
                           ("vertrouwelijkheid", "persoonsgegevens"), ("publiekrecht", "evaluatie"),
                           ("looptijd", "opzegging"), ("wijziging", "toetreding"), ("geschillen", "recht"),
                           ("recht", "slotbepalingen")]:
        assert sok.index(earlier) < sok.index(later)
    io = ids(example("io-werkgroep.yaml"))
    assert io[:3] == ["begrippen", "intentie", "aanpak"]
    assert io[-2:] == ["geschillen", "recht"]


# --- intentieovereenkomst ------------------------------------------------------------------------

def test_non_enforceability_only_in_an_io():
    for path in ANSWERS_FILES:
        agreement = build(path)
        is_io = agreement.kind_heading == "Intentieovereenkomst"
        assert ("niet-bindend" in ids(agreement)) == is_io
        assert ("beeindiging" in ids(agreement)) == is_io
        assert ("opzegging" in ids(agreement)) != is_io


@pytest.mark.parametrize("path", [p for p in ANSWERS_FILES if "io-" in p.name], ids=lambda p: p.name)
def test_io_names_exactly_the_binding_articles(path):
    agreement = build(path)
    text = article_text(agreement, "niet-bindend")
    named = re.search(r"De artikelen ([\d, en]+) binden", text).group(1)
    numbers = {int(n) for n in re.findall(r"\d+", named)}
    binding = {n for n, article in enumerate(agreement.articles, start=1) if article.binding_in_io}
    assert numbers == binding
    for clause_id in ("kosten", "communicatie", "vertrouwelijkheid", "beeindiging", "looptijd", "geschillen", "recht"):
        assert number(agreement, clause_id) in numbers


def test_io_ends_at_a_date_or_when_the_sok_is_signed():
    text = article_text(example("io-werkgroep.yaml"), "looptijd")
    assert "31 maart 2028" in text
    assert "Samenwerkingsovereenkomst hebben ondertekend" in text


def test_io_ending_gives_no_right_to_damages_or_costs():
    text = article_text(example("io-werkgroep.yaml"), "beeindiging")
    assert "geen Partij recht op schadevergoeding of op vergoeding van gemaakte kosten" in text
    assert "nodigt zij de andere Partijen uit voor overleg" in text


def test_io_go_no_go_moments_from_the_answers_or_a_planning():
    with_dates = article_text(example("io-werkgroep.yaml"), "aanpak")
    assert "uiterlijk op 15 september 2027" in with_dates
    without = article_text(fixture("io-cooperatie.yaml"), "aanpak")
    assert "stellen in hun eerste overleg een planning vast" in without


def test_io_reservations_include_members_meeting_for_a_cooperative():
    coop = article_text(fixture("io-cooperatie.yaml"), "voorbehouden")
    assert "algemene (leden)vergadering van de Coöperatie" in coop
    assert "artikel 169, vierde lid, van de Gemeentewet" in coop
    assert "begroting" in coop and "publiekrechtelijke bevoegdheden" in coop
    werkgroep = article_text(example("io-werkgroep.yaml"), "voorbehouden")
    assert "geen rechtspersoonlijkheid" in werkgroep
    assert "ledenvergadering" not in werkgroep


def test_io_each_party_bears_its_own_costs():
    text = article_text(fixture("io-cooperatie.yaml"), "kosten")
    assert text.startswith("Iedere Partij draagt haar eigen kosten")
    assert "bijdragen voorzien" not in text


# --- samenwerkingsovereenkomst -------------------------------------------------------------------

def test_no_subsidy_clause_when_only_an_assignment_is_agreed():
    agreement = fixture("sok-opdracht.yaml")
    assert "opdracht" in ids(agreement)
    assert "subsidie" not in ids(agreement)
    text = article_text(agreement, "opdracht")
    assert "opdracht en niet van een subsidie" in text
    assert "regels voor inkoop en aanbesteding" in text
    assert "Aanbestedingswet 2012" in library().clauses["opdracht"].meta.toelichting


def test_no_assignment_clause_when_only_a_subsidy_is_agreed():
    agreement = example("sok-energiecooperatie.yaml")
    assert "subsidie" in ids(agreement) and "opdracht" not in ids(agreement)
    assert "artikel 4:34" in article_text(agreement, "subsidie")


def test_awb_4_51_only_for_three_or_more_subsidy_years():
    assert "4:51" in article_text(fixture("sok-informeel.yaml"), "subsidie")
    assert "4:51" in article_text(example("sok-energiecooperatie.yaml"), "subsidie")  # 2027 up to 2029
    answers = load_answers(ROOT / "examples" / "sok-energiecooperatie.yaml")
    one_year = answers.model_copy(update={"funding": answers.funding[:1]})
    agreement = assemble(one_year, library(), today=TODAY)
    assert "4:51" not in article_text(agreement, "subsidie")
    assert "4:51" not in article_text(agreement, "opzegging")
    assert "4:34" not in article_text(agreement, "subsidie")  # 2027 only, the budget year of the document


def test_budget_reservation_in_every_sok_with_municipal_money():
    for agreement in (example("sok-energiecooperatie.yaml"), fixture("sok-opdracht.yaml")):
        assert "onder het voorbehoud dat de gemeenteraad de daarvoor benodigde middelen" in \
            article_text(agreement, "financien")


def test_best_efforts_or_result_per_task():
    result = article_text(fixture("sok-opdracht.yaml"), "taken")
    assert "(resultaatsverplichting)" in result and "staat de uitvoerende Partij ervoor in" in result
    assert "inspanningsverplichting" not in result
    mixed = article_text(example("sok-energiecooperatie.yaml"), "taken")
    assert "(inspanningsverplichting)" in mixed and "(resultaatsverplichting)" in mixed


def test_termination_needs_reasons_consultation_and_a_phase_out():
    text = article_text(example("sok-energiecooperatie.yaml"), "opzegging")
    assert "opzegtermijn van zes maanden" in text
    assert "met opgave van die redenen" in text
    assert "bestuurlijk overleg dat binnen twintig Werkdagen" in text
    assert "afbouwperiode van zes maanden" in text
    assert "besluit van het college" in text
    default = article_text(fixture("sok-opdracht.yaml"), "opzegging")
    assert "opzegtermijn van drie maanden" in default


def test_handover_and_deputy_from_the_answers_or_a_standard_arrangement():
    given = article_text(example("sok-energiecooperatie.yaml"), "continuiteit")
    assert "teamhoofd Duurzaamheid" in given
    assert "college van burgemeester en wethouders en niet door een individuele" in given
    default = article_text(fixture("sok-opdracht.yaml"), "continuiteit")
    assert "overdrachtsgesprek" in default and "plaatsvervanger" in default


def test_own_safeguards_become_the_last_lid_of_continuity_or_consultation():
    sok = fixture("sok-opdracht.yaml")
    continuity = next(a for a in sok.articles if a.clause_id == "continuiteit").members[-1]
    assert plain(continuity.text) == "Ter borging van de Samenwerking spreken Partijen verder af:"
    # As written by the user, capitalised; the full stop they typed gives way to the list's ';'.
    assert [plain(item) for item in continuity.items] == [
        "De Gemeente stelt de spreekkamer in het wijkcentrum kosteloos beschikbaar voor het energieloket;",
        "Het energieloket blijft open tijdens een wisseling van de projectleider."]
    assert "spreken Partijen verder af" not in article_text(sok, "overleg")

    io = article_text(fixture("io-cooperatie.yaml"), "overleg")
    assert ("Ter borging van de verkenning spreken Partijen verder af:\n"
            "Het Warmtebedrijf deelt de resultaten van zijn haalbaarheidsstudie met de Coöperatie.\n"
            "Werkafspraken die in het overleg worden gemaakt") in io

    for name in ("sok-energiecooperatie.yaml", "io-werkgroep.yaml"):
        assert "spreken Partijen verder af" not in "".join(
            article_text(example(name), clause_id) for clause_id in ("overleg", "continuiteit")
            if clause_id in ids(example(name)))


def test_council_wishes_and_objections_and_no_assumed_consent():
    text = article_text(example("sok-energiecooperatie.yaml"), "gemeenteraad")
    assert "artikel 169, vierde lid, van de Gemeentewet" in text
    assert "bindt de gemeenteraad niet" in text


@pytest.mark.parametrize("name, expected, absent", [
    ("sok-opdracht.yaml", "artikel 28, derde lid", "artikel 26 van de AVG, "),
    ("sok-energiecooperatie.yaml", "artikel 26 van de AVG", "verwerkersovereenkomst als bedoeld"),
    ("sok-informeel.yaml", "Tot dat moment worden geen persoonsgegevens verwerkt",
     "die verwerkingsverantwoordelijke is"),
])
def test_privacy_arrangement_follows_the_chosen_role(name, expected, absent):
    path = FIXTURES / name if (FIXTURES / name).exists() else ROOT / "examples" / name
    text = article_text(build(path), "persoonsgegevens")
    assert expected in text
    assert absent not in text


def test_no_privacy_article_when_no_personal_data_is_handled():
    assert "persoonsgegevens" not in ids(example("io-werkgroep.yaml"))
    assert "persoonsgegevens" not in ids(fixture("io-cooperatie.yaml"))


def test_public_law_powers_reserved_and_statutory_tasks_of_others():
    text = article_text(fixture("sok-opdracht.yaml"), "publiekrecht")
    assert "publiekrechtelijke bevoegdheden" in text
    assert "de Netbeheerder als netbeheerder" in text


def test_informal_association_and_working_group_get_their_own_protections():
    informal = fixture("sok-informeel.yaml")
    assert "niet persoonlijk aansprakelijk" in article_text(informal, "aansprakelijkheid")
    assert "6:159" in article_text(informal, "slotbepalingen")
    coop = example("sok-energiecooperatie.yaml")
    assert "persoonlijk aansprakelijk" not in article_text(coop, "aansprakelijkheid")
    assert "6:159" not in article_text(coop, "slotbepalingen")


def test_supporter_article_only_with_a_supporter():
    assert "ondersteuner" in ids(example("io-werkgroep.yaml"))
    assert "ondersteuner" not in ids(example("sok-energiecooperatie.yaml"))
    assert "Procesbegeleider vragen dit overleg te begeleiden" in article_text(example("io-werkgroep.yaml"),
                                                                               "geschillen")


def test_disputes_escalate_to_the_court_of_the_municipality():
    text = article_text(example("sok-energiecooperatie.yaml"), "geschillen")
    for step in ("schriftelijk", "binnen tien Werkdagen", "mediator", "arrondissement waarin de Gemeente"):
        assert step in text


def test_cross_references_point_at_the_right_articles():
    agreement = example("sok-energiecooperatie.yaml")
    assert f"artikel {number(agreement, 'wijziging')}" in article_text(agreement, "overleg")
    assert f"artikel {number(agreement, 'subsidie')}" in article_text(agreement, "financien")


# --- comparitie ------------------------------------------------------------------------------------

def test_municipality_by_volmacht_of_the_mayor():
    text = comparitie(example("sok-energiecooperatie.yaml"), "de Gemeente")
    assert text.startswith("De gemeente Noorderzijl")
    assert "artikel 171 van de Gemeentewet" in text
    assert ("krachtens volmacht van de burgemeester van 3 juni 2026 (kenmerk BM/26/118) als bedoeld in het "
            "tweede lid") in text
    assert "besluit van het college van burgemeester en wethouders van 12 januari 2027" in text


def test_mayor_signs_without_volmacht():
    text = comparitie(fixture("sok-opdracht.yaml"), "de Gemeente")
    assert "artikel 171 van de Gemeentewet vertegenwoordigd door de burgemeester, mevrouw E. Jansen" in text
    assert "volmacht" not in text


def test_comparitie_per_legal_form():
    coop = comparitie(example("sok-energiecooperatie.yaml"), "de Coöperatie")
    assert "coöperatie met uitgesloten aansprakelijkheid" in coop and "71234567" in coop
    assert "mevrouw J.M. Bakker, voorzitter, en de heer R. Ouali, penningmeester" in coop
    informal = comparitie(fixture("sok-informeel.yaml"), "de Buurtvereniging")
    assert "vereniging zonder volledige rechtsbevoegdheid als bedoeld in artikel 2:30" in informal
    housing = comparitie(fixture("sok-informeel.yaml"), "de Woonvereniging")
    assert "toegelaten instelling als bedoeld in artikel 19 van de Woningwet" in housing
    group = comparitie(example("io-werkgroep.yaml"), "de Werkgroep")
    assert "zonder rechtspersoonlijkheid" in group and "ieder in eigen naam" in group
    company = comparitie(fixture("io-cooperatie.yaml"), "het Warmtebedrijf")
    assert "besloten vennootschap met beperkte aansprakelijkheid" in company
    grid = comparitie(fixture("sok-opdracht.yaml"), "de Netbeheerder")
    assert "naamloze vennootschap" in grid and "hoedanigheid van netbeheerder" in grid
    supporter = comparitie(example("io-werkgroep.yaml"), "de Procesbegeleider")
    assert "onafhankelijk procesbegeleider" in supporter


def test_article_2_30_is_named_only_for_an_informal_association():
    for path in ANSWERS_FILES:
        agreement = build(path)
        for party, answers_party in zip(agreement.parties, load_answers(path).parties, strict=True):
            mentions = "2:30" in plain(party.comparitie)
            assert mentions == (answers_party.legal_form.value == "informele-vereniging")
