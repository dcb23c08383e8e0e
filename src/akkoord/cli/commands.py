"""Imports every command module so their commands register on the app."""

from akkoord.cli import controleer, maak, nieuw  # noqa: F401
