"""The toolkit's own wording never triggers its own wording checks.

What partijen typed may be vague (that is what the checks are for); the text akkoord adds around it,
its default terms included, must not be. Provenance tells the two apart.
"""

from __future__ import annotations

import pytest
from conftest import EXAMPLE_FILES, ROOT

from akkoord.answers.loading import load_answers
from akkoord.assembly import assemble
from akkoord.checks.engine import check_text
from akkoord.document import ANSWER
from akkoord.library import load_library
from akkoord.toelichting import build_notes

FIXTURE_FILES = sorted((ROOT / "tests" / "fixtures" / "clauses").glob("*.yaml"))
ALL_FILES = EXAMPLE_FILES + FIXTURE_FILES


@pytest.fixture(scope="module")
def library():
    return load_library()


def own_text(inline) -> str:
    """The paragraph with every printed answer replaced by an ellipsis."""
    return "".join("…" if any(mark.kind == ANSWER for mark in run.marks) else run.text for run in inline)


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.name)
def test_the_tools_own_wording_passes_its_wording_checks(library, path):
    agreement = assemble(load_answers(path), library, explanatory_notes=True)
    paragraphs = [own_text(party.comparitie) for party in agreement.parties]
    paragraphs += [own_text(recital) for recital in agreement.recitals]
    for article in agreement.articles:
        for member in article.members:
            paragraphs += [own_text(member.text), *map(own_text, member.items)]
    paragraphs += [agreement.subtitle, agreement.parties_closing, agreement.recitals_closing, agreement.signing_intro]
    findings = check_text(paragraphs)
    assert not findings, "\n".join(f"{f.code} {f.message}: {f.text}" for f in findings)


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_the_toelichting_passes_the_wording_checks(library, path):
    notes = build_notes(assemble(load_answers(path), library, explanatory_notes=True))
    paragraphs = [notes.intro] + [text for section in notes.sections for text in section.paragraphs
                                  if not text.startswith(("[", "overweging", "artikel", "comparitie"))]
    findings = check_text(paragraphs)
    assert not findings, "\n".join(f"{f.code} {f.message}: {f.text}" for f in findings)
