"""Command `nieuw` (the wizard)."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from akkoord.cli.dutch_click import PATH, command, option
from akkoord.cli.printing import echo
from akkoord.errors import ExitCode, UserError


@command("nieuw", short_help="Stel een overeenkomst op met een vraaggesprek.")
@option("--vanaf", metavar="ANTWOORDEN.yaml", type=PATH,
        help="Begin met de antwoorden uit dit bestand om ze te herzien. "
             "Opmerkingen en volgorde in het bestand blijven bewaard.")
@option("--hervat", metavar="CONCEPT.yaml", type=PATH,
        help="Ga verder met een onderbroken concept, bij de eerste open vraag.")
def nieuw(vanaf: Path | None, hervat: Path | None) -> int:
    """Stel een overeenkomst op door vragen te beantwoorden; maakt een antwoordenbestand en een .docx."""
    if vanaf is not None and hervat is not None:
        raise UserError("Gebruik --vanaf of --hervat, niet allebei.",
                        "--hervat is voor een onderbroken concept (.concept.yaml), --vanaf voor een af antwoordenbestand.")
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UserError(
            "'akkoord nieuw' stelt vragen en heeft daarvoor een terminal nodig; de invoer komt nu niet van een toetsenbord.",
            "Maak zonder vragen een document van een antwoordenbestand: akkoord maak antwoorden.yaml "
            "(voorbeelden staan in examples/).")
    from akkoord.wizard.draft import Draft
    from akkoord.wizard.flow import Wizard
    from akkoord.wizard.sections import SECTIONS
    from akkoord.wizard.ui import QuestionaryUI

    if hervat is not None:
        draft = Draft.from_concept(hervat)
    elif vanaf is not None:
        draft = Draft.from_answers_file(vanaf)
        # A finished answers file: go straight to the review screen, where any section can be revised.
        draft.done.update(f"sectie:{section.key}" for section in SECTIONS)
    else:
        draft = Draft()
    wizard = Wizard(QuestionaryUI(), draft)
    _save_when_terminal_closes(wizard)
    outcome = wizard.run()
    if outcome.interrupted:
        _tell(f"\nOnderbroken. Alles wat je hebt ingevuld is bewaard in {outcome.concept}.\n"
              f"Ga later verder met: akkoord nieuw --hervat {outcome.concept}")
        return int(ExitCode.ONDERBROKEN)
    return int(ExitCode.OK)


def _save_when_terminal_closes(wizard) -> None:
    """On SIGHUP (terminal closed) or SIGTERM: save the concept right away and stop; nobody is reading."""

    def handler(signum, frame) -> None:  # noqa: ARG001
        try:
            wizard.draft.save()
        finally:
            os._exit(int(ExitCode.ONDERBROKEN))

    for name in ("SIGHUP", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), handler)


def _tell(text: str) -> None:
    try:
        echo(text, err=True)
    except OSError:
        pass
