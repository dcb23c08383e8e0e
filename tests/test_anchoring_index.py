"""Remarks are anchored through an index by answers section, exactly where scoring every paragraph puts them."""

from __future__ import annotations

import pytest
from conftest import EXAMPLE_FILES, ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from akkoord.anchoring import Target, Targets, _best_mark, anchor, score, targets
from akkoord.answers.loading import load_answers
from akkoord.assembly import assemble
from akkoord.build import active_findings, placed
from akkoord.document import parent
from akkoord.library import load_library

ALL_FILES = EXAMPLE_FILES + sorted((ROOT / "tests" / "fixtures" / "clauses").glob("*.yaml"))


def anchored_by_scoring_all(found: list[Target], place: str):
    """The definition the index must agree with: the best score over every paragraph, first of equals."""
    best = max(found, key=lambda target: score(target, place))
    if score(best, place)[0] > 0:
        return best, _best_mark(best, place), True
    section = place.split(".")[0].split("[")[0]
    fallback = next((t for t in found if section in t.topics), None) or next(
        (t for t in found if t.party_index is None), found[0])
    return fallback, None, False


@pytest.fixture(scope="module")
def documents():
    library = load_library()
    made = {}
    for path in ALL_FILES:
        answers = load_answers(path)
        findings = active_findings(answers)
        agreement = assemble(answers, library, remarks=[placed(f) for f in findings])
        made[path.name] = (targets(agreement, library), [f.place for f in findings])
    return made


def paths_in(found: Targets) -> list[str]:
    """Every answers path the paragraphs were made from or consulted, with the records around them."""
    paths = {path for target in found
             for path in (*target.provenance.answers, *target.provenance.defaults,
                          *target.provenance.placeholders, *target.provenance.reads)}
    return sorted(paths | {parent(path) for path in paths if parent(path)})


@pytest.mark.parametrize("name", [path.name for path in ALL_FILES])
def test_every_finding_and_every_path_is_anchored_as_by_scoring_all_paragraphs(documents, name):
    found, findings = documents[name]
    places = [*findings, *paths_in(found), "partijen[0]", "partijen[0].naam", "partijen[99].naam", "onbekend.veld"]
    for place in places:
        assert anchor(found, place) == anchored_by_scoring_all(list(found), place), place


@st.composite
def places_near(draw, paths: list[str]) -> str:
    """An answers path like those in the document: one of them, cut short, extended, or with another index."""
    path = draw(st.sampled_from(paths))
    change = draw(st.sampled_from(["same", "cut", "extend", "index", "sibling"]))
    if change == "cut" and "." in path:
        path = path.rsplit(".", 1)[0]
    elif change == "extend":
        path += draw(st.sampled_from([".naam", ".datum", "[0]", "[3].tot", ".x"]))
    elif change == "index":
        path = path.replace("[0]", f"[{draw(st.integers(0, 12))}]").replace("[1]", "[0]")
    elif change == "sibling":
        path = (parent(path) or path.split(".")[0]) + "." + draw(st.sampled_from(["naam", "rol", "bedrag", "tot"]))
    return path


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_generated_places_are_anchored_as_by_scoring_all_paragraphs(documents, data):
    name = data.draw(st.sampled_from(sorted(documents)))
    found, _ = documents[name]
    place = data.draw(places_near(paths_in(found)))
    assert anchor(found, place) == anchored_by_scoring_all(list(found), place)


def test_a_plain_list_of_paragraphs_is_anchored_like_the_indexed_ones(documents):
    found, findings = documents[EXAMPLE_FILES[0].name]
    for place in findings:
        assert anchor(list(found), place) == anchor(found, place)
