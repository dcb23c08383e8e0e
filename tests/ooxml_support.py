"""Schema validation of generated Word documents, for any test that writes a .docx.

The ECMA-376 schemas and their validator live outside the repository, in `../shared/ooxml` next to
the checkout (or wherever AKKOORD_OOXML points). Where they are missing, as on a fresh clone in CI,
the tests that need them skip and say why instead of passing silently.

Use it like this:

    from ooxml_support import assert_schema_valid

    def test_my_output(tmp_path):
        ...make tmp_path / "x.docx"...
        assert_schema_valid(tmp_path / "x.docx")

conftest.py loads this module as a plugin, so `generated_documents` and `plain_documents` are built once
per worker and any test can ask for them.
"""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from pathlib import Path
from types import ModuleType

import docx
import pytest

from akkoord.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def ooxml_folder() -> Path:
    """Where validate.py and the schemas are expected: $AKKOORD_OOXML, else ../shared/ooxml."""
    configured = os.environ.get("AKKOORD_OOXML")
    if configured:
        return Path(configured)
    # A git worktree may sit beside the main checkout rather than inside it; both have `shared`
    # as a sibling on the development machines.
    return ROOT.parent / "shared" / "ooxml"


@lru_cache(maxsize=1)
def _validator() -> ModuleType | None:
    script = ooxml_folder() / "validate.py"
    if not script.is_file():
        return None
    spec = importlib.util.spec_from_file_location("akkoord_ooxml_validate", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # compiles the schemas once per test session (about 0.4 s)
    return module


def skip_reason() -> str:
    return (f"WordprocessingML-schema's niet gevonden in {ooxml_folder()} "
            "(zet AKKOORD_OOXML op de map met validate.py en xsd/); schemacontrole overgeslagen")


def schema_errors(path: Path) -> list[str]:
    """Every schema error in one .docx; skips the calling test when the validator is absent."""
    validator = _validator()
    if validator is None:
        pytest.skip(skip_reason())
    return list(validator.validate(str(path)))


def assert_schema_valid(*paths: Path) -> None:
    """Fail with every error of every document, so one run shows the whole picture."""
    problems = {str(path): schema_errors(path) for path in paths}
    bad = {path: errors for path, errors in problems.items() if errors}
    assert not bad, "\n".join(f"{path}: {len(errors)} fout(en)\n  " + "\n  ".join(errors[:10])
                              for path, errors in bad.items())


def house_style(folder: Path) -> Path:
    """A municipality's house style: own font, header text, a table and a list in its body."""
    style = docx.Document()
    style.styles["Normal"].font.name = "Georgia"
    style.sections[0].header.paragraphs[0].text = "Gemeente Noorderzijl"
    style.sections[0].footer.paragraphs[0].text = "Postbus 1, Noorderzijl"
    style.add_paragraph("briefhoofd dat niet in de overeenkomst komt", style="List Bullet")
    style.add_table(rows=2, cols=2)
    path = folder / "huisstijl-noorderzijl.docx"
    style.save(path)
    return path


#: Each variant is a list of extra `akkoord maak` arguments; together they cover every writer path.
VARIANTS: dict[str, list[str]] = {
    "standaard": [],
    "zonder-opmerkingen": ["--zonder-opmerkingen"],
    "toelichting": ["--toelichting"],
    "huisstijl": ["--huisstijl", "{huisstijl}", "--toelichting"],
}


@pytest.fixture(scope="session")
def plain_documents(tmp_path_factory) -> Path:
    """The folder with every example built with --zonder-opmerkingen, once per session; the tests that
    read those documents share it instead of each building its own. Tests only read these files."""
    folder = tmp_path_factory.mktemp("zonder-opmerkingen")
    assert main(["maak", *map(str, sorted(EXAMPLES.glob("*.yaml"))), "-o", str(folder), "--zonder-opmerkingen"]) == 0
    return folder


@pytest.fixture(scope="session")
def generated_documents(tmp_path_factory, plain_documents) -> list[Path]:
    """Every example built in every variant, once per session: the documents users get."""
    base = tmp_path_factory.mktemp("generated-docx")
    style = house_style(base)
    sources = sorted(EXAMPLES.glob("*.yaml"))
    built: list[Path] = []
    for name, extra in VARIANTS.items():
        if extra == ["--zonder-opmerkingen"]:
            built += sorted(plain_documents.glob("*.docx"))
            continue
        folder = base / name
        folder.mkdir()
        args = [arg.replace("{huisstijl}", str(style)) for arg in extra]
        code = main(["maak", *map(str, sources), "-o", str(folder), *args])
        # te-algemeen.yaml is meant to raise warnings; every example still gets its document.
        assert code in (0, 1), f"akkoord maak {' '.join(args)} gaf exit {code}"
        built += sorted(folder.glob("*.docx"))
    assert len(built) >= len(sources) * len(VARIANTS)
    return built
