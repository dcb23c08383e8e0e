"""Every clause renders every shape of answer a user may type into a free-text slot, and reads cleanly.

Each answers file (examples and fixtures) is rebuilt with all its shaped fields typed as one shape
(noun phrase, sentence with and without full stop, question, left empty, very long), assembled, and
read as a lawyer reads it: no stray backslash, no doubled punctuation or spaces, no empty slot, no
template leftover, and the wording checks find nothing, because every answer used here is clean.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
import typing
from functools import cache
from pathlib import Path

import pytest

from akkoord.answers.declare import Record
from akkoord.answers.loading import parse_yaml_file
from akkoord.answers.model import Answers
from akkoord.answers.shapes import Form, Shape, form_of, shape_of
from akkoord.assembly import assemble
from akkoord.checks import check_text
from akkoord.document import Agreement, plain
from akkoord.library import load_library

ROOT = Path(__file__).resolve().parents[1]
ANSWERS_FILES = sorted((ROOT / "examples").glob("*.yaml")) + sorted((ROOT / "tests/fixtures/clauses").glob("*.yaml"))
TODAY = dt.date(2027, 1, 1)

LONG = " en ".join(["de inzet van de vrijwilligers van de buurt bij de bijeenkomsten in het wijkcentrum"] * 12)
#: One value per shape typed by a user; all free of the vague wording the checks look for.
TYPED = {
    "zinsdeel": "de vaste werkgroep van de buurt",
    "zin met punt": "De Gemeente stelt de zaal van het wijkcentrum kosteloos beschikbaar.",
    "zin zonder punt": "de Gemeente stelt de zaal van het wijkcentrum kosteloos beschikbaar",
    # Only a decision topic may end in a question mark (loading refuses it elsewhere); a question
    # without the mark is still typed in other slots.
    "vraag": "stelt de Gemeente de zaal van het wijkcentrum kosteloos beschikbaar",
    "leeg": None,
    "heel lang": LONG,
}
#: Frequencies are a shape of their own; a sentence or question there is still possible.
TYPED_TIME = {**TYPED, "zinsdeel": "elke vier weken", "heel lang": "elke vier weken op dinsdag " + LONG}
TYPED_TOPIC = {**TYPED, "zinsdeel": "het voortzetten van de verkenning", "vraag": "Gaan Partijen door met de "
        "verkenning?"}


@cache
def library():
    return load_library()


def _submodel(annotation: object) -> type[Record] | None:
    if isinstance(annotation, type) and issubclass(annotation, Record):
        return annotation
    for argument in typing.get_args(annotation):
        found = _submodel(argument)
        if found is not None:
            return found
    return None


def reshape(model: type[Record], data: dict, variant: str) -> None:
    """Type every shaped field under `data` as `variant`, adding optional ones that are absent."""
    for name, info in model.model_fields.items():
        key = info.alias or name
        shape = shape_of(model, name)
        if shape is not None:
            value = {Shape.TIME: TYPED_TIME, Shape.DECISION_TOPIC: TYPED_TOPIC}.get(shape, TYPED)[variant]
            is_list = typing.get_origin(info.annotation) is list
            if value is None:
                if info.is_required():
                    data[key] = TYPED["zinsdeel"] if not is_list else []
                else:
                    data.pop(key, None)
            else:
                data[key] = [value] if is_list else value
            continue
        sub = _submodel(info.annotation)
        if sub is None or key not in data:
            continue
        if isinstance(data[key], dict):
            reshape(sub, data[key], variant)
        elif isinstance(data[key], list):
            for item in data[key]:
                if isinstance(item, dict):
                    reshape(sub, item, variant)
    if model is Answers and "borging" in data:
        # Own safeguards are free sentences too (printed in the IO's overleg article).
        value = TYPED[variant]
        data["borging"]["overig"] = [value] if value else []


@cache
def reshaped(path: Path, variant: str) -> Agreement:
    data = copy.deepcopy(dict(parse_yaml_file(path).data))
    reshape(Answers, data, variant)
    return assemble(Answers.model_validate(data), library(), today=TODAY)


def texts(agreement: Agreement) -> list[str]:
    """Every paragraph of the document, as a reader sees it."""
    found = [agreement.subtitle, agreement.opening, agreement.parties_closing, agreement.recitals_closing,
             agreement.signing_intro]
    found += [plain(party.comparitie) for party in agreement.parties]
    found += [plain(recital) for recital in agreement.recitals]
    for article in agreement.articles:
        for member in article.members:
            found.append(plain(member.text))
            found.extend(plain(item) for item in member.items)
    for annex in agreement.annexes:
        found.append(annex.intro)
        for row in getattr(annex.table, "rows", ()) or ():
            found.extend(cell for cell in row)
    return [text for text in found if text]


DEFECTS = {
    "stray backslash": re.compile(r"\\"),
    "doubled space": re.compile(r"\S  +\S"),
    # 'U.A., een coöperatie' is an abbreviation, not doubled punctuation.
    "doubled punctuation": re.compile(r"(?<![A-Z])[.,;:?!]\s*[.,;:]|[.,;:]\s*[?!]|,\s*,"),
    "space before punctuation": re.compile(r"\s[.,;:?!](?!\w)"),
    "empty slot": re.compile(r"\(\s*\)|“\s*”|:\s*[.,;]|\bmet als\s*[.,;]"),
    "template leftover": re.compile(r"\{\{|\}\}|\{%|%\}|\bNone\b|GEBIED|\[\]"),
    "question spliced as statement": re.compile(r"(?<!“)\b[Gg]aan Partijen door met de verkenning(?!\?)"),
}

CASES = [(path, variant) for path in ANSWERS_FILES for variant in TYPED]


@pytest.mark.parametrize(("path", "variant"), CASES, ids=[f"{p.stem}-{v}" for p, v in CASES])
def test_every_shape_reads_cleanly(path, variant):
    paragraphs = texts(reshaped(path, variant))
    for name, pattern in DEFECTS.items():
        bad = [text for text in paragraphs if pattern.search(text)]
        assert not bad, f"{name}: {bad[0][:300]}"


@pytest.mark.parametrize(("path", "variant"), CASES, ids=[f"{p.stem}-{v}" for p, v in CASES])
def test_the_wording_checks_find_nothing_in_the_tools_own_text(path, variant):
    findings = check_text(texts(reshaped(path, variant)))
    assert findings == [], "; ".join(f"{f.code} in '{f.text[:160]}'" for f in findings)


def test_a_sentence_typed_as_deputy_is_printed_as_a_sentence_not_as_a_subject():
    agreement = reshaped(ROOT / "examples/sok-meerpartijen.yaml", "zin zonder punt")
    continuity = " ".join(texts(agreement))
    assert "neemt de Gemeente stelt" not in continuity and "neemt De Gemeente" not in continuity
    assert "De Gemeente stelt de zaal van het wijkcentrum kosteloos beschikbaar." in continuity


def test_a_decision_topic_typed_as_a_question_reads_as_a_question():
    agreement = reshaped(ROOT / "examples/io-werkgroep.yaml", "vraag")
    steps = next(a for a in agreement.articles if a.clause_id == "aanpak").members[0]
    items = [plain(item) for item in steps.items]
    assert items and all("besluit iedere Partij over de vraag “Gaan Partijen door met de verkenning?”" in item
                         for item in items)


def test_a_question_where_an_agreement_belongs_is_refused_with_the_field_named(tmp_path):
    from akkoord.answers.loading import load_answers
    from akkoord.errors import UserError

    text = (ROOT / "examples/sok-meerpartijen.yaml").read_text(encoding="utf-8")
    text = text.replace("    plaatsvervanger: elke partij wijst in de projectgroep een vaste plaatsvervanger aan",
                        "    plaatsvervanger: wie neemt waar als de contactpersoon vertrekt?")
    path = tmp_path / "vraag.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as raised:
        load_answers(path)
    message = str(raised.value)
    assert "plaatsvervanger" in message and "is een vraag" in message


@pytest.mark.parametrize("text,form", [
    ("elke partij wijst in de projectgroep een vaste plaatsvervanger aan", Form.SENTENCE),
    ("de teamleider Ruimte en Duurzaamheid", Form.NOUN_PHRASE),
    ("een vaste contactpersoon die de inbreng intern afstemt", Form.NOUN_PHRASE),
    ("sluiten partijen een samenwerkingsovereenkomst voor de uitvoering", Form.QUESTION),
    ("het voortzetten van de verkenning", Form.NOUN_PHRASE),
    ("Wie zijn contactpersoon vervangt, zorgt voor een opvolger", Form.SENTENCE),
    ("organiseren van drie dorpsavonden", Form.NOUN_PHRASE),
    ("Partijen overleggen elke maand.", Form.SENTENCE),
])
def test_the_shape_a_user_typed_is_recognised(text, form):
    assert form_of(text) is form
