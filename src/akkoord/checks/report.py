"""Findings as Dutch text for the terminal, grouped by section or paragraph, and as JSON objects."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from akkoord.checks.base import Check, Finding

EXCERPT_WIDTH = 90


def _group(place: str) -> str:
    return place if place.startswith("alinea ") else place.split(".")[0].split("[")[0]


def _excerpt(text: str) -> str:
    return text if len(text) <= EXCERPT_WIDTH else text[:EXCERPT_WIDTH - 1].rstrip() + "…"


def _wrap(label: str, text: str) -> list[str]:
    return textwrap.wrap(f"{label}{text}", width=100, initial_indent="    ", subsequent_indent="      ")


def render_findings(findings: Sequence[Finding], file_name: str) -> str:
    """The open (unacknowledged) findings, grouped; acknowledged ones are only counted."""
    shown = [finding for finding in findings if not finding.acknowledged]
    hidden = len(findings) - len(shown)
    lines: list[str] = []
    if not shown:
        lines.append(f"{file_name}: geen waarschuwingen.")
    else:
        count = "1 waarschuwing" if len(shown) == 1 else f"{len(shown)} waarschuwingen"
        lines.append(f"{file_name}: {count}.")
        current = None
        explained: set[str] = set()
        for finding in shown:
            group = _group(finding.place)
            if group != current:
                current = group
                lines.append("")
                heading = group
                if finding.text is not None:
                    heading += f": “{_excerpt(finding.text)}”"
                lines.append(heading)
            where = "" if finding.place == group else f"{finding.place}  "
            lines.append(f"  {where}{finding.code} {finding.name} ({finding.category})")
            lines.append(f"    {finding.message}")
            if finding.code in explained:
                lines.append(f"    Waarom en beter: zie {finding.code} hierboven.")
                continue
            explained.add(finding.code)
            lines.extend(_wrap("Waarom: ", f"{finding.why} ({finding.source})"))
            lines.extend(_wrap("Beter: ", finding.suggestion))
        lines.append("")
        lines.append("Meer uitleg over een waarschuwing: akkoord uitleg CODE (bijvoorbeeld akkoord uitleg "
                     f"{shown[0].code}).")
    if hidden:
        lines.append(f"{hidden} erkende waarschuwing(en) niet getoond (zie 'erkend:' in het antwoordenbestand; "
                     "--json toont ze).")
    return "\n".join(lines)


def findings_json(findings: Sequence[Finding]) -> str:
    return json.dumps([finding.as_json() for finding in findings], ensure_ascii=False, indent=2)


def render_check(check: Check) -> str:
    """One check's documentation for `akkoord uitleg`."""
    from akkoord.checks.docs import example_block, word_list

    lines = [f"{check.code} {check.name}", f"categorie: {check.category}   niveau: {check.level}"]
    if check.applies_to:
        lines.append(f"alleen bij: {check.applies_to}")
    lines += ["", "Wat het signaleert", *textwrap.wrap(check.flags, 100)]
    if words := word_list(check):
        lines += ["", "Woorden en uitdrukkingen", *textwrap.wrap(words, 100)]
    lines += ["", "Waarom het ertoe doet", *textwrap.wrap(check.why, 100),
              "", "Voorbeeld", *example_block(check.example, check).splitlines(),
              "", "Beter", *example_block(check.better, check).splitlines(),
              "", "Suggestie", *textwrap.wrap(check.suggestion, 100),
              "", "Bron", check.source]
    return "\n".join(lines)
