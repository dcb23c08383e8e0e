"""The answers model: one agreement's answers, typed, with the Dutch keys of the answers file as aliases."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from akkoord.dutch import AMOUNT_EXAMPLE, DATE_EXAMPLE, date_problem, format_date, parse_amount, parse_date
from akkoord.rounds.model import OpenPoint, Round, open_point_problems

# --- vocabularies -------------------------------------------------------------------------------

class AgreementType(StrEnum):
    IO = "intentieovereenkomst"
    SOK = "samenwerkingsovereenkomst"


class DraftStatus(StrEnum):
    CONCEPT = "concept"
    DEFINITIEF = "definitief"


class PartyKind(StrEnum):
    INITIATIVE = "initiatief"
    MUNICIPALITY = "gemeente"
    HOUSING_ASSOCIATION = "woningcorporatie"
    GRID_OPERATOR = "netbeheerder"
    HEAT_COMPANY = "warmtebedrijf"
    SUPPORTER = "ondersteuner"
    OTHER = "overig"


class LegalForm(StrEnum):
    COOPERATIVE = "cooperatie"
    FOUNDATION = "stichting"
    ASSOCIATION = "vereniging"
    INFORMAL_ASSOCIATION = "informele-vereniging"
    NO_LEGAL_ENTITY = "geen-rechtspersoon"
    MUNICIPALITY = "gemeente"
    PRIVATE_COMPANY = "bv"
    PUBLIC_COMPANY = "nv"
    OTHER = "overig"


class FundingForm(StrEnum):
    SUBSIDY = "subsidie"
    ASSIGNMENT = "opdracht"
    OWN_MEANS = "eigen-middelen"
    EXTERNAL_SUBSIDY = "externe-subsidie"
    HOURS = "uren"


class Obligation(StrEnum):
    BEST_EFFORTS = "inspanning"
    RESULT = "resultaat"


class PrivacyRole(StrEnum):
    PROCESSOR = "verwerker"
    JOINT_CONTROLLERS = "gezamenlijk"


def shown(value: Any, limit: int = 60) -> str:
    """A value as quoted in a message: whole if short, else its start (a 5 MB value helps no one)."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


# --- forgiving field types ----------------------------------------------------------------------

_FORBIDDEN_CHARS = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff]")


def _clean_text(value: Any) -> Any:
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return value
    # Word's soft line break and page break arrive as \x0b and \x0c when text is pasted.
    value = value.replace("\x0b", "\n").replace("\x0c", "\n").replace("\r\n", "\n").replace("\t", " ")
    if match := _FORBIDDEN_CHARS.search(value):
        raise ValueError(
            f"bevat een onzichtbaar stuurteken (U+{ord(match.group()):04X}) dat Word niet kan "
            "opslaan; typ de tekst opnieuw of plak hem eerst in een eenvoudige teksteditor")
    return value.strip()


def _not_empty(value: str) -> str:
    if not value:
        raise ValueError("is leeg; vul hier tekst in of laat het veld helemaal weg")
    return value


Text = Annotated[str, BeforeValidator(_clean_text), AfterValidator(_not_empty)]


#: Years an agreement's dates can plausibly fall in. Outside them it is a typo (0001-01-01, 9999-12-31),
#: and the checks that count months from a date would run off the calendar.
DATE_YEARS = range(1900, 2200)


def _to_date(value: Any) -> Any:
    if value is None:
        raise ValueError(f"is leeg; schrijf een datum, bijvoorbeeld {DATE_EXAMPLE}")
    if isinstance(value, dt.datetime):
        parsed = value.date()
    elif isinstance(value, dt.date):
        parsed = value
    else:
        parsed = parse_date(str(value))  # type: ignore[assignment]  # None is handled next
    if parsed is None:
        if problem := date_problem(str(value)):
            reason, example = problem
            raise ValueError(f"'{shown(value)}' is geen datum; schrijf bijvoorbeeld {example}: {reason}")
        raise ValueError(f"'{shown(value)}' is geen datum; schrijf bijvoorbeeld {DATE_EXAMPLE}")
    if parsed.year not in DATE_YEARS:
        raise ValueError(f"'{format_date(parsed)}' ligt niet tussen {DATE_YEARS.start} en {DATE_YEARS.stop}; "
                         "controleer het jaartal")
    return parsed


Date = Annotated[dt.date, BeforeValidator(_to_date)]


#: No agreement between neighbours and a municipality moves a thousand trillion euros; past this,
#: a typo (a pasted account number) would also overflow the formatting of amounts in the text.
MAX_AMOUNT = Decimal(10) ** 15


def _to_amount(value: Any) -> Any:
    parsed = parse_amount(value)
    if parsed is None:
        raise ValueError(f"'{shown(value)}' is geen bedrag; schrijf bijvoorbeeld 40000 ({AMOUNT_EXAMPLE})")
    if parsed >= MAX_AMOUNT:
        raise ValueError(f"'{shown(value, 40)}' is meer dan duizend biljoen euro; controleer het aantal cijfers")
    return parsed


Amount = Annotated[Decimal, BeforeValidator(_to_amount)]


def kvk_digits(value: Any) -> str:
    """A KvK number as people write it ('1234 5678', '12.34.56.78') reduced to its digits."""
    return re.sub(r"[\s.]", "", str(value))


#: An e-mail address: something, an @, a domain with a dot. Deliberately forgiving.
EMAIL_PATTERN = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _kvk(value: Any) -> Any:
    digits = kvk_digits(value)
    if not re.fullmatch(r"\d{8}", digits):
        raise ValueError(f"'{shown(value)}' is geen KvK-nummer; een KvK-nummer heeft 8 cijfers, bijvoorbeeld 12345678")
    return digits


KvkNumber = Annotated[str, BeforeValidator(_kvk)]


def _email(value: Any) -> Any:
    text = str(value).strip()
    if not EMAIL_PATTERN.fullmatch(text):
        raise ValueError(f"'{shown(value)}' is geen e-mailadres; schrijf bijvoorbeeld naam@gemeente.nl")
    return text


Email = Annotated[str, BeforeValidator(_email)]


def _fold(value: Any) -> Any:
    """Accept 'Coöperatie', 'eigen middelen', 'Geen rechtspersoon' for the vocabulary values."""
    if not isinstance(value, str):
        return value
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[\s_]+", "-", plain.strip().lower())


#: Vocabulary fields accept 'Coöperatie', 'eigen middelen' and the like: `Annotated[Enum, FOLD]`.
FOLD = BeforeValidator(_fold)


def _identifier(value: Any) -> Any:
    text = str(value).strip()
    if not re.fullmatch(r"[a-z][a-z0-9-]*", text):
        raise ValueError(
            f"'{shown(value)}' is geen geldige verwijzing; gebruik kleine letters, cijfers en streepjes, "
            "bijvoorbeeld cooperatie of gemeente")
    return text


PartyId = Annotated[str, BeforeValidator(_identifier)]


def field(alias: str, description: str, **kwargs: Any) -> Any:
    return Field(alias=alias, description=description, **kwargs)


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)


# --- parties --------------------------------------------------------------------------------------

class Representative(Section):
    name: Text = field("naam", "Volledige naam, bijvoorbeeld 'A.B. de Vries'.")
    function: Text = field("functie", "Functie, bijvoorbeeld 'voorzitter', 'penningmeester' of 'wethouder'.")


class CollegeDecision(Section):
    date: Date = field("datum", "Datum van het collegebesluit.")
    reference: Text | None = field("kenmerk", "Kenmerk of zaaknummer van het besluit.", default=None)


class PowerOfAttorney(Section):
    date: Date = field("datum", "Datum waarop de burgemeester de volmacht verleende.")
    reference: Text | None = field("kenmerk", "Kenmerk van het volmachtbesluit.", default=None)


class Party(Section):
    id: PartyId = field("id",
                        "Korte verwijzing naar deze partij, gebruikt bij rollen en taken (bijvoorbeeld 'cooperatie').")
    kind: Annotated[PartyKind, FOLD] = field("soort",
                                             "Wat voor partij: initiatief, gemeente, woningcorporatie, netbeheerder, "
                                             "warmtebedrijf, ondersteuner of overig.")
    name: Text = field("naam", "Volledige (statutaire) naam.")
    short_name: Text | None = field("aanduiding", "Hoe de partij in de tekst heet, bijvoorbeeld 'de Coöperatie'.",
                                    default=None)
    legal_form: Annotated[LegalForm, FOLD] = field("rechtsvorm",
                                                   "cooperatie, stichting, vereniging, informele-vereniging, "
                                                   "geen-rechtspersoon, gemeente, bv, nv of overig.")
    kvk: KvkNumber | None = field("kvk", "KvK-nummer (8 cijfers).", default=None)
    address: Text | None = field("adres", "Adres, bijvoorbeeld 'Dorpsstraat 1, 9999 AA Ergens'.", default=None)
    seat: Text | None = field("zetel", "Statutaire zetel (plaats).", default=None)
    representatives: list[Representative] = field("vertegenwoordigers", "Wie tekenen namens deze partij.",
                                                  default_factory=list)
    college_decision: CollegeDecision | None = field("collegebesluit",
                                                     "Alleen de gemeente: het besluit van het college van B&W om deze "
                                                     "overeenkomst aan te gaan.", default=None)
    power_of_attorney: PowerOfAttorney | None = field("volmacht",
                                                      "Alleen de gemeente: volmacht van de burgemeester aan de "
                                                      "ondertekenaar (Gemeentewet art. 171 lid 2).", default=None)

    @property
    def label(self) -> str:
        """How the party is named in running text."""
        return self.short_name or self.name


# --- content ----------------------------------------------------------------------------------------

class Background(Section):
    reason: Text | None = field("waarom", "Waarom de partijen samenwerken.", default=None)
    policy: Text | None = field("beleid",
                                "Relevant beleid, zoals de Transitievisie Warmte of een wijkuitvoeringsplan.",
                                default=None)
    history: Text | None = field("geschiedenis", "Wat er al is gebeurd.", default=None)


class Goal(Section):
    description: Text = field("omschrijving", "Wat de partijen willen bereiken.")
    result: Text | None = field("resultaat",
                                "Meetbaar resultaat, bijvoorbeeld '150 woningen hebben een warmtescan gehad'.",
                                default=None)
    target_date: Date | None = field("streefdatum", "Datum waarop het resultaat er is.", default=None)


class Contact(Section):
    name: Text = field("naam", "Naam van de contactpersoon.")
    function: Text | None = field("functie", "Functie.", default=None)
    email: Email | None = field("email", "E-mailadres.", default=None)


class Role(Section):
    party: PartyId = field("partij", "Verwijzing (id) naar de partij.")
    role: Text = field("rol", "De rol in één zin, bijvoorbeeld 'trekker van de bewonersparticipatie'.")
    responsibilities: list[Text] = field("verantwoordelijkheden", "Waarvoor deze partij verantwoordelijk is.",
                                         default_factory=list)
    contact: Contact | None = field("contactpersoon", "Vaste contactpersoon.", default=None)
    hours_per_month: int | None = field("uren_per_maand", "Capaciteit in uren per maand die de partij inzet.",
                                        default=None, ge=0)


class ParticipationTask(Section):
    task: Text = field("taak", "Wat er gebeurt, bijvoorbeeld 'bewonersavonden over de warmtevisie'.")
    kind: Text | None = field("soort",
                              "Soort taak, bijvoorbeeld bewonersbijeenkomst, keukentafelgesprekken, enquete, "
                              "energieloket.", default=None)
    owner: PartyId | None = field("uitvoerder", "Welke partij het doet (id).", default=None)
    result: Text | None = field("resultaat", "Wat het oplevert, bij voorkeur in aantallen.", default=None)
    deadline: Date | None = field("deadline", "Uiterlijk wanneer.", default=None)
    means: Text | None = field("middelen", "Met welke middelen (geld, uren, materiaal).", default=None)
    obligation: Annotated[Obligation, FOLD] = field("verplichting",
                                                    "inspanning (doen wat redelijkerwijs kan) of resultaat (het "
                                                    "resultaat is gegarandeerd).", default=Obligation.BEST_EFFORTS)
    personal_data: bool = field("persoonsgegevens",
                                "Worden hierbij persoonsgegevens van bewoners verwerkt (namen, adressen, "
                                "enquête-antwoorden)?", default=False)


class Funding(Section):
    source: Text = field("bron", "Wie betaalt of levert, bijvoorbeeld 'gemeente' of 'Provincie Groningen'.")
    form: Annotated[FundingForm, FOLD] = field("vorm", "subsidie, opdracht, eigen-middelen, externe-subsidie of uren.")
    recipient: PartyId | None = field("ontvanger", "Welke partij het ontvangt (id).", default=None)
    amount: Amount | None = field("bedrag", "Bedrag in euro's, bijvoorbeeld 40000.", default=None)
    hours: int | None = field("uren", "Bij inzet in uren: aantal uren.", default=None, ge=0)
    start: Date | None = field("van", "Begin van de periode.", default=None)
    end: Date | None = field("tot", "Einde van de periode.", default=None)
    conditions: Text | None = field("voorwaarden", "Voorwaarden en verantwoording.", default=None)
    afterwards: Text | None = field("daarna",
                                    "Wat er gebeurt als deze financiering afloopt: vervolg, evaluatie, afbouw.",
                                    default=None)
    purpose: Text | None = field("bestemming", "Waarvoor het geld of de uren zijn.", default=None)

    @field_validator("end")
    @classmethod
    def _period_in_order(cls, end: dt.date | None, info: ValidationInfo) -> dt.date | None:
        start = info.data.get("start")
        if start and end and end < start:
            raise ValueError(f"de einddatum ligt vóór de begindatum ('van': {format_date(start)}); draai ze om")
        return end


class Consultation(Section):
    frequency: Text | None = field("frequentie", "Hoe vaak, bijvoorbeeld 'elke zes weken' of 'vier keer per jaar'.",
                                   default=None)
    participants: Text | None = field("deelnemers", "Wie er aan tafel zitten.", default=None)


class Turnover(Section):
    handover: Text | None = field("overdracht",
                                  "Hoe kennis en afspraken worden overgedragen als een ambtenaar of wethouder "
                                  "wisselt.", default=None)
    deputy: Text | None = field("plaatsvervanger", "Wie waarneemt bij afwezigheid of vertrek.", default=None)


class Evaluation(Section):
    moments: list[Date] = field("momenten", "Data van de evaluaties.", default_factory=list)
    method: Text | None = field("wijze", "Hoe er geëvalueerd wordt en wie erbij zijn.", default=None)


class Safeguards(Section):
    consultation: Consultation | None = field("overleg", "Structureel (ambtelijk) overleg.", default=None)
    administrative_consultation: Consultation | None = field("bestuurlijk_overleg", "Overleg met de wethouder.",
                                                             default=None)
    turnover: Turnover | None = field("wisseling", "Wat er gebeurt bij wisseling van ambtenaren of wethouders.",
                                      default=None)
    council: Text | None = field("gemeenteraad", "Hoe en wanneer de gemeenteraad wordt geïnformeerd of betrokken.",
                                 default=None)
    anchoring: Text | None = field("verankering", "Verankering in de Transitievisie Warmte of het uitvoeringsplan.",
                                   default=None)
    evaluation: Evaluation | None = field("evaluatie", "Evaluatiemomenten.", default=None)
    implementation_plan: Text | None = field("uitvoeringsplan", "De volgende stap naar het wijkuitvoeringsplan.",
                                             default=None)
    supporter: PartyId | None = field("ondersteuner",
                                      "De onafhankelijke ondersteuner of procesbegeleider (id van een partij).",
                                      default=None)
    mutual_notice_days: int | None = field("vooraf_informeren_werkdagen",
                                           "Hoeveel werkdagen vooraf partijen elkaar informeren over publieke acties.",
                                           default=None, ge=0)
    other: list[Text] = field("overig", "Andere afspraken over borging, in eigen woorden.", default_factory=list)


class GoNoGo(Section):
    date: Date = field("datum", "Datum van het beslismoment.")
    subject: Text = field("onderwerp", "Waarover wordt dan besloten.")


class Term(Section):
    start: Date = field("start", "Ingangsdatum.")
    end: Date | None = field("einde", "Einddatum.", default=None)
    extension: Text | None = field("verlenging", "Of en hoe de overeenkomst kan worden verlengd.", default=None)
    notice_months: int | None = field("opzegtermijn_maanden", "Opzegtermijn in maanden.", default=None, ge=0)
    phase_out_months: int | None = field("afbouw_maanden", "Afbouwperiode na opzegging in maanden.", default=None, ge=0)
    decision_points: list[GoNoGo] = field("beslismomenten", "Go/no-go-momenten (vooral bij een intentieovereenkomst).",
                                          default_factory=list)

    @field_validator("end")
    @classmethod
    def _end_after_start(cls, end: dt.date | None, info: ValidationInfo) -> dt.date | None:
        start = info.data.get("start")
        if start and end and end <= start:
            raise ValueError(f"de einddatum ligt niet na de ingangsdatum ('start': {format_date(start)}); controleer "
                             f"beide")
        return end


class PrivacyArrangement(Section):
    role: Annotated[PrivacyRole, FOLD] = field("rol",
                                               "verwerker (het initiatief werkt in opdracht van de gemeente) of "
                                               "gezamenlijk (samen verantwoordelijk).")
    explanation: Text | None = field("toelichting", "Toelichting.", default=None)


class Signing(Section):
    place: Text | None = field("plaats", "Plaats van ondertekening.", default=None)
    date: Date | None = field("datum", "Datum van ondertekening.", default=None)


# --- the agreement ------------------------------------------------------------------------------------

class Answers(Section):
    """All answers for one agreement."""

    agreement_type: Annotated[AgreementType, FOLD] = field("soort",
                                                           "intentieovereenkomst of samenwerkingsovereenkomst.")
    title: Text = field("titel", "Titel van de overeenkomst.")
    area: Text = field("gebied", "Buurt, wijk of dorp.")
    status: Annotated[DraftStatus, FOLD] = field("status", "concept of definitief.", default=DraftStatus.CONCEPT)
    version: Text = field("versie", "Versienummer van het concept, bijvoorbeeld 0.3.", default="0.1")
    date: Date | None = field("datum", "Datum van deze versie (standaard: vandaag).", default=None)
    parties: list[Party] = field("partijen", "Alle partijen.", min_length=2)
    background: Background | None = field("aanleiding", "Aanleiding en achtergrond (voor de overwegingen).",
                                          default=None)
    goals: list[Goal] = field("doelen", "Doelen.", default_factory=list)
    roles: list[Role] = field("rollen", "Rolverdeling.", default_factory=list)
    participation: list[ParticipationTask] = field("participatie", "Participatietaken.", default_factory=list)
    funding: list[Funding] = field("financiering", "Financiering per bron.", default_factory=list)
    safeguards: Safeguards = field("borging",
                                   "Afspraken die de samenwerking laten doorlopen als mensen of geld wisselen.",
                                   default_factory=Safeguards)
    term: Term = field("looptijd", "Looptijd.")
    privacy: PrivacyArrangement | None = field("persoonsgegevens",
                                               "Afspraak over persoonsgegevens van bewoners (AVG).", default=None)
    signing: Signing | None = field("ondertekening", "Plaats en datum van ondertekening.", default=None)
    open_points: list[OpenPoint] = field("open_punten",
                                         "Antwoorden waarover partijen het nog niet eens zijn, met ieders voorstel "
                                         "(zie akkoord.rounds.model).", default_factory=list)
    rounds: list[Round] = field("rondes",
                                "Verslag van de onderhandelingsrondes: datum, versie en wat er is afgesproken.",
                                default_factory=list)
    acknowledged: dict[str, Text] = field("erkend",
                                          "Waarschuwingen die bewust zijn geaccepteerd, met de reden, bijvoorbeeld "
                                          "{AK203: 'reden'}.", default_factory=dict)

    @model_validator(mode="after")
    def _parties_consistent(self) -> Answers:
        ids = [party.id for party in self.parties]
        duplicates = sorted({pid for pid in ids if ids.count(pid) > 1})
        if duplicates:
            raise ValueError(f"partij-id '{duplicates[0]}' komt meer dan eens voor; geef elke partij een eigen id")
        kinds = [party.kind for party in self.parties]
        if PartyKind.MUNICIPALITY not in kinds:
            raise ValueError("er is geen partij met soort: gemeente; voeg de gemeente toe aan 'partijen'")
        if PartyKind.INITIATIVE not in kinds:
            raise ValueError("er is geen partij met soort: initiatief; voeg het bewonersinitiatief toe aan 'partijen'")
        if self.open_points and (problems := open_point_problems(self)):
            raise ValueError(problems[0])
        return self

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
