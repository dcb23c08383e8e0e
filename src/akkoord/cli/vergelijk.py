"""Command `vergelijk`: the new version as a Word document with tracked changes against the old one."""

from __future__ import annotations

from pathlib import Path

from akkoord.cli.dutch_click import PATH, argument, command, option
from akkoord.cli.printing import echo
from akkoord.errors import Remedy

REMEDIES = {
    Remedy.OUTPUT: "De uitvoer geef je op met -o (--uit).",
    Remedy.OVERWRITE: "Een bestaand document vervang je met --overschrijf.",
    Remedy.HOUSE_STYLE: "De huisstijl geef je op met --huisstijl.",
    Remedy.CLAUSE_DIRS: "Eigen clausules geef je op met --clausules.",
}


@command("vergelijk", remedies=REMEDIES)
@argument("oud", metavar="OUD.yaml", type=PATH, help="Het antwoordenbestand van de vorige versie.")
@argument("nieuw", metavar="NIEUW.yaml", type=PATH, help="Het antwoordenbestand van de nieuwe versie.")
@option("-o", "--uit", "uit", metavar="UIT.docx", type=PATH,
        help="Het Word-document met de wijzigingen. Standaard: naast NIEUW, met '-wijzigingen' achter de naam.")
@option("--auteur", metavar="NAAM", help="Naam bij de wijzigingen in Word. Standaard: akkoord (versie ...).")
@option("--huisstijl", metavar="HUISSTIJL.docx", type=PATH, help="Word-document met de eigen huisstijl.")
@option("--clausules", metavar="MAP", type=PATH, multiple=True, help="Map met eigen clausules.")
@option("--overschrijf", is_flag=True, help="Vervang een bestaand document.")
def vergelijk(oud: Path, nieuw: Path, uit: Path | None, auteur: str | None, huisstijl: Path | None,
              clausules: tuple[Path, ...], overschrijf: bool) -> None:
    """Maak de nieuwe versie als Word-document waarin elke wijziging ten opzichte van de oude versie als
    bijgehouden wijziging staat (te accepteren of te weigeren in Word en LibreOffice), en toon welke
    antwoorden zijn gewijzigd."""
    from akkoord.output import write_file
    from akkoord.rounds.answer_diff import change_line, open_point_lines
    from akkoord.rounds.compare import compare_files

    comparison = compare_files(oud, nieuw, house_style=huisstijl, clause_dirs=tuple(clausules), author=auteur)
    target = uit or nieuw.with_name(f"{nieuw.stem}-wijzigingen.docx")
    written = write_file(target, comparison.docx, overwrite=overschrijf)
    echo(f"Gemaakt: {written.path}")
    if written.kept:
        echo(f"  {written.kept} bestond al en is bewaard. Gebruik --overschrijf om het te vervangen.")
    old, new = comparison.old.answers, comparison.new.answers
    count = len(comparison.changes)
    echo(f"Versie {old.version} → {new.version}: {count or 'geen'} gewijzigde antwoord(en){':' if count else '.'}")
    for change in comparison.changes:
        echo(f"  {change_line(change)}")
    for line in open_point_lines(old, new):
        echo(line)
