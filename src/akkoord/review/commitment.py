"""Reading one operative lid as a commitment: who, what, a measure, by when, and what makes it open.

The hedges and vague words of `checks.wording` (AK101-AK106) are found first; on top of that this
module recognises two patterns a word list cannot: effort promised towards something only judged, not
measured ("zetten zich in voor een goede samenwerking", AK107), and a task in the passive that names
nobody to carry it out ("er wordt een projectteam samengesteld", AK113). A sentence that is a
recognised standard legal formula (disputes, severability, equity, applicable law, reservations) is
exempt: its open words are the convention, not a gap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from akkoord.checks.wording import CONCRETE_TIME, sentences, vague_fragments
from akkoord.patterns import LazyPattern, any_of, compile_pattern
from akkoord.review.lexicon import (
    EVALUATIVE,
    INTENSITY,
    PASSIVE_AUXILIARIES,
    SETUP_PARTICIPLES,
    alternation,
    forms,
    inflected,
)

EFFORT_CODE = "AK107"
PASSIVE_CODE = "AK113"

#: Sentences that are conventional legal text. Each is one kind of clause a lawyer recognises at a glance.
FORMULAS: dict[str, str] = {
    "geschillen": r"\bgeschil\w*\b.{0,200}?\b(?:op te lossen|oplossen|opgelost|voorgelegd|voorleggen|voor te leggen|"
                  r"rechter|mediation|mediator|arbitrage|bemiddel\w*)|\b(?:mediation|mediator)\b",
    "conversie": r"\b(?:nietig|vernietig\w*|ongeldig|niet rechtsgeldig|onverbindend|niet afdwingbaar blijkt)\b.{0,250}?"
                 r"\bvervang\w*|\bvervang\w*.{0,120}?\bbepaling\w*.{0,120}?(?:zoveel|zo veel) mogelijk",
    "billijkheid": r"\bbillijkheidshalve\b|\bredelijkheid en billijkheid\b",
    "recht": r"\b(?:nederlands|nederlandse) recht\b",
    "publiekrecht": r"\bpubliekrechtelijke? (?:bevoegdhe\w*|taken|positie|verantwoordelijkhe\w*)",
    "begroting": r"\bvoorbehoud\w*\b.{0,120}?\b(?:begroting\w*|middelen|gemeenteraad|raad)\b|\bbegrotingsvoorbehoud",
    "inspanningsverplichting": r"\b(?:inspannings|resultaats)verplichting",
    "niet-bindend": r"\b(?:niet|geen)\b.{0,40}?\b(?:afdwingbaar\w*|bindend\w*)\b|\bschadevergoeding\b",
    "nawerking": r"\bblijven?\b.{0,40}?\b(?:gelden|van kracht)\b.{0,40}?\bna\b.{0,40}?\b(?:eindigen|einde|beëindiging)",
}


@cache
def _formula() -> re.Pattern[str]:
    return compile_pattern("|".join(f"(?:{pattern})" for pattern in FORMULAS.values()), re.IGNORECASE)


@cache
def _prefilter(pattern: str) -> tuple[str, ...] | None:
    """The strings of which every match of `pattern` contains one (see checks.required): a cheap first test."""
    from akkoord.checks.required import required_strings

    strings = required_strings(pattern)
    return tuple(sorted(strings)) if strings else None


def _possible(pattern: re.Pattern[str], lower: str) -> bool:
    prefilter = _prefilter(pattern.pattern)
    return prefilter is None or any(string in lower for string in prefilter)


def is_formula(sentence: str, lower: str | None = None) -> bool:
    lower = sentence[:2000].lower() if lower is None else lower
    return _possible(_formula(), lower) and _formula().search(sentence[:2000]) is not None


@cache
def _effort() -> re.Pattern[str]:
    reflexive_forms = alternation(tuple(form for lemma in ("inzetten", "inspannen") for form in forms(lemma)))
    care_forms = alternation(tuple(form for lemma in ("zorgen", "voorzien", "bijdragen", "bevorderen", "stimuleren")
                                   for form in forms(lemma)))
    return compile_pattern(
        rf"\b(?:(?:{reflexive_forms})(?: \w+){{0,3}}? zich\b|\bzich(?: \w+){{0,3}}? (?:{reflexive_forms})\b"
        rf"|(?:{care_forms})(?: \w+){{0,2}}? (?:voor|in|aan)\b|\b(?:draagt|dragen|droeg|droegen) zorg voor\b)",
        re.IGNORECASE)


@cache
def _evaluative() -> re.Pattern[str]:
    words = alternation(tuple(form for word in EVALUATIVE for form in inflected(word)) + INTENSITY)
    return compile_pattern(rf"\b(?:{words})\b", re.IGNORECASE)


_NUMBER_WORD = (r"twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|honderd|"
                r"duizend|eens|tweemaal|driemaal|jaarlijks\w*|maandelijks\w*|wekelijks\w*|elke?|iedere?")
_MEASURE = LazyPattern(rf"\d|€|\b(?:{_NUMBER_WORD})\b", re.IGNORECASE)


def has_measure(sentence: str) -> bool:
    """An amount, a number, a date or a frequency: what makes an effort checkable."""
    return _MEASURE.search(sentence) is not None or CONCRETE_TIME.search(sentence) is not None


_AUXILIARY = alternation(PASSIVE_AUXILIARIES)
_EXISTENTIAL_PASSIVE = LazyPattern(
    rf"\ber (?:(?:{_AUXILIARY})|zal|zullen)\b(?! (?:geen|niet|nooit)\b)(?: \w+){{0,10}}? (?:ge\w+[dt]|\w+ge\w+[dt]|"
    rf"\w*(?:ge|be|ver|ont|her)\w+en|\w+(?:eerd|eert))\b|\ber (?:komt|komen) (?:een|nog een)\b", re.IGNORECASE)
_SETUP_PASSIVE = LazyPattern(
    rf"\b(?:{_AUXILIARY})\b(?: \w+){{0,8}}? (?:{alternation(SETUP_PARTICIPLES)})\b", re.IGNORECASE)
_INDEFINITE_SUBJECT = LazyPattern(r"^\W*(?:(?:\w+ ){0,4}?(?:wordt|worden) )?(?:een|enkele|diverse|nog)\b|"
                                 r"^\W*(?:voor|in|bij|na|tijdens|om)\b[^,]{0,80}?\b(?:wordt|worden)\b(?: \w+){0,3}? "
                                 r"een\b",
                                 re.IGNORECASE)
_AGENT = LazyPattern(r"\bdoor (?:de|het|haar|zijn|hun|een|beide|alle|iedere?|elke?)\b|\bdoor [A-ZÀ-Ý]")


def passive_without_owner(sentence: str) -> str | None:
    """'Er wordt een projectteam samengesteld': the task as written, when nobody is named to carry it out."""
    lower = sentence.lower()
    if not any(word in lower for word in PASSIVE_WORDS):
        return None
    if _AGENT.search(sentence):
        return None
    match = _EXISTENTIAL_PASSIVE.search(sentence)
    if match:
        return match.group()
    match = _SETUP_PASSIVE.search(sentence)
    if match and _INDEFINITE_SUBJECT.search(sentence) and not has_measure(sentence):
        return match.group()
    return None


def effort_without_measure(sentence: str) -> str | None:
    """'Zetten zich in voor een goede samenwerking': effort towards a quality that nobody can check."""
    if not _possible(_effort(), sentence.lower()):
        return None
    effort = _effort().search(sentence)
    if effort is None or has_measure(sentence):
        return None
    judged = _evaluative().search(sentence, max(0, effort.start() - 30))
    if judged is None or judged.start() > effort.end() + 80:
        return None
    return sentence[min(effort.start(), judged.start()):max(effort.end(), judged.end())]


#: Counting words that only describe when the sentence describes: "de wijk kent diverse soorten woningen".
COUNTING = LazyPattern(r"^(?:een (?:\w+ )?aantal|diverse|verschillende|enkele|meerdere)$", re.IGNORECASE)
_DESCRIPTIVE = LazyPattern(
    r"\b(?:heeft|hebben|had|hadden|is|zijn|was|waren)\b(?: [\w-]+){0,12}? (?:ge\w+[dt]|\w+ge\w+[dt]|ge\w+en)\b"
    r"|\b(?:was|waren|werd|werden|had|hadden)\b|\b(?:al|reeds|inmiddels|sinds)\b"
    r"|\b(?:kent|kennen|telt|tellen|bestaat uit|bestaan uit|woont|wonen|omvat|omvatten|bevat|bevatten)\b"
    r"|^\W*(?:een (?:\w+ )?aantal|diverse|verschillende|enkele|meerdere) \w+ (?:is|zijn|heeft|hebben)\b",
    re.IGNORECASE)
_FUTURE = LazyPattern(r"\b(?:zal|zullen|gaat|gaan)\b", re.IGNORECASE)


def is_descriptive(sentence: str) -> bool:
    """The sentence tells what is or was, not what a party will do."""
    return _DESCRIPTIVE.search(sentence) is not None and _FUTURE.search(sentence) is None


@dataclass
class Commitment:
    """One lid read as a commitment. `open_points` maps a check code to the fragments that leave it open."""

    text: str
    open_points: dict[str, list[str]] = field(default_factory=dict)
    formulas: int = 0

    def add(self, code: str, fragment: str) -> None:
        fragments = self.open_points.setdefault(code, [])
        if fragment.lower() not in fragments:
            fragments.append(fragment.lower())


PASSIVE_WORDS = ("wordt", "worden", "werd", " zal", "zullen", "komt", "komen")


@cache
def commitment_triggers() -> tuple[str, ...]:
    """Lower-case strings of which a lid with any open point contains at least one.

    A lid without any of them cannot be flagged, so a long draft is searched for these strings once
    (one pattern, `_any_trigger`) and only the leden that contain one are read in full.
    """
    from akkoord.checks.wording import VAGUE_TERMS, code_triggers

    # A passive task starts "er wordt ..." or uses one of the participles of setting something up.
    strings: set[str] = {f"er {auxiliary}" for auxiliary in ("wordt", "worden", "werd", "werden", "zal", "zullen",
                                                            "komt", "komen")}
    strings.update(SETUP_PARTICIPLES)
    for code in VAGUE_TERMS:
        strings.update(code_triggers(code))
    # Effort is only open when judged by an evaluative word; those are rarer than 'zich' or 'zorgt'.
    strings.update(form for word in EVALUATIVE for form in inflected(word))
    strings.update(INTENSITY)
    return tuple(sorted(strings))


@cache
def _any_trigger() -> re.Pattern[str]:
    """One pattern for all commitment triggers: `str.find` for each of them read a long draft 365 times."""
    return any_of(commitment_triggers())


def candidates(texts: list[str]) -> set[int]:
    """The positions in `texts` that contain a commitment trigger (see `commitment_triggers`)."""
    import bisect

    lowered = [" ".join(text.lower().split()) for text in texts]
    joined = "\n".join(lowered)
    starts, offset = [], 0
    for text in lowered:
        starts.append(offset)
        offset += len(text) + 1
    found: set[int] = set()
    any_trigger = _any_trigger()
    match = any_trigger.search(joined)
    while match is not None:
        number = bisect.bisect_right(starts, match.start()) - 1
        found.add(number)
        # Skip the rest of this text: one hit is enough to read it in full.
        match = any_trigger.search(joined, starts[number + 1] if number + 1 < len(starts) else len(joined))
    return found


#: Sentences longer than this are not read for the two patterns (they are lists or crafted text); the
#: word-list checks still read them in full, linearly.
PATTERN_LIMIT = 1500


#: A lid number typed into the text ("2.1", "3.", "b)") is not part of the sentence.
_LID_NUMBER = LazyPattern(r"^\s*(?:\d+(?:\.\d+)*\.?|[a-z][.)]|[IVX]+\.)\s+")


def read_commitment(text: str) -> Commitment:
    commitment = Commitment(text)
    for sentence in sentences(_LID_NUMBER.sub("", text, count=1)):
        if is_formula(sentence):
            commitment.formulas += 1
            continue
        descriptive: bool | None = None
        for code, fragments in vague_fragments(sentence).items():
            for fragment in fragments:
                if COUNTING.match(fragment):
                    descriptive = is_descriptive(sentence) if descriptive is None else descriptive
                    if descriptive:
                        continue
                commitment.add(code, fragment)
        if len(sentence) > PATTERN_LIMIT:
            continue
        effort = effort_without_measure(sentence)
        if effort:
            commitment.add(EFFORT_CODE, effort)
        passive = passive_without_owner(sentence)
        if passive:
            commitment.add(PASSIVE_CODE, passive)
    return commitment
