"""What each command imports before it works: only what it needs (start-up time is mostly imports).

Each case runs the command in a fresh interpreter and lists the modules it ended with. The checks
catalogue is validated once and cached (checks/catalogue.py); the fixture fills that cache first, as
any earlier run of akkoord would have.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT

from akkoord.cli import main

REVIEW_DRAFT = ROOT / "tests" / "data" / "review" / "afstemmen" / "io-dorpsbelang.md"

COMMAND_MODULES = {f"akkoord.cli.{name}" for name in ("nieuw", "maak", "schema", "clausules", "controleer", "uitleg",
                                                       "wijzigingen", "vergelijk", "agenda")}


def modules_after(*args: str) -> tuple[int, set[str]]:
    """Run `akkoord ARGS` through main() in a fresh interpreter: its exit code and the modules imported."""
    code = ("import json, sys; from akkoord.cli import main; code = main(sys.argv[1:]); "
            "print(json.dumps([code, sorted(sys.modules)]))")
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=False,
                            env=ENVIRONMENT)
    exit_code, modules = json.loads(result.stdout.splitlines()[-1])
    return exit_code, set(modules)


#: The environment of every run here: a cache folder of its own, filled by the fixture's first run.
ENVIRONMENT: dict[str, str] = {}


@pytest.fixture(scope="module", autouse=True)
def validated_catalogue(tmp_path_factory: pytest.TempPathFactory) -> None:
    cache = tmp_path_factory.mktemp("cache")
    ENVIRONMENT.update(os.environ, XDG_CACHE_HOME=str(cache))
    subprocess.run([sys.executable, "-c", "import akkoord.checks.catalogue"], check=True, env=ENVIRONMENT)
    # The first run validated the files and left the result in the user's cache folder, unless this is an
    # installed wheel, which carries the validated catalogue (checks/catalogue.py SHIPPED) and writes none.
    from akkoord.checks.catalogue import SHIPPED

    cached = list((cache / "akkoord" / "controles").glob("*.json"))
    assert len(cached) == (0 if any(SHIPPED.glob("*.json")) else 1)


def test_help_imports_no_command_and_none_of_the_heavy_libraries():
    code, modules = modules_after("--help")
    assert code == 0
    assert not modules & COMMAND_MODULES
    heavy = {"pydantic", "jinja2", "docx", "lxml", "yaml", "babel", "shutil", "akkoord.answers", "akkoord.checks"}
    if _clicks_formatter_imports_shutil():
        heavy.discard("shutil")  # click 8.1.0, the lowest akkoord admits: its help formatter always does
    assert not heavy & modules


def _clicks_formatter_imports_shutil() -> bool:
    """Whether click's help formatter imports shutil even when it is given a width, as akkoord gives it."""
    code = "import sys, click.formatting; click.formatting.HelpFormatter(width=80); print('shutil' in sys.modules)"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() == "True"


def test_maak_imports_only_its_own_command_and_not_the_document_review(tmp_path):
    code, modules = modules_after("maak", str(EXAMPLES / "sok-meerpartijen.yaml"), "-o", str(tmp_path / "x.docx"))
    assert code == 0 and (tmp_path / "x.docx").exists()
    assert modules & COMMAND_MODULES == {"akkoord.cli.maak"}
    assert not {m for m in modules if m == "akkoord.review" or m.startswith("akkoord.review.")}
    # The catalogue comes from the cache: no YAML files validated, no rule signatures inspected.
    assert not {"akkoord.checks.catalogue_files", "akkoord.checks.schema"} & modules
    # Dates and amounts are written as babel would (tests/test_dutch.py) without loading its locale data.
    assert "babel" not in modules
    # The clause and template folders are found without importlib.resources (akkoord/package_data.py).
    assert not {"importlib.resources", "zipfile"} & modules
    # The internal toelichting's modules only for --toelichting.
    assert not {"akkoord.toelichting", "akkoord.docx_notes"} & modules


def test_reviewing_a_word_document_builds_no_answers_model(tmp_path):
    from review_material import load_document, write_docx

    draft = write_docx(load_document(REVIEW_DRAFT), tmp_path / "concept.docx")
    code, modules = modules_after("controleer", str(draft), "--json")
    assert code == 1  # the review did run: this draft has open points
    assert "akkoord.answers.model" not in modules and "pydantic" not in modules
    assert modules & COMMAND_MODULES == {"akkoord.cli.controleer"}


def test_a_draft_without_findings_is_reviewed_without_loading_the_checks_catalogue(tmp_path):
    # The catalogue (and hashlib, for its fingerprint) is only needed to word findings.
    made = tmp_path / "schoon.docx"
    assert main(["maak", str(EXAMPLES / "sok-meerpartijen.yaml"), "-o", str(made)]) == 0
    code, modules = modules_after("controleer", str(made), "--json")
    assert code == 0  # this agreement raises no warnings
    assert not {"akkoord.checks.catalogue", "akkoord.checks.base", "akkoord.checks.engine", "hashlib"} & modules


def test_explaining_a_check_reads_only_the_catalogue():
    code, modules = modules_after("uitleg", "AK101")
    assert code == 0
    assert not {"pydantic", "yaml", "akkoord.answers.model", "akkoord.review", "docx", "jinja2"} & modules


def test_the_data_folders_are_where_importlib_resources_finds_them():
    from importlib import resources

    from akkoord.package_data import package_folder

    for package in ("akkoord.clauses", "akkoord.templates"):
        assert package_folder(package) == Path(str(resources.files(package)))
        assert any(package_folder(package).glob("*.md"))


def test_maak_compiles_no_pattern_this_document_does_not_need(tmp_path):
    """Patterns for rarer input (dates typed as text, an intentieovereenkomst's wording, a template formatting
    with a width, characters Word cannot store) are compiled on first use, not at every start."""
    lazy = ["akkoord.dutch:_ISO", "akkoord.dutch:_NUMERIC", "akkoord.dutch:_WRITTEN",
            "akkoord.checks.parties:ENFORCEABLE", "akkoord.template_limits:_PRINTF_WIDTH",
            "akkoord.template_limits:_FORMAT_WIDTH", "akkoord.docx_parts:_NOT_XML", "akkoord.docx_parts:_HOLES",
            "akkoord.render:_BLOCK_START", "akkoord.anchoring:_PARTY"]
    code = ("import json, sys; from akkoord.cli import main; code = main(sys.argv[2:]); "
            "print(json.dumps([code, [name for name in sys.argv[1].split(',') if getattr("
            "sys.modules[name.split(':')[0]], name.split(':')[1]).is_compiled]]))")
    example, made = str(EXAMPLES / "sok-meerpartijen.yaml"), str(tmp_path / "x.docx")
    result = subprocess.run([sys.executable, "-c", code, ",".join(lazy), "maak", example, "-o", made],
                            capture_output=True, text=True, check=False, env=ENVIRONMENT)
    exit_code, compiled = json.loads(result.stdout.splitlines()[-1])
    assert exit_code == 0 and compiled == []
