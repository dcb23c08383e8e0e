"""Command `nieuw` (the wizard)."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from pathlib import Path

from akkoord.cli.dutch_click import PATH, command, option
from akkoord.cli.printing import echo
from akkoord.cli.process import settled
from akkoord.errors import ExitCode, UserError


@command("nieuw", quick_exit=False)
@option("--vanaf", metavar="ANTWOORDEN.yaml", type=PATH,
        help="Begin met de antwoorden uit dit bestand om ze te herzien. "
             "Opmerkingen en volgorde in het bestand blijven bewaard.")
@option("--hervat", metavar="CONCEPT.yaml", type=PATH,
        help="Ga verder met een onderbroken concept, bij de vraag die open stond.")
def nieuw(vanaf: Path | None, hervat: Path | None) -> int:
    """Stel een overeenkomst op door vragen te beantwoorden; maakt een antwoordenbestand en een .docx."""
    settled()  # a conversation runs long: the collector back on
    if vanaf is not None and hervat is not None:
        raise UserError("Gebruik --vanaf of --hervat, niet allebei.",
                        "--hervat is voor een onderbroken concept (.concept.yaml), --vanaf voor een af "
                        "antwoordenbestand.")
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UserError(
            "'akkoord nieuw' stelt vragen en heeft daarvoor een terminal nodig; de invoer komt nu niet van een "
            "toetsenbord.",
            "Maak zonder vragen een document van een antwoordenbestand: akkoord maak antwoorden.yaml "
            "(voorbeelden staan in examples/).")
    from akkoord.wizard.draft import Draft, find_concepts
    from akkoord.wizard.flow import Wizard
    from akkoord.wizard.steps import SECTIONS
    from akkoord.wizard.ui import QuestionaryUI

    ui = QuestionaryUI()
    _stop_quietly_when_the_terminal_closes(None)
    if hervat is not None:
        draft = Draft.from_concept(hervat)
    elif vanaf is not None:
        draft = Draft.from_answers_file(vanaf)
        # A finished answers file: go straight to the review screen, where any answer can be changed.
        draft.done.update(f"sectie:{section.key}" for section in SECTIONS)
    else:
        draft = _new_or_unfinished(ui, Draft, find_concepts(Path(".")))
        if draft is None:
            return _tell("\nOnderbroken; er is nog niets ingevuld.", ExitCode.ONDERBROKEN)
    wizard = Wizard(ui, draft)
    _stop_quietly_when_the_terminal_closes(wizard)
    try:
        outcome = wizard.run()
    except OSError:
        # The terminal went away while the wizard was drawing (a closed window): nobody reads any more.
        wizard.draft.save()
        os._exit(int(ExitCode.ONDERBROKEN))
    if outcome.interrupted:
        typing = " Wat je aan het typen was, staat bij die vraag weer klaar." if outcome.half_typed else ""
        return _tell(f"\nOnderbroken. Alles wat je met Enter afrondde is bewaard in {outcome.concept}.{typing}\n"
                     f"Ga verder met: akkoord nieuw (in deze map), of akkoord nieuw --hervat {outcome.concept}",
                     ExitCode.ONDERBROKEN)
    return int(ExitCode.OK)


def _new_or_unfinished(ui, draft_type, concepts: list[Path]):
    """A fresh draft, or the unfinished concept in this folder when the user wants to go on with it."""
    if not concepts:
        return draft_type()
    newest = concepts[0]
    choices = [(f"Verder met {concept.name}", concept) for concept in concepts[:5]] + [("Nieuw beginnen", None)]
    ui.hint(f"In deze map staat een onafgemaakt concept: {newest.name}.")
    try:
        picked = ui.select("hervatten", "Verder met het concept of nieuw beginnen?", choices,
                           default=newest)
    except (KeyboardInterrupt, EOFError):
        return None
    return draft_type.from_concept(picked) if picked is not None else draft_type()


def _stop_quietly_when_the_terminal_closes(wizard) -> None:
    """On SIGHUP (terminal closed) or SIGTERM: save the concept right away and stop; nobody is reading."""

    def handler(signum, frame) -> None:
        try:
            if wizard is not None:
                wizard.draft.save()
        finally:
            os._exit(int(ExitCode.ONDERBROKEN))

    for name in ("SIGHUP", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), handler)


def _tell(text: str, code: ExitCode) -> int:
    import shutil
    import textwrap

    width = max(40, shutil.get_terminal_size((100, 24)).columns - 1)
    text = "\n".join(textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False) if line else line
                     for line in text.split("\n"))
    with contextlib.suppress(OSError):
        echo(text, err=True)
    return int(code)
