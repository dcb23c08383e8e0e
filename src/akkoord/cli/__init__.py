"""The command line: parses arguments, calls the core, prints results; errors handled in one place."""

from __future__ import annotations

import os
import sys
import traceback

import typer
from typer._click.exceptions import ClickException
from typer.exceptions import Abort, Exit

from akkoord import __version__
from akkoord.cli import dutch_click
from akkoord.errors import ExitCode, UserError

app = typer.Typer(
    name="akkoord",
    help=("Stel een intentie- of samenwerkingsovereenkomst op tussen een bewonersinitiatief en de "
          "gemeente, en krijg waarschuwingen als afspraken te vaag, te kortlopend of onvoldoende "
          "geborgd zijn.\n\nBegin met 'akkoord nieuw', of maak een document van een antwoordenbestand "
          "met 'akkoord maak antwoorden.yaml'."),
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)

_state = {"debug": False}


def _version(value: bool) -> None:
    if value:
        typer.echo(f"akkoord {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    debug: bool = typer.Option(False, "--debug", help="Toon bij een fout ook de technische details."),
    versie: bool = typer.Option(False, "--versie", callback=_version, is_eager=True,
                                help="Toon het versienummer en stop."),
) -> None:
    _state["debug"] = debug


def report_error(error: UserError) -> None:
    from akkoord.printable import printable  # messages quote user input: no escapes reach the terminal

    typer.echo(f"Fout: {printable(error.message)}", err=True)
    if error.hint:
        typer.echo(f"  {printable(error.hint)}", err=True)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `akkoord` console script; returns the exit code."""
    # akkoord uses no pydantic plugins; looking for them scans every installed package (10 ms).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")
    from akkoord.cli import commands  # noqa: F401  (registers the commands)

    dutch_click.install()
    _terminate_like_interrupt()
    args = sys.argv[1:] if argv is None else argv
    _state["debug"] = "--debug" in args
    try:
        result = app(args=args, prog_name="akkoord", standalone_mode=False)
        if result == _TYPER_INTERRUPTED:  # typer turns Ctrl-C into exit code 130, silently
            typer.echo(_INTERRUPTED, err=True)
            return int(ExitCode.ONDERBROKEN)
        return int(result or 0)
    except UserError as error:
        if _state["debug"]:
            traceback.print_exc()
        report_error(error)
        return int(error.exit_code)
    except Exit as exit_:
        if isinstance(exit_.__cause__, KeyboardInterrupt):  # typer's translation of Ctrl-C
            typer.echo(_INTERRUPTED, err=True)
            return int(ExitCode.ONDERBROKEN)
        return int(exit_.exit_code)
    except Abort:
        typer.echo("Afgebroken.", err=True)
        return int(ExitCode.ONDERBROKEN)
    except ClickException as error:
        typer.echo(dutch_click.usage_message(error), err=True)
        return int(ExitCode.GEBRUIKSFOUT)
    except KeyboardInterrupt:
        typer.echo(_INTERRUPTED, err=True)
        return int(ExitCode.ONDERBROKEN)
    except Exception:  # a bug in akkoord: no traceback for users unless they ask
        if _state["debug"]:
            traceback.print_exc()
        else:
            typer.echo("Interne fout in akkoord. Draai hetzelfde commando nog eens met --debug en meld "
                       "de uitvoer bij de makers. Je invoer is niet gewijzigd.", err=True)
        return int(ExitCode.INTERNE_FOUT)


_TYPER_INTERRUPTED = 130
_INTERRUPTED = "\nAfgebroken. Wat al gemaakt was, is compleet; er is niets half geschreven."


def _terminate_like_interrupt() -> None:
    """SIGTERM (a closed session, `kill`) ends akkoord the way Ctrl-C does: cleanly, with a message."""
    import signal
    import threading

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        signal.signal(signal.SIGTERM, interrupt)


def run() -> None:
    sys.exit(main())
