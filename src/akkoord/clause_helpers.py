"""Names the clause library uses beside the answers: shape-aware printing of free text and the domain predicates.

Assembly adds these to every clause's context. Printing helpers return Markdown (already escaped), so a
clause can splice any shape the user typed: `zinsdeel(x)` inside a sentence, `los(x)` as a sentence of
its own, `vorm(x)` to choose between them.
"""

from __future__ import annotations

import re
from typing import Any

from akkoord.answers import predicates
from akkoord.answers.model import Answers
from akkoord.answers.shapes import Form, as_question, as_sentence, form_of, strip_end
from akkoord.answers.vocabularies import PartyKind
from akkoord.document import ANSWER, Mark
from akkoord.patterns import LazyPattern
from akkoord.provenance import mark, traced_path
from akkoord.render import Markdown, escape_markdown

#: Infinitives that start a duty in a list ('organiseren van ...'); '-eren' verbs are recognised by form.
_INFINITIVES = set("""
opstellen voeren werven inbrengen vertalen bemensen voorbereiden bewaken laten uitvoeren begeleiden
ontwikkelen aanleggen onderhouden verzorgen houden maken leveren aanleveren zorgen stellen nemen
betrekken raadplegen aanwijzen bijhouden beheren delen regelen verstrekken ondersteunen
""".split())
_BARE_INFINITIVE = LazyPattern(r"^([a-zà-ÿ]+)(?:\s+(?:en|of)\s+[a-zà-ÿ]+)?(?:\s+[a-zà-ÿ]+)?\s+(?:van|met|over)\b")


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _out(value: Any, text: str) -> Markdown:
    """`text` (made from the answer `value`) escaped, and marked with that answer's path."""
    escaped = escape_markdown(text)
    path = traced_path(value)
    return Markdown(mark(Mark(ANSWER, path), escaped) if path else escaped)


def vorm(value: Any) -> str:
    """'zinsdeel', 'zin' or 'vraag': the shape the user typed ('' when empty)."""
    form = form_of(_text(value))
    return form.value if form else ""


def is_zin(value: Any) -> bool:
    """True when the text cannot sit inside another sentence (a full sentence or a question)."""
    return form_of(_text(value)) in (Form.SENTENCE, Form.QUESTION)


def zinsdeel(value: Any) -> Markdown:
    """Text for a slot inside a sentence: no closing punctuation; a bare infinitive gets 'het'."""
    text = strip_end(_text(value))
    match = _BARE_INFINITIVE.match(text)
    if match and (match.group(1) in _INFINITIVES or match.group(1).endswith("eren")):
        text = "het " + text
    elif len(text) > 1 and text[0].isupper() and re.match(r"^\w+\s+[a-zà-ÿ]", text) and not text[1].isupper():
        # 'Zeggenschap van bewoners' inside a sentence; a name ('Stichting Buurtenergie') keeps its capital.
        text = text[0].lower() + text[1:]
    return _out(value, text)


def los(value: Any) -> Markdown:
    """Text as a sentence of its own: capital, one closing full stop (a question keeps its mark)."""
    return _out(value, as_sentence(_text(value)))


def vraag(value: Any) -> Markdown:
    """A question as a question: capital, one question mark."""
    return _out(value, as_question(_text(value)))


def los_open(value: Any) -> Markdown:
    """A sentence of its own without the closing mark, for the end of a list item (';' or '.')."""
    return _out(value, strip_end(as_sentence(_text(value)).rstrip("?!")))


def na_dubbelepunt(value: Any) -> Markdown:
    """A sentence after a colon inside a list item: no closing mark, a lower-case start unless a name."""
    text = strip_end(_text(value).rstrip("?!"))
    if len(text) > 1 and text[0].isupper() and re.match(r"^\w+\s+[a-zà-ÿ0-9]", text) and not text[1].isupper() \
            and text.split()[0] not in _KEEP_CAPITAL:
        text = text[0].lower() + text[1:]
    return _out(value, text)


#: Words that start a defined term or a name and keep their capital after a colon.
_KEEP_CAPITAL = {"Partijen", "Partij", "Samenwerking", "Gemeente", "Werkgroep", "Procesbegeleider"}


_WISHES = LazyPattern(r"wensen\s+en\s+bedenkingen", re.IGNORECASE)


def mentions_wishes_and_objections(value: Any) -> bool:
    """The council text is about the art. 169 lid 4 procedure, which precedes the college decision."""
    return bool(_WISHES.search(_text(value)))


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]


def clause_helpers(answers: Answers) -> dict[str, Any]:
    by_id = {party.id: party for party in answers.parties}
    municipality = answers.municipality
    # Termination, default and dispute notices go to the organ that can receive them, not to a contact.
    addressees = "het college van burgemeester en wethouders van " + (municipality.short_name or municipality.name)
    if any(party.kind is not PartyKind.MUNICIPALITY and not predicates.without_legal_entity(party)
           for party in answers.parties):
        addressees += " respectievelijk het bestuur van de andere Partij"
    groups = [party.short_name or party.name for party in answers.parties if predicates.without_legal_entity(party)]
    if groups:
        addressees += f" en, voor {_join(groups)}, ieder van de deelnemers"

    def recipient_name(party_id: str) -> str:
        """A werkgroep cannot receive money: its participants do, on behalf of the group (domain.md §6)."""
        party = by_id[party_id]
        label = party.short_name or party.name
        if predicates.without_legal_entity(party) and party.representatives:
            names = [rep.name for rep in party.representatives]
            joined = _join(names)
            return Markdown(escape_markdown(f"{joined} ten behoeve van {label}"))
        return Markdown(escape_markdown(label))

    return {
        "vorm": vorm,
        "is_zin": is_zin,
        "zinsdeel": zinsdeel,
        "zinsdelen": lambda values: [zinsdeel(value) for value in values],
        "los": los,
        "na_dubbelepunt": na_dubbelepunt,
        "ontvanger_naam": recipient_name,
        "vraag": vraag,
        "los_open": los_open,
        "noemt_wensen_en_bedenkingen": mentions_wishes_and_objections,
        "formele_geadresseerden": Markdown(escape_markdown(addressees)),
        "burgemeester_tekent": lambda party_id: predicates.mayor_signs(by_id[party_id]),
        "zonder_rechtspersoon": lambda party_id: predicates.without_legal_entity(by_id[party_id]),
        "meer_partijen": predicates.is_multi_party(answers),
        "geld_naar_ondernemingen": predicates.money_to_undertakings(answers),
        "verwerker_met_subsidie": predicates.processor_with_subsidy(answers),
        "heeft_warmtebedrijf": any(party.kind is PartyKind.HEAT_COMPANY for party in answers.parties),
        "werkgroepen_ids": [party.id for party in answers.initiatives if predicates.without_legal_entity(party)],
    }
