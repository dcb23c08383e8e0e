"""`akkoord --help` as click prints it on a terminal of 80 columns or more, made when the wheel is built.

The overview of commands is the same text on every such terminal (click fits help to at most 80
columns), yet printing it cost a run the import of click and the command line, most of its 50 ms.
The wheel build renders it through the real command line (`python -m akkoord.help_text FOLDER`, run
by setup.py), and the console script prints that text when it is asked for exactly `--help` or `-h`
on a terminal that wide. Anything else, a narrower terminal, an install without the file (an
editable one), goes through click as before.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from pathlib import Path

from akkoord.terminal import terminal_columns

#: Where the wheel carries the text (setup.py's build hook writes it).
FOLDER = Path(__file__).resolve().parent / "help"
FILE_NAME = "akkoord.txt"
#: click's width rule (dutch_click.Context.make_formatter): from this many columns on, the text is the same.
WIDE = 80


def show() -> bool:
    """Print the shipped overview if it is what click would print here; whether it was printed."""
    if terminal_columns() < WIDE:
        return False
    try:
        text = (FOLDER / FILE_NAME).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    sys.stdout.write(text)
    sys.stdout.flush()
    return True


def render() -> str:
    """`akkoord --help` as the command line prints it on a terminal of `WIDE` columns."""
    from akkoord.cli import main

    previous = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(WIDE)
    output = io.StringIO()
    try:
        with contextlib.redirect_stdout(output):
            code = main(["--help"])
    finally:
        if previous is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = previous
    if code != 0:
        raise RuntimeError(f"akkoord --help ended with {code}")
    return output.getvalue()


def ship(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / FILE_NAME
    target.write_text(render(), encoding="utf-8")
    return target


if __name__ == "__main__":  # pragma: no cover (run by the wheel build)
    print(f"akkoord: hulptekst vooraf gemaakt in {ship(Path(sys.argv[1]))}")
