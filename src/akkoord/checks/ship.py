"""Writes the validated built-in catalogue into a folder: run by setup.py, so the wheel carries it.

    python -m akkoord.checks.ship FOLDER     # writes FOLDER/<fingerprint>.json (see checks/catalogue.py)
"""

from __future__ import annotations

import sys
from pathlib import Path

from akkoord.checks.catalogue import ship

if __name__ == "__main__":  # pragma: no cover (run by the wheel build)
    print(f"akkoord: controles vooraf gecontroleerd in {ship(Path(sys.argv[1]))}")
