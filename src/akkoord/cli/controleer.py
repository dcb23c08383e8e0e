"""Command `controleer`: the checks on an answers file, a Word document or a text file."""

from __future__ import annotations

from pathlib import Path

from akkoord.cli.dutch_click import PATH, argument, command, option
from akkoord.cli.printing import echo
from akkoord.errors import ExitCode, UserError

ANSWERS_SUFFIXES = {".yaml", ".yml"}


@command("controleer")
@argument("bestand", metavar="BESTAND", type=PATH,
          help="Een antwoordenbestand (.yaml), een Word-document (.docx) of een tekstbestand (.txt, .md).")
@option("--json", "json_uitvoer", is_flag=True, help="Druk de waarschuwingen af als JSON (ook de erkende).")
@option("--opmerkingen", metavar="NAGEKEKEN.docx", type=PATH, default=None,
        help="Schrijf een kopie van het Word-document met elke bevinding als opmerking bij de alinea.")
@option("--overschrijf", is_flag=True, help="Vervang een bestaand bestand bij --opmerkingen.")
def controleer(bestand: Path, json_uitvoer: bool, opmerkingen: Path | None, overschrijf: bool) -> int:
    """Controleer een overeenkomst op vage, kortlopende of slecht geborgde afspraken.

    Bij een antwoordenbestand draaien alle controles. Een Word-document of tekstbestand wordt gelezen
    zoals een jurist een concept leest: de opbouw (partijen, overwegingen, artikelen, ondertekening),
    de toezeggingen in de artikelen en de bepalingen die ontbreken of zwak zijn. Afsluitcode 1 als er
    waarschuwingen openstaan, 0 als er geen zijn.
    """
    from akkoord.checks.report import findings_json, render_findings

    if opmerkingen is not None and bestand.suffix.lower() in ANSWERS_SUFFIXES:
        raise UserError("--opmerkingen werkt alleen bij een Word-document (.docx).",
                        "Maak eerst het document met 'akkoord maak', dat de waarschuwingen zelf als opmerking plaatst.")
    if bestand.suffix.lower() in ANSWERS_SUFFIXES:
        from akkoord.answers.loading import load_answers
        from akkoord.checks import check_answers

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
            count = "1 opmerking" if added == 1 else f"{added} opmerkingen"
            echo(f"{opmerkingen}: {count} geplaatst; {bestand.name} is niet gewijzigd.", err=True)
    echo(findings_json(findings) if json_uitvoer else render_findings(findings, bestand.name))
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
        raise UserError(f"{target}: de map {target.parent} bestaat niet.",
                        "Maak de map eerst aan of kies een andere map.")


def _warn_unknown_acknowledgements(acknowledged: dict[str, str]) -> None:
    import difflib

    from akkoord.checks import BY_CODE

    for code in acknowledged:
        if code not in BY_CODE:
            close = difflib.get_close_matches(code.upper(), list(BY_CODE), n=1, cutoff=0.6)
            hint = f"; bedoel je {close[0]}?" if close else ""
            echo(f"Let op: 'erkend:' noemt {code}, maar die controle bestaat niet{hint}", err=True)
