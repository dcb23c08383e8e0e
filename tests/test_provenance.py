"""Every lid knows which answers it was made from, and every comment sits on the lid made from its field."""

from __future__ import annotations

import re
import zipfile

import pytest
from conftest import EXAMPLE_FILES, ROOT
from docx_comments import anchored_comments

from akkoord.anchoring import targets
from akkoord.answers.loading import load_answers
from akkoord.assembly import assemble
from akkoord.build import active_findings, placed
from akkoord.document import plain
from akkoord.library import load_library
from akkoord.provenance import MARKER_CHARS

FIXTURE_FILES = sorted((ROOT / "tests" / "fixtures" / "clauses").glob("*.yaml"))
ALL_FILES = EXAMPLE_FILES + FIXTURE_FILES
CODE = re.compile(r"\bAK\d{3}\b")


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Every example and fixture built once with comments, as a process supporter would."""
    from akkoord.cli import main

    folder = tmp_path_factory.mktemp("provenance")
    assert main(["maak", *map(str, ALL_FILES), "-o", str(folder)]) == 0
    return {path.name: folder / f"{path.stem}.docx" for path in ALL_FILES}


@pytest.fixture(scope="module")
def models(library):
    """The same documents as the document model, with the findings the build placed."""
    found = {}
    for path in ALL_FILES:
        answers = load_answers(path)
        findings = active_findings(answers)
        found[path.name] = (assemble(answers, library, remarks=[placed(f) for f in findings]), findings)
    return found


def names():
    return [path.name for path in ALL_FILES]


@pytest.mark.parametrize("name", names())
def test_no_marker_reaches_any_part_of_the_docx(built, name):
    with zipfile.ZipFile(built[name]) as package:
        for part in package.namelist():
            if part.endswith(".xml"):
                text = package.read(part).decode("utf-8")
                assert not MARKER_CHARS.search(text), f"{part} bevat een provenance-markering"


@pytest.mark.parametrize("name", names())
def test_every_lid_has_a_unique_key_and_the_answers_printed_in_it(models, name):
    agreement, _ = models[name]
    answers = load_answers(next(path for path in ALL_FILES if path.name == name))
    keys = [member.key for article in agreement.articles for member in article.members]
    keys += [party.key for party in agreement.parties] + agreement.recital_keys
    assert all(keys) and len(keys) == len(set(keys))
    # A long enough answer that is printed verbatim in a lid must be in that lid's provenance.
    goals = {f"doelen[{index}].omschrijving": goal.description for index, goal in enumerate(answers.goals)}
    roles = {f"rollen[{index}].rol": role.role for index, role in enumerate(answers.roles)}
    for path, value in {**goals, **roles}.items():
        holders = [member for article in agreement.articles for member in article.members
                   if value in plain(member.text) or any(value in plain(item) for item in member.items)]
        for member in holders:
            assert path in member.provenance.answers, f"{member.key} drukt {path} af zonder het te weten"


@pytest.mark.parametrize("name", names())
def test_each_comment_is_anchored_inside_the_lid_made_from_its_field(built, models, library, name):
    agreement, findings = models[name]
    paragraphs = {}
    for target in targets(agreement, library):
        for inline in target.inlines:
            paragraphs.setdefault(plain(inline), []).append(target)
    every = targets(agreement, library)
    comments = anchored_comments(built[name])
    codes_commented = set()
    for comment in comments:
        assert comment.anchor.strip(), f"opmerking zonder tekst eronder: {comment.text[:60]}"
        assert comment.anchor in comment.paragraph
        assert not comment.style.startswith("Heading") and not comment.style.startswith("Kop"), comment.text[:60]
        holders = paragraphs.get(comment.paragraph)
        assert holders, f"opmerking staat niet op een lid, comparitie of overweging: {comment.paragraph[:60]}"
        code = CODE.search(comment.text.split("\n")[0] + " " + comment.text)
        if code is None:
            continue  # a note on a default term or placeholder: checked in test_placeholders
        codes_commented.add(code.group(0))
        places = [finding.place for finding in findings if finding.code == code.group(0)]

        def fits(target, place):
            if place.startswith("partijen["):
                return target.key.startswith("comparitie.")
            if target.provenance.relation(place) > 0:
                return True
            # Only when nothing in the document is made from the field (an IO has no article on
            # turnover): the article about that part of the answers.
            section = place.split(".")[0].split("[")[0]
            return (not any(other.provenance.relation(place) for other in every)
                    and section in target.topics)

        assert any(fits(target, place) for target in holders for place in places), \
            (f"{code.group(0)} ({', '.join(places)}) staat op een lid dat daar niet van gemaakt is: "
             f"{comment.paragraph[:80]}")
    assert codes_commented == {finding.code for finding in findings}


@pytest.mark.parametrize("name", names())
def test_annex_rows_know_the_answers_they_show(models, name):
    from akkoord.answers.model import Answers
    from akkoord.provenance import path_exists

    agreement, _ = models[name]
    answers = load_answers(next(path for path in ALL_FILES if path.name == name))
    traced = [annex for annex in agreement.annexes if annex.title in ("Rolverdeling", "Tijdlijn")]
    assert len(traced) == 2
    for annex in traced:
        table = annex.table
        assert len(table.sources) == len(table.rows)
        for row, paths in zip(table.rows, table.sources, strict=True):
            assert paths and all(path_exists(Answers, path) for path in paths), paths
            for path in paths:
                goal = re.fullmatch(r"doelen\[(\d+)\]", path)
                if goal:
                    assert answers.goals[int(goal.group(1))].description in " ".join(row)
