"""Lets `python -m akkoord` run the command line, as the console script does."""

from akkoord.cli import run

run()
