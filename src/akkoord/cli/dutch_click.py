"""click with Dutch help and usage messages: the command, group and argument classes every command uses.

click writes its help sections and messages in English (through gettext, without a Dutch catalogue).
Instead of patching click, these subclasses write the help themselves, so every word a user reads
is ours and the layout does not depend on the click version.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator, Mapping, MutableMapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import click

from akkoord.errors import Remedy
from akkoord.terminal import terminal_columns

HELP_OPTION_TEXT = "Toon deze hulp en stop."
CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}
#: A path typed on the command line; the metavar (BESTAND, MAP, ...) says which kind.
PATH = click.Path(path_type=Path)


class Argument(click.Argument):
    """A positional argument with a help text (click before 8.5 has none for arguments)."""

    def __init__(self, param_decls: Any, help: str | None = None, **attrs: Any) -> None:
        super().__init__(param_decls, **attrs)
        self.help = help

    def placeholder(self) -> str:
        return self.metavar or (self.name or "").upper()


class Context(click.Context):
    def make_formatter(self) -> click.HelpFormatter:
        # click's own rule for the width when none is given (click.formatting.HelpFormatter).
        width = self.terminal_width or click.formatting.FORCED_WIDTH or \
            max(min(terminal_columns(), self.max_content_width or 80) - 2, 50)
        return self.formatter_class(width=width, max_width=self.max_content_width)


class _DutchHelp:
    """Help layout shared by commands and the group: Gebruik, Argumenten, Opties."""

    context_class: type[click.Context] = Context

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = HELP_OPTION_TEXT
        return option

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        pieces = ["[OPTIES]"]
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            if isinstance(param, Argument):
                name = param.placeholder()
                pieces.append(name if param.required else f"[{name}]")
        return pieces

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)), "Gebruik: ")

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self.format_usage(ctx, formatter)
        self.format_help_text(ctx, formatter)  # type: ignore[attr-defined]
        self.format_arguments_and_options(ctx, formatter)
        self.format_epilog(ctx, formatter)  # type: ignore[attr-defined]

    def format_arguments_and_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        params = self.get_params(ctx)  # type: ignore[attr-defined]
        arguments = [(p.placeholder(), _with_required(p.help or "", p.required))
                     for p in params if isinstance(p, Argument)]
        options = [_dutch_record(record) for p in params
                   if not isinstance(p, click.Argument) and (record := p.get_help_record(ctx))]
        if arguments:
            with formatter.section("Argumenten"):
                formatter.write_dl(arguments)
        if options:
            with formatter.section("Opties"):
                formatter.write_dl(options)


def _with_required(text: str, required: bool) -> str:
    return f"{text}  [verplicht]" if required else text


def _dutch_record(record: tuple[str, str]) -> tuple[str, str]:
    names, text = record
    return names, text.replace("[required]", "[verplicht]").replace("default:", "standaard:")


class Command(_DutchHelp, click.Command):
    """One akkoord command.

    `remedies` says, per setting the core may name in an error (`akkoord.errors.Remedy`), how this
    command lets the user change it: "De uitvoer kies je met -o." The core itself names no options.
    """

    def __init__(self, *args: Any, remedies: Mapping[Remedy, str] | None = None, quick_exit: bool = True,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.remedies: Mapping[Remedy, str] = remedies or {}
        #: End the process with os._exit once output is flushed (akkoord.cli.process). False for a
        #: command whose libraries clean up at exit, such as the wizard's terminal handling.
        self.quick_exit = quick_exit


class Registered(NamedTuple):
    """A command as `akkoord --help` lists it. Its module, akkoord.cli.NAME, defines the command NAME
    and is imported only when that command runs: a command imports what it needs, and nothing of the others."""

    name: str
    #: One line for `akkoord --help`.
    short_help: str

    def load(self) -> click.Command:
        command = getattr(importlib.import_module(f"akkoord.cli.{self.name}"), self.name)
        command.short_help = self.short_help
        return command


class Commands(MutableMapping[str, click.Command]):
    """The group's commands by name, in the order registered; a command is loaded when it is looked up."""

    def __init__(self, registered: Sequence[Registered] = ()) -> None:
        self.registered = {entry.name: entry for entry in registered}
        self._loaded: dict[str, click.Command] = {}
        self._order = list(self.registered)

    def __getitem__(self, name: str) -> click.Command:
        if name not in self._loaded:
            self._loaded[name] = self.registered[name].load()
        return self._loaded[name]

    def __setitem__(self, name: str, command: click.Command) -> None:
        if name not in self._order:
            self._order.append(name)
        self._loaded[name] = command

    def __delitem__(self, name: str) -> None:
        self._order.remove(name)
        self._loaded.pop(name, None)
        self.registered.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)

    def __len__(self) -> int:
        return len(self._order)

    def short_help(self, name: str) -> str | None:
        """The summary `akkoord --help` shows, without loading a registered command; None for a hidden one."""
        if name in self.registered:
            return self.registered[name].short_help
        command = self[name]
        return None if command.hidden else command.short_help or command.get_short_help_str(limit=200)


class Group(_DutchHelp, click.Group):
    """The `akkoord` group: commands listed in the order they were registered, summaries never cut off."""

    def __init__(self, *args: Any, registered: Sequence[Registered] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands: Commands = Commands(registered)

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        return ["[OPTIES]", "COMMANDO", "[ARGUMENTEN]..."]

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)

    def format_arguments_and_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_arguments_and_options(ctx, formatter)
        rows = [(name, summary) for name in self.commands if (summary := self.commands.short_help(name)) is not None]
        if rows:
            with formatter.section("Commando's"):
                formatter.write_dl(rows)


def command(name: str, **attrs: Any) -> Callable[[Callable[..., Any]], Command]:
    """Declare a command; its docstring is the help text of `akkoord NAME --help`, its summary is registered
    in akkoord/cli/__init__.py."""
    return click.command(name, cls=Command, context_settings=CONTEXT_SETTINGS, **attrs)


def argument(name: str, *, metavar: str, help: str, **attrs: Any) -> Callable[[Any], Any]:
    """A positional argument; `metavar` is the Dutch placeholder shown in the help (BESTAND, CODE)."""
    return click.argument(name, cls=Argument, metavar=metavar, help=help, **attrs)


def option(*decls: str, help: str, **attrs: Any) -> Callable[[Any], Any]:
    """An option; give a Dutch `metavar` to every option that takes a value."""
    if not attrs.get("is_flag") and "metavar" not in attrs:
        raise TypeError(f"option {decls}: give a Dutch metavar")
    return click.option(*decls, help=help, **attrs)


# click's usage errors, by the English text click writes (stable across click 8.x), into Dutch. Patterns,
# not compiled ones: they are needed only after a typing error, and re caches what it compiles.
_USAGE_PATTERNS = [
    (r"No such command '(.+)'\.", "onbekend commando: {0}; zie 'akkoord --help'"),
    (r"Got unexpected extra arguments? \((.+)\)", "onverwacht extra argument: {0}"),
    (r"Option '(.+)' requires an argument\.", "optie {0} heeft een waarde nodig"),
    (r"Option '(.+)' does not take a value\.", "optie {0} neemt geen waarde"),
    (r"Invalid value for '(.+?)': (.+)", "ongeldige waarde voor {0}: {1}"),
    (r"Missing command\.", "geef een commando"),
]


def usage_message(error: click.ClickException) -> str:
    """The Dutch message for a click usage error, with where to find the possibilities."""
    text = _usage_text(error)
    command = ""
    if getattr(error, "ctx", None) is not None:
        command = error.ctx.command_path  # type: ignore[attr-defined]
    hint = f"\n  Zie '{command or 'akkoord'} --help' voor de mogelijkheden."
    return f"Fout: {text}.{hint}" if not text.endswith(".") else f"Fout: {text}{hint}"


def _usage_text(error: click.ClickException) -> str:
    if isinstance(error, click.NoSuchOption):
        return f"onbekende optie: {error.option_name}"
    if isinstance(error, click.MissingParameter) and error.param is not None:
        param = error.param
        if isinstance(param, Argument):
            return f"ontbrekend argument {param.placeholder()}"
        return f"ontbrekende optie {' / '.join(param.opts)}"
    text = error.format_message()
    for pattern, dutch in _USAGE_PATTERNS:
        if match := re.search(pattern, text):
            return dutch.format(*(group or "" for group in match.groups()))
    return text
