"""`akkoord vergelijk`: accepting every tracked change gives the new version, rejecting them the old one."""

from __future__ import annotations

import copy
import datetime as dt
import itertools

import pytest
from conftest import EXAMPLE_FILES, EXAMPLES
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from rounds_revisions import change_count, document_text

from akkoord.answers.loading import answers_from_data, parse_yaml_file
from akkoord.build import default_house_style
from akkoord.docx_writer import open_reference
from akkoord.errors import UserError
from akkoord.library import load_library
from akkoord.rounds.compare import compare_answers, compare_versions, make_version

TODAY = dt.date(2027, 1, 18)


@pytest.fixture(scope="module")
def tools():
    return load_library([]), open_reference(None, default_house_style())


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """Every example as `akkoord maak` writes it."""
    from akkoord.cli import main

    folder = tmp_path_factory.mktemp("maak")
    assert main(["maak", *map(str, EXAMPLE_FILES), "-o", str(folder)]) in (0, 1)
    return {path.stem: (folder / f"{path.stem}.docx").read_bytes() for path in EXAMPLE_FILES}


@pytest.fixture(scope="module")
def answers():
    return {path.stem: answers_from_data(parse_yaml_file(path).data, path.name) for path in EXAMPLE_FILES}


@pytest.fixture(scope="module")
def versions_of(answers, tools):
    """Each example laid out once; every pair below only costs the redline."""
    library, reference = tools
    return {name: make_version(example, library, reference, dt.date.today()) for name, example in answers.items()}


@pytest.mark.parametrize("old, new", list(itertools.permutations([p.stem for p in EXAMPLE_FILES], 2)))
def test_accept_all_gives_maak_new_and_reject_all_gives_maak_old(old, new, versions_of, made):
    comparison = compare_versions(versions_of[old], versions_of[new], today=dt.date.today())
    assert document_text(comparison.docx, accept=True) == document_text(made[new])
    assert document_text(comparison.docx, accept=False) == document_text(made[old])
    inserted, deleted = change_count(comparison.docx)
    assert inserted and deleted  # different agreements: the changes are really marked, not just swapped in


def test_unchanged_version_has_no_tracked_changes(versions_of):
    example = versions_of["sok-energiecooperatie"]
    comparison = compare_versions(example, example, today=dt.date.today())
    assert change_count(comparison.docx) == (0, 0)
    assert comparison.changes == []


# --- generated variations ----------------------------------------------------------------------------

WORDS = ["bewoners", "warmtenet", "buurt", "isolatie", "wijkavond", "zonnepanelen", "gemeente", "plan",
         "onderzoek", "drie", "straten", "energie", "coöperatie", "2028", "R&D", "€ 500"]
phrase = st.lists(st.sampled_from(WORDS), min_size=1, max_size=7).map(" ".join)


def _mutations(draw, data: dict) -> dict:
    data = copy.deepcopy(data)
    for _ in range(draw(st.integers(1, 4))):
        choice = draw(st.sampled_from(["notice", "goal+", "goal-", "name", "funding-", "task+", "title",
                                       "consultation", "party-", "responsibility", "open"]))
        if choice == "notice":
            data.setdefault("looptijd", {})["opzegtermijn_maanden"] = draw(st.integers(0, 24))
        elif choice == "goal+":
            goals = data.setdefault("doelen", [])
            goals.insert(draw(st.integers(0, len(goals))), {"omschrijving": draw(phrase), "resultaat": draw(phrase)})
        elif choice == "goal-" and data.get("doelen"):
            data["doelen"].pop(draw(st.integers(0, len(data["doelen"]) - 1)))
        elif choice == "name":
            party = draw(st.sampled_from(data["partijen"]))
            party["naam"] = party["naam"] + " " + draw(phrase)
        elif choice == "funding-" and data.get("financiering"):
            data["financiering"].pop(draw(st.integers(0, len(data["financiering"]) - 1)))
        elif choice == "task+":
            data.setdefault("participatie", []).append(
                {"taak": draw(phrase), "uitvoerder": data["partijen"][0]["id"], "resultaat": draw(phrase)})
        elif choice == "title":
            data["titel"] = draw(phrase)
        elif choice == "consultation":
            data.setdefault("borging", {}).setdefault("overleg", {})["frequentie"] = "elke " + draw(phrase)
        elif choice == "party-":
            others = [p for p in data["partijen"] if p["soort"] not in ("gemeente", "initiatief")]
            if others:
                data["partijen"].remove(others[0])
        elif choice == "open":
            first, second = (party["id"] for party in data["partijen"][:2])
            data["open_punten"] = [{"antwoord": "looptijd.opzegtermijn_maanden",
                                    "voorstellen": {first: draw(st.integers(1, 12)), second: draw(st.integers(1, 12))},
                                    "toelichting": draw(phrase)}]
        elif choice == "responsibility" and data.get("rollen"):
            role = draw(st.sampled_from(data["rollen"]))
            role.setdefault("verantwoordelijkheden", []).append(draw(phrase))
    return data


@st.composite
def versions(draw):
    path = draw(st.sampled_from(EXAMPLE_FILES))
    base = dict(parse_yaml_file(path).data)
    old = _mutations(draw, base) if draw(st.booleans()) else base
    return old, _mutations(draw, base)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pair=versions())
def test_generated_variations_accept_to_new_and_reject_to_old(pair, tools):
    library, reference = tools
    try:
        old, new = (answers_from_data(data, "variatie.yaml") for data in pair)
    except UserError:
        assume(False)
        return
    comparison = compare_answers(old, new, library=library, reference=reference, today=TODAY)
    # The versions compared are laid out by make_version, the path `maak` takes (checked on the examples above).
    assert document_text(comparison.docx, accept=True) == document_text(comparison.new.docx)
    assert document_text(comparison.docx, accept=False) == document_text(comparison.old.docx)


def test_output_is_schema_valid_for_articles_parties_and_funding_that_came_and_went(versions_of, tmp_path):
    from ooxml_support import assert_schema_valid

    written = []
    for old, new in [("io-werkgroep", "sok-meerpartijen"), ("sok-meerpartijen", "te-algemeen")]:
        target = tmp_path / f"{old}-{new}.docx"
        target.write_bytes(compare_versions(versions_of[old], versions_of[new], today=dt.date.today()).docx)
        written.append(target)
    assert_schema_valid(*written)


def test_terminal_lists_changed_answers_in_dutch_old_to_new(run_cli, tmp_path):
    old = (EXAMPLES / "sok-energiecooperatie.yaml").read_text(encoding="utf-8")
    (tmp_path / "oud.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "nieuw.yaml").write_text(old.replace("opzegtermijn_maanden: 6", "opzegtermijn_maanden: 3"),
                                         encoding="utf-8")
    result = run_cli("vergelijk", tmp_path / "oud.yaml", tmp_path / "nieuw.yaml")
    assert result.code == 0, result.err
    assert (tmp_path / "nieuw-wijzigingen.docx").exists()
    assert "1 gewijzigde antwoord(en)" in result.out
    from akkoord.answers.labels import field_text

    # The field is named as the wizard names it (answers/labels.yaml 'kort'), its path after it.
    name = field_text("looptijd.opzegtermijn_maanden").short
    assert f"{name}: 6 → 3   [looptijd.opzegtermijn_maanden]" in result.out
