"""Commands `maak`, `schema` and `clausules`."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from akkoord.cli import app, report_error
from akkoord.errors import ExitCode, UserError


@app.command(short_help="Maak de overeenkomst (.docx) van antwoordenbestanden.")
def maak(
    antwoorden: List[Path] = typer.Argument(..., metavar="ANTWOORDEN.yaml...",
                                            help="Eén of meer antwoordenbestanden."),
    uit: Optional[Path] = typer.Option(None, "-o", "--uit", metavar="UIT",
                                       help="Bestandsnaam (.docx) of, bij meerdere bestanden, de map voor de documenten. "
                                            "Standaard: naast het antwoordenbestand."),
    huisstijl: Optional[Path] = typer.Option(None, "--huisstijl", metavar="HUISSTIJL.docx",
                                             help="Word-document met de eigen huisstijl (stijlen, marges, kop- en voettekst)."),
    clausules: List[Path] = typer.Option([], "--clausules", metavar="MAP",
                                         help="Map met eigen clausules die de standaardclausules aanvullen of vervangen."),
    overschrijf: bool = typer.Option(False, "--overschrijf",
                                     help="Vervang een bestaand document. Zonder deze optie blijft het bestaande bestand "
                                          "staan en krijgt het nieuwe een volgnummer."),
    zonder_opmerkingen: bool = typer.Option(False, "--zonder-opmerkingen",
                                            help="Zet de waarschuwingen niet als opmerking in het document."),
    strikt: bool = typer.Option(False, "--strikt", help="Maak niets zolang er waarschuwingen openstaan."),
    toelichting: bool = typer.Option(False, "--toelichting",
                                     help="Voeg achteraan een 'Toelichting voor de jurist' toe met per artikel de reden en bron."),
) -> int:
    """Maak een Word-document (.docx) van een of meer antwoordenbestanden."""
    from akkoord.build import BuildOptions, Builder, plan_targets

    builder = Builder(BuildOptions(house_style=huisstijl, clause_dirs=tuple(clausules),
                                   comments=not zonder_opmerkingen, strict=strikt,
                                   explanatory_notes=toelichting, overwrite=overschrijf))
    worst = ExitCode.OK
    for source, target in plan_targets(list(antwoorden), uit):
        try:
            result = builder.build(source, target)
        except UserError as error:
            report_error(error)
            worst = max(worst, error.exit_code)
            continue
        typer.echo(f"Gemaakt: {result.written.path}")
        if result.written.kept:
            typer.echo(f"  {result.written.kept} bestond al en is bewaard (misschien staan er wijzigingen in). "
                       "Gebruik --overschrijf om het te vervangen.")
        _summarise(result.findings, commented=not zonder_opmerkingen)
    return int(worst)


def _summarise(findings: list, commented: bool) -> None:
    if not findings:
        return
    where = " (als opmerking in het document gezet)" if commented else ""
    typer.echo(f"  {len(findings)} waarschuwing(en){where}:")
    for finding in findings[:8]:
        typer.echo(f"    {finding.code} {finding.place}: {finding.message}")
    if len(findings) > 8:
        typer.echo(f"    ... en nog {len(findings) - 8}; alles zien: akkoord controleer")


@app.command(short_help="Toon het JSON Schema van het antwoordenbestand.")
def schema() -> None:
    """Druk het JSON Schema van het antwoordenbestand af (voor automatisch aanvullen in je editor)."""
    import json

    from akkoord.answers.model import Answers

    typer.echo(json.dumps(answers_schema(Answers), ensure_ascii=False, indent=2))


def answers_schema(model) -> dict:
    schema = model.model_json_schema(by_alias=True, mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "akkoord-antwoordenbestand"
    return schema


@app.command("clausules", short_help="Toon de clausulebibliotheek.")
def clausules_command(
    toon: Optional[str] = typer.Option(None, "--toon", metavar="ID", help="Toon één clausule met toelichting, voorwaarde en tekst."),
    clausules: List[Path] = typer.Option([], "--clausules", metavar="MAP", help="Neem ook de clausules uit deze map mee."),
) -> None:
    """Toon de clausulebibliotheek: id, titel, soorten overeenkomst en voorwaarde."""
    from akkoord.library import load_library

    library = load_library(list(clausules))
    if toon:
        clause = library.clauses.get(toon)
        if clause is None:
            import difflib

            close = difflib.get_close_matches(toon, list(library.clauses), n=1)
            raise UserError(f"Er is geen clausule met id '{toon}'.",
                            f"Bedoel je '{close[0]}'?" if close else "Zie 'akkoord clausules' voor de lijst.")
        meta = clause.meta
        typer.echo(f"{meta.id}: {meta.titel}")
        typer.echo(f"  bestand:      {clause.path}")
        typer.echo(f"  soorten:      {', '.join(meta.soorten)}")
        typer.echo(f"  volgorde:     {meta.volgorde}")
        typer.echo(f"  voorwaarde:   {meta.voorwaarde or 'altijd'}")
        if "intentieovereenkomst" in meta.soorten:
            typer.echo(f"  bindend in intentieovereenkomst: {'ja' if meta.bindend_in_io else 'nee'}")
        typer.echo(f"  toelichting:  {meta.toelichting}")
        typer.echo(f"  bron:         {meta.bron}")
        typer.echo("")
        typer.echo(clause.source.split("---", 2)[2].strip())
        return
    clauses = sorted(library.clauses.values(), key=lambda c: (c.meta.volgorde, c.id))
    width = max(len(c.id) for c in clauses)
    for clause in clauses:
        kinds = "+".join("IO" if kind == "intentieovereenkomst" else "SOK" for kind in clause.meta.soorten)
        condition = f"  [als {clause.meta.voorwaarde}]" if clause.meta.voorwaarde else ""
        typer.echo(f"{clause.id:<{width}}  {kinds:<6}  {clause.meta.titel}{condition}")
