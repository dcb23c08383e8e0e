"""The catalogue of checks as akkoord uses it: validated once from `checks/controles/`, then read from a cache.

Validating the data files (YAML, pydantic, every rule's signature: `catalogue_files.py`) took longer
than running every check on an agreement, on each start of each command, while the files only change
with akkoord itself. So the validated catalogue is kept as JSON under a fingerprint of everything that
decides it: the data files and the source of the modules that read, fill and check them. When any of
those changes, the next start validates afresh (and a broken file is refused as before).
The cache lives where the compiled clauses do (akkoord/caches.py); the wheel carries it already
(`SHIPPED`, written at build time by `python -m akkoord.checks.ship`, see setup.py), so even the first
run after installing validates nothing.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from akkoord.answers.vocabularies import AgreementType
from akkoord.caches import cache_folders
from akkoord.checks.base import Catalogue, Category, Check, ExampleKind, Level, is_document_rule

__all__ = ["BY_CODE", "CATEGORY_TITLES", "CHECKS", "Catalogue", "builtin_folder", "cached_catalogue",
           "is_document_rule", "load_catalogue"]

_PACKAGE = Path(__file__).resolve().parents[1]
#: Besides every module of akkoord.checks, the modules whose code the loaded catalogue depends on.
_OTHER_SOURCES = ("dutch.py", "yamltext.py", "errors.py", "answers/vocabularies.py", "review/rules.py")
#: The fields of a Check kept as their value in the cache, with the type to read them back into.
_ENUMS: dict[str, Any] = {"category": Category, "level": Level, "example_kind": ExampleKind,
                          "applies_to": AgreementType}


def builtin_folder() -> Path:
    return _PACKAGE / "checks" / "controles"


def load_catalogue(folder: Path) -> Catalogue:
    """Validate and load the data files in `folder`, without the cache (see catalogue_files.py)."""
    from akkoord.checks.catalogue_files import load_catalogue as validated

    return validated(folder)


#: Where the wheel carries the validated built-in catalogue, as `<fingerprint>.json`.
SHIPPED = _PACKAGE / "checks" / "compiled"


def cached_catalogue(folder: Path, caches: Sequence[Path], shipped: Path | None = None) -> Catalogue:
    """The catalogue of `folder`: from the first cache that has it for these files and this code, else validated.

    `shipped` is a folder that may hold it already, written when the package was built.
    """
    digest = fingerprint(folder)
    name = f"{_folder_id(folder)}-{digest}.json"
    for path in ([shipped / f"{digest}.json"] if shipped else []) + [cache / name for cache in caches]:
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):  # absent or damaged: validate
            return _from_json(json.loads(path.read_bytes()))
    catalogue = load_catalogue(folder)
    for cache in caches:
        if _store(cache, name, catalogue):
            break
    return catalogue


def fingerprint(folder: Path) -> str:
    """A digest of the data files in `folder` and of the code that turns them into a catalogue."""
    digest = hashlib.sha256()
    sources = sorted(folder.glob("*.yaml")) + sorted((_PACKAGE / "checks").glob("*.py")) + \
        [_PACKAGE / name for name in _OTHER_SOURCES]
    for path in sources:
        digest.update(f"{path.name}\0{path.stat().st_size}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def _folder_id(folder: Path) -> str:
    # Two installs may share a cache folder (~/.cache): each replaces only its own outdated file.
    return hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:12]


def _store(cache: Path, name: str, catalogue: Catalogue) -> bool:
    """Write the cache file whole (another process may read it meanwhile) and drop this folder's outdated one."""
    import tempfile  # only when the files changed

    written: Path | None = None
    try:
        cache.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=cache, suffix=".tmp", delete=False) as file:
            written = Path(file.name)
            json.dump(_to_json(catalogue), file, ensure_ascii=False)
        os.replace(written, cache / name)
    except OSError:
        if written is not None:
            written.unlink(missing_ok=True)
        return False
    for old in cache.glob(f"{name.partition('-')[0]}-*.json"):
        if old.name != name:
            with contextlib.suppress(OSError):
                old.unlink()
    return True


def ship(target: Path) -> Path:
    """Validate the built-in catalogue and write it into `target` for the wheel (see SHIPPED)."""
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("*.json"):  # a reused build folder must not ship an outdated one too
        old.unlink()
    path = target / f"{fingerprint(builtin_folder())}.json"
    path.write_text(json.dumps(_to_json(load_catalogue(builtin_folder())), ensure_ascii=False), encoding="utf-8")
    return path


def _to_json(catalogue: Catalogue) -> dict[str, Any]:
    return {"checks": [dataclasses.asdict(check) for check in catalogue.checks],
            "titles": {category.value: title for category, title in catalogue.titles.items()}}


def _from_json(data: dict[str, Any]) -> Catalogue:
    checks = tuple(Check(**{key: _ENUMS[key](value) if key in _ENUMS and value is not None else value
                            for key, value in item.items()}) for item in data["checks"])
    return Catalogue(checks=checks, titles={Category(key): title for key, title in data["titles"].items()})


_BUILTIN = cached_catalogue(builtin_folder(), cache_folders("controles"), SHIPPED)
CHECKS: tuple[Check, ...] = _BUILTIN.checks
CATEGORY_TITLES: dict[Category, str] = _BUILTIN.titles
BY_CODE: dict[str, Check] = {check.code: check for check in CHECKS}
