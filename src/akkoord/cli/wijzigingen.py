"""Command `wijzigingen`: what another party changed and commented in a document akkoord made."""

from __future__ import annotations

from pathlib import Path
from typing import List

import typer

from akkoord.cli import app


@app.command(short_help="Toon de bijgehouden wijzigingen en opmerkingen in een teruggestuurd document.")
def wijzigingen(
    document: Path = typer.Argument(..., metavar="TERUG.docx",
                                    help="Het Word-document dat een andere partij heeft bewerkt."),
    clausules: List[Path] = typer.Option([], "--clausules", metavar="MAP",
                                         help="Map met eigen clausules, als het document daarmee is gemaakt."),
) -> None:
    """Toon per artikel wie wat heeft gewijzigd (oud → nieuw) en welke opmerkingen er zijn geplaatst.

    Het antwoordenbestand wordt nooit aangepast: jij beslist welke antwoorden je bijwerkt."""
    from akkoord.rounds.returned import article_topics, read_returned
    from akkoord.rounds.returned_text import returned_lines

    result = read_returned(document, article_topics(list(clausules)))
    for line in returned_lines(result, document.name):
        typer.echo(line)
