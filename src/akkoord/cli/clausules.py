"""Command `clausules`: the clause library, as a list or one clause in full."""

from __future__ import annotations

from pathlib import Path

from akkoord.cli.dutch_click import PATH, command, option
from akkoord.cli.printing import echo
from akkoord.errors import Remedy, UserError

REMEDIES = {Remedy.CLAUSE_DIRS: "Eigen clausules geef je op met --clausules."}


@command("clausules", remedies=REMEDIES)
@option("--toon", metavar="ID", help="Toon één clausule met toelichting, voorwaarde en tekst.")
@option("--clausules", metavar="MAP", type=PATH, multiple=True, help="Neem ook de clausules uit deze map mee.")
def clausules(toon: str | None, clausules: tuple[Path, ...]) -> None:
    """Toon de clausulebibliotheek: id, titel, soorten overeenkomst en voorwaarde."""
    from akkoord.library import load_library

    library = load_library(list(clausules))
    if toon:
        clause = library.clauses.get(toon)
        if clause is None:
            import difflib

            close = difflib.get_close_matches(toon, list(library.clauses), n=1)
            raise UserError(f"Er is geen clausule met id '{toon}'.",
                            f"Bedoel je '{close[0]}'?" if close else "Zie 'akkoord clausules' voor de lijst.")
        meta = clause.meta
        echo(f"{meta.id}: {meta.titel}")
        echo(f"  bestand:      {clause.path}")
        echo(f"  soorten:      {', '.join(meta.soorten)}")
        echo(f"  volgorde:     {meta.volgorde}")
        echo(f"  voorwaarde:   {meta.voorwaarde or 'altijd'}")
        if "intentieovereenkomst" in meta.soorten:
            echo(f"  bindend in intentieovereenkomst: {'ja' if meta.bindend_in_io else 'nee'}")
        echo(f"  toelichting:  {meta.toelichting}")
        echo(f"  bron:         {meta.bron}")
        echo("")
        echo(clause.source.split("---", 2)[2].strip())
        return
    clauses = sorted(library.clauses.values(), key=lambda c: (c.meta.volgorde, c.id))
    width = max(len(c.id) for c in clauses)
    for clause in clauses:
        kinds = "+".join("IO" if kind == "intentieovereenkomst" else "SOK" for kind in clause.meta.soorten)
        condition = f"  [als {clause.meta.voorwaarde}]" if clause.meta.voorwaarde else ""
        echo(f"{clause.id:<{width}}  {kinds:<6}  {clause.meta.titel}{condition}")
