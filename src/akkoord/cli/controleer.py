"""Commands `controleer` and `uitleg` (the checks engine)."""

from __future__ import annotations

from pathlib import Path

import typer

from akkoord.cli import app
from akkoord.errors import ExitCode, UserError

ANSWERS_SUFFIXES = {".yaml", ".yml"}


@app.command(short_help="Controleer op vage, kortlopende of ongeborgde afspraken.")
def controleer(
    bestand: Path = typer.Argument(..., metavar="BESTAND",
                                   help="Een antwoordenbestand (.yaml), een Word-document (.docx) of een tekstbestand (.txt, .md)."),
    json_uitvoer: bool = typer.Option(False, "--json", help="Druk de waarschuwingen af als JSON (ook de erkende)."),
) -> int:
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
    typer.echo(findings_json(findings) if json_uitvoer else render_findings(findings, bestand.name))
    open_findings = [finding for finding in findings if not finding.acknowledged]
    return int(ExitCode.WAARSCHUWINGEN if open_findings else ExitCode.OK)


def _warn_unknown_acknowledgements(acknowledged: dict[str, str]) -> None:
    import difflib

    from akkoord.checks import BY_CODE

    for code in acknowledged:
        if code not in BY_CODE:
            close = difflib.get_close_matches(code.upper(), list(BY_CODE), n=1, cutoff=0.6)
            hint = f"; bedoel je {close[0]}?" if close else ""
            typer.echo(f"Let op: 'erkend:' noemt {code}, maar die controle bestaat niet{hint}", err=True)


@app.command(short_help="Leg een waarschuwing uit (bijvoorbeeld AK101).")
def uitleg(
    code: str = typer.Argument(..., metavar="CODE", help="De code van een controle, bijvoorbeeld AK101."),
) -> None:
    """Leg een controle uit: wat ze signaleert, waarom dat ertoe doet, een voorbeeld, een betere versie en de bron."""
    import difflib

    from akkoord.checks import BY_CODE
    from akkoord.checks.report import render_check

    wanted = code.strip().upper()
    if wanted.isdigit():
        wanted = f"AK{wanted}"
    check = BY_CODE.get(wanted) or next((c for c in BY_CODE.values() if c.name == code.strip().lower()), None)
    if check is None:
        if wanted.startswith("AK"):
            # Same category and ten first (AK3011 -> AK301), then any code.
            candidates = [c for c in BY_CODE if c.startswith(wanted[:4])] or list(BY_CODE)
            close = sorted(c for c in BY_CODE if c.startswith(wanted))[:1] or \
                difflib.get_close_matches(wanted, candidates, n=1, cutoff=0.5)
        else:
            close = difflib.get_close_matches(code.lower(), [c.name for c in BY_CODE.values()], n=1, cutoff=0.5)
        raise UserError(f"Er is geen controle '{code}'.",
                        f"Bedoel je {close[0]}? Alle controles staan in docs/controles.md." if close
                        else "Alle controles staan in docs/controles.md; codes zien eruit als AK101.")
    typer.echo(render_check(check))
