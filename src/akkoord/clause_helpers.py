"""Names the clause library uses beside the answers: shape-aware printing of free text and the domain predicates.

Assembly adds these to every clause's context. Printing helpers return Markdown (already escaped), so a
clause can splice any shape the user typed: `zinsdeel(x)` inside a sentence, `los(x)` as a sentence of
its own, `vorm(x)` to choose between them.
"""

from __future__ import annotations

import re
from typing import Any

from akkoord.answers import predicates
from akkoord.answers.model import Answers, PartyKind
from akkoord.answers.shapes import Form, as_sentence, form_of, strip_end
from akkoord.render import Markdown, escape_markdown

#: 'organiseren van', 'informeren en raadplegen van': a bare infinitive that needs 'het' in a list.
_BARE_INFINITIVE = re.compile(r"^(?!(?:de|het|een)\b)[a-zà-ÿ]+(?<!ingen)(?<!heden)(?<!aren)en\b"
                              r"(?:\s+(?:en|of)\s+[a-zà-ÿ]+en\b)?(?:\s+[a-zà-ÿ]+en)?\s+(?:van|met|over)\b")


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


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
    if _BARE_INFINITIVE.match(text):
        text = "het " + text
    return Markdown(escape_markdown(text))


def los(value: Any) -> Markdown:
    """Text as a sentence of its own: capital, one closing full stop (a question keeps its mark)."""
    return Markdown(escape_markdown(as_sentence(_text(value))))


def los_open(value: Any) -> Markdown:
    """A sentence of its own without the closing mark, for the end of a list item (';' or '.')."""
    text = as_sentence(_text(value))
    return Markdown(escape_markdown(text[:-1] if text.endswith(".") else text))


def clause_helpers(answers: Answers) -> dict[str, Any]:
    by_id = {party.id: party for party in answers.parties}
    return {
        "vorm": vorm,
        "is_zin": is_zin,
        "zinsdeel": zinsdeel,
        "los": los,
        "los_open": los_open,
        "burgemeester_tekent": lambda party_id: predicates.mayor_signs(by_id[party_id]),
        "zonder_rechtspersoon": lambda party_id: predicates.without_legal_entity(by_id[party_id]),
        "meer_partijen": predicates.is_multi_party(answers),
        "geld_naar_ondernemingen": predicates.money_to_undertakings(answers),
        "verwerker_met_subsidie": predicates.processor_with_subsidy(answers),
        "heeft_warmtebedrijf": any(party.kind is PartyKind.HEAT_COMPANY for party in answers.parties),
        "werkgroepen_ids": [party.id for party in answers.initiatives if predicates.without_legal_entity(party)],
    }
