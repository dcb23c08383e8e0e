"""Helpers for the checks tests: a complete, clean answers file and a way to vary it."""

from __future__ import annotations

from akkoord.answers.loading import answers_from_data, yaml_reader
from akkoord.answers.model import Answers
from akkoord.checks import check_answers

#: A samenwerkingsovereenkomst that triggers no check at all; the check examples replace its top-level keys.
BASE = """\
soort: samenwerkingsovereenkomst
titel: Samenwerkingsovereenkomst Voorbeeldwijk
gebied: Voorbeeldwijk
datum: 2027-01-15
partijen:
  - id: initiatief
    soort: initiatief
    naam: Energiecoöperatie Voorbeeldwijk U.A.
    rechtsvorm: cooperatie
    kvk: "12345678"
    vertegenwoordigers: [{naam: A. Jansen, functie: voorzitter}]
  - id: gemeente
    soort: gemeente
    naam: gemeente Voorbeeld
    rechtsvorm: gemeente
    vertegenwoordigers: [{naam: B. de Vries, functie: wethouder}]
    collegebesluit: {datum: 2027-01-10}
    volmacht: {datum: 2026-06-01}
doelen:
  - omschrijving: Bewoners kennen de warmteplannen
    resultaat: 60% van de huishoudens heeft een bewonersavond bezocht
    streefdatum: 2027-12-31
  - omschrijving: Een wijkuitvoeringsplan
    resultaat: het college legt het wijkuitvoeringsplan aan de raad voor
    streefdatum: 2029-06-30
rollen:
  - partij: initiatief
    rol: trekker van de bewonersparticipatie
    verantwoordelijkheden: [organiseren van bewonersavonden]
  - partij: gemeente
    rol: regisseur van de warmtetransitie
    verantwoordelijkheden: [voorbereiden van het wijkuitvoeringsplan]
    contactpersoon: {naam: C. Bos, functie: projectleider}
    uren_per_maand: 24
participatie:
  - taak: bewonersavonden
    uitvoerder: initiatief
    resultaat: vier avonden met samen 300 bezoekers
    deadline: 2027-11-30
  - taak: warmtescan van twintig woningen
    uitvoerder: gemeente
    resultaat: een rapport per woningtype
    deadline: 2027-09-30
financiering:
  - bron: gemeente
    vorm: subsidie
    ontvanger: initiatief
    bedrag: 40000
    van: 2027-01-01
    tot: 2029-06-30
    voorwaarden: onder voorbehoud van vaststelling van de begroting door de gemeenteraad
    daarna: vóór 1 januari 2029 evalueren partijen de financiering van de uitvoeringsfase
borging:
  overleg: {frequentie: elke zes weken, deelnemers: de projectleider en het bestuur}
  bestuurlijk_overleg: {frequentie: twee keer per jaar, deelnemers: de wethouder en het bestuur}
  wisseling:
    overdracht: bij vertrek van de projectleider draagt de gemeente binnen vier weken een opvolger voor
    plaatsvervanger: het teamhoofd Duurzaamheid
  gemeenteraad: het college informeert de raad jaarlijks in de voortgangsrapportage
  verankering: de samenwerking wordt genoemd in de Transitievisie Warmte van 2027
  evaluatie: {momenten: [2027-12-01, 2028-12-01], wijze: gezamenlijke evaluatie aan de hand van de doelen}
  uitvoeringsplan: het buurtenergieplan is de basis voor het wijkuitvoeringsplan, dat de gemeente vóór 30 juni 2029
    aan de raad voorlegt
  vooraf_informeren_werkdagen: 10
looptijd:
  start: 2027-02-01
  einde: 2029-06-30
  opzegtermijn_maanden: 6
  afbouw_maanden: 6
"""


def answers_with(fragment: str = "") -> Answers:
    """The clean base answers with the top-level keys of a YAML `fragment` replacing the base's."""
    data = yaml_reader().load(BASE)
    changes = yaml_reader().load(fragment) if fragment.strip() else {}
    for key, value in (changes or {}).items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return answers_from_data(data, "voorbeeld.yaml")


def codes(fragment: str = "") -> set[str]:
    return {finding.code for finding in check_answers(answers_with(fragment))}
