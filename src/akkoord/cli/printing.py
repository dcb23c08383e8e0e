"""What every command prints: results on standard output, errors in Dutch on standard error."""

from __future__ import annotations

from collections.abc import Mapping

import click

from akkoord.errors import Remedy, UserError


def echo(text: str = "", *, err: bool = False) -> None:
    click.echo(text, err=err)


def report_error(error: UserError, remedies: Mapping[Remedy, str] | None = None) -> None:
    """Print `Fout: ...`, the core's hint, and how this command offers the remedy the core names."""
    from akkoord.printable import printable  # messages quote user input: no escapes reach the terminal

    echo(f"Fout: {printable(error.message)}", err=True)
    if error.hint:
        echo(f"  {printable(error.hint)}", err=True)
    if error.remedy is not None and remedies and error.remedy in remedies:
        echo(f"  {remedies[error.remedy]}", err=True)
