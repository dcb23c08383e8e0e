"""The checks documentation, generated from the catalogue: `python -m akkoord.checks.docs > docs/controles.md`."""

from __future__ import annotations

from akkoord.checks.base import Check, ExampleKind
from akkoord.checks.catalogue import CATEGORY_TITLES, CHECKS
from akkoord.checks.wording import VAGUE_TERMS

#: The documentation sections every check has (the schema of the checks files requires each one).
SECTIONS = ("Wat het signaleert", "Waarom het ertoe doet", "Voorbeeld", "Beter", "Bron")


def word_list(check: Check) -> str:
    """The vague words of a wording check as phrases it flags ("zo … mogelijk"), never pattern syntax."""
    from akkoord.checks.required import examples

    phrases: list[str] = []
    for term in VAGUE_TERMS.get(check.code, ()):
        phrases.extend(phrase for phrase in examples(term.pattern) if phrase not in phrases)
    return ", ".join(f"'{phrase}'" for phrase in phrases)


def example_block(text: str, check: Check) -> str:
    if check.example_kind in (ExampleKind.ANSWERS, ExampleKind.DOCUMENT):
        return "\n".join("    " + line for line in text.splitlines())
    return f"    {text}"


def _markdown_example(text: str, check: Check) -> str:
    if check.example_kind is ExampleKind.ANSWERS:
        return f"```yaml\n{text}\n```"
    if check.example_kind is ExampleKind.DOCUMENT:
        return f"```text\n{text}\n```"
    return f"> {text}"


def _wording_range() -> str:
    codes = [check.code for check in CHECKS if check.rule is None]
    return f"{codes[0]}–{codes[-1]}"


def render() -> str:
    lines = [
        "# Controles",
        "",
        "<!-- Gegenereerd uit src/akkoord/checks/controles/*.yaml met "
        "`python -m akkoord.checks.docs > docs/controles.md`; niet met de hand bewerken. -->",
        "",
        "`akkoord controleer` en `akkoord maak` waarschuwen als afspraken te vaag of te kortlopend zijn, of "
        "als afspraken ontbreken die de samenwerking laten doorlopen als mensen of geld wisselen. Elke "
        "waarschuwing zegt wat er mis is, waarom dat ertoe doet (met de bron) en wat je beter kunt schrijven.",
        "",
        "Partijen kiezen soms bewust voor een open afspraak (Participatiecoalitie 2022, §2.3.3). Erken een "
        "waarschuwing dan met een reden in het antwoordenbestand, bijvoorbeeld "
        "`erkend: {AK203: \"financiering na 2027 volgt uit het raadsbesluit\"}`: hij verdwijnt uit de uitvoer "
        "en de opmerkingen, en blijft in `--json` staan als erkend.",
        "",
        "Bij een Word-document of tekstbestand controleert `akkoord controleer` alleen de formulering "
        f"({_wording_range()}), per alinea. Een vaag woord wordt niet gemeld als dezelfde zin het concreet maakt: "
        "'in overleg', 'regelmatig', 'tijdig' of 'nader te bepalen' met een datum, termijn of frequentie in "
        "dezelfde zin ('in overleg met de coöperatie vóór 1 juli 2027') is een afspraak. In een "
        "antwoordenbestand wordt de aanleiding niet op formulering gecontroleerd: die wordt de overwegingen, "
        "en die binden niemand.",
        "",
        "| code | naam | categorie | niveau |",
        "|---|---|---|---|",
        *(f"| [{c.code}](#{c.code.lower()}-{c.name}) | {c.name} | {c.category} | {c.level} |" for c in CHECKS),
    ]
    for category, title in CATEGORY_TITLES.items():
        lines += ["", f"## {title}"]
        for check in (c for c in CHECKS if c.category is category):
            lines += ["", f"### {check.code} {check.name}", "",
                      f"*{check.category}, {check.level}*"
                      + (f" — alleen bij een {check.applies_to}" if check.applies_to else ""), "",
                      f"Melding: {check.message.replace('{fragment}', '…')}", "",
                      "#### Wat het signaleert", "", check.flags]
            if words := word_list(check):
                lines += ["", f"Woorden en uitdrukkingen: {words}."]
            lines += ["", "#### Waarom het ertoe doet", "", check.why,
                      "", "#### Voorbeeld", "", _markdown_example(check.example, check),
                      "", "#### Beter", "", _markdown_example(check.better, check), "", check.suggestion,
                      "", "#### Bron", "", check.source]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import sys

    sys.stdout.write(render())
