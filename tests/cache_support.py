"""A cache of akkoord's own (wording screens, compiled patterns) in a test's folder, as a new process finds it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import pytest


@contextmanager
def fresh_cache(monkeypatch: pytest.MonkeyPatch, module: ModuleType, tmp_path: Path, kind: str) -> Iterator[Path]:
    """`module` keeps its cache in `tmp_path / kind`, behind a first folder that cannot be made; nothing read yet."""
    folder = tmp_path / kind
    monkeypatch.setattr(module, "cache_folders", lambda _kind: [tmp_path / "niet-schrijfbaar" / "x", folder])
    if hasattr(module, "SHIPPED"):  # what an installed wheel carries is not this test's cache
        monkeypatch.setattr(module, "SHIPPED", tmp_path / "shipped")
    (tmp_path / "niet-schrijfbaar").write_text("", encoding="utf-8")  # a file: the first folder cannot be made
    module._known.cache_clear()
    try:
        yield folder
    finally:
        module._known.cache_clear()
