"""The structural review: which provisions a gemeentejurist expects in a draft are present, missing or weak.

Each rule reads the draft's structure (parties, operative leden, article headings) and returns where
it found a problem: the paragraph to comment on (None: the draft as a whole, commented on the title)
and a short description. The codes are those of the answers checks where the rule is the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import cast

from akkoord.patterns import LazyPattern
from akkoord.review.structure import Draft, Kind, Role


@dataclass(frozen=True)
class Gap:
    code: str
    #: The paragraph to comment on; None when a provision is missing altogether.
    paragraph: int | None
    detail: str


def _search(pattern: str) -> LazyPattern:
    return LazyPattern(pattern, re.IGNORECASE)


MUNICIPALITY = _search(r"\bgemeente\b|\bcollege van burgemeester\b")
COLLEGE_DECISION = _search(r"\bcollegebesluit|\bbesluit van (?:het college|burgemeester en wethouders|"
                           r"b(?:urgemeester)? ?(?:en|&) ?w)"
                           r"|\bcollege\b.{0,80}?\b(?:besloten|besluit)\b|\bbesluit\b.{0,40}?\bcollege\b")
#: A group without legal personality contracts through natural persons; said so, the draft is clear.
ACTS_THROUGH_PERSONS = _search(r"\bin eigen naam\b|\bpersoonlijk\b|\bals natuurlijke personen\b|\bhoofdelijk\b")
ALDERMAN = _search(r"\bwethouder\b")
MAYOR_REPRESENTS = _search(r"vertegenwoordigd door (?:de |haar |zijn )?burgemeester|"
                           r"\bburgemeester\b[^;]{0,60}\bvertegenwoordig")
POWER_OF_ATTORNEY = _search(r"\bvolmacht|\bgemachtigd|\bmachtiging|\bmandaat")
REPRESENTED = _search(r"\bvertegenwoordigd|\bnamens\b|\bhandelend\b")
LEGAL_FORM = _search(r"\bstichting\b|\bvereniging\b|\bco[öo]peratie\b|\bu\.a\.|\bb\.v\.|\bn\.v\.|\bbesloten "
                     r"vennootschap|"
                     r"\bnaamloze vennootschap|\bwoningcorporatie\b|\bwoonstichting\b|\bprovincie\b|\bwaterschap\b|"
                     r"\bgemeente\b|\bnetbeheerder\b.{0,40}\bb\.v\.|\brechtspersoon\b(?! zonder)")
NO_ENTITY = _search(r"\b(?:werkgroep|buurtteam|bewonersgroep|initiatiefgroep|comité|collectief|platform|buurtcomité|"
                    r"klankbordgroep|actiegroep)\b|zonder rechtspersoonlijkheid|geen rechtspersoon")
INFORMAL_ASSOCIATION = _search(r"informele vereniging|vereniging zonder (?:volledige )?rechtsbevoegdheid|"
                               r"niet bij notariële akte|zonder notariële statuten")
NON_BINDING = _search(r"\b(?:niet|geen)\b.{0,40}?\b(?:in rechte )?(?:afdwingbaar\w*|bindend\w*)\b|"
                      r"\bniet[- ]bindend|zonder (?:dat .{0,40})?(?:tot )?schadevergoeding|geen (?:recht op |aanspraak "
                      r"op )?schadevergoeding")
MONEY = _search(r"€\s?\d|\beuro\b|\bsubsidie\w*\b.{0,60}?\b(?:verleent|verstrekt|stelt|beschikbaar|van)\b|"
                r"\b(?:verleent|verstrekt)\b.{0,60}?\bsubsidie|\bbudget van\b|\bbijdrage van (?:€|\d)")
BUDGET_RESERVATION = _search(r"\bbegrotingsvoorbehoud|\bvoorbehoud\w*\b.{0,160}?\b(?:begroting\w*|middelen|"
                             r"gemeenteraad|raad)\b|"
                             r"\b(?:begroting\w*|middelen)\b.{0,120}?\bvoorbehoud")
PUBLIC_LAW = _search(r"\bpubliekrechtelijke?\b")
TERM_END = _search(r"\beindigt\b.{0,80}?(?:\d{4}|\bop de dag\b|\bwanneer\b.{0,60}\bsamenwerkingsovereenkomst|"
                   r"\bzodra\b.{0,60}"
                   r"\bsamenwerkingsovereenkomst|\bvan rechtswege\b)|\btot en met\b.{0,30}\d{4}|"
                   r"\bloopt\b.{0,80}?\btot\b.{0,40}\d{4}|"
                   r"\bgeldt\b.{0,60}?\btot\b.{0,40}\d{4}|\bvoor (?:de duur van|een periode van) (?:\w+ ){1,2}(?:jaar|"
                   r"jaren|maanden)\b|"
                   r"\bgesloten voor\b.{0,30}\b(?:jaar|jaren|maanden)\b")
INDEFINITE_TERM = _search(r"\bvoor onbepaalde tijd\b")
VAGUE_END = _search(r"\beindigt\b.{0,40}?\b(?:in principe|in beginsel|zodra|wanneer)\b.{0,80}?\b(?:doel\w*|behaald|"
                    r"bereikt|"
                    r"gerealiseerd|afgerond)\b")
# A party's right to end the agreement, not any mention of it ("na opzegging geldt een afbouwperiode").
NOTICE = _search(r"\bopzegtermijn|\b(?:kan|kunnen|mag|mogen)\b[^.]{0,160}?\b(?:opzeggen|opgezegd|beëindigen|"
                 r"opzegging)\b|\bop te zeggen\b")
NOTICE_PERIOD = _search(r"\bopzegtermijn van\b|\b(?:kan|kunnen|mag|mogen)\b[^.]{0,160}?\b(?:opzeggen|beëindigen)\b"
                        r"[^.]{0,160}?\b\w+ (?:maand\w*|weken|week|dagen|werkdagen|jaar)\b|\bmet (?:een termijn|"
                        r"inachtneming) van \w+ (?:maand\w*|weken|week|dagen|werkdagen)\b")
PHASE_OUT = _search(r"\bafbouw\w*|\buitfaser\w*|\bafronding van lopende|\blopende (?:activiteiten|verplichtingen|"
                    r"taken)\b")
EVALUATION = _search(r"\bevalu\w*")
DISPUTES = _search(r"\bgeschil\w*")
APPLICABLE_LAW = _search(r"\bnederlands(?:e)? recht\b")
# "de uitkomsten van de enquête" are figures, not a register of residents; "persoonsgegevens" counts when
# something is done with them, not when the Woo article mentions them.
PERSONAL_DATA = _search(r"\bkeukentafelgesprek\w*|\bhuisbezoek\w*|(?<!uitkomsten van de )(?<!resultaten van de "
                        r")\benquête\w*|"
                        r"\bvragenlijst\w*|\bnamen\b.{0,30}\badres\w*|\bnaam\b.{0,30}\badres\w*|\be-?mailadres\w*|"
                        r"\bledenlijst|"
                        r"\bpresentielijst|\bdeelnemerslijst|\badresgegevens|\bpersoonsgegevens\b.{0,80}?\b(?:verwerk|"
                        r"verzamel|"
                        r"noteer|noteren|registr|vastgelegd|vastleggen|bijhoud|bijgehouden|uitwissel|uitgewisseld|"
                        r"opslaan|"
                        r"opgeslagen|bewaar|gedeeld|delen)\w*|\b(?:verwerk|verzamel|"
                        r"registreer)\w*\b.{0,80}?\bpersoonsgegevens")
PRIVACY_ARRANGEMENT = _search(r"\bavg\b|\balgemene verordening gegevensbescherming|\bverwerkersovereenkomst|"
                              r"\bverwerkingsverantwoordelijke|\bverwerker\b|\bprivacy")
OPENNESS = _search(r"\bwet open overheid\b|\bwoo\b|\bwet openbaarheid van bestuur\b|\bwob\b")


def _text(draft: Draft, *roles: Role) -> str:
    return "\n".join(p.text for p in draft.with_role(*roles))


def _operative(draft: Draft) -> str:
    # Headings do not count: "Artikel 9 Publiekrechtelijke bevoegdheden" above nothing reserves nothing.
    if "operative" not in draft.cache:
        draft.cache["operative"] = _text(draft, Role.OPERATIVE)
    return draft.cache["operative"]  # type: ignore[return-value]


def _whole(draft: Draft) -> str:
    return "\n".join(p.text for p in draft.paragraphs)


def _binding(draft: Draft) -> bool:
    return draft.kind is not Kind.IO


_GEMEENTE = _search(r"\bgemeente\b")
_DE_GEMEENTE = _search(r"\bde gemeente\b")
_PARTY_NUMBER = LazyPattern(r"^\W*(?:\d+|[IVX]+|[a-z])[.)]\s+")
_NAME_END = LazyPattern(r",|\bvertegenwoordigd\b")


def _municipality_parties(draft: Draft):
    return [p for p in draft.with_role(Role.PARTY) if _GEMEENTE.search(p.text[:120])]


def _has_municipality(draft: Draft) -> bool:
    """The gemeente is a party: in the comparitie, the title, the signatures, or acting in the articles."""
    return bool(_municipality_parties(draft)) or bool(MUNICIPALITY.search(_text(draft, Role.TITLE, Role.SIGNATURE))) \
        or bool(_DE_GEMEENTE.search(_operative(draft)))


def college_decision(draft: Draft) -> Iterator[Gap]:
    if _has_municipality(draft) and not COLLEGE_DECISION.search(_text(draft, Role.PARTY, Role.RECITAL, Role.INTRO,
                                                                       Role.OPERATIVE, Role.SIGNATURE)):
        parties = _municipality_parties(draft)
        yield Gap("AK307", parties[0].index if parties else None, "geen collegebesluit")


def representation(draft: Draft) -> Iterator[Gap]:
    for party in _municipality_parties(draft):
        text = party.text
        if MAYOR_REPRESENTS.search(text):
            continue
        if not REPRESENTED.search(text) or (ALDERMAN.search(text) and not POWER_OF_ATTORNEY.search(text)):
            yield Gap("AK503", party.index,
                      "wethouder zonder volmacht" if ALDERMAN.search(text) else "geen vertegenwoordiger")


def legal_capacity(draft: Draft) -> Iterator[Gap]:
    for party in draft.with_role(Role.PARTY):
        name = _NAME_END.split(_PARTY_NUMBER.sub("", party.text), maxsplit=1)[0]
        if INFORMAL_ASSOCIATION.search(party.text):
            yield Gap("AK507", party.index, name.strip())
        elif NO_ENTITY.search(party.text) and not LEGAL_FORM.search(name) and \
                (_binding(draft) or not ACTS_THROUGH_PERSONS.search(party.text)):
            yield Gap("AK506" if _binding(draft) else "AK508", party.index, name.strip())


def non_binding_article(draft: Draft) -> Iterator[Gap]:
    if draft.kind is Kind.IO and not NON_BINDING.search(_operative(draft)):
        yield Gap("AK509", None, "geen artikel over het niet-bindende karakter")


def _money_from_municipality(draft: Draft) -> list[int]:
    # Two rules ask; the draft is read once.
    if "money" not in draft.cache:
        draft.cache["money"] = [p.index for p in draft.with_role(Role.OPERATIVE)
                                if ("€" in p.text or "euro" in p.text or "subsidie" in p.text or "bijdrage" in p.text
                                    or "budget" in p.text) and MONEY.search(p.text)]
    return cast(list[int], draft.cache["money"])


def budget_reservation(draft: Draft) -> Iterator[Gap]:
    money = _money_from_municipality(draft)
    if money and _has_municipality(draft) and not BUDGET_RESERVATION.search(_operative(draft)):
        yield Gap("AK504", money[0], "geen begrotingsvoorbehoud")


def public_law(draft: Draft) -> Iterator[Gap]:
    if _has_municipality(draft) and not PUBLIC_LAW.search(_operative(draft)):
        yield Gap("AK510", None, "geen voorbehoud publiekrechtelijke bevoegdheden")


def term(draft: Draft) -> Iterator[Gap]:
    operative = draft.with_role(Role.OPERATIVE)
    vague = next((p for p in operative if VAGUE_END.search(p.text)), None)
    indefinite = next((p for p in operative if INDEFINITE_TERM.search(p.text)), None)
    if vague is not None:
        yield Gap("AK511", vague.index, "einde hangt af van het bereiken van de doelen")
    elif indefinite is not None and not NOTICE.search(_operative(draft)):
        yield Gap("AK511", indefinite.index, "onbepaalde tijd zonder opzegging")
    elif indefinite is None and not any(TERM_END.search(p.text) for p in operative):
        yield Gap("AK511", None, "geen einddatum")


def notice(draft: Draft) -> Iterator[Gap]:
    if not _binding(draft):
        return
    text = _operative(draft)
    if not NOTICE.search(text):
        yield Gap("AK309", None, "geen opzegging")
    elif not NOTICE_PERIOD.search(text):
        first = next(p for p in draft.with_role(Role.OPERATIVE) if NOTICE.search(p.text))
        yield Gap("AK309", first.index, "opzegging zonder termijn")


def phase_out(draft: Draft) -> Iterator[Gap]:
    if _binding(draft) and _money_from_municipality(draft) and not PHASE_OUT.search(_operative(draft)):
        yield Gap("AK310", None, "geen afbouw")


def evaluation(draft: Draft) -> Iterator[Gap]:
    if _binding(draft) and not EVALUATION.search(_operative(draft)):
        yield Gap("AK308", None, "geen evaluatie")


def disputes(draft: Draft) -> Iterator[Gap]:
    if not DISPUTES.search(_operative(draft)):
        yield Gap("AK512", None, "geen geschillenregeling")


def applicable_law(draft: Draft) -> Iterator[Gap]:
    if not APPLICABLE_LAW.search(_operative(draft)):
        yield Gap("AK513", None, "geen toepasselijk recht")


def privacy(draft: Draft) -> Iterator[Gap]:
    handled = next((p for p in draft.with_role(Role.OPERATIVE) if PERSONAL_DATA.search(p.text)), None)
    if handled is not None and not PRIVACY_ARRANGEMENT.search(_operative(draft)):
        yield Gap("AK505", handled.index, "persoonsgegevens zonder AVG-afspraak")


def openness(draft: Draft) -> Iterator[Gap]:
    if _has_municipality(draft) and not OPENNESS.search(_operative(draft)):
        yield Gap("AK514", None, "geen bepaling over de Wet open overheid")


#: In the order a gemeentejurist reads a draft: parties first, then the articles.
RULES: tuple[Callable[[Draft], Iterator[Gap]], ...] = (
    representation, college_decision, legal_capacity, non_binding_article, budget_reservation, public_law, term,
    notice, phase_out, evaluation, disputes, applicable_law, privacy, openness,
)


def structural_gaps(draft: Draft) -> list[Gap]:
    if not draft.is_agreement:
        return []
    return [gap for rule in RULES for gap in rule(draft)]
