"""Dutch wording for the help and usage messages of typer's built-in click, which users see around ours.

typer 0.29 vendors click as `typer._click`, without translations, so we adjust the few strings a
user sees. Each adjustment is guarded: on another typer version the texts stay English, nothing breaks.
"""

from __future__ import annotations

import re
from typing import Any

_TRANSLATIONS = {
    "Usage:": "Gebruik:",
    "Options": "Opties",
    "Commands": "Commando's",
    "Arguments": "Argumenten",
    "Show this message and exit.": "Toon deze hulp en stop.",
    "Try {command!r} for help.": "Zie {command!r} voor hulp.",
    "Error": "Fout",
    "required": "verplicht",
    "default: {default}": "standaard: {default}",
}

_USAGE_PATTERNS = [
    (re.compile(r"No such option: (.+?)(?:\s+\(Possible options: (.+)\))?$"), "onbekende optie: {0}"),
    (re.compile(r"No such command '(.+)'\."), "onbekend commando: {0}; zie 'akkoord --help'"),
    (re.compile(r"Missing argument '(.+)'\."), "ontbrekend argument {0}"),
    (re.compile(r"Missing option '(.+)'\."), "ontbrekende optie {0}"),
    (re.compile(r"Got unexpected extra arguments? \((.+)\)"), "onverwacht extra argument: {0}"),
    (re.compile(r"Option '(.+)' requires an argument\."), "optie {0} heeft een waarde nodig"),
    (re.compile(r"Invalid value for '(.+?)': (.+)"), "ongeldige waarde voor {0}: {1}"),
    (re.compile(r"(?:File|Path) '(.+)' does not exist\."), "bestand '{0}' bestaat niet"),
]


def _gettext(message: str) -> str:
    return _TRANSLATIONS.get(message, message)


_installed = False


def install() -> None:
    global _installed
    if _installed:
        return
    _installed = True
    try:
        import typer.core
        from typer._click import core as click_core
        from typer._click import formatting
    except ImportError:
        return
    if hasattr(typer.core, "_"):
        typer.core._ = _gettext  # type: ignore[attr-defined]
    original_usage = getattr(formatting.HelpFormatter, "write_usage", None)
    if original_usage is not None:
        def write_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
            original_usage(self, prog, args, prefix or "Gebruik: ")
        formatting.HelpFormatter.write_usage = write_usage  # type: ignore[method-assign]
    original_help = getattr(click_core.Command, "get_help_option", None)
    if original_help is not None:
        def get_help_option(self: Any, ctx: Any) -> Any:
            option = original_help(self, ctx)
            if option is not None:
                option.help = _TRANSLATIONS["Show this message and exit."]
            return option
        click_core.Command.get_help_option = get_help_option  # type: ignore[method-assign]


def usage_message(error: Any) -> str:
    text = error.format_message()
    for pattern, dutch in _USAGE_PATTERNS:
        if match := pattern.search(text):
            text = dutch.format(*(group or "" for group in match.groups()))
            break
    command = ""
    if getattr(error, "ctx", None) is not None:
        command = error.ctx.command_path
    hint = f"\n  Zie '{command or 'akkoord'} --help' voor de mogelijkheden."
    return f"Fout: {text}.{hint}" if not text.endswith(".") else f"Fout: {text}{hint}"
