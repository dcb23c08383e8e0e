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
    opmerkingen: Path | None = typer.Option(
        None, "--opmerkingen", metavar="NAGEKEKEN.docx",
        help="Schrijf een kopie van het Word-document met elke bevinding als opmerking bij de alinea."),
    overschrijf: bool = typer.Option(False, "--overschrijf", help="Vervang een bestaand bestand bij --opmerkingen."),
) -> int:
    """Controleer een overeenkomst op vage, kortlopende of slecht geborgde afspraken.

    Bij een antwoordenbestand draaien alle controles. Een Word-document of tekstbestand wordt gelezen
    zoals een jurist een concept leest: de opbouw (partijen, overwegingen, artikelen, ondertekening),
    de toezeggingen in de artikelen en de bepalingen die ontbreken of zwak zijn. Afsluitcode 1 als er
    waarschuwingen openstaan, 0 als er geen zijn.
    """
    from akkoord.checks import check_answers
    from akkoord.checks.report import findings_json, render_findings

    if opmerkingen is not None and bestand.suffix.lower() in ANSWERS_SUFFIXES:
        raise UserError("--opmerkingen werkt alleen bij een Word-document (.docx).",
                        "Maak eerst het document met 'akkoord maak', dat de waarschuwingen zelf als opmerking plaatst.")
    if bestand.suffix.lower() in ANSWERS_SUFFIXES:
        from akkoord.answers.loading import load_answers

        answers = load_answers(bestand)
        findings = check_answers(answers)
        _warn_unknown_acknowledgements(answers.acknowledged)
    else:
        from akkoord.review import review_file

        if opmerkingen is not None:
            _check_target(bestand, opmerkingen, overschrijf)
        review = review_file(bestand)
        findings = [item.finding for item in review.findings]
        if opmerkingen is not None:
            from akkoord.review.annotate import write_annotated

            added = write_annotated(bestand, review, opmerkingen)
            typer.echo(f"{opmerkingen}: {added} opmerkingen geplaatst; {bestand.name} is niet gewijzigd.", err=True)
    typer.echo(findings_json(findings) if json_uitvoer else render_findings(findings, bestand.name))
    open_findings = [finding for finding in findings if not finding.acknowledged]
    return int(ExitCode.WAARSCHUWINGEN if open_findings else ExitCode.OK)


def _check_target(source: Path, target: Path, overwrite: bool) -> None:
    if source.suffix.lower() != ".docx":
        raise UserError(f"--opmerkingen werkt alleen bij een Word-document (.docx), niet bij {source.name}.",
                        "Open het tekstbestand in Word, sla het op als .docx en controleer dat.")
    if target.suffix.lower() != ".docx":
        raise UserError(f"{target}: het nagekeken document moet op .docx eindigen.",
                        "Kies bijvoorbeeld de naam concept-nagekeken.docx.")
    if target.exists() and target.resolve() == source.resolve():
        raise UserError(f"{target}: het nagekeken document mag niet het origineel overschrijven.",
                        "Kies een andere naam, bijvoorbeeld concept-nagekeken.docx.")
    if target.exists() and not overwrite:
        raise UserError(f"{target} bestaat al; het blijft staan.",
                        "Kies een andere naam, of geef --overschrijf om het te vervangen.")
    if not target.parent.is_dir():
        raise UserError(f"{target}: de map {target.parent} bestaat niet.", "Maak de map eerst aan of kies een andere map.")


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
