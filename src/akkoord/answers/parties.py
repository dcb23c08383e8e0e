"""The party records of the answers: who signs, for whom, and under which municipal decisions."""

from __future__ import annotations

from akkoord.answers.declare import after
from akkoord.answers.fields import Date, KvkNumber, PartyId, Text, Vocabulary
from akkoord.answers.sections import NP, Section, field
from akkoord.answers.vocabularies import LegalForm, PartyKind


class Representative(Section):
    name: Text = field("naam", "Volledige naam, bijvoorbeeld 'A.B. de Vries'.")
    function: Text = field("functie", "Functie, bijvoorbeeld 'voorzitter', 'penningmeester' of 'wethouder'.", shape=NP)
    residence: Text | None = field("woonplaats", "Alleen bij een werkgroep zonder rechtspersoon: waar deze deelnemer "
                                                 "woont (de deelnemers zijn zelf partij).", default=None)


class CollegeDecision(Section):
    date: Date = field("datum", "Datum van het collegebesluit.")
    reference: Text | None = field("kenmerk", "Kenmerk of zaaknummer van het besluit.", default=None)


class PowerOfAttorney(Section):
    date: Date = field("datum", "Datum waarop de burgemeester de volmacht verleende.")
    reference: Text | None = field("kenmerk", "Kenmerk van het volmachtbesluit.", default=None)


class CouncilConsultation(Section):
    """Gemeentewet art. 169 lid 4: the council could express wensen en bedenkingen before the college decided."""

    letter_date: Date = field("datum", "Datum van de brief waarmee het college de raad in de gelegenheid stelde wensen "
                                       "en bedenkingen te uiten.")
    used: bool | None = field("gebruikt", "Heeft de raad wensen of bedenkingen geuit (ja/nee)? Weglaten als dat nog "
                                          "niet bekend is.", default=None)
    response_date: Date | None = field("reactiedatum", "Datum waarop de raad zijn wensen en bedenkingen uitte.",
                                       default=None)


class Party(Section):
    id: PartyId = field("id", "Korte verwijzing naar deze partij, gebruikt bij rollen en taken (bijvoorbeeld "
                              "'cooperatie').")
    kind: Vocabulary[PartyKind] = field("soort", "Wat voor partij: initiatief, gemeente, woningcorporatie, "
                                                 "netbeheerder, warmtebedrijf, ondersteuner of overig.")
    name: Text = field("naam", "Volledige (statutaire) naam.")
    short_name: Text | None = field("aanduiding", "Hoe de partij in de tekst heet, bijvoorbeeld 'de Coöperatie'.",
                                    default=None)
    legal_form: Vocabulary[LegalForm] = field("rechtsvorm", "cooperatie, stichting, vereniging, informele-vereniging, "
                                                            "geen-rechtspersoon, gemeente, bv, nv of overig.")
    kvk: KvkNumber | None = field("kvk", "KvK-nummer (8 cijfers).", default=None)
    address: Text | None = field("adres", "Adres, bijvoorbeeld 'Dorpsstraat 1, 9999 AA Ergens'.", default=None)
    seat: Text | None = field("zetel", "Statutaire zetel (plaats).", default=None)
    representatives: list[Representative] = field("vertegenwoordigers", "Wie tekenen namens deze partij.",
                                                  default_factory=list)
    college_decision: CollegeDecision | None = field("collegebesluit", "Alleen de gemeente: het besluit van het "
            "college van B&W om deze overeenkomst aan te gaan.", default=None)
    council_consultation: CouncilConsultation | None = field("wensen_en_bedenkingen", "Alleen de gemeente: de "
            "wensen-en-bedenkingenprocedure van de raad vóór het collegebesluit (Gemeentewet art. 169 lid 4).",
            default=None)
    court: Text | None = field("rechtbank", "Alleen de gemeente: de rechtbank van het arrondissement waarin de "
                                            "gemeente ligt, bijvoorbeeld 'Noord-Nederland'.", default=None)
    power_of_attorney: PowerOfAttorney | None = field("volmacht", "Alleen de gemeente: volmacht van de burgemeester "
                                                                  "aan de ondertekenaar (Gemeentewet art. 171 lid 2).",
                                                                  default=None)

    @after("court")
    def _court_name(cls, court: str | None, earlier: dict) -> str | None:
        """'rechtbank Noord-Nederland' and 'Noord-Nederland' both name the court; clauses add 'rechtbank'."""
        if court and court.lower().startswith("rechtbank "):
            court = court[len("rechtbank "):].strip()
        return court

    @property
    def label(self) -> str:
        """How the party is named in running text."""
        return self.short_name or self.name
