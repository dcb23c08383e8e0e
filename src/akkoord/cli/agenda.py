"""Command `agenda`: open points and open warnings of an agreement, per article, for the next round."""

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


@command("agenda", remedies=REMEDIES)
@argument("antwoorden", metavar="ANTWOORDEN.yaml", type=PATH, help="Het antwoordenbestand.")
@option("-o", "--uit", "uit", metavar="UIT.docx", type=PATH,
        help="Het Word-document met de agenda. Standaard: naast het antwoordenbestand, met '-agenda' achter de naam.")
@option("--alleen-tekst", "alleen_tekst", is_flag=True, help="Toon de agenda alleen hier, maak geen Word-document.")
@option("--huisstijl", metavar="HUISSTIJL.docx", type=PATH, help="Word-document met de eigen huisstijl.")
@option("--clausules", metavar="MAP", type=PATH, multiple=True, help="Map met eigen clausules.")
@option("--overschrijf", is_flag=True, help="Vervang een bestaand document.")
def agenda(antwoorden: Path, uit: Path | None, alleen_tekst: bool, huisstijl: Path | None,
           clausules: tuple[Path, ...], overschrijf: bool) -> None:
    """Maak de agenda voor de volgende onderhandelingsronde: per artikel (met nummer) de open punten met
    de voorstellen van elke partij naast elkaar, en de waarschuwingen die nog niet zijn erkend. De agenda
    verschijnt hier en, tenzij --alleen-tekst, als Word-document."""
    from akkoord.answers.loading import load_answers
    from akkoord.build import active_findings, default_house_style
    from akkoord.docx_writer import open_reference
    from akkoord.library import load_library
    from akkoord.output import write_file
    from akkoord.rounds.agenda import agenda_lines, build_agenda

    answers = load_answers(antwoorden)
    library = load_library(list(clausules))
    result = build_agenda(answers, library, active_findings(answers))
    for line in agenda_lines(result):
        echo(line)
    if alleen_tekst:
        return
    from akkoord.rounds.agenda_docx import write_agenda

    data = write_agenda(result, open_reference(huisstijl, default_house_style()))
    written = write_file(uit or antwoorden.with_name(f"{antwoorden.stem}-agenda.docx"), data, overwrite=overschrijf)
    echo("")
    echo(f"Gemaakt: {written.path}")
