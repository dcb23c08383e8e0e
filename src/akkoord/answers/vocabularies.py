"""The answers' vocabularies: the fixed Dutch words a field may take, as StrEnums."""

from __future__ import annotations

from enum import StrEnum


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


class DecisionRule(StrEnum):
    UNANIMOUS = "unanimiteit"
    MAJORITY = "meerderheid"


class PrivacyRole(StrEnum):
    PROCESSOR = "verwerker"
    JOINT_CONTROLLERS = "gezamenlijk"
    #: The party that does the participation work is controller for it and shares only aggregated results.
    OWN_CONTROLLER = "eigen-verantwoordelijkheid"
