"""Command `maak`: Word documents from answers files."""

from __future__ import annotations

from pathlib import Path

from akkoord.cli.dutch_click import PATH, argument, command, option
from akkoord.cli.printing import echo, report_error
from akkoord.cli.process import settled
from akkoord.errors import ExitCode, Remedy, UserError

#: How this command lets the user change what the core's errors name.
REMEDIES = {
    Remedy.OUTPUT: "De uitvoer geef je op met -o (--uit).",
    Remedy.OVERWRITE: "Een bestaand document vervang je met --overschrijf.",
    Remedy.HOUSE_STYLE: "De huisstijl geef je op met --huisstijl.",
    Remedy.CLAUSE_DIRS: "Eigen clausules geef je op met --clausules.",
    Remedy.STRICT: "Zonder --strikt wordt het document toch gemaakt.",
}


@command("maak", remedies=REMEDIES)
@argument("antwoorden", metavar="ANTWOORDEN.yaml...", nargs=-1, required=True, type=PATH,
          help="Eén of meer antwoordenbestanden.")
@option("-o", "--uit", "uit", metavar="UIT", type=PATH,
        help="Bestandsnaam (.docx) of, bij meerdere bestanden, de map voor de documenten. "
             "Standaard: naast het antwoordenbestand.")
@option("--huisstijl", metavar="HUISSTIJL.docx", type=PATH,
        help="Word-document met de eigen huisstijl (stijlen, marges, kop- en voettekst).")
@option("--clausules", metavar="MAP", type=PATH, multiple=True,
        help="Map met eigen clausules die de standaardclausules aanvullen of vervangen.")
@option("--overschrijf", is_flag=True,
        help="Vervang een bestaand document. Zonder deze optie blijft het bestaande bestand staan en "
             "krijgt het nieuwe een volgnummer.")
@option("--zonder-opmerkingen", "zonder_opmerkingen", is_flag=True,
        help="Zet de waarschuwingen niet als opmerking in het document.")
@option("--strikt", is_flag=True, help="Maak niets zolang er waarschuwingen openstaan.")
@option("--toelichting", is_flag=True,
        help="Maak ook een interne juridische toelichting (NAAM-toelichting.docx): per artikel de reden en "
             "bron, en wat nog ingevuld of bevestigd moet worden. Geen onderdeel van de overeenkomst.")
@option("--pdf", is_flag=True, help="Maak naast elk Word-document ook een PDF (met LibreOffice).")
@option("--pdf-notities", "pdf_notities", is_flag=True,
        help="Maak ook een PDF en zet de opmerkingen daarin als notities in de kantlijn.")
def maak(antwoorden: tuple[Path, ...], uit: Path | None, huisstijl: Path | None, clausules: tuple[Path, ...],
            overschrijf: bool, zonder_opmerkingen: bool, strikt: bool, toelichting: bool, pdf: bool,
            pdf_notities: bool) -> int:
    """Maak een Word-document (.docx) van een of meer antwoordenbestanden."""
    from akkoord.build import Builder, BuildOptions, plan_targets

    if pdf or pdf_notities:
        from akkoord.pdf import find_soffice

        find_soffice()  # before anything is made: no Word documents without the PDFs that were asked for

    builder = Builder(BuildOptions(house_style=huisstijl, clause_dirs=tuple(clausules),
                                   comments=not zonder_opmerkingen, strict=strikt,
                                   explanatory_notes=toelichting, overwrite=overschrijf))
    settled()
    worst = ExitCode.OK
    made: list[Path] = []
    for source, target in plan_targets(list(antwoorden), uit):
        try:
            result = builder.build(source, target)
        except UserError as error:
            report_error(error, REMEDIES)
            worst = max(worst, error.exit_code)
            continue
        made.append(result.written.path)
        echo(f"Gemaakt: {result.written.path}")
        if result.notes is not None:
            made.append(result.notes.path)
            echo(f"Gemaakt: {result.notes.path} (interne toelichting, niet meesturen)")
        if result.written.kept:
            echo(f"  {result.written.kept} bestond al en is bewaard (misschien staan er wijzigingen in). "
                 "Gebruik --overschrijf om het te vervangen.")
        _summarise(result.findings, commented=not zonder_opmerkingen)
    if made and (pdf or pdf_notities):
        worst = max(worst, _pdfs(made, notes=pdf_notities and not zonder_opmerkingen, overwrite=overschrijf))
    return int(worst)


def _pdfs(documents: list[Path], *, notes: bool, overwrite: bool) -> ExitCode:
    from akkoord.pdf import to_pdf

    try:
        written = to_pdf(documents, notes=notes, overwrite=overwrite)
    except UserError as error:
        report_error(error, REMEDIES)
        return error.exit_code
    for item in written:
        echo(f"Gemaakt: {item.path}")
    return ExitCode.OK


def _summarise(findings: list, commented: bool) -> None:
    if not findings:
        return
    where = " (als opmerking in het document gezet)" if commented else ""
    echo(f"  {len(findings)} waarschuwing(en){where}:")
    for finding in findings[:8]:
        echo(f"    {finding.code} {finding.place}: {finding.message}")
    if len(findings) > 8:
        echo(f"    ... en nog {len(findings) - 8}; alles zien: akkoord controleer")
