"""The answers model: one agreement's answers, typed, with the Dutch keys of the answers file as aliases."""

from __future__ import annotations

import datetime as dt

from akkoord.answers.declare import after, whole

# The forgiving field types live in fields.py; model users import them from here as before.
from akkoord.answers.fields import (  # noqa: F401
    DATE_YEARS,
    EMAIL_PATTERN,
    MAX_AMOUNT,
    Amount,
    Date,
    Email,
    KvkNumber,
    PartyId,
    Text,
    Vocabulary,
    kvk_digits,
    shown,
    vocabulary,
)
from akkoord.answers.parties import Party
from akkoord.answers.sections import NP, SENTENCE, TIME, TOPIC, Section, field
from akkoord.answers.vocabularies import (
    AgreementType,
    DecisionRule,
    DraftStatus,
    FundingForm,
    Obligation,
    PartyKind,
    PrivacyRole,
)
from akkoord.dutch import format_date
from akkoord.rounds.model import OpenPoint, Round, open_point_problems

# --- content ----------------------------------------------------------------------------------------

class Background(Section):
    reason: Text | None = field("waarom", "Waarom de partijen samenwerken.", default=None, shape=SENTENCE)
    policy: Text | None = field("beleid", "Relevant beleid, zoals de Transitievisie Warmte of een wijkuitvoeringsplan.",
                                default=None, shape=SENTENCE)
    history: Text | None = field("geschiedenis", "Wat er al is gebeurd.", default=None, shape=SENTENCE)


class Goal(Section):
    description: Text = field("omschrijving", "Wat de partijen willen bereiken.", shape=NP)
    result: Text | None = field("resultaat", "Meetbaar resultaat, bijvoorbeeld '150 woningen hebben een warmtescan "
                                             "gehad'.", default=None, shape=NP)
    target_date: Date | None = field("streefdatum", "Datum waarop het resultaat er is.", default=None)


class Contact(Section):
    name: Text = field("naam", "Naam van de contactpersoon.")
    function: Text | None = field("functie", "Functie.", default=None)
    email: Email | None = field("email", "E-mailadres.", default=None)


class Role(Section):
    party: PartyId = field("partij", "Verwijzing (id) naar de partij.")
    role: Text = field("rol", "De rol in één zin, bijvoorbeeld 'trekker van de bewonersparticipatie'.", shape=NP)
    responsibilities: list[Text] = field("verantwoordelijkheden", "Waarvoor deze partij verantwoordelijk is.",
                                         default_factory=list, shape=NP)
    contact: Contact | None = field("contactpersoon", "Vaste contactpersoon.", default=None)
    hours_per_month: int | None = field("uren_per_maand", "Capaciteit in uren per maand die de partij inzet.",
                                        default=None, ge=0)


class ParticipationTask(Section):
    task: Text = field("taak", "Wat er gebeurt, bijvoorbeeld 'bewonersavonden over de warmtevisie'.", shape=NP)
    kind: Text | None = field("soort", "Soort taak, bijvoorbeeld bewonersbijeenkomst, keukentafelgesprekken, enquete, "
                                       "energieloket.", default=None)
    owner: PartyId | None = field("uitvoerder", "Welke partij het doet (id).", default=None)
    result: Text | None = field("resultaat", "Wat het oplevert, bij voorkeur in aantallen.", default=None, shape=NP)
    deadline: Date | None = field("deadline", "Uiterlijk wanneer.", default=None)
    means: Text | None = field("middelen", "Met welke middelen (geld, uren, materiaal).", default=None, shape=NP)
    obligation: Vocabulary[Obligation] = field("verplichting", "inspanning (doen wat redelijkerwijs kan) of resultaat "
                                                               "(het resultaat is gegarandeerd).",
                                                               default=Obligation.BEST_EFFORTS)
    personal_data: bool = field("persoonsgegevens", "Worden hierbij persoonsgegevens van bewoners verwerkt (namen, "
                                                    "adressen, enquête-antwoorden)?", default=False)


class Funding(Section):
    source: Text = field("bron", "Wie betaalt of levert, bijvoorbeeld 'gemeente' of 'Provincie Groningen'.")
    form: Vocabulary[FundingForm] = field("vorm", "subsidie, opdracht, eigen-middelen, externe-subsidie of uren.")
    recipient: PartyId | None = field("ontvanger", "Welke partij het ontvangt (id).", default=None)
    amount: Amount | None = field("bedrag", "Bedrag in euro's, bijvoorbeeld 40000.", default=None)
    hours: int | None = field("uren", "Bij inzet in uren: aantal uren.", default=None, ge=0)
    start: Date | None = field("van", "Begin van de periode.", default=None)
    end: Date | None = field("tot", "Einde van de periode.", default=None)
    conditions: Text | None = field("voorwaarden", "Voorwaarden en verantwoording.", default=None, shape=SENTENCE)
    afterwards: Text | None = field("daarna", "Wat er gebeurt als deze financiering afloopt: vervolg, evaluatie, "
                                              "afbouw.", default=None, shape=SENTENCE)
    purpose: Text | None = field("bestemming", "Waarvoor het geld of de uren zijn.", default=None, shape=NP)

    @after("end")
    def _period_in_order(cls, end: dt.date | None, earlier: dict) -> dt.date | None:
        start = earlier.get("start")
        if start and end and end < start:
            raise ValueError(f"de einddatum ligt vóór de begindatum ('van': {format_date(start)}); draai ze om")
        return end


class Consultation(Section):
    frequency: Text | None = field("frequentie", "Hoe vaak, bijvoorbeeld 'elke zes weken' of 'vier keer per jaar'.",
                                   default=None, shape=TIME)
    participants: Text | None = field("deelnemers", "Wie er aan tafel zitten.", default=None, shape=NP)
    chair: PartyId | None = field("voorzitter", "Welke partij (id) de voorzitter levert.", default=None)
    secretariat: PartyId | None = field("secretariaat", "Welke partij (id) het secretariaat voert en de verslagen "
                                                        "opstelt.", default=None)
    decision_rule: Vocabulary[DecisionRule] | None = field("besluitvorming", "unanimiteit of meerderheid.",
                                                           default=None)


class Turnover(Section):
    handover: Text | None = field("overdracht", "Hoe kennis en afspraken worden overgedragen als een ambtenaar of "
                                                "wethouder wisselt.", default=None, shape=SENTENCE)
    deputy: Text | None = field("plaatsvervanger", "Wie waarneemt bij afwezigheid of vertrek.", default=None, shape=NP)


class Evaluation(Section):
    moments: list[Date] = field("momenten", "Data van de evaluaties.", default_factory=list)
    method: Text | None = field("wijze", "Hoe er geëvalueerd wordt en wie erbij zijn.", default=None, shape=SENTENCE)


class Safeguards(Section):
    consultation: Consultation | None = field("overleg", "Structureel (ambtelijk) overleg.", default=None)
    administrative_consultation: Consultation | None = field("bestuurlijk_overleg", "Overleg met de wethouder.",
                                                             default=None)
    turnover: Turnover | None = field("wisseling", "Wat er gebeurt bij wisseling van ambtenaren of wethouders.",
                                      default=None)
    council: Text | None = field("gemeenteraad", "Hoe en wanneer de gemeenteraad wordt geïnformeerd of betrokken.",
                                 default=None, shape=SENTENCE)
    anchoring: Text | None = field("verankering", "Verankering in de Transitievisie Warmte of het uitvoeringsplan.",
                                   default=None, shape=SENTENCE)
    evaluation: Evaluation | None = field("evaluatie", "Evaluatiemomenten.", default=None)
    implementation_plan: Text | None = field("uitvoeringsplan", "De volgende stap naar het wijkuitvoeringsplan.",
                                             default=None, shape=SENTENCE)
    supporter: PartyId | None = field("ondersteuner", "De onafhankelijke ondersteuner of procesbegeleider (id van een "
                                                      "partij).", default=None)
    mutual_notice_days: int | None = field("vooraf_informeren_werkdagen", "Hoeveel werkdagen vooraf partijen elkaar "
            "informeren over publieke acties.", default=None, ge=0)
    other: list[Text] = field("overig", "Andere afspraken over borging, in eigen woorden.", default_factory=list)


class GoNoGo(Section):
    date: Date = field("datum", "Datum van het beslismoment.")
    subject: Text = field("onderwerp", "Waarover wordt dan besloten.", shape=TOPIC)


class Term(Section):
    start: Date = field("start", "Ingangsdatum.")
    end: Date | None = field("einde", "Einddatum.", default=None)
    extension: Text | None = field("verlenging", "Of en hoe de overeenkomst kan worden verlengd.", default=None,
                                   shape=SENTENCE)
    notice_months: int | None = field("opzegtermijn_maanden", "Opzegtermijn in maanden.", default=None, ge=0)
    phase_out_months: int | None = field("afbouw_maanden", "Afbouwperiode na opzegging in maanden.", default=None, ge=0)
    decision_points: list[GoNoGo] = field("beslismomenten", "Go/no-go-momenten (vooral bij een intentieovereenkomst).",
                                          default_factory=list)

    @after("end")
    def _end_after_start(cls, end: dt.date | None, earlier: dict) -> dt.date | None:
        start = earlier.get("start")
        if start and end and end <= start:
            raise ValueError(f"de einddatum ligt niet na de ingangsdatum ('start': {format_date(start)}); "
                             "controleer beide")
        return end


class PrivacyArrangement(Section):
    role: Vocabulary[PrivacyRole] = field("rol", "verwerker (het initiatief werkt in opdracht van de gemeente), "
                                                 "gezamenlijk (samen verantwoordelijk) of eigen-verantwoordelijkheid "
                                                 "(wie de activiteit uitvoert is zelf verantwoordelijk en deelt alleen "
                                                 "geanonimiseerde uitkomsten).")
    explanation: Text | None = field("toelichting", "Toelichting.", default=None, shape=SENTENCE)


class Signing(Section):
    place: Text | None = field("plaats", "Plaats van ondertekening.", default=None)
    date: Date | None = field("datum", "Datum van ondertekening.", default=None)


# --- the agreement ------------------------------------------------------------------------------------

class Answers(Section):
    """All answers for one agreement."""

    agreement_type: Vocabulary[AgreementType] = field("soort", "intentieovereenkomst of samenwerkingsovereenkomst.")
    title: Text = field("titel", "Titel van de overeenkomst.")
    area: Text = field("gebied", "Buurt, wijk of dorp.", shape=NP)
    status: Vocabulary[DraftStatus] = field("status", "concept of definitief.", default=DraftStatus.CONCEPT)
    version: Text = field("versie", "Versienummer van het concept, bijvoorbeeld 0.3.", default="0.1")
    date: Date | None = field("datum", "Datum van deze versie (standaard: vandaag).", default=None)
    parties: list[Party] = field("partijen", "Alle partijen.", min_length=2)
    background: Background | None = field("aanleiding", "Aanleiding en achtergrond (voor de overwegingen).",
                                          default=None)
    goals: list[Goal] = field("doelen", "Doelen.", default_factory=list)
    roles: list[Role] = field("rollen", "Rolverdeling.", default_factory=list)
    participation: list[ParticipationTask] = field("participatie", "Participatietaken.", default_factory=list)
    funding: list[Funding] = field("financiering", "Financiering per bron.", default_factory=list)
    safeguards: Safeguards = field("borging", "Afspraken die de samenwerking laten doorlopen als mensen of geld "
                                              "wisselen.", default_factory=Safeguards)
    term: Term = field("looptijd", "Looptijd.")
    privacy: PrivacyArrangement | None = field("persoonsgegevens", "Afspraak over persoonsgegevens van bewoners (AVG).",
                                               default=None)
    signing: Signing | None = field("ondertekening", "Plaats en datum van ondertekening.", default=None)
    open_points: list[OpenPoint] = field("open_punten", "Antwoorden waarover partijen het nog niet eens zijn, met "
                                                        "ieders voorstel (zie akkoord.rounds.model).",
                                                        default_factory=list)
    rounds: list[Round] = field("rondes", "Verslag van de onderhandelingsrondes: datum, versie en wat er is "
                                          "afgesproken.", default_factory=list)
    acknowledged: dict[str, Text] = field("erkend", "Waarschuwingen die bewust zijn geaccepteerd, met de reden, "
                                                    "bijvoorbeeld {AK203: 'reden'}.", default_factory=dict)

    @whole
    def _parties_consistent(self) -> None:
        ids = [party.id for party in self.parties]
        duplicates = sorted({pid for pid in ids if ids.count(pid) > 1})
        if duplicates:
            raise ValueError(f"partij-id '{duplicates[0]}' komt meer dan eens voor; geef elke partij een eigen id")
        kinds = [party.kind for party in self.parties]
        if PartyKind.MUNICIPALITY not in kinds:
            raise ValueError("er is geen partij met soort: gemeente; voeg de gemeente toe aan 'partijen'")
        if PartyKind.INITIATIVE not in kinds:
            raise ValueError("er is geen partij met soort: initiatief; voeg het bewonersinitiatief toe aan 'partijen'")
        for key, consultation in (("overleg", self.safeguards.consultation),
                                  ("bestuurlijk_overleg", self.safeguards.administrative_consultation)):
            for name, value in (("voorzitter", consultation and consultation.chair),
                                ("secretariaat", consultation and consultation.secretariat)):
                if value and value not in ids:
                    raise ValueError(f"borging.{key}.{name}: '{value}' is geen id van een partij; "
                                     f"kies uit {', '.join(ids)}")
        if self.open_points and (problems := open_point_problems(self)):
            raise ValueError(problems[0])

    # Convenience for templates, checks and assembly.
    def party(self, party_id: str) -> Party | None:
        return next((party for party in self.parties if party.id == party_id), None)

    @property
    def municipality(self) -> Party:
        return next(party for party in self.parties if party.kind is PartyKind.MUNICIPALITY)

    @property
    def initiatives(self) -> list[Party]:
        return [party for party in self.parties if party.kind is PartyKind.INITIATIVE]

    @property
    def is_io(self) -> bool:
        return self.agreement_type is AgreementType.IO


#: Where each model field that refers to a party lives, for the reference check in loading.
PARTY_REFERENCES: tuple[tuple[str, str], ...] = (
    ("rollen", "partij"),
    ("participatie", "uitvoerder"),
    ("financiering", "ontvanger"),
)
