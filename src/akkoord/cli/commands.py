"""Imports every command module so their commands register on the app."""

# Registration order is the order in `akkoord --help`: the wizard first, for new users.
from akkoord.cli import nieuw  # noqa: F401  isort: skip
from akkoord.cli import maak  # noqa: F401  isort: skip
from akkoord.cli import controleer  # noqa: F401  isort: skip
from akkoord.cli import wijzigingen  # noqa: F401  isort: skip
from akkoord.cli import vergelijk  # noqa: F401  isort: skip
