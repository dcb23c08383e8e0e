"""The installed package carries every module and data file (pyproject lists packages explicitly)."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_subpackage_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    source = ROOT / "src"
    found = {".".join(path.parent.relative_to(source).parts) for path in source.rglob("__init__.py")}
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"
    assert {"akkoord.clauses", "akkoord.templates"} <= listed


def test_data_files_have_package_data_patterns():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    patterns = config["package-data"]
    for package, folder in (("akkoord.clauses", ROOT / "clauses"), ("akkoord.templates", ROOT / "templates")):
        for path in folder.iterdir():
            if path.is_file() and path.suffix != ".py":
                assert any(path.match(pattern) for pattern in patterns[package]), f"{path.name} not packaged"


def test_data_files_inside_the_package_are_packaged():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    patterns = config["package-data"]
    source = ROOT / "src"
    for path in source.rglob("*"):
        if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts \
                and not path.name.endswith(".egg-info") and ".egg-info" not in str(path):
            # A data folder without __init__.py (checks/controles) belongs to the package above it.
            folder = path.parent
            while not (folder / "__init__.py").exists():
                folder = folder.parent
            package = ".".join(folder.relative_to(source).parts)
            assert any(path.match(pattern) for pattern in patterns.get(package, [])), \
                f"{path.relative_to(ROOT)} would be missing from an installed akkoord"
