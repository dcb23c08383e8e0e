"""Missing facts and default terms are visible: the template helpers, and what a built document shows."""

from __future__ import annotations

import datetime as dt

import pytest

from akkoord.answers.loading import load_answers
from akkoord.assembly import template_context
from akkoord.document import ANSWER, DEFAULT, PLACEHOLDER, Provenance, plain
from akkoord.errors import UserError
from akkoord.library import load_library
from akkoord.markdown_blocks import parse_members_with_reads
from akkoord.provenance import MARKER_CHARS, collecting, render_logged
from conftest import EXAMPLES

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
    (member, provenance), = leden(library, "{{ doelen[0].omschrijving | zin }} {{ doelen[0].omschrijving | hoofdletter }}",
                                  context)
    text = plain(member.text)
    assert text.startswith("Partijen streven naar een aardgasvrij Westerveld. Partijen streven")
    assert ".." not in text
    assert provenance.answers == ("doelen[0].omschrijving",)


def test_a_helper_with_a_field_that_does_not_exist_is_an_error_naming_it(library, context):
    with pytest.raises(ValueError, match="looptijd.opzegtermijn' is geen veld"):
        leden(library, "{{ standaard('looptijd.opzegtermijn', 'drie maanden') }}", context)


def test_user_text_cannot_forge_a_marker(library, tmp_path):
    text = (EXAMPLES / "te-algemeen.yaml").read_text(encoding="utf-8")
    forged = text.replace("gebied: Westerveld", "gebied: \"West\ue000\ue100erveld\ue001\"")
    assert forged != text
    path = tmp_path / "nep.yaml"
    path.write_text(forged, encoding="utf-8")
    context = template_context(load_answers(path), TODAY)
    (member, provenance), = leden(library, "In {{ gebied }}.", context)
    assert plain(member.text) == "In Westerveld."
    assert not MARKER_CHARS.search(plain(member.text))


def test_without_an_assembly_nothing_is_marked(library, context):
    body = library.compiled("{{ gebied }} {{ standaard('looptijd.afbouw_maanden', 'drie maanden') }}").render(context)
    assert body == "Westerveld drie maanden"
