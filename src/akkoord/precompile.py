"""Compiles every built-in template into a folder: run by setup.py, so the wheel carries them compiled.

    python -m akkoord.precompile FOLDER

writes FOLDER/<fingerprint>/*.cache, FOLDER/clause-headers.json and FOLDER/<python>-<version>-1.bin.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from akkoord.library import Library


def precompile(folder: Path) -> int:
    """Compile the clauses, their conditions and toelichting, and the frame texts and files; the count.

    Also ships the code of the patterns a `maak` compiles (ship_patterns.py)."""
    from akkoord import ship_patterns

    ship_patterns.record()  # before jinja2 and the rest are imported: their patterns are recorded too
    from jinja2.exceptions import TemplateSyntaxError

    from akkoord.answers.vocabularies import AgreementType
    from akkoord.assembly import file_template, load_skeleton
    from akkoord.library import load_library

    library = load_library(cache_folder=str(folder))  # every condition
    count = len(library.clauses)
    for clause in library.clauses.values():
        clause.template  # noqa: B018 - a built-in clause is compiled when first used: here
        try:
            library.compiled(clause.meta.toelichting)
        except TemplateSyntaxError:
            continue  # reported when a toelichting is asked for; nothing to ship
        count += 1
    for kind in AgreementType:
        for text in load_skeleton(kind.value).values():
            if isinstance(text, str):
                library.compiled(text)
                count += 1
    for name in ("comparitie.md", "overwegingen.md"):
        file_template(library, name)
        count += 1
    _ship_headers(folder, library)
    ship_patterns.ship(folder)
    return count


def _ship_headers(folder: Path, library: Library) -> None:
    """What each built-in clause header says, so a run need not read it as YAML (clause_headers.py)."""
    from akkoord.clause_headers import ship
    from akkoord.library import header_block
    from akkoord.yamltext import parse_yaml

    blocks = [block for clause in library.clauses.values() if (block := header_block(clause.source))]
    ship(str(folder), ((block, parse_yaml(block).data) for block in blocks))


if __name__ == "__main__":  # pragma: no cover (run by the wheel build)
    print(f"akkoord: {precompile(Path(sys.argv[1]))} sjablonen vooraf vertaald naar {sys.argv[1]}")
