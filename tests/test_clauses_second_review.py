"""What the second gemeentejurist review asked for: an open-ended agreement can be ended in the ordinary
way, and the overleg's decision rule and chair are either agreed or marked as a default to confirm."""

from __future__ import annotations

from test_clauses_substance import ROOT, TODAY, article, build

from akkoord.answers.loading import answers_from_data, parse_yaml_file
from akkoord.assembly import assemble
from akkoord.checks import check_answers
from akkoord.document import Agreement
from akkoord.library import load_library
from akkoord.toelichting import build_notes


def _members(agreement: Agreement, clause_id: str):
    found = next(a for a in agreement.articles if a.clause_id == clause_id)
    return found.members


def _without_end(data) -> None:
    data["looptijd"].pop("einde", None)


def test_an_agreement_for_an_indefinite_term_can_be_ended_without_weighty_reasons():
    open_ended = article(build("sok-energiecooperatie", _without_end), "opzegging")
    assert "zwaarwegende redenen" not in open_ended
    assert "schriftelijk en met opgave van redenen opzeggen" in open_ended
    # Notice, prior consultation and phase-out still apply.
    assert "opzegtermijn van zes maanden" in open_ended
    assert "afbouwperiode" in open_ended


def test_an_agreement_with_an_end_date_keeps_termination_for_weighty_reasons_only():
    fixed_term = article(build("sok-energiecooperatie"), "opzegging")
    assert "om zwaarwegende redenen" in fixed_term
    assert "Zwaarwegende redenen zijn in ieder geval" in fixed_term


def _no_decision_rule(data) -> None:
    data["borging"]["overleg"].pop("besluitvorming", None)


def test_a_decision_rule_nobody_agreed_is_a_default_on_its_own_lid():
    agreement = build("sok-energiecooperatie", _no_decision_rule)
    text = article(agreement, "overleg")
    assert "unanimiteit van de aanwezige Partijen" not in text
    assert "met instemming van alle Partijen" in text
    lid = next(m for m in _members(agreement, "overleg") if "met instemming van alle Partijen" in "".join(
        run.text for run in m.text))
    assert "borging.overleg.besluitvorming" in lid.provenance.defaults


def test_chair_and_secretariat_cover_only_the_consultation_the_answers_describe():
    for name in ("sok-energiecooperatie", "sok-meerpartijen", "io-werkgroep"):
        text = article(build(name), "overleg")
        assert "secretariaat van het structureel overleg en van het bestuurlijk overleg" not in text, name
        assert "voorzitter van het structureel overleg en van het bestuurlijk overleg" not in text, name


def test_notices_reach_a_party_that_named_no_contact_person():
    text = article(build("sok-meerpartijen"), "slotbepalingen")
    assert "als die Partij geen contactpersoon heeft aangewezen, aan die Partij op het adres in de aanhef" in text


def test_a_dispute_is_escalated_to_a_body_where_every_party_has_a_seat():
    with_three = article(build("io-werkgroep"), "geschillen")
    assert ("ook een vertegenwoordiger deelneemt van iedere Partij die daarin anders niet is vertegenwoordigd"
            in with_three)
    with_two = article(build("sok-energiecooperatie"), "geschillen")
    assert "leggen Partijen het voor aan het bestuurlijk overleg." in with_two


def _notes_on(agreement: Agreement, title: str) -> str:
    return "\n".join(" ".join(section.paragraphs) for section in build_notes(agreement).sections
                     if title in section.heading)


def _notice_without_phase_out(data) -> None:
    data["looptijd"]["opzegtermijn_maanden"] = 3
    data["looptijd"].pop("afbouw_maanden", None)


def test_a_default_phase_out_is_named_as_such_in_the_warning_and_the_toelichting():
    path = ROOT / "examples" / "sok-energiecooperatie.yaml"
    data = parse_yaml_file(path).data
    _notice_without_phase_out(data)
    answers = answers_from_data(data, path.name)
    agreement = assemble(answers, load_library(), explanatory_notes=True, today=TODAY)
    text = article(agreement, "opzegging")
    assert "opzegtermijn van drie maanden" in text and "afbouwperiode van drie maanden" in text
    notes = _notes_on(agreement, "Opzegging")
    assert "Partijen noemden geen afbouwperiode; de afbouwperiode van drie maanden is een standaard" in notes
    assert "geen opzegtermijn" not in notes
    [warning] = [f for f in check_answers(answers) if f.code == "AK310"]
    assert "vult daarom een afbouwperiode van drie maanden in als standaardtekst" in warning.message


def test_io_annexes_are_informative_and_intentions_about_later_funding_do_not_bind():
    agreement = build("io-werkgroep")
    assert "een bijlage bij deze intentieovereenkomst;" in article(agreement, "begrippen")
    assert "die daarvan deel uitmaakt" not in article(agreement, "begrippen")
    costs = next(n for n, a in enumerate(agreement.articles, 1) if a.clause_id == "kosten")
    assert (f"met uitzondering van de voornemens in artikel {costs} voor de periode na afloop van de bijdragen"
            in article(agreement, "niet-bindend"))
    sok = article(build("sok-energiecooperatie"), "begrippen")
    assert "een bijlage bij deze overeenkomst, die daarvan deel uitmaakt;" in sok


def test_residents_signing_in_their_own_name_are_not_disclosed_under_the_woo():
    text = article(build("io-werkgroep"), "vertrouwelijkheid")
    assert ("met uitzondering van de namen en woonplaatsen van natuurlijke personen die deze overeenkomst in eigen "
            "naam ondertekenen") in text
    assert "in eigen naam ondertekenen" not in article(build("sok-energiecooperatie"), "vertrouwelijkheid")


def test_residents_of_a_werkgroep_carry_no_insurance_duty_and_answer_only_for_their_own_tasks():
    text = article(build("te-algemeen"), "aansprakelijkheid")
    assert ("Iedere Partij, met uitzondering van de deelnemers aan de Werkgroep, draagt zorg voor een verzekering"
            in text)
    assert "zijn als natuurlijke personen niet verplicht een verzekering af te sluiten" in text
    assert "de taken die hij of zij zelf op zich heeft genomen" in text
    with_entity = article(build("sok-energiecooperatie"), "aansprakelijkheid")
    assert "Iedere Partij draagt zorg voor een verzekering" in with_entity


def test_the_avg_arrangement_is_a_separate_signed_document_not_an_amendment():
    text = article(build("sok-energiecooperatie"), "persoonsgegevens")
    assert "als bijlage aan deze overeenkomst gehecht" not in text
    assert ("is een afzonderlijk stuk, ondertekend door de partijen daarbij, en geldt niet als wijziging van deze "
            "overeenkomst") in text


def test_data_on_dwellings_and_energy_use_are_shared_only_aggregated_unless_there_is_a_legal_basis():
    text = article(build("sok-energiecooperatie"), "persoonsgegevens")
    assert ("Gegevens over woningen en energieverbruik die tot een persoon herleidbaar zijn, verstrekken Partijen "
            "elkaar alleen geaggregeerd of geanonimiseerd, tenzij voor de verstrekking een grondslag") in text


def test_the_avg_annex_is_a_copy_for_information_that_amends_nothing():
    annex = next(a for a in build("sok-energiecooperatie").annexes
                 if a.title == "Regeling gezamenlijke verwerkingsverantwoordelijkheid")
    assert "afzonderlijk stuk, ondertekend door de partijen daarbij" in annex.intro
    assert "dat wijzigt deze overeenkomst niet" in annex.intro
    assert "gehecht" not in annex.intro
