"""Vague Dutch wording: the word lists (data) and the matcher that finds them in a sentence.

Each entry is a regular-expression fragment, matched case-insensitively on whole words. Exceptions
are data too: an entry is not vague when the same sentence pins down a moment or a number
(`unless_concrete_time`), when what follows makes it concrete (`unless_after`), or when a preceding
word changes its meaning (`unless_before`: "geen enkele" is not "enkele").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

# --- what makes a sentence concrete ------------------------------------------------------------

_MONTHS = ("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
           "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec")
_NUMBER_WORDS = ("een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|"
                 "vijftien|twintig|dertig|veertig|vijftig|zestig|honderd")
_UNITS = r"(?:werk)?dag(?:en)?|we(?:e|)k(?:en)?|maand(?:en)?|kwarta(?:a)?l(?:en)?|ja(?:a)?r(?:en)?|uur|uren"

#: A date, a period, a deadline or a frequency: what turns "in overleg" or "regelmatig" into an agreement.
CONCRETE_TIME = re.compile(
    r"(?<![\w-])(?:"
    r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}"                    # 1-7-2027, 2027-07-01
    rf"|\d{{1,2}}\s+(?:{_MONTHS})\b"                                              # 1 juli
    rf"|(?:{_MONTHS})\s+(?:19|20)\d{{2}}"                                         # juli 2027
    r"|(?:vóór|uiterlijk|in|eind|begin|medio|half|najaar|voorjaar|zomer|winter|kwartaal)"
    r"\s+(?:(?:het|de|eind|begin)\s+)?(?:19|20)\d{2}"                             # vóór 2030 (not 'voor 2030': that is often 'for 2030')
    rf"|(?:binnen|na|uiterlijk|ten minste|minimaal|minstens|tenminste)\s+(?:\d+|{_NUMBER_WORDS})\s+(?:{_UNITS})"
    rf"|(?:\d+|{_NUMBER_WORDS})\s+(?:{_UNITS})\s+(?:vóór|voor|vooraf|voorafgaand|na|nadat|voordat)"
    rf"|(?:elke|iedere|om\s+de)\s+(?:(?:\d+|{_NUMBER_WORDS})\s+)?(?:{_UNITS}|week|maand|kwartaal|halfjaar|half\s+jaar)"
    rf"|(?:\d+|{_NUMBER_WORDS}|eens|eenmaal|tweemaal|driemaal|viermaal)\s+(?:keer\s+|maal\s+)?per\s+(?:week|maand|kwartaal|jaar|halfjaar|half\s+jaar)"
    r"|(?:twee|drie|vier|zes)?(?:wekelijks|maandelijks|jaarlijks)e?|halfjaarlijkse?|per\s+kwartaal"
    r")(?![\w-])",
    re.IGNORECASE,
)

#: A number right after the vague word, as in "voldoende, te weten 16 uur per week".
_MADE_CONCRETE_AFTER = r"^[^.;]*?(?:te weten|namelijk|dat wil zeggen|d\.w\.z\.|ofwel|\()[^.;]*?\d"


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
    "AK101": _terms(
        r"zo ?veel (?:als )?(?:redelijkerwijs )?mogelijk", r"zo goed (?:als )?mogelijk",
        r"waar (?:dat )?mogelijk", r"indien mogelijk", r"zo mogelijk", r"voor zover (?:dat )?mogelijk",
        r"als dat (?:mogelijk is|kan)", r"waar dat kan",
        r"in principe", r"in beginsel",
        r"indien nodig", r"waar (?:dat )?nodig", r"zo ?nodig", r"voor zover (?:dat )?nodig",
        r"als dat nodig is", r"wanneer (?:dat )?nodig",
        r"indien gewenst", r"desgewenst", r"zo gewenst",
        r"(?:indien|als|wanneer) (?:daar|daartoe) aanleiding (?:toe )?(?:is|bestaat)",
    ),
    # Striving instead of committing.
    "AK102": _terms(
        r"stree(?:f|ft|fde|fden) (?:er ?)?naar", r"streven (?:er ?)?naar", r"ernaar (?:te )?stre(?:ven|eft)",
        r"het streven is", r"ons streven is", r"het is de bedoeling", r"de bedoeling is",
        r"(?:te )?proberen", r"probeer(?:t|de|den)?", r"(?:te )?trachten", r"tracht(?:te|ten)?", r"pogen", r"poogt",
    ),
    # Deciding later what should be decided now.
    "AK103": _terms(
        r"(?:nader|nog|later) (?:te )?(?:bepalen|regelen|vast te stellen|uit te werken|overeen te komen|"
        r"af te spreken|in te vullen)",
        r"(?:nader|later) (?:bepaald|geregeld|vastgesteld|uitgewerkt|overeengekomen|afgesproken|ingevuld)e?",
        r"n\.?t\.?b\.", r"n\.n\.b\.", r"te zijner tijd", r"t\.z\.t\.?", r"tzt",
        r"in een later stadium", r"op een later (?:moment|tijdstip)", r"op termijn", r"gaandeweg",
        unless_concrete_time=True,
    ),
    # Amounts and numbers that are not stated.
    "AK104": (
        # "onder voorbehoud van voldoende middelen in de begroting" is the statutory budget reservation (Awb 4:34).
        *_terms(r"voldoende", unless_after=_MADE_CONCRETE_AFTER + r"|^[^.;]*\bbegroting",
                unless_before=r"(?:is|zijn|wordt|worden|geldt als|volstaat|acht(?:en)?)\s*$|(?:voorbehoud|voorwaarde)[^.;]*$"),
        *_terms(r"passende?", unless_after=r"^\s+(?:bij|binnen|in)\b|^\s+technische en organisatorische"),
        *_terms(r"adequate?", r"toereikende?", r"aanzienlijke?", r"substanti[eë]le?", r"diverse",
                r"een (?:groot |klein |beperkt |flink )?aantal", unless_after=_MADE_CONCRETE_AFTER + r"|^\s+van\s+\d"),
        *_terms(r"enkele", unless_before=r"(?:geen|de|het|een|één|elke|iedere)\s*$"),
        *_terms(r"etc\.?", r"enz\.?", r"enzovoorts?", r"en dergelijke", r"e\.d\."),
    ),
    # Moments and frequencies that are not stated.
    "AK105": _terms(
        r"regelmatige?", r"periodieke?", r"op gezette tijden", r"met enige regelmaat", r"van tijd tot tijd",
        r"af en toe", r"zo nu en dan", r"naar behoefte", r"zo vaak als (?:nodig|nodig is|gewenst)",
        r"op (?:korte|middellange|lange) termijn", r"binnen afzienbare tijd",
        r"zo (?:snel|spoedig) (?:als )?mogelijk", r"spoedig", r"binnenkort", r"tijdig",
        r"(?:binnen|na|met) (?:een )?redelijke (?:termijn|tijd)",
        unless_concrete_time=True,
    ),
    # Decisions left to consultation, with no moment and no one who decides.
    "AK106": _terms(
        r"in (?:onderling |goed |nauw |nader |gezamenlijk )?overleg(?! (?:treden|te treden|getreden))",
        r"na nader overleg",
        r"in (?:onderlinge |goede |nauwe )?samenspraak", r"in (?:onderlinge |goede )?afstemming",
        # "treden in overleg" starts a consultation (as in a disputes clause); it defers no decision.
        unless_concrete_time=True, unless_before=r"(?:treden|treedt|trad|traden)(?:\s+\w+){0,2}\s*$",
    ),
}

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý\"“‘(])|\n+")


@cache
def _compiled(code: str) -> tuple[tuple[re.Pattern[str], Term], ...]:
    return tuple((re.compile(rf"(?<![\w-]){term.pattern}(?![\w-])", re.IGNORECASE), term)
                 for term in VAGUE_TERMS[code])


@cache
def _any_term() -> re.Pattern[str]:
    """All terms in one pattern: most texts contain none, and one search says so."""
    union = "|".join(term.pattern for terms in VAGUE_TERMS.values() for term in terms)
    return re.compile(rf"(?<![\w-])(?:{union})(?![\w-])", re.IGNORECASE)


def sentences(text: str) -> list[str]:
    return [part for part in _SENTENCE_END.split(text) if part.strip()]


def vague_fragments(text: str) -> dict[str, list[str]]:
    """Per check code, the vague fragments in `text`, in order of appearance, without duplicates."""
    found: dict[str, list[str]] = {}
    if not _any_term().search(text):
        return found
    for sentence in sentences(text):
        concrete_time: bool | None = None
        for code in VAGUE_TERMS:
            for pattern, term in _compiled(code):
                for match in pattern.finditer(sentence):
                    if term.unless_concrete_time:
                        if concrete_time is None:
                            concrete_time = CONCRETE_TIME.search(sentence) is not None
                        if concrete_time:
                            continue
                    if term.unless_after and re.search(term.unless_after, sentence[match.end():], re.IGNORECASE):
                        continue
                    if term.unless_before and re.search(term.unless_before, sentence[:match.start()], re.IGNORECASE):
                        continue
                    fragment = match.group().lower()
                    fragments = found.setdefault(code, [])
                    if fragment not in fragments:
                        fragments.append(fragment)
    return found
