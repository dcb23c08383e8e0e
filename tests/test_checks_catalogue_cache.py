"""The validated catalogue is cached: the same checks as a fresh validation, and validated again after any change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from akkoord.checks import catalogue
from akkoord.checks.catalogue import builtin_folder, cached_catalogue, load_catalogue
from akkoord.errors import UserError


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "controles"
    shutil.copytree(builtin_folder(), copy)
    return copy


def no_validation(folder: Path) -> None:
    raise AssertionError("validated although the cache was up to date")


def test_the_cached_catalogue_equals_a_fresh_validation(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    fresh = load_catalogue(builtin_folder())
    assert cached_catalogue(builtin_folder(), [cache]) == fresh
    assert len(list(cache.glob("*.json"))) == 1
    monkeypatch.setattr(catalogue, "load_catalogue", no_validation)
    cached = cached_catalogue(builtin_folder(), [cache])
    assert cached == fresh
    assert list(cached.titles) == list(fresh.titles)
    assert [type(check.category) for check in cached.checks] == [type(check.category) for check in fresh.checks]
    assert {check.applies_to for check in cached.checks} == {check.applies_to for check in fresh.checks}


def test_the_built_in_catalogue_is_the_validated_one():
    assert load_catalogue(builtin_folder()).checks == catalogue.CHECKS


def test_a_changed_file_is_validated_again_and_the_old_cache_goes(folder, tmp_path):
    cache = tmp_path / "cache"
    before = cached_catalogue(folder, [cache])
    (old,) = cache.glob("*.json")
    path = folder / "borging.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('titel: "Borging', 'titel: "Nieuw: borging', 1), encoding="utf-8")
    after = cached_catalogue(folder, [cache])
    assert after != before
    assert after == load_catalogue(folder)
    assert not old.exists() and len(list(cache.glob("*.json"))) == 1


def test_a_broken_file_is_refused_even_when_an_older_version_is_cached(folder, tmp_path):
    cache = tmp_path / "cache"
    cached_catalogue(folder, [cache])
    path = folder / "vaag.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("niveau: waarschuwing", "niveau: heel-erg", 1),
                    encoding="utf-8")
    with pytest.raises(UserError) as caught:
        cached_catalogue(folder, [cache])
    assert "vaag.yaml, regel" in str(caught.value) and "niveau: moet een van deze waarden zijn" in str(caught.value)


def test_a_damaged_or_unwritable_cache_only_costs_a_validation(folder, tmp_path):
    cache = tmp_path / "cache"
    fresh = cached_catalogue(folder, [cache])
    (stored,) = cache.glob("*.json")
    stored.write_text('{"checks": [{"code": 1}]', encoding="utf-8")
    assert cached_catalogue(folder, [cache]) == fresh
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    assert cached_catalogue(folder, [blocked / "cache", tmp_path / "second"]) == fresh
    assert len(list((tmp_path / "second").glob("*.json"))) == 1


def test_two_installs_sharing_a_cache_folder_keep_each_their_own(folder, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    cached_catalogue(builtin_folder(), [cache])
    cached_catalogue(folder, [cache])
    assert len(list(cache.glob("*.json"))) == 2
    monkeypatch.setattr(catalogue, "load_catalogue", no_validation)  # each is read from its own file
    assert cached_catalogue(builtin_folder(), [cache]) == cached_catalogue(folder, [cache])


def test_a_catalogue_shipped_with_the_package_is_read_without_validating(tmp_path, monkeypatch):
    shipped = catalogue.ship(tmp_path / "gebouwd")
    monkeypatch.setattr(catalogue, "load_catalogue", no_validation)
    assert cached_catalogue(builtin_folder(), [tmp_path / "cache"], shipped.parent).checks == catalogue.CHECKS
    assert not (tmp_path / "cache").exists()  # nothing to validate, so nothing to keep
    # Shipped for other files or other code: the name does not match, so it is never read.
    shipped.rename(shipped.with_name("0" * 32 + ".json"))
    with pytest.raises(AssertionError, match="validated although"):
        cached_catalogue(builtin_folder(), [tmp_path / "cache"], shipped.parent)
