"""Command `vergelijk`: the new version as a Word document with tracked changes against the old one."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from akkoord.cli import app


@app.command(short_help="Maak de nieuwe versie met bijgehouden wijzigingen ten opzichte van de oude.")
def vergelijk(
    oud: Path = typer.Argument(..., metavar="OUD.yaml", help="Het antwoordenbestand van de vorige versie."),
    nieuw: Path = typer.Argument(..., metavar="NIEUW.yaml", help="Het antwoordenbestand van de nieuwe versie."),
    uit: Optional[Path] = typer.Option(None, "-o", "--uit", metavar="UIT.docx",
                                       help="Het Word-document met de wijzigingen. Standaard: naast NIEUW, "
                                            "met '-wijzigingen' achter de naam."),
    auteur: Optional[str] = typer.Option(None, "--auteur", metavar="NAAM",
                                         help="Naam bij de wijzigingen in Word. Standaard: akkoord (versie ...)."),
    huisstijl: Optional[Path] = typer.Option(None, "--huisstijl", metavar="HUISSTIJL.docx",
                                             help="Word-document met de eigen huisstijl."),
    clausules: List[Path] = typer.Option([], "--clausules", metavar="MAP", help="Map met eigen clausules."),
    overschrijf: bool = typer.Option(False, "--overschrijf", help="Vervang een bestaand document."),
) -> None:
    """Maak de nieuwe versie als Word-document waarin elke wijziging ten opzichte van de oude versie als
    bijgehouden wijziging staat (te accepteren of te weigeren in Word en LibreOffice), en toon welke
    antwoorden zijn gewijzigd."""
    from akkoord.output import write_file
    from akkoord.rounds.answer_diff import change_line
    from akkoord.rounds.compare import compare_files

    comparison = compare_files(oud, nieuw, house_style=huisstijl, clause_dirs=tuple(clausules), author=auteur)
    target = uit or nieuw.with_name(f"{nieuw.stem}-wijzigingen.docx")
    written = write_file(target, comparison.docx, overwrite=overschrijf)
    typer.echo(f"Gemaakt: {written.path}")
    if written.kept:
        typer.echo(f"  {written.kept} bestond al en is bewaard. Gebruik --overschrijf om het te vervangen.")
    old, new = comparison.old.answers, comparison.new.answers
    typer.echo(f"Versie {old.version} → {new.version}: "
               f"{len(comparison.changes) or 'geen'} gewijzigde antwoord(en){':' if comparison.changes else '.'}")
    for change in comparison.changes:
        typer.echo(f"  {change_line(change)}")
