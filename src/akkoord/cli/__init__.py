"""The command line: the `akkoord` group, the list of its commands, and errors handled in one place.

Each command lives in its own module under akkoord/cli/ and only parses, calls the core and prints.
A command module never imports this package's `__init__`; it defines one click command, named
after it, and the tuple `COMMANDS` below registers it with its one-line summary. A command's
module is imported only when that command runs, so `akkoord --help` and each command start without
the others. To add `akkoord naam`:

1. Write src/akkoord/cli/naam.py::

       from pathlib import Path

       from akkoord.cli.dutch_click import PATH, argument, command, option
       from akkoord.cli.printing import echo
       from akkoord.errors import ExitCode

       @command("naam")
       @argument("bestand", metavar="BESTAND", type=PATH, help="Wat het bestand is.")
       @option("--json", "json_uitvoer", is_flag=True, help="Druk het resultaat af als JSON.")
       def naam(bestand: Path, json_uitvoer: bool) -> int:
           \"\"\"The Dutch help text of `akkoord naam --help`.\"\"\"
           from akkoord.something import work   # heavy imports inside: --help stays fast

           echo(work(bestand, json_uitvoer))
           return int(ExitCode.OK)

   Raise `akkoord.errors.UserError` for anything the user must fix; main() prints it and exits 2.
   Give every option that takes a value a Dutch metavar (BESTAND, MAP, ID); `option()` insists.
2. Add `Registered("naam", "Eén regel voor 'akkoord --help'.")` to `COMMANDS`, where it should
   appear in `akkoord --help`.
"""

from __future__ import annotations

import os
import sys

import click

from akkoord import __version__
from akkoord.cli.dutch_click import CONTEXT_SETTINGS, Group, Registered
from akkoord.cli.printing import echo, report_error
from akkoord.cli.process import exit_now, finish, start
from akkoord.errors import ExitCode, UserError

#: The commands, in the order of `akkoord --help` (the wizard first, for new users), with their summaries.
COMMANDS = (
    Registered("nieuw", "Stel een overeenkomst op met een vraaggesprek."),
    Registered("maak", "Maak de overeenkomst (.docx) van antwoordenbestanden."),
    Registered("schema", "Toon het JSON Schema van het antwoordenbestand."),
    Registered("clausules", "Toon de clausulebibliotheek."),
    Registered("controleer", "Controleer op vage, kortlopende of ongeborgde afspraken."),
    Registered("uitleg", "Leg een waarschuwing uit (bijvoorbeeld AK101)."),
    Registered("wijzigingen", "Toon de bijgehouden wijzigingen en opmerkingen in een teruggestuurd document."),
    Registered("vergelijk", "Maak de nieuwe versie met bijgehouden wijzigingen ten opzichte van de oude."),
    Registered("agenda", "Zet de open punten en waarschuwingen per artikel op een rij voor de volgende ronde."),
)

HELP = ("Stel een intentie- of samenwerkingsovereenkomst op tussen een bewonersinitiatief en de "
        "gemeente, en krijg waarschuwingen als afspraken te vaag, te kortlopend of onvoldoende "
        "geborgd zijn.\n\nBegin met 'akkoord nieuw', of maak een document van een antwoordenbestand "
        "met 'akkoord maak antwoorden.yaml'.")


def _show_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        echo(f"akkoord {__version__}")
        ctx.exit()


@click.group("akkoord", cls=Group, help=HELP, context_settings=CONTEXT_SETTINGS, invoke_without_command=True,
             registered=COMMANDS)
@click.option("--debug", is_flag=True, help="Toon bij een fout ook de technische details.")
@click.option("--versie", is_flag=True, expose_value=False, is_eager=True, callback=_show_version,
              help="Toon het versienummer en stop.")
@click.pass_context
def app(ctx: click.Context, debug: bool) -> None:
    if ctx.invoked_subcommand is None:
        # Without a command there is nothing to do: show what there is, as a usage error.
        raise _NoCommand("", ctx)


class _NoCommand(click.UsageError):
    pass


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `akkoord` console script; returns the exit code."""
    # akkoord uses no pydantic plugins; looking for them scans every installed package (10 ms).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")
    thresholds = start()
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        return _dispatch(args)
    finally:
        # An interactive command may compile patterns made of what the user types: those are not kept.
        finish(thresholds, keep_patterns=getattr(_command_of(args), "quick_exit", True))


def _dispatch(args: list[str]) -> int:
    debug = "--debug" in args
    _terminate_like_interrupt()
    try:
        result = app.main(args=args, prog_name="akkoord", standalone_mode=False)
        return int(result or 0)
    except UserError as error:
        if debug:
            _print_traceback()
        report_error(error, _remedies_of(args))
        return int(error.exit_code)
    except click.exceptions.Exit as exit_:
        return int(exit_.exit_code)
    except click.Abort:
        echo("Afgebroken.", err=True)
        return int(ExitCode.ONDERBROKEN)
    except _NoCommand as error:
        echo(error.ctx.get_help() if error.ctx else HELP, err=True)
        return int(ExitCode.GEBRUIKSFOUT)
    except click.ClickException as error:
        from akkoord.cli.dutch_click import usage_message

        echo(usage_message(error), err=True)
        return int(ExitCode.GEBRUIKSFOUT)
    except KeyboardInterrupt:
        echo("\nAfgebroken.", err=True)
        return int(ExitCode.ONDERBROKEN)
    except Exception:  # a bug in akkoord: no traceback for users unless they ask
        if debug:
            _print_traceback()
        else:
            echo("Interne fout in akkoord. Draai hetzelfde commando nog eens met --debug en meld "
                 "de uitvoer bij de makers. Je invoer is niet gewijzigd.", err=True)
        return int(ExitCode.INTERNE_FOUT)


def _print_traceback() -> None:
    import traceback  # only for --debug: importing it costs more than a document's checks

    traceback.print_exc()


def _command_of(args: list[str]) -> click.Command | None:
    """The command being run: the first word that is not a root option."""
    return app.commands.get(next((arg for arg in args if not arg.startswith("-")), ""))


def _remedies_of(args: list[str]) -> dict:
    return dict(getattr(_command_of(args), "remedies", {}))


def _terminate_like_interrupt() -> None:
    """SIGTERM (a closed session, `kill`) ends akkoord the way Ctrl-C does: cleanly, with a message."""
    import signal
    import threading

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        signal.signal(signal.SIGTERM, interrupt)


def run() -> None:
    """The console script: main(), then an exit without interpreter tear-down where that is safe."""
    code = main()
    if getattr(_command_of(sys.argv[1:]), "quick_exit", True):
        exit_now(code)
    sys.exit(code)
