"""The grammatical shape an answer slot needs, how to recognise the shape a user typed, and safe normalisation.

A clause splices free text into a legal sentence. Each such field declares the shape the sentence around
it expects (a noun phrase after "verantwoordelijk voor", a full sentence as a lid of its own, the topic of
a go/no-go decision). People type other shapes anyway; `form_of` recognises which one they typed so a
clause can print it correctly, and `normalise` fixes what can be fixed without changing the meaning.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any


class Shape(StrEnum):
    """What a slot expects. The values are the Dutch names the wizard and the docs use."""

    #: Fits inside a sentence: 'de teamleider Duurzaamheid', 'het organiseren van drie dorpsavonden'.
    NOUN_PHRASE = "zinsdeel"
    #: Stands on its own: 'Het college informeert de gemeenteraad elk halfjaar.'
    SENTENCE = "zin"
    #: What a go/no-go moment decides about: 'het voortzetten van de verkenning' (a question is accepted).
    DECISION_TOPIC = "beslisonderwerp"
    #: When or how often: 'elke vier weken', 'in juni en december'.
    TIME = "tijdsbepaling"


class Form(StrEnum):
    """What the user actually typed."""

    NOUN_PHRASE = "zinsdeel"
    SENTENCE = "zin"
    QUESTION = "vraag"


#: Finite verbs (and the plural, which equals the infinitive) common in agreements. Enough to tell
#: 'elke partij wijst een plaatsvervanger aan' (a sentence) from 'de teamleider Duurzaamheid'.
_VERBS = set("""
is zijn wordt worden heeft hebben kan kunnen zal zullen moet moeten mag mogen wil willen gaat gaan
komt komen blijft blijven doet doen krijgt krijgen neemt nemen geeft geven houdt houden staat staan
zorgt zorgen maakt maken stelt stellen legt leggen voert voeren wijst wijzen informeert informeren
betrekt betrekken organiseert organiseren besluit besluiten sluit sluiten overlegt overleggen treedt
treden draagt dragen brengt brengen stuurt sturen vindt vinden levert leveren spreekt spreken
bespreekt bespreken evalueert evalueren ontvangt ontvangen verstrekt verstrekken verwerkt verwerken
ondersteunt ondersteunen faciliteert faciliteren werkt werken zet zetten regelt regelen bepaalt
bepalen benoemt benoemen vervangt vervangen meldt melden verzorgt verzorgen bewaakt bewaken
agendeert agenderen kiest kiezen eindigt eindigen start starten begint beginnen loopt lopen
was waren werd werden had hadden zou zouden kon konden moest moesten betaalt betalen vraagt vragen
beslist beslissen stemt stemmen tekent tekenen praat praten bezoekt bezoeken kent kennen weet weten
telt tellen geldt gelden volgt volgen verlengt verlengen
""".split())
_SUBJECTS = re.compile(r"^(?:partijen|iedere partij|elke partij|alle partijen|beide partijen|de gemeente|het college|"
                       r"de raad|de gemeenteraad|wij|we|zij|hij|ze|ik|er)\b", re.IGNORECASE)
_QUESTION_WORDS = {"hoe", "wat", "welke", "wie", "waar", "wanneer", "waarom", "waarover", "waarmee", "hoeveel"}
_RELATIVES = {"die", "dat", "waarin", "waarmee", "waarbij", "welke", "wie", "waar", "om", "dan", "als"}
_WORD = re.compile(r"[\wÀ-ÿ'-]+")
_ARTICLE_CAPITAL = re.compile(r"^(De|Het|Een|Elke|Iedere|Alle|Haar|Zijn|Hun|Onze)(\s+)(?=[a-zà-ÿ])")


def words(text: str) -> list[str]:
    return [word.lower() for word in _WORD.findall(text)]


def form_of(text: str | None) -> Form | None:
    """The shape of what the user typed: a question, a full sentence or a noun phrase."""
    if not text or not text.strip():
        return None
    stripped = text.strip()
    tokens = words(stripped)
    if not tokens:
        return Form.NOUN_PHRASE
    if stripped.endswith("?"):
        return Form.QUESTION
    # 'sluiten partijen een overeenkomst', 'wordt de subsidie verlengd': a verb first, then its subject.
    if tokens[0] in _VERBS and len(tokens) > 1 and (
            tokens[1] in ("partijen", "de", "het", "er", "wij", "we", "zij", "ze", "iedere", "elke", "alle")):
        return Form.QUESTION
    if tokens[0] in _QUESTION_WORDS and "," not in stripped:
        return Form.QUESTION
    if re.search(r"[.!]\s+[A-ZÀ-Ý]", stripped):  # more than one sentence
        return Form.SENTENCE
    if _SUBJECTS.match(stripped) and any(token in _VERBS for token in tokens[1:6]):
        return Form.SENTENCE
    # A finite verb early, before any relative clause ('een contactpersoon die ... is' is a noun phrase).
    for position, token in enumerate(tokens[:10]):
        if token in _RELATIVES:
            break
        if token in _VERBS and position >= 1 and not _after_article(tokens, position):
            return Form.SENTENCE
    if tokens[0] == "wie" or (tokens[0] in _QUESTION_WORDS and "," in stripped):
        return Form.SENTENCE
    return Form.NOUN_PHRASE


def _after_article(tokens: list[str], position: int) -> bool:
    """'het organiseren', 'de werken': an infinitive or plural used as a noun is no verb."""
    return tokens[position - 1] in ("de", "het", "een", "van", "voor", "en", "of", "te", "met", "bij", "om")


def strip_end(text: str) -> str:
    """Text without the punctuation that closes it, so the clause can close it."""
    return text.rstrip().rstrip(".;,: ").rstrip()


def as_sentence(text: str) -> str:
    """A capital at the start and one closing mark at the end."""
    text = text.strip()
    if not text:
        return text
    text = text[:1].upper() + text[1:]
    if text.endswith((".", "!", "?")):
        return text
    return strip_end(text) + "."


def as_noun_phrase(text: str) -> str:
    """No closing punctuation (the sentence around it closes), and 'De teamleider' as 'de teamleider'.

    A sentence typed here keeps its words: the clause recognises it (`form_of`) and prints it as a
    sentence of its own, adding the closing mark again.
    """
    text = text.strip()
    if form_of(text) is Form.NOUN_PHRASE:
        text = _ARTICLE_CAPITAL.sub(lambda m: m.group(1).lower() + m.group(2), text)
    return strip_end(text.rstrip("?!"))


def as_question(text: str) -> str:
    """A question with a capital and one question mark."""
    text = as_sentence(text)
    return text if text.endswith("?") else strip_end(text) + "?"


def as_topic(text: str) -> str:
    """A decision topic keeps its question mark; a closing full stop goes."""
    text = text.strip()
    if text.endswith("?"):
        return text
    return strip_end(text)


NORMALISERS = {
    Shape.NOUN_PHRASE: as_noun_phrase,
    Shape.SENTENCE: as_sentence,
    Shape.DECISION_TOPIC: as_topic,
    Shape.TIME: as_noun_phrase,
}


def normalise(shape: Shape, value: Any) -> Any:
    """What loading does to a shaped field: only changes that cannot alter the meaning."""
    if not isinstance(value, str) or not value.strip():
        return value
    return NORMALISERS[shape](value)


def shape_of(model: type, field_name: str) -> Shape | None:
    """The shape a model field declares (for the wizard and the docs), or None for unshaped fields."""
    info = model.model_fields[field_name]  # type: ignore[attr-defined]
    extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
    value = extra.get("vorm")
    return Shape(value) if value else None
