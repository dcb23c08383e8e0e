"""Every document akkoord writes reads cleanly: no stray backslash, doubled space or punctuation, empty slot.

Over all examples in every writer variant (with and without comments, toelichting and house style).
"""

from __future__ import annotations

import re

from docx_reading import all_text

PROBLEMS = {
    "backslash": re.compile(r"\\"),
    "dubbele spatie": re.compile(r"\S {2,}\S"),
    "spatie voor leesteken": re.compile(r"\s[,.;:](?!\d)"),
    "dubbel leesteken": re.compile(r"[,;:]\s*[,;:.]|(?<!\.)\.\s*\.(?!\.)"),
    "leeg invulveld": re.compile(r"\(\s*\)|“\s*”|\[\s*\]"),
    "sjabloonresten": re.compile(r"\{\{|\{%|\bNone\b"),
}


def test_no_generated_document_has_typographic_leftovers(generated_documents):
    found = []
    for path in generated_documents:
        for line in all_text(path).splitlines():
            for problem, pattern in PROBLEMS.items():
                match = pattern.search(line)
                if match:
                    found.append(f"{path.parent.name}/{path.name}: {problem}: "
                                 f"…{line[max(0, match.start() - 40):match.end() + 40]}…")
    assert not found, "\n".join(found[:20])


def test_the_variants_include_the_toelichting_documents(generated_documents):
    assert any(path.stem.endswith("-toelichting") for path in generated_documents)
