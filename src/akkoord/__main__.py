"""Lets `python -m akkoord` run the command line, as the console script does."""

from akkoord.console import run

run()
