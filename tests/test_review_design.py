"""Design properties that keep the review cheap: what importing it costs, and how its work grows.

Speed itself is not tested here (the benchmarks measure it); these are the properties it rests on.
"""

from __future__ import annotations

import json
import subprocess
import sys


def _modules_after(code: str) -> set[str]:
    """The modules loaded by a fresh interpreter that runs `code`."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(json.loads(result.stdout.splitlines()[-1]))


def test_importing_the_review_loads_none_of_its_machinery():
    """The checks catalogue imports `akkoord.review.rules` on every start, `akkoord maak` included."""
    loaded = _modules_after("import akkoord.review.rules")
    assert not {"akkoord.review.reading", "akkoord.review.structure", "akkoord.review.provisions",
                "akkoord.review.commitment", "lxml.etree"} & loaded
