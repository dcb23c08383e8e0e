"""Command `wijzigingen`: what another party changed and commented in a document akkoord made."""

from __future__ import annotations

from pathlib import Path

from akkoord.cli.dutch_click import PATH, argument, command, option
from akkoord.cli.printing import echo


@command("wijzigingen")
@argument("document", metavar="TERUG.docx", type=PATH, help="Het Word-document dat een andere partij heeft bewerkt.")
@option("--clausules", metavar="MAP", type=PATH, multiple=True,
        help="Map met eigen clausules, als het document daarmee is gemaakt.")
@option("--antwoorden", metavar="ANTWOORDEN.yaml", type=PATH,
        help="Het antwoordenbestand waarvan het document is gemaakt: dan staat bij elk lid uit welke antwoorden het "
             "komt.")
def wijzigingen(document: Path, clausules: tuple[Path, ...], antwoorden: Path | None) -> None:
    """Toon per artikel wie wat heeft gewijzigd (oud → nieuw) en welke opmerkingen er zijn geplaatst.

    Het antwoordenbestand wordt nooit aangepast: jij beslist welke antwoorden je bijwerkt."""
    from akkoord.rounds.returned import article_topics, attach_sources, lid_sources, read_returned
    from akkoord.rounds.returned_text import returned_lines

    result = read_returned(document, article_topics(list(clausules)))
    if antwoorden is not None:
        from akkoord.answers.loading import load_answers

        attach_sources(result, lid_sources(load_answers(antwoorden), list(clausules)))
    for line in returned_lines(result, document.name):
        echo(line)
