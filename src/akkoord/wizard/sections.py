"""The sections of the wizard, in order: what each asks, the help texts, and why each topic matters."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

from ruamel.yaml.comments import CommentedMap

from akkoord.answers import model as m
from akkoord.wizard.asking import OTHER_LABEL, Form, ListSpec, Session, describe, edit_list
from akkoord.wizard.values import AMOUNT, DATE, DATES, EMAIL, KVK, WHOLE_NUMBER, TEXT, Kind

IO, SOK = m.AgreementType.IO.value, m.AgreementType.SOK.value


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    why: str
    #: The top-level keys of the answers file this section fills (warnings are grouped by these).
    keys: tuple[str, ...]
    ask: Callable[[Session, Form], None]


# --- helpers -------------------------------------------------------------------------------------------

def optional_group(form: Form, key: str, model: type, first: str, message: str, help: str, kind: Kind,
                   rest: Callable[[Form], None] | None = None) -> None:
    """A group that exists only when its first answer is given (a college decision needs a date)."""
    group = form.node.get(key)
    if not form.session.editing and key in form.node:
        if isinstance(group, CommentedMap) and rest is not None:
            rest(Form(form.session, group, model))
        return
    current = group.get(first) if isinstance(group, CommentedMap) else None
    shown = kind.show(current) if current is not None else ""
    from akkoord.wizard.asking import OPTIONAL
    from akkoord.wizard.values import validator

    form.ui.hint(help)
    answer = form.ui.text(message, default=shown, validate=validator(kind, False), instruction=OPTIONAL)
    if not answer.strip():
        form.set(key, None)
        return
    sub = form.group(key, model)
    sub.set(first, kind.parse(answer))
    if rest is not None:
        rest(sub)


def party_choices(session: Session) -> list[tuple[str, str]]:
    return [(f"{party.get('naam')} ({party.get('aanduiding')})" if party.get("aanduiding") else str(party.get("naam")),
             str(party.get("id")))
            for party in session.draft.data.get("partijen") or [] if party.get("id")]


def first_party_of(session: Session, kind: str) -> str | None:
    for party in session.draft.data.get("partijen") or []:
        if party.get("soort") == kind:
            return party.get("id")
    return None


def party_name(session: Session, party_id: Any) -> str:
    """How a party is called in a question: its short name ('de Gemeente'), else its name."""
    for party in session.draft.data.get("partijen") or []:
        if party.get("id") == party_id:
            return str(party.get("aanduiding") or party.get("naam"))
    return str(party_id)


# --- 1. the type of agreement --------------------------------------------------------------------------

TYPE_WHY = ("Een intentieovereenkomst legt vast dát jullie willen samenwerken en hoe je naar vastere afspraken\n"
            "toewerkt; ze is grotendeels niet afdwingbaar. Een samenwerkingsovereenkomst legt rollen, taken, geld\n"
            "en looptijd bindend vast; die past als dat al concreet is (onderzoek §2.3.3, §2.5.2).")


def ask_type(session: Session, form: Form) -> None:
    if not form.asks("soort"):
        return
    advice = None
    if session.yes_no("Wil je hulp bij het kiezen? (drie korte vragen)",
                      "Er is geen goede of foute keuze; sommige initiatieven kiezen bewust voor een open afspraak."):
        advice = recommend_type(session)
    form.choose("soort", "Welke overeenkomst stellen jullie op?",
                "Je kunt dit later in het overzicht nog wijzigen.",
                [("Samenwerkingsovereenkomst (SOK): bindende afspraken over rollen, taken en geld", SOK),
                 ("Intentieovereenkomst (IO): de intentie om samen te werken, nog niet bindend", IO)],
                default=advice or form.node.get("soort") or SOK)


def recommend_type(session: Session) -> str:
    ui = session.ui
    ui.hint("Concrete afspraken over rollen en taken geven houvast (onderzoek §2.2.3).")
    roles = ui.select("Staat al vast welke partij welke taken uitvoert?",
                      [("Ja, per taak weten we wie", 2), ("Deels", 1), ("Nee, dat moet nog groeien", 0)], default=1)
    ui.hint("Geld met een bedrag en een periode maakt afspraken concreet (onderzoek §2.5.2).")
    money = ui.select("Is er geld toegezegd, met bedrag en periode?",
                      [("Ja", 1), ("Nee, of nog onzeker", 0)], default=0)
    ui.hint("Een te algemene overeenkomst heeft weinig invloed (§2.4.1); soms is eerst vertrouwen nodig (§2.3.3).")
    binding = ui.select("Willen jullie elkaar nu al aan de afspraken kunnen houden?",
                        [("Ja, de afspraken moeten bindend zijn", 1), ("Nee, eerst samen verder verkennen", 0)],
                        default=0)
    if roles + money + binding >= 3:
        ui.say("Advies: een samenwerkingsovereenkomst. Rollen en geld zijn concreet genoeg om bindend vast te leggen.",
               style="bold")
        return SOK
    ui.say("Advies: een intentieovereenkomst. Leg vast hoe jullie naar een samenwerkingsovereenkomst toewerken;\n"
           "spreek wel een datum af waarop jullie besluiten over de volgende stap (onderzoek §5.1.3).", style="bold")
    return IO


# --- 2. title and area ---------------------------------------------------------------------------------

def ask_title(session: Session, form: Form) -> None:
    area = form.text("gebied", "Om welke buurt, wijk of dorp gaat het?",
                     "De naam zoals bewoners hem kennen, bijvoorbeeld 'Oosterwijk'. Hij komt in de titel en de overwegingen.",
                     required=True)
    kind = "Intentieovereenkomst" if form.node.get("soort") == IO else "Samenwerkingsovereenkomst"
    form.text("titel", "Titel van de overeenkomst",
              "Staat boven het document; de bestandsnamen worden er ook van gemaakt. Pas gerust aan.",
              required=True, default=f"{kind} aardgasvrij {area}")


# --- 3. parties ----------------------------------------------------------------------------------------

INITIATIVE_FORMS = [
    ("Coöperatie (bijvoorbeeld een energiecoöperatie U.A.)", "cooperatie"),
    ("Stichting", "stichting"),
    ("Vereniging met statuten bij de notaris", "vereniging"),
    ("Vereniging zonder notariële statuten", "informele-vereniging"),
    ("Geen rechtspersoon (werkgroep, buurtteam)", "geen-rechtspersoon"),
]
OTHER_FORMS = INITIATIVE_FORMS[:3] + [("B.V.", "bv"), ("N.V.", "nv"), ("Iets anders", "overig")]
OTHER_KINDS = [
    ("Woningcorporatie", "woningcorporatie"), ("Netbeheerder", "netbeheerder"),
    ("Warmtebedrijf of energiebedrijf", "warmtebedrijf"),
    ("Onafhankelijke ondersteuner of procesbegeleider", "ondersteuner"),
    ("Nog een bewonersinitiatief", "initiatief"), ("Een andere partij", "overig"),
]
SHORT_NAMES = {
    "cooperatie": "de Coöperatie", "stichting": "de Stichting", "vereniging": "de Vereniging",
    "informele-vereniging": "de Vereniging", "geen-rechtspersoon": "de Werkgroep", "gemeente": "de Gemeente",
    "woningcorporatie": "de Corporatie", "netbeheerder": "de Netbeheerder", "warmtebedrijf": "het Warmtebedrijf",
    "ondersteuner": "de Ondersteuner",
}
_NAME_HELP = {
    "initiatief": "Zoals in de statuten of bij de KvK, bijvoorbeeld 'Energiecoöperatie Oosterwijk Duurzaam U.A.'. "
                  "Geen rechtspersoon? Dan de naam van de werkgroep.",
    "gemeente": "Bijvoorbeeld 'gemeente Noorderzijl'.",
}

#: Said when a party is a vereniging without notarial statutes: who signs for it carries the risk.
INFORMAL_ASSOCIATION_NOTICE = (
    "Let op: bij een vereniging zonder notariële statuten zijn de bestuurders naast de vereniging hoofdelijk "
    "aansprakelijk voor wat de vereniging met deze overeenkomst aangaat (BW art. 2:30). Is de vereniging "
    "ingeschreven bij de KvK, dan alleen als de vereniging zelf niet betaalt. Bespreek dat met wie er tekent.")

PARTIES_WHY = ("Wie tekenen er? Een juiste beschrijving van de partijen (de comparitie) voorkomt dat de jurist van de\n"
               "gemeente het concept terugstuurt. Het college van B&W besluit; een wethouder tekent meestal met een\n"
               "volmacht van de burgemeester (Gemeentewet art. 160 en 171).")


def ask_parties(session: Session, form: Form) -> None:
    parties = form.sequence("partijen")
    if not session.editing:
        for kind in ("initiatief", "gemeente"):
            if not any(party.get("soort") == kind for party in parties):
                item = CommentedMap()
                item["soort"] = kind
                parties.append(item)
        session.draft.save()
    edit_list(session, form, ListSpec("partijen", m.Party, "partij", "partijen", fill_party,
                                      lambda party: describe(party.get("naam") or party.get("soort")), minimum=2))


def fill_party(form: Form, index: int) -> None:
    session = form.session
    kind = form.node.get("soort")
    if kind is None or (session.editing and kind not in ("initiatief", "gemeente")):
        kind = form.choose("soort", "Wat voor partij is het?",
                           "Bijvoorbeeld een woningcorporatie die meedoet in de wijk.", OTHER_KINDS)
    what = {"initiatief": "het bewonersinitiatief", "gemeente": "de gemeente"}.get(kind, "de partij")
    name = form.text("naam", f"Volledige naam van {what}", _NAME_HELP.get(kind, "De officiële naam, zoals bij de KvK."),
                     required=True, default="gemeente " if kind == "gemeente" else None)
    if "id" not in form.node:
        taken = {str(party.get("id")) for party in session.draft.data.get("partijen") or []}
        base, number = kind, 2
        party_id = base
        while party_id in taken:
            party_id, number = f"{base}-{number}", number + 1
        form.set("id", party_id)
    if kind == "gemeente":
        form.set("rechtsvorm", "gemeente") if "rechtsvorm" not in form.node else None
        legal_form = "gemeente"
    else:
        legal_form = form.choose(
            "rechtsvorm", f"Rechtsvorm van {name}",
            "Bepaalt wie er tekent en of de partij zelf geld kan ontvangen. Een werkgroep zonder rechtspersoon "
            "tekent via personen; bij een vereniging zonder notariële statuten zijn de bestuurders naast de "
            "vereniging aansprakelijk (BW art. 2:30).",
            INITIATIVE_FORMS if kind == "initiatief" else OTHER_FORMS)
        if legal_form == "informele-vereniging":
            form.ui.say(INFORMAL_ASSOCIATION_NOTICE, style="fg:ansiyellow")
    form.text("aanduiding", "Hoe heet de partij verderop in de tekst?",
              "Een korte naam die in elk artikel terugkomt, bijvoorbeeld 'de Coöperatie'.",
              default=SHORT_NAMES.get(legal_form if kind == "initiatief" else kind, "de Partij"))
    if kind != "gemeente" and legal_form != "geen-rechtspersoon":
        form.text("kvk", "KvK-nummer", "8 cijfers, te vinden op kvk.nl. Nog geen nummer? Laat het dan leeg.", kind=KVK)
    address = form.text("adres", "Adres", "Straat, huisnummer, postcode en plaats, bijvoorbeeld "
                        "'Lindelaan 12, 9731 AB Noorderzijl'.")
    if legal_form in ("cooperatie", "stichting", "vereniging", "bv", "nv"):
        town = re.search(r"\b\d{4}\s?[A-Za-z]{2}\s+(.+)$", str(address or ""))
        form.text("zetel", "Statutaire zetel (plaats)", "De plaats uit de statuten; meestal de plaats van het adres.",
                  default=town.group(1).strip() if town else None)
    if kind == "gemeente":
        ask_municipality_signing(form)
    else:
        ask_representatives(form, name)


def ask_municipality_signing(form: Form) -> None:
    signers = form.sequence("vertegenwoordigers")
    if not signers:
        signers.append(CommentedMap())
    signer = Form(form.session, signers[0], m.Representative)
    signer.text("naam", "Wie tekent namens de gemeente?",
                "Naam zoals hij in het document moet staan, bijvoorbeeld 'de heer P. de Haan'.", required=True)
    role = signer.text("functie", "Functie van deze ondertekenaar",
                       "Meestal een wethouder; de burgemeester vertegenwoordigt de gemeente (Gemeentewet art. 171).",
                       required=True, default="wethouder")
    optional_group(form, "collegebesluit", m.CollegeDecision, "datum", "Datum van het collegebesluit",
                   "Het college van B&W besluit over overeenkomsten (Gemeentewet art. 160). Nog niet bekend? "
                   "Laat leeg en vul het vóór ondertekening in.", DATE,
                   lambda sub: sub.text("kenmerk", "Kenmerk of zaaknummer van het besluit", "Staat op het besluit."))
    if role and "burgemeester" not in str(role).lower():
        optional_group(form, "volmacht", m.PowerOfAttorney, "datum", "Datum van de volmacht van de burgemeester",
                       "Tekent niet de burgemeester zelf, dan is een volmacht nodig (Gemeentewet art. 171 lid 2). "
                       "Onbekend? Laat leeg.", DATE,
                       lambda sub: sub.text("kenmerk", "Kenmerk van het volmachtbesluit", "Staat op de volmacht."))


def ask_representatives(form: Form, name: Any) -> None:
    session = form.session

    def fill(rep: Form, _: int) -> None:
        rep.text("naam", "Naam van wie tekent", "Bijvoorbeeld 'mevrouw J.M. Bakker'.", required=True)
        rep.text("functie", "Functie", "Bijvoorbeeld voorzitter, secretaris of penningmeester.", required=True)

    spec = ListSpec("vertegenwoordigers", m.Representative, "ondertekenaar", "ondertekenaars", fill,
                    lambda rep: describe(f"{rep.get('naam')} ({rep.get('functie')})"))
    if session.editing:
        edit_list(session, form, spec)
        return
    signers = form.sequence("vertegenwoordigers")
    for index, signer in enumerate(signers):
        fill(Form(session, signer, m.Representative), index)
    if not signers:
        session.ui.hint("Kijk in de statuten wie samen mogen tekenen; vaak zijn dat twee bestuursleden.")
    while not signers or session.yes_no(f"Tekent er nog iemand namens {name}?",
                                        "Bijvoorbeeld een tweede bestuurslid.", default=len(signers) < 2):
        signer = CommentedMap()
        signers.append(signer)
        fill(Form(session, signer, m.Representative), len(signers) - 1)


# --- 4. background --------------------------------------------------------------------------------------

BACKGROUND_WHY = ("Dit worden de overwegingen bovenaan het document. Staat de samenwerking in beleid dat de raad\n"
                  "heeft vastgesteld, zoals de Transitievisie Warmte, dan helpt dat binnen de gemeente (onderzoek §5.2.2).")


BACKGROUND_QUESTIONS = [
    ("waarom", "Waarom werken jullie samen?",
     "Eén of twee zinnen, bijvoorbeeld 'De Coöperatie wil Oosterwijk samen met de bewoners aardgasvrij maken'."),
    ("beleid", "Welk beleid van de gemeente hoort erbij?",
     "Bijvoorbeeld 'de Transitievisie Warmte van 14 december 2021, waarin Oosterwijk een van de eerste wijken is'."),
    ("geschiedenis", "Wat is er al gebeurd?", "Bijvoorbeeld een haalbaarheidsonderzoek of eerdere bewonersavonden."),
]


def ask_background(session: Session, form: Form) -> None:
    group = form.group("aanleiding", m.Background)
    for key, message, help in BACKGROUND_QUESTIONS:
        group.text(key, message, help)


# --- 5. goals -------------------------------------------------------------------------------------------

GOALS_WHY = ("Maak doelen concreet: wat is er bereikt, hoe meet je dat, en wanneer? Te algemene overeenkomsten\n"
             "hadden weinig invloed (onderzoek §2.4.1). Denk aan de korte én de lange termijn (§2.5.2).")


def fill_goal(form: Form, index: int) -> None:
    form.text("omschrijving", "Wat willen jullie bereiken?",
              "Bijvoorbeeld 'Bewoners van Oosterwijk kennen de warmteplannen en praten mee'.", required=True)
    form.text("resultaat", "Hoe zie je dat het gelukt is?",
              "Meetbaar, liefst met een aantal: 'ten minste 60% van de huishoudens heeft een bewonersavond bezocht'.")
    form.text("streefdatum", "Wanneer moet dat resultaat er zijn?",
              "Bijvoorbeeld 31-12-2027 of 1 juli 2028.", kind=DATE)


def ask_goals(session: Session, form: Form) -> None:
    edit_list(session, form, ListSpec("doelen", m.Goal, "doel", "doelen", fill_goal,
                                      lambda goal: describe(goal.get("omschrijving")), minimum=1))


# --- 6. roles -------------------------------------------------------------------------------------------

ROLES_WHY = ("Spreek per partij af wat zij doet, ook wat de gemeente zelf doet: een vaste contactpersoon, uren,\n"
             "besluiten die zij voorbereidt. Een initiatief is partner, geen opdrachtnemer (onderzoek §2.5.3).")
ROLE_DEFAULTS = {
    "initiatief": "trekker van de bewonersparticipatie",
    "gemeente": "regisseur van de warmtetransitie en opsteller van het wijkuitvoeringsplan",
    "ondersteuner": "onafhankelijke procesbegeleider van de samenwerking",
}


def fill_role(form: Form, index: int) -> None:
    session = form.session
    party_id = form.choose("partij", "Voor welke partij?", "De rol en taken van één partij.", party_choices(session))
    kind = next((p.get("soort") for p in session.draft.data.get("partijen") or [] if p.get("id") == party_id), None)
    who = party_name(session, party_id)
    form.text("rol", f"De rol van {who} in één zin", "Bijvoorbeeld 'trekker van de bewonersparticipatie'.",
              required=True, default=ROLE_DEFAULTS.get(kind))

    def contact_rest(contact: Form) -> None:
        contact.text("functie", "Functie van de contactpersoon", "Bijvoorbeeld 'projectleider warmtetransitie'.")
        contact.text("email", "E-mailadres van de contactpersoon", "Bijvoorbeeld s.veenstra@noorderzijl.nl.", kind=EMAIL)

    optional_group(form, "contactpersoon", m.Contact, "naam", f"Vaste contactpersoon van {who}",
                   "Eén vast aanspreekpunt maakt wisselingen minder kwetsbaar (onderzoek §3.2.5).", TEXT, contact_rest)
    form.text("uren_per_maand", f"Hoeveel uur per maand zet {who} in?",
              "Vooral voor de gemeente belangrijk: haar capaciteit bepaalt het tempo (onderzoek §3.2.3).",
              kind=WHOLE_NUMBER)
    form.text_list("verantwoordelijkheden", "Taak of verantwoordelijkheid",
                   f"Waar is {who} verantwoordelijk voor? Eén per regel, bijvoorbeeld 'het voorbereiden van het "
                   "wijkuitvoeringsplan'. Enter zonder tekst als je klaar bent.")


def ask_roles(session: Session, form: Form) -> None:
    roles = form.sequence("rollen")
    if not session.editing and "sectie:rollen-begonnen" not in session.draft.done:
        have = {role.get("partij") for role in roles}
        for party_id in [value for _, value in party_choices(session)]:
            if party_id not in have:
                item = CommentedMap()
                item["partij"] = party_id
                roles.append(item)
        session.draft.mark("sectie:rollen-begonnen")
        session.draft.save()
    edit_list(session, form, ListSpec("rollen", m.Role, "rol", "rollen", fill_role,
                                      lambda role: describe(f"{party_name(session, role.get('partij'))}: {role.get('rol')}")))


# --- 7. participation --------------------------------------------------------------------------------------

PARTICIPATION_WHY = ("Welke activiteiten met bewoners doen jullie: wie doet het, wat levert het op, wanneer, en met welk\n"
                     "geld of welke uren? Over zulke eerste stappen zijn goed concrete afspraken te maken (onderzoek §2.5.1).")
TASKS = [
    ("bewonersbijeenkomst", "Bewonersbijeenkomsten", "bewonersavonden over de warmteplannen voor {area}"),
    ("keukentafelgesprekken", "Keukentafelgesprekken", "keukentafelgesprekken met bewoners"),
    ("enquete", "Enquête onder bewoners", "een enquête onder de bewoners van {area}"),
    ("energieloket", "Energieloket of informatiepunt", "een informatiepunt voor bewoners"),
    ("energiebespaaractie", "Energiebespaaracties", "energiebespaaracties, zoals tochtstrips en radiatorfolie"),
    ("collectieve-inkoop", "Collectieve inkoop", "collectieve inkoop van isolatie"),
    ("warmtescan", "Warmtescan of wijkschouw", "een wijkschouw en warmtescans van voorbeeldwoningen"),
    ("klankbordgroep", "Klankbordgroep van bewoners", "een klankbordgroep van bewoners"),
    ("nieuwsbrief", "Nieuwsbrief of website", "een nieuwsbrief voor de buurt"),
    ("buurtenergieplan", "Buurtenergieplan", "het opstellen van een buurtenergieplan"),
]
PERSONAL_DATA_TASKS = {"keukentafelgesprekken", "enquete", "energieloket", "collectieve-inkoop", "warmtescan"}


def fill_task(form: Form, index: int) -> None:
    session = form.session
    area = session.draft.data.get("gebied") or "de wijk"
    kind = form.choose("soort", "Wat voor activiteit is het?", "Kies de soort die het best past.",
                       [(label, key) for key, label, _ in TASKS], other="Welke activiteit?")
    template = next((text for key, _, text in TASKS if key == kind), None)
    form.text("taak", "Beschrijf de activiteit", "Zoals het in de overeenkomst komt, bijvoorbeeld "
              "'bewonersavonden over de warmteplannen'.", required=True,
              default=template.format(area=area) if template else kind)
    form.choose("uitvoerder", "Wie voert het uit?", "Eén partij is eigenaar; anderen mogen helpen.",
                party_choices(session), default=first_party_of(session, "initiatief"))
    form.text("resultaat", "Wat levert het op?", "Liefst in aantallen: 'vier avonden met samen ten minste 300 bezoekers'.")
    form.text("deadline", "Uiterlijk wanneer?", "Een datum, bijvoorbeeld 30-11-2027.", kind=DATE)
    form.text("middelen", "Met welke middelen?", "Geld, uren of materiaal, bijvoorbeeld 'subsidie van de gemeente en de zaal "
              "in het wijkcentrum'.")
    form.choose("verplichting", "Hoe hard is de afspraak?",
                "Inspanning: doen wat redelijkerwijs kan. Resultaat: het resultaat is toegezegd.",
                [("Inspanning: we doen ons best", "inspanning"), ("Resultaat: we staan in voor het resultaat", "resultaat")],
                default="inspanning")
    if form.asks("persoonsgegevens"):
        uses = session.yes_no("Worden hierbij namen, adressen of antwoorden van bewoners vastgelegd?",
                              "Dan gelden de regels van de AVG; de overeenkomst krijgt er een artikel over.",
                              default=form.node.get("persoonsgegevens", kind in PERSONAL_DATA_TASKS))
        form.set("persoonsgegevens", uses)


def ask_participation(session: Session, form: Form) -> None:
    if not session.editing and "participatie" not in form.node:
        form.ui.hint("Kies alles wat jullie van plan zijn; per activiteit volgen daarna een paar vragen.")
        picked = form.ui.checkbox("Welke activiteiten met bewoners spreken jullie af?",
                                  [(label, key) for key, label, _ in TASKS] + [("anders, namelijk …", "anders")])
        tasks = form.sequence("participatie")
        for key in picked:
            item = CommentedMap()
            # 'anders': no kind from the list; the next question asks to describe the activity.
            item["soort"] = key if key != "anders" else None
            tasks.append(item)
        session.draft.save()
    edit_list(session, form, ListSpec("participatie", m.ParticipationTask, "activiteit", "activiteiten", fill_task,
                                      lambda task: describe(task.get("taak") or task.get("soort"))))
    if any(task.get("persoonsgegevens") for task in form.node.get("participatie") or []):
        group = form.group("persoonsgegevens", m.PrivacyArrangement)
        group.choose("rol", "Wie bepaalt wat er met de gegevens van bewoners gebeurt?",
                     "Werkt het initiatief in opdracht van de gemeente, dan is het verwerker (AVG art. 28); "
                     "bepalen jullie samen doel en middelen, dan zijn jullie samen verantwoordelijk (AVG art. 26).",
                     [("Het initiatief werkt in opdracht van de gemeente (verwerker)", "verwerker"),
                      ("We bepalen het samen (gezamenlijk verantwoordelijk)", "gezamenlijk")], default="gezamenlijk")
        group.text("toelichting", "Toelichting", "Bijvoorbeeld welke gegevens voor welk doel worden gebruikt.")


# --- 8. funding -----------------------------------------------------------------------------------------

FUNDING_WHY = ("Per geldbron: hoeveel, van wanneer tot wanneer, onder welke voorwaarden, en wat er gebeurt als het\n"
               "op is. Onzekerheid over vervolgfinanciering bedreigt de samenwerking (onderzoek §3.2.2); veel\n"
               "afspraken gelden alleen voor de korte termijn (§2.5.2).")
FUNDING_FORMS = [
    ("Subsidie: geld voor de eigen activiteiten van het initiatief", "subsidie"),
    ("Opdracht: de gemeente betaalt voor een dienst (aanbestedingsregels kunnen gelden)", "opdracht"),
    ("Eigen middelen van een partij", "eigen-middelen"),
    ("Subsidie van buiten, bijvoorbeeld provincie of Rijk", "externe-subsidie"),
    ("Inzet in uren, bijvoorbeeld van ambtenaren", "uren"),
]
AFTERWARDS = [
    ("Uiterlijk drie maanden voor het einde evalueren we en spreken we de vervolgfinanciering af",
     "uiterlijk drie maanden voor het einde van deze periode evalueren partijen de financiering en spreken zij de "
     "vervolgfinanciering af"),
    ("Het geld voor de jaren daarna staat in de meerjarenbegroting en wordt jaarlijks aangevraagd",
     "de financiering voor de jaren daarna is voorzien in de meerjarenbegroting en wordt jaarlijks aangevraagd"),
    ("De activiteiten worden in zes maanden afgebouwd; we zoeken samen andere financiering",
     "de activiteiten worden in zes maanden afgebouwd en partijen zoeken samen naar andere financiering"),
]


def fill_funding(form: Form, index: int) -> None:
    session = form.session
    form.choose("bron", "Wie betaalt of levert het?", "De geldgever of de partij die uren inzet.",
                [("De gemeente", "gemeente"), ("De provincie", "provincie"),
                 ("Het Rijk (Programma Aardgasvrije Wijken)", "Programma Aardgasvrije Wijken")],
                other="Wie dan?")
    form_ = form.choose("vorm", "Wat voor financiering is het?",
                        "Subsidie of opdracht maakt juridisch verschil (Awb art. 4:21); bij een opdracht kunnen "
                        "aanbestedingsregels gelden (onderzoek §2.4.2).", FUNDING_FORMS)
    form.choose("ontvanger", "Wie ontvangt het?", "De partij die het geld of de uren krijgt.", party_choices(session),
                default=first_party_of(session, "gemeente" if form_ == "uren" else "initiatief"))
    if form_ == "uren":
        form.text("uren", "Hoeveel uren in totaal?", "Bijvoorbeeld 384 (acht uur per week, een jaar lang).",
                  kind=WHOLE_NUMBER)
    else:
        form.text("bedrag", "Bedrag in euro", "Bijvoorbeeld 40000, 40.000 of € 40.000,-.", kind=AMOUNT)
    start = form.text("van", "Vanaf welke datum?", "Begin van de periode, bijvoorbeeld 1-1-2027.", kind=DATE)
    form.text("tot", "Tot welke datum?", "Einde van de periode, bijvoorbeeld 31-12-2027.", kind=DATE,
              check=lambda end: "de einddatum ligt vóór de begindatum" if start and end < start else None)
    form.text("bestemming", "Waarvoor is het bedoeld?", "Bijvoorbeeld 'projectleiding, bewonersavonden en communicatie'.")
    form.text("voorwaarden", "Voorwaarden en verantwoording",
              "Bijvoorbeeld 'verantwoording met een inhoudelijk en financieel verslag vóór 1 april van het volgende jaar'.")
    form.choose("daarna", "Wat gebeurt er als deze financiering afloopt?",
                "Zonder afspraak valt een opgebouwde structuur makkelijk weg (onderzoek §3.2.2).", AFTERWARDS,
                other="Wat spreken jullie af?")


def _funding_label(item: CommentedMap) -> str:
    size = f"{item.get('uren')} uur" if item.get("vorm") == "uren" else (
        f"€ {AMOUNT.show(item.get('bedrag'))}" if item.get("bedrag") is not None else "")
    period = f"{DATE.show(item['van'])} – {DATE.show(item['tot'])}" if item.get("van") and item.get("tot") else ""
    return describe(" ".join(str(part) for part in (item.get("bron"), item.get("vorm"), size, period) if part))


def ask_funding(session: Session, form: Form) -> None:
    edit_list(session, form, ListSpec("financiering", m.Funding, "geldbron", "geldbronnen", fill_funding,
                                      _funding_label, first="Is er geld of inzet in uren afgesproken?"))


# --- 9. safeguards ---------------------------------------------------------------------------------------

SAFEGUARDS_WHY = ("Afspraken die de samenwerking laten doorlopen als mensen, geld of politiek wisselen: vast overleg\n"
                  "(onderzoek §3.1.4), overleg met de wethouder (§3.1.5), wisseling van ambtenaren en wethouders\n"
                  "(§3.2.5), evaluatie (§5.1.3) en de stap naar het uitvoeringsplan (§7.6).")


def _consultation(key: str, frequencies: list[str], participants: str) -> Callable[[Form], None]:
    def ask(form: Form) -> None:
        group = form.group(key, m.Consultation)
        group.choose("frequentie", "Hoe vaak?", "Een vaste frequentie maakt het overleg structureel.",
                     [(text, text) for text in frequencies], other="Hoe vaak dan?")
        group.text("deelnemers", "Wie zitten er aan tafel?", "Noem functies, geen namen; mensen wisselen.",
                   default=participants)
    return ask


def _turnover(form: Form) -> None:
    group = form.group("wisseling", m.Turnover)
    _handover(group)
    _deputy(group)


def _handover(group: Form) -> None:
    group.choose("overdracht", "Wat gebeurt er als de vaste contactpersoon van de gemeente vertrekt?",
                 "Doorstroom op het gemeentehuis is hoog; afspraken hangen anders aan personen (onderzoek §3.2.5).",
                 [("De gemeente draagt binnen vier weken een opvolger voor en zorgt voor een overdrachtsgesprek",
                   "bij vertrek van de vaste contactpersoon draagt de Gemeente binnen vier weken een opvolger voor en "
                   "zorgt zij voor een overdrachtsgesprek met het initiatief")], other="Wat spreken jullie af?")


def _deputy(group: Form) -> None:
    group.text("plaatsvervanger", "Wie neemt waar bij afwezigheid of vertrek?",
               "Een functie, bijvoorbeeld 'het teamhoofd Duurzaamheid van de Gemeente'.")


def _fixed_text(key: str, message: str, help: str, suggestions: list[str]) -> Callable[[Form], None]:
    def ask(form: Form) -> None:
        form.choose(key, message, help, [(text, text) for text in suggestions], other="Wat spreken jullie af?")
    return ask


def _evaluation(form: Form) -> None:
    group = form.group("evaluatie", m.Evaluation)
    group.text("momenten", "Op welke data evalueren jullie?",
               "Eén of meer data met komma's ertussen, bijvoorbeeld '1-12-2027, 1-12-2028'.", kind=DATES, required=True)
    group.text("wijze", "Hoe evalueren jullie?", "Bijvoorbeeld 'samen, aan de hand van de doelen, met een verslag aan "
               "college en bestuur'.")


def _supporter(form: Form) -> None:
    supporters = [(label, value) for label, value in party_choices(form.session)
                  if first_party_of(form.session, "ondersteuner") and any(
                      p.get("id") == value and p.get("soort") == "ondersteuner"
                      for p in form.session.draft.data.get("partijen") or [])]
    if not supporters:
        form.ui.hint("Er is nog geen ondersteuner bij de partijen. Voeg die in het overzicht aan het eind toe bij "
                     "'Partijen' en kies hem dan hier.")
        form.set("ondersteuner", None)
        return
    form.choose("ondersteuner", "Wie is de onafhankelijke ondersteuner?",
                "Een neutrale ondersteuner helpt vooral als zaken gevoelig liggen (onderzoek §6, §7.5).", supporters)


def _notice(form: Form) -> None:
    form.text("vooraf_informeren_werkdagen", "Hoeveel werkdagen vooraf informeren jullie elkaar?",
              "Over publieke acties, zoals een huis-aan-huisbrief; zo doorkruis je elkaar niet (onderzoek §3.2.4).",
              kind=WHOLE_NUMBER, required=True, default=5)


def _own_safeguards(form: Form) -> None:
    form.text_list("overig", "Afspraak",
                   "Eén afspraak per regel, zoals hij in de overeenkomst komt, bijvoorbeeld 'de Gemeente stelt de "
                   "zaal in het wijkcentrum kosteloos beschikbaar voor bewonersavonden'. Enter zonder tekst als je "
                   "klaar bent.", required=True)


SAFEGUARDS: list[tuple[str, str, Callable[[Form], None]]] = [
    ("overleg", "Vast overleg tussen initiatief en gemeente (ambtelijk)",
     _consultation("overleg", ["elke vier weken", "elke zes weken", "elke twee maanden", "elk kwartaal"],
                   "de projectleider van de Gemeente en twee leden van het initiatief")),
    ("bestuurlijk_overleg", "Bestuurlijk overleg met de wethouder",
     _consultation("bestuurlijk_overleg", ["twee keer per jaar", "elk kwartaal", "één keer per jaar"],
                   "de wethouder Energietransitie en het bestuur van het initiatief")),
    ("wisseling", "Wat er gebeurt als een ambtenaar of wethouder wisselt", _turnover),
    ("gemeenteraad", "De gemeenteraad informeren of betrekken",
     _fixed_text("gemeenteraad", "Hoe wordt de gemeenteraad betrokken?",
                 "Als de raad op de hoogte is, hangt de samenwerking minder aan één wethouder (onderzoek §2.4.1, §5.2.2).",
                 ["het college informeert de gemeenteraad jaarlijks over de voortgang van deze samenwerking"])),
    ("verankering", "Verankering in de Transitievisie Warmte of het uitvoeringsplan",
     _fixed_text("verankering", "Hoe wordt de samenwerking verankerd?",
                 "Beleid dat de raad vaststelt geeft bestuurlijk draagvlak (onderzoek §5.2.2).",
                 ["de samenwerking wordt opgenomen in de eerstvolgende actualisatie van de Transitievisie Warmte"])),
    ("evaluatie", "Evaluatiemomenten", _evaluation),
    ("uitvoeringsplan", "De volgende stap naar het wijkuitvoeringsplan",
     _fixed_text("uitvoeringsplan", "Wat is de volgende stap naar het wijkuitvoeringsplan?",
                 "Zo blijft de samenwerking niet steken in de eerste fase (onderzoek §2.4.2, §7.6).",
                 ["het buurtenergieplan van het initiatief is de basis voor het wijkuitvoeringsplan van de Gemeente"])),
    ("ondersteuner", "Een onafhankelijke ondersteuner of procesbegeleider", _supporter),
    ("vooraf_informeren_werkdagen", "Elkaar vooraf informeren over publieke acties", _notice),
    ("overig", OTHER_LABEL, _own_safeguards),
]
#: What an unticked safeguard becomes: nothing, or no items for the one that is a list.
_NOT_AGREED: dict[str, Any] = {"overig": []}


def ask_safeguards(session: Session, form: Form) -> None:
    group = form.group("borging", m.Safeguards)
    node = group.node
    open_ = [(key, label) for key, label, _ in SAFEGUARDS if session.editing or key not in node]
    picked = _pick_safeguards(session, group, open_) if open_ else []
    for key, _, ask in SAFEGUARDS:
        # While filling in, a group or list begun before an interruption is completed too.
        begun = isinstance(node.get(key), CommentedMap) or (isinstance(node.get(key), list) and node.get(key))
        if key in picked or (not session.editing and begun):
            ask(group)


def _pick_safeguards(session: Session, group: Form, open_: list[tuple[str, str]]) -> list[str]:
    node = group.node
    if session.editing:
        checked = [key for key, _ in open_ if node.get(key) not in (None, [])]
    else:  # what the research recommends; an own safeguard only when the user ticks it
        has_supporter = first_party_of(session, "ondersteuner") is not None
        checked = [key for key, _ in open_ if key != "overig" and (key != "ondersteuner" or has_supporter)]
    group.ui.hint("Aangevinkt staat wat het onderzoek aanraadt; zet uit wat jullie niet afspreken. "
                  f"Nog iets anders afgesproken? Vink '{OTHER_LABEL}' aan.")
    picked = group.ui.checkbox("Welke afspraken maken jullie?", [(label, key) for key, label in open_], checked)
    for key, _ in open_:
        if key not in picked:
            group.set(key, _NOT_AGREED.get(key))
    return picked


# --- 10. term ---------------------------------------------------------------------------------------------

TERM_WHY = ("Hoe lang loopt de overeenkomst, kan ze verlengd worden, en hoe zeg je op? Een opzegtermijn met afbouw\n"
            "voorkomt dat een initiatief eenzijdig 'eruit geschreven' wordt (onderzoek §2.4.2).")


def ask_term(session: Session, form: Form) -> None:
    is_io = session.draft.data.get("soort") == IO
    term = form.group("looptijd", m.Term)
    start = term.text("start", "Ingangsdatum", "Meestal de dag na ondertekening, of de eerste van een maand.",
                      kind=DATE, required=True)
    term.text("einde", "Einddatum", "Laat leeg als de overeenkomst geen vaste einddatum heeft." +
              (" Een intentieovereenkomst eindigt ook als de samenwerkingsovereenkomst getekend is." if is_io else ""),
              kind=DATE, check=lambda end: "de einddatum moet na de ingangsdatum liggen" if start and end <= start else None)
    extension = ([("Geen verlenging: de overeenkomst eindigt als de samenwerkingsovereenkomst getekend is",
                   "de overeenkomst eindigt op de einddatum of eerder als partijen een samenwerkingsovereenkomst sluiten")]
                 if is_io else
                 [("Partijen besluiten drie maanden voor het einde of ze verlengen",
                   "partijen besluiten uiterlijk drie maanden voor de einddatum of zij de overeenkomst verlengen")])
    term.choose("verlenging", "Kan de overeenkomst verlengd worden?", "Leg vast wanneer jullie daarover besluiten.",
                extension, other="Wat spreken jullie af?")
    _notice_months(term)
    if not is_io:
        _phase_out(term)

    def fill_decision(item: Form, _: int) -> None:
        item.text("datum", "Datum van het beslismoment", "Bijvoorbeeld 1-7-2027.", kind=DATE, required=True)
        item.text("onderwerp", "Waarover besluiten jullie dan?",
                  "Bijvoorbeeld 'of partijen een samenwerkingsovereenkomst aangaan'.", required=True)

    if is_io or term.node.get("beslismomenten"):
        edit_list(session, term, ListSpec("beslismomenten", m.GoNoGo, "beslismoment", "beslismomenten", fill_decision,
                                          lambda item: describe(f"{DATE.show(item.get('datum'))}: {item.get('onderwerp')}"),
                                          first="Is er een beslismoment (go/no-go) op weg naar een samenwerkingsovereenkomst?"))


def _notice_months(term: Form) -> None:
    is_io = term.session.draft.data.get("soort") == IO
    term.text("opzegtermijn_maanden", "Opzegtermijn in maanden", "Hoe lang van tevoren een partij moet opzeggen.",
              kind=WHOLE_NUMBER, default=1 if is_io else 3)


def _phase_out(term: Form) -> None:
    term.text("afbouw_maanden", "Afbouwperiode na opzegging, in maanden",
              "Tijd om lopende activiteiten netjes af te ronden (onderzoek §2.4.2).", kind=WHOLE_NUMBER, default=3)


# --- 11. signing --------------------------------------------------------------------------------------

def ask_signing(session: Session, form: Form) -> None:
    municipality = next((p for p in session.draft.data.get("partijen") or [] if p.get("soort") == "gemeente"), None)
    place = str(municipality.get("naam") or "").removeprefix("gemeente ").strip() if municipality else None
    group = form.group("ondertekening", m.Signing)
    group.text("plaats", "Plaats van ondertekening", "Meestal het gemeentehuis.", default=place or None)
    group.text("datum", "Datum van ondertekening", "Laat leeg als die nog niet vaststaat; dan komt er een open regel.",
               kind=DATE)


#: The form of one item of each list, to open it directly where a warning points (doelen[1].resultaat).
ITEM_FORMS: dict[str, tuple[type, Callable[[Form, int], None]]] = {
    "partijen": (m.Party, fill_party), "doelen": (m.Goal, fill_goal), "rollen": (m.Role, fill_role),
    "participatie": (m.ParticipationTask, fill_task), "financiering": (m.Funding, fill_funding),
}

def _within(groups: tuple[tuple[str, type], ...], ask: Callable[[Form], None]) -> Callable[[Form], None]:
    """Questions about a nested group, asked from the form of the whole answers file."""
    def run(root: Form) -> None:
        form = root
        for key, model in groups:
            form = form.group(key, model)
        ask(form)
    return run


_SAFEGUARDS_GROUP = (("borging", m.Safeguards),)
_TURNOVER_GROUP = _SAFEGUARDS_GROUP + (("wisseling", m.Turnover),)

#: The questions of one field or group, to ask just those where a warning points at a plain field
#: (borging.wisseling.plaatsvervanger). A place not listed here opens its whole section.
FIELD_QUESTIONS: dict[str, Callable[[Form], None]] = {
    **{f"borging.{key}": _within(_SAFEGUARDS_GROUP, ask) for key, _, ask in SAFEGUARDS},
    "borging.wisseling.overdracht": _within(_TURNOVER_GROUP, _handover),
    "borging.wisseling.plaatsvervanger": _within(_TURNOVER_GROUP, _deputy),
    "looptijd.opzegtermijn_maanden": _within((("looptijd", m.Term),), _notice_months),
    "looptijd.afbouw_maanden": _within((("looptijd", m.Term),), _phase_out),
    **{f"aanleiding.{key}": _within((("aanleiding", m.Background),),
                                    lambda form, key=key, message=message, help=help: form.text(key, message, help))
       for key, message, help in BACKGROUND_QUESTIONS},
}


def field_of(place: str) -> str | None:
    """The entry of FIELD_QUESTIONS for a warning's place: the field itself or the nearest group around it."""
    path = re.sub(r"\[\d+\]", "", place)
    while path and path not in FIELD_QUESTIONS:
        path = path.rpartition(".")[0]
    return path or None


SECTIONS: list[Section] = [
    Section("soort", "Soort overeenkomst", TYPE_WHY, ("soort",), ask_type),
    Section("algemeen", "Titel en gebied", "De buurt en de titel; ook de bestandsnamen worden van de titel gemaakt.",
            ("titel", "gebied", "status", "versie", "datum"), ask_title),
    Section("partijen", "Partijen", PARTIES_WHY, ("partijen",), ask_parties),
    Section("aanleiding", "Aanleiding", BACKGROUND_WHY, ("aanleiding",), ask_background),
    Section("doelen", "Doelen", GOALS_WHY, ("doelen",), ask_goals),
    Section("rollen", "Rolverdeling", ROLES_WHY, ("rollen",), ask_roles),
    Section("participatie", "Participatie van bewoners", PARTICIPATION_WHY, ("participatie", "persoonsgegevens"),
            ask_participation),
    Section("financiering", "Financiering", FUNDING_WHY, ("financiering",), ask_funding),
    Section("borging", "Borging", SAFEGUARDS_WHY, ("borging",), ask_safeguards),
    Section("looptijd", "Looptijd", TERM_WHY, ("looptijd",), ask_term),
    Section("ondertekening", "Ondertekening", "Waar en wanneer er getekend wordt.", ("ondertekening",), ask_signing),
]


def section_of(place: str) -> Section | None:
    """The section an answers path like 'doelen[1].resultaat' belongs to."""
    top = place.split(".")[0].split("[")[0]
    return next((section for section in SECTIONS if top in section.keys), None)
