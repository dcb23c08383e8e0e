"""Missing facts and default terms are visible: the template helpers, and what a built document shows."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import EXAMPLES, ROOT

from akkoord.answers.loading import load_answers
from akkoord.assembly import template_context
from akkoord.document import ANSWER, DEFAULT, PLACEHOLDER, Provenance, plain
from akkoord.library import load_library
from akkoord.markdown_blocks import parse_members_with_reads
from akkoord.provenance import MARKER_CHARS, collecting, render_logged

TODAY = dt.date(2027, 1, 1)


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.fixture(scope="module")
def context():
    return template_context(load_answers(EXAMPLES / "te-algemeen.yaml"), TODAY)


def leden(library, source: str, context) -> list:
    """Render a clause body the way assembly does and read it back into leden with provenance."""
    with collecting():
        body, log = render_logged(library.compiled(source), context)
        return [(member, Provenance.of([member.text, *member.items], reads))
                for member, reads in parse_members_with_reads(body, log)]


def test_a_default_term_is_marked_on_exactly_its_words(library, context):
    found = leden(library, "Opzegging met een termijn van {% if looptijd.opzegtermijn_maanden %}"
                           "{{ looptijd.opzegtermijn_maanden }} maanden{% else %}"
                           "{{ standaard('looptijd.opzegtermijn_maanden', 'drie maanden') }}{% endif %}.", context)
    (member, provenance), = found
    assert plain(member.text) == "Opzegging met een termijn van drie maanden."
    marked = [run for run in member.text if run.marks]
    assert [run.text for run in marked] == ["drie maanden"]
    assert marked[0].marks[0].kind == DEFAULT
    assert provenance.defaults == ("looptijd.opzegtermijn_maanden",)
    assert "looptijd.opzegtermijn_maanden" in provenance.reads


def test_a_placeholder_prints_its_label_in_brackets(library, context):
    source = ("vertegenwoordigd door {{ gemeente.vertegenwoordigers[0].naam }}, handelend krachtens volmacht van "
              "{{ gemeente.volmacht.datum | datum if gemeente.volmacht else "
              "open_plek(pad(gemeente, 'volmacht.datum'), 'datum volmacht') }}.")
    (member, provenance), = leden(library, source, context)
    text = plain(member.text)
    assert text.endswith("handelend krachtens volmacht van [datum volmacht].")
    assert provenance.placeholders == ("partijen[1].volmacht.datum",)
    assert provenance.answers == ("partijen[1].vertegenwoordigers[0].naam",)
    placeholder_run = next(run for run in member.text if any(m.kind == PLACEHOLDER for m in run.marks))
    assert placeholder_run.text == "[datum volmacht]"


def test_a_long_default_may_span_leden_and_hold_answers(library, context):
    source = ("{% call standaard('borging.wisseling.overdracht', uitleg='Spreek af hoe.') %}\n"
              "Een Partij wijst een opvolger aan voor {{ gebied }}.\n\nZij meldt diens naam.\n{% endcall %}")
    found = leden(library, source, context)
    assert [p.defaults for _, p in found] == [("borging.wisseling.overdracht",)] * 2
    assert found[0][1].answers == ("gebied",)
    first = found[0][0].text
    area = next(run for run in first if any(m.kind == ANSWER for m in run.marks))
    assert area.text == "Westerveld" and [m.kind for m in area.marks] == [DEFAULT, ANSWER]
    assert found[0][0].text[0].marks[0].note == "Spreek af hoe."


def test_filters_keep_the_path_and_look_past_markers(library, context):
    (member, provenance), = leden(library,
                                  "{{ doelen[0].omschrijving | zin }} {{ doelen[0].omschrijving | hoofdletter }}",
                                  context)
    text = plain(member.text)
    assert text.startswith("Partijen streven naar een aardgasvrij Westerveld. Partijen streven")
    assert ".." not in text
    assert provenance.answers == ("doelen[0].omschrijving",)


def test_a_helper_with_a_field_that_does_not_exist_is_an_error_naming_it(library, context):
    with pytest.raises(ValueError, match=r"looptijd.opzegtermijn' is geen veld"):
        leden(library, "{{ standaard('looptijd.opzegtermijn', 'drie maanden') }}", context)


def test_user_text_cannot_forge_a_marker(library, tmp_path):
    text = (EXAMPLES / "te-algemeen.yaml").read_text(encoding="utf-8")
    forged = text.replace("gebied: Westerveld", "gebied: \"West\ue000\ue100erveld\ue001\"")
    assert forged != text
    path = tmp_path / "nep.yaml"
    path.write_text(forged, encoding="utf-8")
    context = template_context(load_answers(path), TODAY)
    (member, _provenance), = leden(library, "In {{ gebied }}.", context)
    assert plain(member.text) == "In Westerveld."
    assert not MARKER_CHARS.search(plain(member.text))


def test_without_an_assembly_nothing_is_marked(library, context):
    body = library.compiled("{{ gebied }} {{ standaard('looptijd.afbouw_maanden', 'drie maanden') }}").render(context)
    assert body == "Westerveld drie maanden"


# --- in the built document ----------------------------------------------------------------------

import re as _re  # noqa: E402
import shutil  # noqa: E402

import docx  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx_comments import anchored_comments  # noqa: E402

FIELD_NAME = _re.compile(r"\b[a-z_]+(\[\d+\])?\.[a-z_]+\b|\b[a-z]+_[a-z_]+\b")


@pytest.fixture(scope="module")
def te_algemeen(tmp_path_factory):
    from akkoord.cli import main

    folder = tmp_path_factory.mktemp("open")
    shutil.copy(EXAMPLES / "te-algemeen.yaml", folder / "te-algemeen.yaml")
    assert main(["maak", str(folder / "te-algemeen.yaml")]) == 0
    return folder / "te-algemeen.docx"


def test_missing_volmacht_is_a_highlighted_placeholder_with_a_plain_dutch_comment(te_algemeen):
    document = docx.Document(str(te_algemeen))
    comparitie = next(p for p in document.paragraphs if p.text.startswith("De gemeente Zuiderdal"))
    assert "handelend krachtens volmacht van de burgemeester van [datum volmacht]" in comparitie.text
    highlighted = [run.text for run in comparitie.runs
                   if run._r.rPr is not None and run._r.rPr.find(qn("w:highlight")) is not None]
    assert highlighted == ["[adres]", "[datum volmacht]", "[datum collegebesluit]", "[kenmerk collegebesluit]"]
    on_volmacht = [c for c in anchored_comments(te_algemeen) if c.anchor == "[datum volmacht]"]
    assert len(on_volmacht) == 1
    text = on_volmacht[0].text
    assert "ontbreekt" in text and "volmacht" in text and "burgemeester" in text
    # The finding about the missing volmacht sits on the placeholder too, so they say the same thing.
    assert "AK503" in text
    assert not FIELD_NAME.search(text.split("\n\nBeter:")[0].split("AK503")[0]), text


def test_every_placeholder_and_default_note_is_plain_dutch(te_algemeen):
    for comment in anchored_comments(te_algemeen):
        if comment.text.startswith(("Hier ontbreekt", "Standaardtekst")):
            lead = comment.text.split("\n\n")[0]
            assert not FIELD_NAME.search(lead), lead


def _write_variant(tmp_path, replace: tuple[str, str] | None = None, acknowledge: bool = False):
    from akkoord.build import active_findings

    text = (EXAMPLES / "te-algemeen.yaml").read_text(encoding="utf-8")
    if replace:
        text = text.replace(*replace)
        assert replace[1] in text
    source = tmp_path / "te-algemeen.yaml"
    source.write_text(text, encoding="utf-8")
    if acknowledge:
        codes = sorted({finding.code for finding in active_findings(load_answers(source))})
        assert "erkend:" not in text
        text += "erkend:\n" + "".join(f"  {code}: bewust geaccepteerd in deze test\n" for code in codes)
        source.write_text(text, encoding="utf-8")
    return source


def test_a_definitive_document_with_placeholders_is_refused_naming_them(tmp_path, run_cli):
    source = _write_variant(tmp_path, ("status: concept", "status: definitief"))
    result = run_cli("maak", source)
    assert result.code == 2
    assert "[datum volmacht] in de comparitie van de Gemeente" in result.err
    assert "[kenmerk collegebesluit]" in result.err and "status: definitief" in result.err
    assert "Traceback" not in result.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["te-algemeen.yaml"]


def test_strict_refuses_placeholders_even_when_every_warning_is_acknowledged(tmp_path, run_cli):
    source = _write_variant(tmp_path, acknowledge=True)
    result = run_cli("maak", "--strikt", source)
    assert result.code == 2, result.err
    assert "open plek" in result.err and "[adres] in de comparitie van de Werkgroep" in result.err
    assert run_cli("maak", source).code == 0  # as a concept it is fine


def test_a_warning_on_a_default_term_says_it_is_a_default_and_does_not_contradict_it(tmp_path, run_cli):
    # A clause folder that marks the notice period as a default, as the built-in clauses do.
    clauses = tmp_path / "clausules"
    clauses.mkdir()
    text = (ROOT / "clauses" / "opzegging.md").read_text(encoding="utf-8")
    marked = _re.sub(r"\{% else %\}drie maanden\{% endif %\}\. Zwaarwegende",
                     "{% else %}{{ standaard('looptijd.opzegtermijn_maanden', 'drie maanden') }}{% endif %}. "
                     "Zwaarwegende",
                     text, count=1)
    if marked == text:
        assert "standaard('looptijd.opzegtermijn_maanden'" in text  # already marked in the library
    (clauses / "opzegging.md").write_text(marked, encoding="utf-8")
    source = tmp_path / "te-algemeen.yaml"
    shutil.copy(EXAMPLES / "te-algemeen.yaml", source)
    assert run_cli("maak", source, "--clausules", clauses).code == 0
    comments = [c for c in anchored_comments(source.with_suffix(".docx")) if "AK309" in c.text]
    assert len(comments) == 1
    comment = comments[0]
    assert comment.anchor == "drie maanden"
    assert "opzegtermijn van drie maanden" in comment.paragraph
    assert comment.text.startswith("Standaardtekst van akkoord")
    assert "zonder opzegtermijn" not in comment.text.lower()  # the finding's message would contradict the text
    # One comment on those words, not a default note and a warning stacked on each other.
    assert len([c for c in anchored_comments(source.with_suffix(".docx")) if c.anchor == "drie maanden"
                and "opzegtermijn van drie maanden" in c.paragraph]) == 1
