"""One LibreOffice profile per test worker: the first launch with a fresh profile spends seconds creating
it, so the tests that run LibreOffice share one instead of each building their own. conftest.py loads this
module as a plugin, so any test can ask for `soffice_profile`.

A worker runs its tests one at a time, so two LibreOffice runs never use the same profile at once.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def soffice_profile(tmp_path_factory) -> str:
    """The -env:UserInstallation argument naming this worker's shared profile folder."""
    return f"-env:UserInstallation={tmp_path_factory.mktemp('soffice-profile').as_uri()}"
