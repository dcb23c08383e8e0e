"""Where akkoord's data packages (akkoord.clauses, akkoord.templates) are, installed or editable."""

from __future__ import annotations

import importlib
from pathlib import Path


def package_folder(package: str) -> Path:
    """The folder of a data package, as `importlib.resources.files(package)` names it for a package on disk.

    Importing the package finds it wherever the install put it (pyproject.toml maps both to folders at
    the top of the repository, so an editable install does not have them beside this file), without
    importing importlib.resources and zipfile, which took a fortieth of `akkoord maak`.
    """
    origin = importlib.import_module(package).__file__
    assert origin is not None, f"{package} is a regular package with an __init__.py"
    return Path(origin).parent
