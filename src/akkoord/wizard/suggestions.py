"""Suggested answers: short names, roles, activities and contract wordings the wizard offers, as data.

Each suggestion is shown in grey; typing replaces it and Enter keeps it. They use the parties' own
names, never a term the contract does not define. tests/test_wizard_suggestions.py checks them.
"""

from __future__ import annotations

import re

#: How a party is called in the text, by its legal form (initiatives) or its kind (others).
SHORT_NAMES = {
    "cooperatie": "de Coöperatie", "stichting": "de Stichting", "vereniging": "de Vereniging",
    "informele-vereniging": "de Vereniging", "geen-rechtspersoon": "de Werkgroep", "gemeente": "de Gemeente",
    "woningcorporatie": "de Corporatie", "netbeheerder": "de Netbeheerder", "warmtebedrijf": "het Warmtebedrijf",
    "ondersteuner": "de Procesbegeleider",
}

#: The legal form a name gives away: 'Stichting Samen Warm', 'Energiecoöperatie … U.A.', 'Werkgroep …'.
_FORM_IN_NAME = [
    (r"\bu\.?a\.?$|co[öo]peratie", "cooperatie"),
    (r"\bstichting\b", "stichting"),
    (r"\bvereniging\b", "vereniging"),
    (r"\bb\.?v\.?$", "bv"),
    (r"\bn\.?v\.?$", "nv"),
    (r"werkgroep|buurtteam|bewonersgroep|comité|initiatief", "geen-rechtspersoon"),
]


def legal_form_in(name: str) -> str | None:
    text = name.strip().lower()
    return next((form for pattern, form in _FORM_IN_NAME if re.search(pattern, text)), None)


def town_in(address: str) -> str | None:
    """The town of a Dutch address ('Lindelaan 12, 9731 AB Noorderzijl' -> 'Noorderzijl')."""
    match = re.search(r"\b\d{4}\s?[A-Za-z]{2}\s+(.+)$", address or "")
    return match.group(1).strip() if match else None


def municipality_place(name: str) -> str:
    """'gemeente Noorderzijl' -> 'Noorderzijl'."""
    return re.sub(r"(?i)^\s*gemeente\s+", "", name or "").strip()


#: The role of a party in one sentence, by its kind; {naam} is the initiative's short name.
ROLES = {
    "initiatief": "trekker van de bewonersparticipatie",
    "gemeente": "regisseur van de warmtetransitie",
    "ondersteuner": "onafhankelijke procesbegeleider van de samenwerking",
    "woningcorporatie": "eigenaar van de huurwoningen in het gebied",
    "netbeheerder": "beheerder van het energienet in het gebied",
}

#: Activities with residents: (kind, label, suggested description with {gebied}, personal data likely).
TASKS = [
    ("bewonersbijeenkomst", "Bewonersbijeenkomsten", "bewonersavonden over de warmteplannen voor {gebied}", False),
    ("keukentafelgesprekken", "Keukentafelgesprekken", "keukentafelgesprekken met bewoners", True),
    ("enquete", "Enquête onder bewoners", "een enquête onder de bewoners van {gebied}", True),
    ("energieloket", "Energieloket of informatiepunt", "een informatiepunt voor bewoners", True),
    ("energiebespaaractie", "Energiebespaaracties", "energiebespaaracties, zoals tochtstrips en radiatorfolie", False),
    ("collectieve-inkoop", "Collectieve inkoop", "collectieve inkoop van isolatie", True),
    ("warmtescan", "Warmtescan of wijkschouw", "een wijkschouw en warmtescans van voorbeeldwoningen", True),
    ("klankbordgroep", "Klankbordgroep van bewoners", "een klankbordgroep van bewoners", False),
    ("nieuwsbrief", "Nieuwsbrief of website", "een nieuwsbrief voor {gebied}", False),
    ("buurtenergieplan", "Buurtenergieplan", "het opstellen van een buurtenergieplan voor {gebied}", False),
]

#: What happens when a funding source ends: (choice, text for the contract).
AFTERWARDS = [
    ("Drie maanden voor het einde evalueren we en spreken we de vervolgfinanciering af",
     "uiterlijk drie maanden voor het einde van deze periode evalueren partijen de financiering en spreken zij "
     "de vervolgfinanciering af"),
    ("Het geld voor de jaren daarna staat in de meerjarenbegroting",
     "de financiering voor de jaren daarna is voorzien in de meerjarenbegroting en wordt jaarlijks aangevraagd"),
    ("De activiteiten worden in zes maanden afgebouwd",
     "de activiteiten worden in zes maanden afgebouwd en partijen zoeken samen naar andere financiering"),
]

CONSULTATION = ["elke vier weken", "elke zes weken", "elke twee maanden", "elk kwartaal"]
ADMINISTRATIVE = ["twee keer per jaar", "elk kwartaal", "één keer per jaar"]


def handover(municipality: str, initiative: str) -> str:
    return (f"bij vertrek van de vaste contactpersoon draagt {municipality} binnen vier weken een opvolger voor "
            f"en zorgt {municipality} voor een overdrachtsgesprek met {initiative}")


def council(municipality: str) -> str:
    return "het college informeert de gemeenteraad jaarlijks over de voortgang van deze samenwerking"


def anchoring(municipality: str) -> str:
    return "de samenwerking wordt opgenomen in de eerstvolgende actualisatie van de Transitievisie Warmte"


def next_step(municipality: str, initiative: str) -> str:
    return f"het buurtenergieplan van {initiative} is de basis voor het wijkuitvoeringsplan van {municipality}"


def participants(municipality: str, initiative: str, administrative: bool) -> str:
    if administrative:
        return f"de verantwoordelijke wethouder van {municipality} en de vertegenwoordigers van {initiative}"
    return f"de projectleider van {municipality} en twee vertegenwoordigers van {initiative}"


EXTENSION = {
    "intentieovereenkomst": [("Geen verlenging: ze eindigt als de samenwerkingsovereenkomst getekend is",
                              "de overeenkomst eindigt op de einddatum of eerder als partijen een "
                              "samenwerkingsovereenkomst sluiten")],
    "samenwerkingsovereenkomst": [("Drie maanden voor het einde besluiten we of we verlengen",
                                   "partijen besluiten uiterlijk drie maanden voor de einddatum of zij de "
                                   "overeenkomst verlengen")],
}

GO_NO_GO = "of partijen een samenwerkingsovereenkomst aangaan"
NOTICE_MONTHS = {"intentieovereenkomst": 1, "samenwerkingsovereenkomst": 3}
