"""Vague Dutch wording as data: the word lists of the checks AK101-AK106 and what makes a sentence concrete.

Each entry is a regular-expression fragment, matched case-insensitively on whole words. Exceptions
are data too: an entry is not vague when the same sentence pins down a moment or a number
(`unless_concrete_time`), when what follows makes it concrete (`unless_after`), or when a preceding
word changes its meaning (`unless_before`: "geen enkele" is not "enkele"). The matcher that applies
them is `checks/wording.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from akkoord.patterns import LazyPattern

# --- what makes a sentence concrete ------------------------------------------------------------

_MONTHS = ("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
           "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec")
_NUMBER_WORDS = ("een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|"
                 "vijftien|twintig|dertig|veertig|vijftig|zestig|honderd")
_UNITS = r"(?:werk)?dag(?:en)?|we(?:e|)k(?:en)?|maand(?:en)?|kwarta(?:a)?l(?:en)?|ja(?:a)?r(?:en)?|uur|uren"

#: A date, a period, a deadline or a frequency: what turns "in overleg" or "regelmatig" into an agreement.
CONCRETE_TIME = LazyPattern(
    r"(?<![\w-])(?:"
    r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}"                    # 1-7-2027, 2027-07-01
    rf"|\d{{1,2}}\s+(?:{_MONTHS})\b"                                              # 1 juli
    rf"|(?:{_MONTHS})\s+(?:19|20)\d{{2}}"                                         # juli 2027
    r"|(?:vóór|uiterlijk|in|eind|begin|medio|half|najaar|voorjaar|zomer|winter|kwartaal)"
    r"\s+(?:(?:het|de|eind|begin|van)\s+)?(?:19|20)\d{2}"  # vóór 2030 (not 'voor 2030': that is often 'for 2030')
    # uiterlijk bij de ondertekening
    r"|(?:uiterlijk|ten laatste|in\s+(?:elk|ieder)\s+geval)\s+(?:op|vóór|bij|tijdens)\s+(?:de|het)"
    rf"|(?:binnen|na|uiterlijk|ten minste|minimaal|minstens|tenminste)\s+(?:\d+|{_NUMBER_WORDS})\s+(?:{_UNITS})"
    rf"|(?:\d+|{_NUMBER_WORDS})\s+(?:{_UNITS})\s+(?:vóór|voor|vooraf|voorafgaand|na|nadat|voordat)"
    rf"|(?:elke?|iedere?|om\s+de)\s+(?:(?:\d+|{_NUMBER_WORDS})\s+)?(?:{_UNITS}|week|maand|kwartaal|halfjaar|"
    rf"half\s+jaar)"
    rf"|(?:\d+|{_NUMBER_WORDS}|eens|eenmaal|tweemaal|driemaal|viermaal)\s+(?:keer\s+|maal\s+)?per\s+(?:week|maand|"
    rf"kwartaal|jaar|halfjaar|half\s+jaar)"
    r"|(?:twee|drie|vier|zes)?(?:wekelijks|maandelijks|jaarlijks)e?|halfjaarlijkse?|per\s+kwartaal"
    r")(?![\w-])",
    re.IGNORECASE,
)

#: A number right after the vague word, as in "voldoende, te weten 16 uur per week" or
#: "diverse activiteiten, ten minste zes per jaar". ('een' is left out: it is also the article.)
NUMBER = rf"(?:\d|\b(?:{_NUMBER_WORDS.replace('een|', '', 1)})\b)"
#: Stands for `made_concrete_after` in an `unless_after` exception ("MADE_CONCRETE|other pattern").
MADE_CONCRETE = "MADE_CONCRETE"
_MADE_CONCRETE_AFTER = MADE_CONCRETE


@dataclass(frozen=True)
class Term:
    pattern: str
    unless_concrete_time: bool = False
    unless_after: str | None = None
    unless_before: str | None = None


def _terms(*patterns: str, **exceptions: object) -> tuple[Term, ...]:
    return tuple(Term(pattern, **exceptions) for pattern in patterns)  # type: ignore[arg-type]


#: The vague-wording checks and their word lists. Codes are documented in the catalogue.
VAGUE_TERMS: dict[str, tuple[Term, ...]] = {
    # Hedges that make any commitment optional.
    "AK101": (
        # Any "zo ... mogelijk" ("zo veel", "zo breed", "zo vroeg"); "zo snel/spoedig mogelijk" is a moment (AK105).
        # Not when it measures likeness, as in a severability clause: "die zoveel mogelijk aansluit bij".
        *_terms(r"zo ?veel (?:als )?(?:redelijkerwijs )?mogelijke?",
                r"zo (?!spoedig\b|snel\b)\w+ (?:als )?(?:redelijkerwijs )?mogelijke?",
                unless_after=r"^\s+(?:aansluit|aansluiten|overeenkomt|overeenkomen|benadert|benaderen|afwijkt|"
                             r"afwijken)\b"),
        *_terms(
            r"(?:indien|waar|voor zover|wanneer|zo) (?:dat |dit )?(?:mogelijk|nodig|noodzakelijk|gewenst|wenselijk|"
            r"relevant)",
            r"als dat (?:mogelijk|nodig|noodzakelijk|gewenst|wenselijk) is", r"(?:als|waar) dat kan", r"zonodig",
            r"in principe", r"in beginsel", r"desgewenst", r"desgevraagd",
            r"(?:indien|als|wanneer|zodra|zo vaak als) (?:daar|daartoe|daarvoor|hiertoe|hiervoor) aanleiding (?:toe |"
            r"voor )?"
            r"(?:is|bestaat|ontstaat|geeft|lijkt)",
            # Measures that are the party's own judgement: "naar vermogen", "naar eer en geweten".
            r"naar (?:(?:haar|zijn|hun|ons|eigen) )?vermogen", r"naar eer en geweten",
            r"naar (?:eigen )?(?:inzicht|goeddunken|believen|bevind van zaken)",
            r"op (?:enigerlei|enige|een of andere|één of andere) (?:wijze|manier)",
            r"redelijkerwijs (?:\w+ ){0,2}?(?:inspannen|inspant|in te spannen|inzetten|inzet|in te zetten)",
            r"(?:inspannen|inspant|inzetten|inzet) (?:zich )?redelijkerwijs",
            r"wat (?:\w+ ){0,2}?redelijkerwijs(?: \w+){0,5}? (?:verwacht|gevraagd|gevergd)(?: \w+){0,2}?",
            # A condition only the party itself can judge: "voor zover dat past binnen haar beleid".
            r"voor zover (?:dat|dit|het|deze|die) (?:\w+ ){0,2}?(?:past|passen|valt|vallen) (?:binnen|in)",
            r"voor zover (?:\w+ ){0,4}?(?:dat |dit |het )?(?:toelaat|toelaten|toestaat|toestaan)",
        ),
        # "zich naar beste vermogen inspannen om ..." is the legal wording of a best-efforts obligation;
        # "informeert naar haar beste vermogen" leaves the measure to the party.
        *_terms(r"naar (?:(?:haar|zijn|hun|ons) )?best(?:e)? vermogen",
                unless_after=r"^\s+(?:in te spannen|in te zetten|in\s+(?:om|voor|te)\b|inspannen|inzetten)"),
        # "eventueel verschuldigde btw" means "any btw due"; only "eventueel" on its own is a hedge.
        *_terms(r"eventueel", unless_after=r"^\s+\w+(?:de|te)\s+\w"),
    ),
    # Striving instead of committing.
    "AK102": _terms(
        # "streven wij naar", "streeft de gemeente ernaar": the subject may stand between verb and "naar".
        r"stre(?:ef|eft|efde|efden|ven)(?: \w+){0,2}? (?:er ?)?naar", r"ernaar (?:te )?stre(?:ven|eft)",
        r"stre(?:ef|eft|efde|efden|ven)(?: \w+){0,2}? er(?: \w+){1,6}? naar",  # split: "streeft er in overleg naar"
        r"streven(?: \w+){0,2}? is", r"het is de bedoeling", r"de bedoeling is",
        r"(?:de|onze|hun|gezamenlijke) ambitie is", r"(?:heeft|hebben) (?:\w+ )?de ambitie",
        r"(?:stelt|stellen) zich (?:\w+ )?ten doel",
        r"(?:te )?proberen", r"probeer(?:t|de|den)?", r"(?:te )?trachten", r"tracht(?:te|ten)?", r"pogen", r"poogt",
    ),
    # Deciding later what should be decided now.
    "AK103": (
        *_terms(
            r"(?:nader|nog|later) (?:te )?(?:bepalen|regelen|vast te stellen|uit te werken|overeen te komen|"
            r"af te spreken|in te vullen|op te stellen|af te stemmen|vast te leggen|te concretiseren|te specificeren|"
            r"te besluiten|te beslissen)",
            r"nader (?:\w+ )?te \w+", r"nader overeen\w*", r"tot nader (?:bericht|order)",
            r"nadere (?:afspraken|uitwerking|invulling)", r"volg(?:t|en) nog",
            r"(?:wordt|worden|is|zijn)(?: \w+)? nog (?:niet )?(?:nader )?(?:bepaald|vastgesteld|uitgewerkt|"
            r"afgesproken|ingevuld|geregeld|besloten|beslist|gekozen|overeengekomen|opgesteld|vastgelegd)",
            r"(?:onderzoek|verken|bezie)\w* (?:\w+ )?(?:de )?mogelijkhe(?:id|den)",
            r"n\.?t\.?b\.", r"n\.n\.b\.", r"te (?:zijner|gelegener) tijd", r"t\.z\.t\.?", r"tzt",
            r"in een later stadium", r"op een later (?:moment|tijdstip)", r"op termijn", r"gaandeweg",
            unless_concrete_time=True,
        ),
        # "later" alone defers too ("beslissen later", "volgt later"); "niet later dan" is a deadline.
        # Not "de later gesloten overeenkomst", "zoals later gewijzigd" or "drie maanden later".
        *_terms(r"later(?! dan)", unless_concrete_time=True,
                unless_before=rf"\bzoals(?:\s+\w+){{0,2}}\s*$|\b(?:de|het|een|die|dat)\s*$|"
                              rf"{NUMBER}\w*\s+(?:{_UNITS})\s*$"),
        # A participle after "nader" defers, unless it points to where the detail already is
        # ("nader omschreven in bijlage 2").
        *_terms(r"nader (?:ge|be|ver|ont|her|uitge|vastge|afge|inge|opge|overeenge)\w+",
                r"later (?:bepaald|geregeld|vastgesteld|uitgewerkt|overeengekomen|afgesproken|ingevuld)e?",
                unless_concrete_time=True,
                unless_after=r"^[^.;]*?\b(?:bijlage|artikel|art\.|paragraaf|hoofdstuk)\s*\d"),
    ),
    # Amounts and numbers that are not stated.
    "AK104": (
        # "onder voorbehoud van voldoende middelen in de begroting" is the statutory budget reservation (Awb 4:34).
        *_terms(r"voldoende", unless_after=_MADE_CONCRETE_AFTER + r"|^[^.;]*\bbegroting",
                unless_before=r"(?:is|zijn|wordt|worden|geldt als|volstaat|acht(?:en)?)\s*$|(?:voorbehoud|"
                              r"voorwaarde)[^.;]*$"),
        *_terms(r"passende?", unless_after=r"^\s+(?:bij|binnen|in)\b|^\s+technische en organisatorische"),
        *_terms(r"adequa(?:at|te)", r"toereikende?", r"aanzienlijke?", r"substanti[eë]le?", r"diverse",
                r"een (?:groot |klein |beperkt |flink )?aantal", r"een redelijke (?:vergoeding|bijdrage|prijs)",
                unless_after=_MADE_CONCRETE_AFTER + r"|^\s+van\s+\d"),
        # "de verschillende taken" points back to a known list; "twee verschillende rollen" counts them.
        *_terms(r"enkele", r"verschillende", r"meerdere", unless_after=_MADE_CONCRETE_AFTER,
                unless_before=rf"(?:geen|de|het|deze|die|een|één|elke|iedere|indien|als|wanneer|{NUMBER})\s*$"),
        *_terms(r"etc\.?", r"enz\.?", r"enzovoorts?", r"en dergelijke", r"e\.d\."),
    ),
    # Moments and frequencies that are not stated.
    "AK105": _terms(
        r"regelmatige?", r"periodieke?", r"op gezette (?:tijden|momenten)", r"met enige regelmaat",
        r"van tijd tot tijd",
        r"af en toe", r"zo nu en dan", r"met regelmaat", r"na verloop van tijd",
        r"(?:naar|op de|naar gelang (?:van )?de) behoefte", r"zo vaak als (?:nodig|nodig is|gewenst)",
        r"op (?:de )?(?:korte|kortere|middellange|lange|langere) termijn", r"binnen afzienbare (?:tijd|termijn)",
        r"op afzienbare termijn", r"in de nabije toekomst", r"in een (?:zo )?vroeg(?:tijdig)? stadium",
        r"zo (?:snel|spoedig) (?:als )?mogelijk", r"spoedig", r"binnenkort",
        r"(?:binnen|na|met) (?:een )?redelijke (?:termijn|tijd)",
        unless_concrete_time=True,
    ) + _terms(
        # "niet, niet tijdig of niet volledig nakomen" describes a breach; it promises no moment.
        r"tijdige?", unless_concrete_time=True, unless_before=r"\bniet,?(?:\s+of)?\s*$",
    ),
    # Decisions left to consultation, with no moment and no one who decides.
    "AK106": _terms(
        r"in (?:(?:onderling|goed|nauw|nader|gezamenlijk) ){0,2}overleg(?! (?:treden|te treden|getreden))",
        r"na nader overleg",
        r"in (?:onderlinge |goede |nauwe )?samenspraak", r"in (?:onderlinge |goede )?afstemming",
        # "treden in overleg" starts a consultation (as in a disputes clause); it defers no decision.
        unless_concrete_time=True, unless_before=r"(?:treden|treedt|trad|traden|gaan|gaat)(?:\s+\w+){0,3}\s*$",
    ),
}
