"""Where akkoord keeps what it works out once and reuses on later runs: the compiled clauses
(template_cache.py), the checks catalogue (checks/catalogue.py) and the wording screens (checks/required.py).

In XDG_CACHE_HOME when the user has set it, else beside the installed package when that folder is
writable, else in ~/.cache. Callers try the folders in order.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
#: What the wheel carries already made (setup.py's build hook fills it); read, never written, by a run.
SHIPPED = _PACKAGE / "compiled"


def cache_folders(kind: str) -> list[Path]:
    """The folders, in order of preference, for the cache files of one `kind`."""
    if os.environ.get("XDG_CACHE_HOME"):
        return [Path(os.environ["XDG_CACHE_HOME"]) / "akkoord" / kind]
    return [_PACKAGE / "__pycache__" / kind, Path.home() / ".cache" / "akkoord" / kind]
