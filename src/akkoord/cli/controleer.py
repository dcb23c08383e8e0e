"""Command `controleer`: the checks on an answers file, a Word document or a text file."""

from __future__ import annotations

from pathlib import Path

from akkoord.cli.dutch_click import PATH, argument, command, option
from akkoord.cli.printing import echo
from akkoord.errors import ExitCode

ANSWERS_SUFFIXES = {".yaml", ".yml"}


@command("controleer", short_help="Controleer op vage, kortlopende of ongeborgde afspraken.")
@argument("bestand", metavar="BESTAND", type=PATH,
          help="Een antwoordenbestand (.yaml), een Word-document (.docx) of een tekstbestand (.txt, .md).")
@option("--json", "json_uitvoer", is_flag=True, help="Druk de waarschuwingen af als JSON (ook de erkende).")
def controleer(bestand: Path, json_uitvoer: bool) -> int:
    """Controleer een overeenkomst op vage, kortlopende of slecht geborgde afspraken.

    Bij een antwoordenbestand draaien alle controles; bij een Word-document of tekstbestand de controles
    op formulering, per alinea. Afsluitcode 1 als er waarschuwingen openstaan, 0 als er geen zijn.
    """
    from akkoord.checks import check_answers, check_text
    from akkoord.checks.report import findings_json, render_findings

    if bestand.suffix.lower() in ANSWERS_SUFFIXES:
        from akkoord.answers.loading import load_answers

        answers = load_answers(bestand)
        findings = check_answers(answers)
        _warn_unknown_acknowledgements(answers.acknowledged)
    else:
        from akkoord.checks.sources import read_paragraphs

        findings = check_text(read_paragraphs(bestand))
    echo(findings_json(findings) if json_uitvoer else render_findings(findings, bestand.name))
    open_findings = [finding for finding in findings if not finding.acknowledged]
    return int(ExitCode.WAARSCHUWINGEN if open_findings else ExitCode.OK)


def _warn_unknown_acknowledgements(acknowledged: dict[str, str]) -> None:
    import difflib

    from akkoord.checks import BY_CODE

    for code in acknowledged:
        if code not in BY_CODE:
            close = difflib.get_close_matches(code.upper(), list(BY_CODE), n=1, cutoff=0.6)
            hint = f"; bedoel je {close[0]}?" if close else ""
            echo(f"Let op: 'erkend:' noemt {code}, maar die controle bestaat niet{hint}", err=True)
