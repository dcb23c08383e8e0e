"""Building documents: answers files in, .docx files out, with the library and house style loaded once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from akkoord.anchoring import PlacedRemark, open_placeholders
from akkoord.answers.loading import load_answers
from akkoord.answers.model import Answers
from akkoord.assembly import assemble, templates_dir
from akkoord.document import Agreement
from akkoord.docx_writer import Reference, open_reference, write_agreement
from akkoord.errors import ExitCode, Remedy, UserError
from akkoord.library import Library, load_library
from akkoord.output import Written, plan_targets, write_file  # noqa: F401 (plan_targets: for the CLI)
from akkoord.rounds.open_points import refuse_open_points, with_open_points


@dataclass(frozen=True)
class BuildOptions:
    house_style: Path | None = None
    clause_dirs: tuple[Path, ...] = ()
    comments: bool = True
    strict: bool = False
    explanatory_notes: bool = False
    overwrite: bool = False
    today: dt.date | None = None


@dataclass
class BuildResult:
    written: Written
    findings: list[Any] = field(default_factory=list)
    #: The separate internal toelichting, when asked for.
    notes: Written | None = None


def notes_path(agreement: Path) -> Path:
    """'overeenkomst.docx' -> 'overeenkomst-toelichting.docx', beside it."""
    return agreement.with_name(f"{agreement.stem}-toelichting{agreement.suffix}")


def default_house_style() -> Path:
    return templates_dir() / "huisstijl.docx"


class Builder:
    """Loads the clause library and house style once, then builds as many documents as asked."""

    def __init__(self, options: BuildOptions) -> None:
        self.options = options
        self.library: Library = load_library(list(options.clause_dirs))
        self.reference = open_reference(options.house_style, default_house_style())

    def build(self, source: Path, target: Path) -> BuildResult:
        answers = load_answers(source)
        refuse_open_points(source, answers, strict=self.options.strict)
        findings = active_findings(answers)
        if self.options.strict and findings:
            raise UserError(
                f"{source}: {len(findings)} waarschuwing(en) staan nog open; in de strikte modus wordt er niets "
                f"gemaakt.",
                "Bekijk ze met 'akkoord controleer', verbeter de antwoorden of erken ze onder 'erkend:'.",
                exit_code=ExitCode.WAARSCHUWINGEN, remedy=Remedy.STRICT)
        agreement = assemble(answers, self.library, remarks=[placed(f) for f in findings],
                             explanatory_notes=self.options.explanatory_notes, today=self.options.today,
                             comments=self.options.comments)
        agreement = with_open_points(agreement, answers, self.library, self.options.today)
        refuse_open_placeholders(source, agreement, strict=self.options.strict)
        data = write_agreement(agreement, self.reference)
        notes_data = _notes(agreement, self.reference) if self.options.explanatory_notes else None
        written = write_file(target, data, overwrite=self.options.overwrite)
        notes = None
        if notes_data is not None:
            # Named after the agreement as written, so a kept older file keeps its own toelichting.
            notes = write_file(notes_path(written.path), notes_data, overwrite=self.options.overwrite)
        return BuildResult(written=written, findings=findings, notes=notes)


def _notes(agreement: Agreement, reference: Reference) -> bytes:
    # Imported only for --toelichting: its modules' records would cost every run of maak.
    from akkoord.docx_notes import write_notes
    from akkoord.toelichting import build_notes

    return write_notes(build_notes(agreement), reference)


def refuse_open_placeholders(source: Path, agreement: Agreement, *, strict: bool) -> None:
    """A document with missing facts can be a concept, never a final or a strict build."""
    if not (strict or not agreement.is_concept):
        return
    missing = open_placeholders(agreement)
    if not missing:
        return
    why = "met --strikt" if strict else "met status: definitief"
    listed = "\n".join(f"  [{item.label}] in de {where}" if where.startswith("comparitie") else
                       f"  [{item.label}] in {where}" for item, where in missing)
    raise UserError(
        f"{source}: het document heeft nog {len(missing)} open plek(ken); {why} wordt er niets gemaakt:\n{listed}",
        "Vul de ontbrekende gegevens in het antwoordenbestand in (akkoord controleer noemt de velden), "
        "of maak eerst een concept (status: concept, zonder --strikt).")


def active_findings(answers: Answers) -> list[Any]:
    """The warnings that are not acknowledged in the answers file."""
    from akkoord.checks import check_answers

    return [finding for finding in check_answers(answers) if not finding.acknowledged]


def placed(finding: Any) -> PlacedRemark:
    return PlacedRemark(place=finding.place, code=finding.code, message=finding.message, why=finding.why,
                        source=finding.source, suggestion=finding.suggestion)
