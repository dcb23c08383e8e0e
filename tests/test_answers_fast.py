"""The reader without pydantic (answers/fast.py) gives what pydantic gives, or leaves the file to pydantic.

pydantic stays the judge: the models it builds from the same declarations (answers/mirror.py) read
every file here too. Whatever the fast reader accepts must be exactly pydantic's record, and it must
never accept what pydantic refuses; every message a user sees still comes from pydantic's errors.
"""

from __future__ import annotations

import copy
import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from akkoord.answers import fast
from akkoord.answers.declare import validated
from akkoord.answers.loading import parse_yaml_file
from akkoord.answers.mirror import mirror, to_record
from akkoord.answers.model import Answers, Goal, Party
from akkoord.library import _FRONT_MATTER, ClauseMeta, builtin_clause_dir
from akkoord.yamltext import parse_yaml

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted([*(ROOT / "examples").glob("*.yaml"), *(ROOT / "tests/fixtures/clauses").glob("*.yaml")])
DATA = {path.name: parse_yaml_file(path).data for path in FILES}


def by_pydantic(cls: Any, data: Any) -> Any:
    """pydantic's record for `data`, or the error types and places it reports."""
    try:
        return to_record(mirror(cls).model_validate(data))
    except ValidationError as error:
        return [(item["type"], item["loc"]) for item in error.errors()]


def assert_same(record: Any, expected: Any) -> None:
    assert record == expected
    for mode in ("python", "json"):
        assert record.model_dump(by_alias=True, mode=mode) == \
            mirror(type(record)).model_validate(record.model_dump(by_alias=True)).model_dump(by_alias=True, mode=mode)
    # Equal values of another type (an int for a Decimal, a str for an enum) would print differently.
    assert _types(record.model_dump()) == _types(expected.model_dump())


def _types(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _types(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_types(item) for item in value]
    return type(value)


@pytest.mark.parametrize("name", sorted(DATA))
def test_every_example_is_read_without_pydantic_and_as_pydantic_reads_it(name):
    data = DATA[name]
    record = fast.read(Answers, data)
    assert record is not None, "a valid example must not need pydantic (that is what makes maak fast)"
    assert_same(record, by_pydantic(Answers, data))


def test_every_built_in_clause_header_is_read_as_pydantic_reads_it():
    for path in sorted(builtin_clause_dir().glob("*.md")):
        header = _FRONT_MATTER.match(path.read_text(encoding="utf-8"))
        assert header, path
        data = dict(parse_yaml(header.group(1)).data)
        record = fast.read(ClauseMeta, data)
        assert record is not None, path
        assert_same(record, by_pydantic(ClauseMeta, data))


# --- changed files: the fast reader agrees with pydantic, or leaves the file to it ----------------

ODD_VALUES = [
    None, "", " ", "?", "Wat doen we?", "het plan.", "De teamleider", "6", "06", "-1", "+6", " 6", "6.0", "1_000",
    "1e3", 6, -1, 0, 6.0, True, False, "ja", "true", [], {}, ["een"], {"x": 1}, "2027-02-31", "31-02-2027",
    "1-3-2027", dt.date(2027, 3, 1), dt.date(1800, 1, 1), dt.datetime(2027, 3, 1, 12, 0), "€ 40.000,-", "40000",
    Decimal("12.5"), "12345678", "1234 5678", "naam@gemeente.nl", "geen adres", "a\x01b", "regel\x0bregel",
    "Coöperatie", "eigen middelen", "gemeente", "cooperatie", "initiatief", "inspanning", "resultaat",
    "looptijd.opzegtermijn_maanden", "x" * 70, 2 ** 70,
]


def _places(data: Any, path: tuple = ()) -> list[tuple]:
    found = [path] if path else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += _places(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _places(value, (*path, index))
    return found


def _container(data: Any, path: tuple) -> Any:
    for part in path[:-1]:
        data = data[part]
    return data


@st.composite
def changed_files(draw: Any) -> Any:
    data = copy.deepcopy(DATA[draw(st.sampled_from(sorted(DATA)))])
    for _ in range(draw(st.integers(1, 3))):
        places = _places(data)
        path = draw(st.sampled_from(places))
        holder = _container(data, path)
        change = draw(st.sampled_from(["value", "value", "value", "drop", "unknown key", "name"]))
        if change == "value":
            holder[path[-1]] = copy.deepcopy(draw(st.sampled_from(ODD_VALUES)))
        elif change == "drop":
            del holder[path[-1]]
        elif isinstance(holder, dict):
            # An unknown key, or a field written by its attribute name, which pydantic also accepts.
            holder["title" if change == "name" else "onbekend_veld"] = holder.pop(path[-1])
    return data


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changed_files())
def test_a_changed_file_is_read_as_pydantic_reads_it_or_left_to_pydantic(data):
    expected = by_pydantic(Answers, data)
    record = fast.read(Answers, data)
    if record is not None:
        assert not isinstance(expected, list), f"the fast reader accepted what pydantic refuses: {expected}"
        assert_same(record, expected)
    record, errors = validated(Answers, data)
    if isinstance(expected, list):
        assert record is None and [(item["type"], item["loc"]) for item in errors or []] == expected
    else:
        assert errors is None
        assert_same(record, expected)


def test_values_pydantic_coerces_are_left_to_it_and_come_back_as_records():
    data = copy.deepcopy(DATA["sok-meerpartijen.yaml"])
    data["rollen"][0]["uren_per_maand"] = "+16"  # pydantic reads a sign; the fast reader is not sure
    assert fast.read(Answers, data) is None
    answers = Answers.model_validate(data)
    assert type(answers) is Answers and type(answers.parties[0]) is Party
    assert answers.roles[0].hours_per_month == 16
    assert answers.municipality.kind == "gemeente"  # the record's own properties work


def test_an_invalid_file_raises_pydantics_error_with_every_problem():
    data = copy.deepcopy(DATA["sok-meerpartijen.yaml"])
    data["doelen"][0]["streefdatum"] = "31-02-2027"
    data["titel"] = ""
    with pytest.raises(ValidationError) as raised:
        Answers.model_validate(data)
    assert {tuple(item["loc"]) for item in raised.value.errors()} >= {("doelen", 0, "streefdatum"), ("titel",)}


def test_records_are_frozen_and_copied_with_changes():
    goal = Goal(omschrijving="Een plan. ", resultaat="Het plan ligt bij de raad.")
    assert goal.description == "een plan" and goal.result == "het plan ligt bij de raad"  # shapes normalised
    with pytest.raises(TypeError):
        goal.description = "iets anders"  # type: ignore[misc]
    later = goal.model_copy(update={"result": "de raad besluit"})
    assert (later.result, goal.result, later.description) == ("de raad besluit", "het plan ligt bij de raad",
                                                              "een plan")
    assert goal != later and goal == Goal(omschrijving="een plan", resultaat="het plan ligt bij de raad")


def test_maak_does_not_import_pydantic(tmp_path):
    # The property that makes maak fast: a valid file never reaches pydantic. (The first run may: it
    # validates the checks catalogue for its cache where no installed copy ships it validated.)
    script = ("import sys; from akkoord.cli import main\n"
              "try:\n    main(['maak', sys.argv[1], '-o', sys.argv[2]])\nexcept SystemExit as exit:\n"
              "    assert not exit.code, exit.code\n"
              "print(sorted({'pydantic', 'pydantic_core', 'akkoord.answers.mirror'} & set(sys.modules)))")
    runs = [subprocess.run([sys.executable, "-c", script, str(ROOT / "examples/sok-meerpartijen.yaml"),
                            str(tmp_path / f"{run}.docx")], capture_output=True, text=True, check=True)
            for run in ("first", "second")]
    assert "akkoord.answers.mirror" not in runs[0].stdout
    assert runs[1].stdout.splitlines()[-1] == "[]"


def test_records_inside_the_data_are_taken_as_they_are_on_both_paths():
    # pydantic takes an instance of its own model (or of a subclass) as it is; so do both readers here,
    # also when the rest of the data sends the whole file to pydantic.
    from akkoord.answers.model import Term

    class GoalWithRisk(Goal):
        risk: str | None = None

    term = Term(start="1-1-2027")
    goal = GoalWithRisk(omschrijving="een plan", risk="te laat")
    for unsure in (None, "+3"):
        data = copy.deepcopy(DATA["sok-meerpartijen.yaml"])
        data["looptijd"], data["doelen"] = term, [goal]
        if unsure:
            data["rollen"][0]["uren_per_maand"] = unsure
        answers = Answers.model_validate(data)
        assert answers.term == term and answers.goals == [goal] and type(answers.goals[0]) is GoalWithRisk
    assert Term.model_validate(term) == term


def test_a_field_with_a_plain_default_is_optional_as_in_pydantic():
    class Note(Goal):
        risk: str | None = None

    note = Note(omschrijving="een plan")
    assert note.risk is None and not Note.model_fields["risk"].is_required()
    assert mirror(Note).model_fields["risk"].default is None
