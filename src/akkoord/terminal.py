"""The terminal's width, as `shutil.get_terminal_size()` gives it, without importing shutil."""

from __future__ import annotations

import contextlib
import os
import sys


def terminal_columns() -> int:
    """$COLUMNS, else stdout's terminal, else 80.

    click asks shutil for it each time it formats help, and importing shutil (with bz2, lzma and fnmatch)
    was a twentieth of `akkoord --help`.
    """
    with contextlib.suppress(KeyError, ValueError):
        if (columns := int(os.environ["COLUMNS"])) > 0:
            return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80
