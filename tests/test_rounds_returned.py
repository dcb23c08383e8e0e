"""`akkoord wijzigingen`: another party's tracked changes and comments, reported under the right article."""

from __future__ import annotations

import re

import pytest
from conftest import EXAMPLES
from rounds_word import WordEdit

JURIST = "mr. J. Jansen (gemeente)"
WHEN = "2027-03-12T10:15:00Z"
NOTICE = "met inachtneming van een opzegtermijn van"


@pytest.fixture
def returned(run_cli, example_copy, tmp_path):
    """The cooperative's SOK as the municipal lawyer sends it back: notice shortened, a comment on consultation."""
    source = example_copy("sok-energiecooperatie.yaml")
    made = tmp_path / "concept.docx"
    assert run_cli("maak", source, "-o", made).code == 0
    edit = WordEdit(made)
    edit.replace(NOTICE, "zes maanden", "drie maanden", JURIST, WHEN)
    edit.comment("binnen twintig Werkdagen na die mededeling", "twintig Werkdagen",
                 "Twintig werkdagen is te lang voor ons; wij stellen tien voor.", JURIST, WHEN)
    return edit.save(tmp_path / "terug.docx"), source


def _section(out: str, heading: str) -> str:
    """The lines of the report under one article heading, up to the next blank line."""
    match = re.search(rf"^{re.escape(heading)}\n(.*?)(?:\n\n|\Z)", out, re.S | re.M)
    assert match, f"no section {heading!r} in:\n{out}"
    return match.group(1)


def test_reports_tracked_change_and_comment_under_their_article(run_cli, returned):
    document, source = returned
    before = source.read_bytes()
    result = run_cli("wijzigingen", document)
    assert result.code == 0, result.err
    heading = next(line for line in result.out.splitlines() if line.endswith("Opzegging en afbouw"))
    assert heading.startswith("Artikel ")
    section = _section(result.out, heading)
    assert f"lid 1: {JURIST}, 12 maart 2027 10:15: “zes maanden” → “drie maanden”" in section
    assert "opzegtermijn van drie maanden" in section and "opzegtermijn van zes maanden" in section
    assert "(antwoorden over: looptijd, financiering)" in section
    assert f"opmerking bij lid 2 van {JURIST}, 12 maart 2027 10:15 op “twintig Werkdagen”: " \
           "“Twintig werkdagen is te lang voor ons; wij stellen tien voor.”" in section
    # Reported once, only there, and the answers file is left alone.
    assert result.out.count("drie maanden”") == 1 and result.out.count("Twintig werkdagen") == 1
    assert source.read_bytes() == before


def test_own_warnings_are_not_reported_as_the_other_partys_comments(run_cli, example_copy, tmp_path):
    source = example_copy("te-algemeen.yaml")
    made = tmp_path / "concept.docx"
    assert run_cli("maak", source, "-o", made).code == 0
    result = run_cli("wijzigingen", made)
    assert result.code == 0
    assert "geen bijgehouden wijzigingen en geen opmerkingen van anderen" in result.out
    assert re.search(r"Wel \d+ opmerking\(en\) van akkoord zelf", result.out)


def test_a_file_that_is_not_a_word_document_is_refused_in_dutch(run_cli, tmp_path):
    bad = tmp_path / "terug.docx"
    bad.write_text("geen zip", encoding="utf-8")
    result = run_cli("wijzigingen", bad)
    assert result.code == 2
    assert "geen leesbaar Word-document" in result.err and "Traceback" not in result.err


def test_with_the_answers_file_each_changed_lid_names_the_answer_it_came_from(run_cli, returned):
    document, source = returned
    result = run_cli("wijzigingen", document, "--antwoorden", source)
    assert result.code == 0, result.err
    from akkoord.answers.labels import field_text

    name = field_text("looptijd.opzegtermijn_maanden").short
    change = result.out[result.out.index("“zes maanden” → “drie maanden”"):]
    assert change.splitlines()[3] == f"      komt uit: {name} [looptijd.opzegtermijn_maanden]"


def test_reads_back_what_vergelijk_marked_a_goal_added_as_a_whole_paragraph(run_cli, tmp_path):
    old = (EXAMPLES / "io-werkgroep.yaml").read_text(encoding="utf-8")
    new = old.replace("doelen:\n", "doelen:\n  - omschrijving: Een warmtescan voor elke straat\n"
                                   "    resultaat: twaalf straten hebben een warmtescan gehad\n", 1)
    assert new != old
    (tmp_path / "oud.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "nieuw.yaml").write_text(new, encoding="utf-8")
    assert run_cli("vergelijk", tmp_path / "oud.yaml", tmp_path / "nieuw.yaml", "-o", tmp_path / "w.docx").code == 0
    result = run_cli("wijzigingen", tmp_path / "w.docx")
    assert result.code == 0, result.err
    assert re.search(r"alinea ingevoegd door akkoord \(versie 0\.2\), 9 maart 2027: “[^”]*Een warmtescan voor elke "
                     r"straat",
                     result.out)
