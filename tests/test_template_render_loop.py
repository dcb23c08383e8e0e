"""How assembly renders a clause: one loop over the template's chunks counts, limits and joins them.

The loop replaced two generator layers (`LimitedTemplate.generate` around jinja's `generate`); these
tests pin that it is gone from the path, and that what it did is kept: reads logged at the output
position they happened at, a clause that prints without end stopped at the same size with the same
message, and errors still pointing at the template's line.
"""

from __future__ import annotations

import datetime as dt

import jinja2
import pytest
from conftest import EXAMPLES

from akkoord import template_limits
from akkoord.answers.loading import load_answers
from akkoord.assembly import template_context
from akkoord.library import load_library
from akkoord.provenance import _READS, ReadLog, collecting, render_logged
from akkoord.render import _ESCAPED, _ESCAPED_LONGEST, escape_markdown, template_error
from akkoord.template_limits import LimitedTemplate, TemplateLimitError

SOURCE = ("{{ looptijd.opzegtermijn_maanden or 3 }} maanden.\n\n{% for p in partijen %}- {{ p.naam }}\n"
          "{% endfor %}\nTot {{ titel }} en {{ gebied }}.\n")


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.fixture(scope="module")
def context():
    return template_context(load_answers(EXAMPLES / "sok-meerpartijen.yaml"), dt.date(2027, 1, 1))


def _through_generate(template, context) -> tuple[str, ReadLog]:
    """The way render_logged worked before: positions counted over `generate`'s chunks."""
    log = ReadLog()
    token = _READS.set(log)
    try:
        parts = []
        for chunk in template.generate(context):
            parts.append(chunk)
            log.position += len(chunk)
    finally:
        _READS.reset(token)
    return "".join(parts), log


def test_reads_are_logged_at_the_same_positions_as_over_generate(library, context):
    template = library.compiled(SOURCE)
    with collecting():
        text, log = render_logged(template, context)
    with collecting():
        expected_text, expected_log = _through_generate(template, context)
    assert text == expected_text
    assert len(log) > 3 and list(log) == list(expected_log)
    assert len({position for position, _ in log}) > 2  # the reads are spread over the text


def test_rendering_does_not_go_through_a_generator_wrapper(library, context, monkeypatch):
    def refused(*args, **kwargs):
        raise AssertionError("generate is no longer on the render path")
        yield  # a generator, like the methods it replaces

    monkeypatch.setattr(LimitedTemplate, "generate", refused)
    monkeypatch.setattr(jinja2.Template, "generate", refused)
    with collecting():
        text, log = render_logged(library.compiled(SOURCE), context)
    assert "maanden." in text and log


def test_a_clause_printing_without_end_is_stopped_at_the_size_limit(library, context, monkeypatch):
    monkeypatch.setattr(template_limits, "MAX_TEXT", 10_000)
    steps = []

    def counted(value):
        steps.append(value)
        return "abcdefghij"

    template = library.compiled("{% for i in range(9999) %}{{ stap(i) }}{% endfor %}")
    with pytest.raises(TemplateLimitError) as raised:
        render_logged(template, {**context, "stap": counted})
    # Stopped at the first chunk past the limit, with the message generate gave.
    assert str(raised.value) == "de tekst (10.010 tekens of meer) is groter dan een clausule ooit nodig heeft"
    assert len(steps) == 1001


def test_an_error_in_a_clause_still_names_its_line(library, context, tmp_path):
    path = str(tmp_path / "eigen.md")
    library.environment.loader.add("eigen", "Regel een.\n\nRegel twee {{ gebied.onbekend }}.\n", path)
    template = library.environment.get_template("eigen")
    try:
        render_logged(template, context)
    except jinja2.UndefinedError as error:
        message = str(template_error(error, path))
    else:
        pytest.fail("an unknown field must stop the render")
    assert message.startswith(f"{path}, regel 3: fout in clausule")


def test_escaping_a_repeated_text_gives_what_escaping_it_once_gives():
    from akkoord.provenance import TracedText

    traced = TracedText("R&D *sterren*  en\n\n1. een lid", "gebied")
    first = escape_markdown(traced)
    again = escape_markdown(str(traced))
    assert first == again == "R\\&D \\*sterren\\* en 1. een lid" and type(first) is str
    long_text = "x" * (_ESCAPED_LONGEST + 1)
    assert escape_markdown(long_text) == long_text and long_text not in _ESCAPED
