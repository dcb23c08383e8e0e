"""The console script `akkoord`: Python's `re` builds known patterns from their code before the command line loads.

Importing akkoord.cli imports click, and with it platform, gettext and locale, whose patterns are
compiled before main() starts `akkoord.regex_cache` (akkoord.cli.process); started here, it serves
those too (about 2 ms of each run).
"""

from __future__ import annotations


def run() -> None:
    import sys

    if sys.argv[1:] in (["--help"], ["-h"]):
        from akkoord import help_text

        if help_text.show():  # the overview as click would print it, made when the wheel was built
            import os

            os._exit(0)
    from akkoord import regex_cache

    regex_cache.serve()  # main() finds it serving and stops it when the command is done
    from akkoord.cli import run as run_command_line

    run_command_line()
