"""Dutch word forms the commitment analysis recognises, as data: verbs by lemma, evaluative words, formulas.

Verbs are listed by lemma with their stem; `forms` builds the inflected forms (present, past,
participle) by the regular rules, so "zet", "zetten", "zette" and "ingezet" all count as "inzetten".
"""

from __future__ import annotations

import re
from functools import cache

from akkoord.patterns import LazyPattern

#: Effort verbs: a party that "zich inzet voor" or "zorgt voor" something commits to effort, not to a result.
#: lemma -> (stem, separable particle, irregular forms)
EFFORT_VERBS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "inzetten": ("zet", "in", ("zette", "zetten", "ingezet")),
    "inspannen": ("span", "in", ("spande", "spanden", "ingespannen")),
    "zorgen": ("zorg", "", ("zorgde", "zorgden", "gezorgd")),
    "zorg dragen": ("draag", "", ("droeg", "droegen", "gedragen", "dragen")),
    "voorzien": ("voorzie", "", ("voorzag", "voorzagen", "voorzien")),
    "bijdragen": ("draag", "bij", ("droeg", "droegen", "bijgedragen", "dragen")),
    "bevorderen": ("bevorder", "", ("bevorderde", "bevorderden", "bevorderd")),
    "stimuleren": ("stimuleer", "", ("stimuleerde", "stimuleerden", "gestimuleerd", "stimuleren")),
}

#: Words that judge without measuring: "een goede samenwerking", "actieve communicatie".
EVALUATIVE = ("goed", "prettig", "constructief", "zorgvuldig", "helder", "actief", "breed", "succesvol", "optimaal",
              "intensief", "nauw", "open", "transparant", "soepel", "effectief", "efficiënt", "positief",
              "voorspoedig", "adequaat", "gedegen", "deugdelijk", "zinvol", "vruchtbaar", "duurzaam", "stevig",
              "sterk", "maximaal", "volledig", "krachtig")
#: Adverbs of intensity that stand for a measure: "zich maximaal inzetten".
INTENSITY = ("maximaal", "optimaal", "volledig", "ten volle", "actief", "nadrukkelijk", "krachtig", "volop",
             "intensief", "zoveel als kan")

#: Passive auxiliaries: a task in the passive names no party that carries it out.
PASSIVE_AUXILIARIES = ("wordt", "worden", "zal worden", "zullen worden", "werd", "werden")
#: Participles of setting something up: "een projectteam wordt samengesteld" is a task without owner.
SETUP_PARTICIPLES = ("samengesteld", "aangesteld", "opgesteld", "ingesteld", "opgericht", "opgezet", "georganiseerd",
                     "gehouden", "geworven", "aangeboden", "ingericht", "benoemd", "aangewezen", "ontwikkeld",
                     "gestart", "uitgevoerd", "verzorgd", "gemaakt", "gevoerd", "gezorgd", "geregeld",
                     "aangelegd", "verspreid", "ingezet", "uitgewerkt", "voorbereid", "aangetrokken",
                     "georganiseerd", "bemand", "bemenst", "geplaatst", "gerealiseerd", "gedaan")


def forms(lemma: str) -> tuple[str, ...]:
    """The inflected forms of a verb in `EFFORT_VERBS`, its particle split off or joined."""
    stem, particle, irregular = EFFORT_VERBS[lemma]
    base = lemma.split()[0]
    simple = base[len(particle):] if particle else base
    found = {stem, stem + "t", simple, *irregular}
    if particle:
        found.add(base)
        found.update(particle + form for form in (stem, stem + "t"))
    return tuple(sorted(found, key=len, reverse=True))


_LONG_VOWEL_END = LazyPattern(r"(aa|ee|oo|uu)([^aeiou])$")


def inflected(adjective: str) -> tuple[str, ...]:
    """'goed' -> goed, goede; 'actief' -> actieve; 'breed' -> brede; 'succesvol' -> succesvolle."""
    if adjective.endswith("ief"):
        return adjective, adjective[:-1] + "ve"
    if adjective.endswith("vol"):
        return adjective, adjective + "le"
    if adjective.endswith(("en", "ië")) or adjective == "open":
        return (adjective,)
    single = _LONG_VOWEL_END.sub(lambda match: match[1][0] + match[2], adjective)
    return adjective, single + "e"


@cache
def alternation(words: tuple[str, ...]) -> str:
    """The words as one alternation, longest first; words of one length in alphabetical order.

    Of words of one length only one can match at a place, so their order changes no match; it is fixed
    all the same, so that every run builds the same pattern (patterns.py keeps compiled ones by their text).
    """
    return "|".join(re.escape(word) for word in sorted(set(words), key=lambda word: (-len(word), word)))
