"""Compiled templates come from the wheel's shipped folder, equal a fresh compile; a changed clause compiles anew."""

from __future__ import annotations

import datetime as dt
import marshal
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLE_FILES, ROOT

from akkoord import library as library_module
from akkoord import patterns, template_cache
from akkoord.answers.loading import load_answers
from akkoord.assembly import assemble, template_context
from akkoord.build import active_findings, placed
from akkoord.checks import required
from akkoord.errors import UserError
from akkoord.precompile import precompile
from akkoord.render import make_environment
from akkoord.template_cache import compiled_expression, with_filename
from akkoord.template_limits import LimitedEnvironment

TODAY = dt.date(2026, 12, 2)


@pytest.fixture
def compiles(monkeypatch):
    """The names of the templates jinja compiles from now on (a code object from a cache is not compiled)."""
    seen: list[str | None] = []
    original = LimitedEnvironment.compile

    def counting(self, source, name=None, filename=None, raw=False, defer_init=False):
        seen.append(name)
        return original(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(LimitedEnvironment, "compile", counting)
    return seen


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """A clause folder standing in for the installed package's, with the package folder and caches in tmp_path.

    `build()` runs the wheel build's precompile step, which fills the shipped folder.
    """
    package = tmp_path / "package"
    shutil.copytree(library_module.builtin_clause_dir(), package / "clauses")
    monkeypatch.setattr(library_module, "builtin_clause_dir", lambda: package / "clauses")
    monkeypatch.setattr(template_cache, "PACKAGE", str(package))
    monkeypatch.setattr(template_cache, "SHIPPED", str(package / "compiled"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))

    class Installed:
        folder = package

        @staticmethod
        def build() -> int:
            return precompile(package / "compiled")

    return Installed


def documents(library) -> None:
    for path in EXAMPLE_FILES:
        answers = load_answers(path)
        assemble(answers, library, remarks=[placed(f) for f in active_findings(answers)], today=TODAY,
                 explanatory_notes=True)


def test_an_installed_package_compiles_nothing_on_its_first_run(installed, compiles):
    assert installed.build() > len(list((installed.folder / "clauses").glob("*.md")))
    shipped = [entry for entry in (installed.folder / "compiled").iterdir() if entry.is_dir()]
    assert len(shipped) == 1, "one folder, named after the sandbox's fingerprint"
    compiles.clear()
    library = library_module.load_library()
    documents(library)
    assert compiles == []
    assert not any((Path(installed.folder).parent / "user-cache").rglob("*.cache")), "nothing compiled, nothing written"


def test_a_changed_clause_is_compiled_again_and_prints_its_new_text(installed, compiles):
    installed.build()
    clause = installed.folder / "clauses" / "geschillen.md"
    clause.write_text(clause.read_text(encoding="utf-8").rstrip() + "\n\nNieuw slotlid voor de proef.\n",
                      encoding="utf-8")
    compiles.clear()
    library = with_every_template(library_module.load_library())
    assert compiles == ["geschillen"]
    answers = load_answers(EXAMPLE_FILES[0])
    agreement = assemble(answers, library, today=TODAY)
    last = next(article for article in agreement.articles if article.clause_id == "geschillen")
    assert "Nieuw slotlid voor de proef." in "".join(run.text for run in last.members[-1].text)


def test_another_sandbox_does_not_use_the_shipped_code(installed, compiles, monkeypatch):
    installed.build()
    monkeypatch.setattr(LimitedEnvironment, "intercepted_binops", frozenset({"*", "**", "+", "%"}))
    compiles.clear()
    with_every_template(library_module.load_library())
    assert len(compiles) >= len(list((installed.folder / "clauses").glob("*.md")))


def with_every_template(library):
    """The library with each built-in clause's template loaded (a run loads those it renders)."""
    for clause in library.clauses.values():
        clause.template  # noqa: B018
    return library


def test_a_built_in_clause_is_compiled_only_when_a_document_uses_it(installed, compiles):
    library = library_module.load_library()  # nothing shipped, nothing cached: every template is compiled
    assert not [name for name in compiles if name in library.clauses]
    answers = load_answers(ROOT / "examples" / "io-werkgroep.yaml")
    agreement = assemble(answers, library, today=TODAY)
    used = {article.clause_id for article in agreement.articles}
    compiled = {name for name in compiles if name in library.clauses}
    assert used <= compiled < set(library.clauses)  # an IO leaves the SOK's clauses out, unread


def test_a_run_reads_no_built_in_clause_header_as_yaml_and_gets_what_yaml_says(installed, monkeypatch):
    read = library_module.load_library()
    installed.build()
    parsed: list[str] = []
    original = library_module.parse_yaml
    monkeypatch.setattr(library_module, "parse_yaml", lambda text: parsed.append(text) or original(text))
    shipped = library_module.load_library()
    assert parsed == []
    assert {key: clause.meta for key, clause in shipped.clauses.items()} == \
        {key: clause.meta for key, clause in read.clauses.items()}
    # The headers are known by their exact text: a changed one is read as YAML, and says what it now says.
    clause = installed.folder / "clauses" / "geschillen.md"
    clause.write_text(clause.read_text(encoding="utf-8").replace("titel: ", "titel: Nieuwe ", 1), encoding="utf-8")
    changed = library_module.load_library()
    assert len(parsed) == 1 and changed.clauses["geschillen"].meta.titel.startswith("Nieuwe ")


def test_shipped_code_is_the_code_a_run_would_compile(installed):
    installed.build()
    library = library_module.load_library()
    env = library.environment
    for clause in library.clauses.values():
        source, filename, _ = env.loader.get_source(env, clause.id)
        fresh = env.compile(source, clause.id, filename)
        bucket = env.bytecode_cache.get_bucket(env, clause.id, filename, source)
        assert bucket.code is not None, clause.id
        assert marshal.dumps(bucket.code) == marshal.dumps(fresh), clause.id


def test_code_compiled_in_the_build_folder_serves_and_names_the_installed_file(tmp_path, monkeypatch, installed,
                                                                               compiles):
    """The wheel is built in another folder than the one it is installed in; messages name the installed file."""
    clause = installed.folder / "clauses" / "geschillen.md"
    clause.write_text(clause.read_text(encoding="utf-8").rstrip() + "\n\n{{ 1 // 0 }}\n", encoding="utf-8")
    line = clause.read_text(encoding="utf-8").count("\n")
    installed.build()
    moved = tmp_path / "elsewhere"
    shutil.copytree(installed.folder, moved)
    monkeypatch.setattr(library_module, "builtin_clause_dir", lambda: moved / "clauses")
    monkeypatch.setattr(template_cache, "PACKAGE", str(moved))
    monkeypatch.setattr(template_cache, "SHIPPED", str(moved / "compiled"))
    compiles.clear()
    library = library_module.load_library()
    assert compiles == []
    with pytest.raises(UserError) as raised:
        assemble(load_answers(EXAMPLE_FILES[0]), library, today=TODAY)
    assert f"{moved / 'clauses' / 'geschillen.md'}, regel {line}:" in raised.value.message


def test_a_cache_file_is_read_as_jinja_reads_it(tmp_path):
    """Whole, valid, for another text or damaged: the code jinja's Bucket.load_bytecode takes from the file, or none."""
    from jinja2.bccache import Bucket

    from akkoord.template_cache import load_bytecode

    env = make_environment()
    source = "{% for x in [1, 2] %}{{ x }}{% endfor %}"
    written = Bucket(env, "k", "checksum")
    written.code = env.compile(source, "t", "/t.md")
    good = written.bytecode_to_string()
    cases = {"valid": ("checksum", good), "other text": ("other", good), "damaged": ("checksum", good[:-7]),
             "not jinja's": ("checksum", b"PK\x03\x04" + good[4:]), "empty": ("checksum", b"")}
    for case, (checksum, data) in cases.items():
        path = tmp_path / f"{case}.cache"
        path.write_bytes(data)
        ours, jinjas = Bucket(env, "k", checksum), Bucket(env, "k", checksum)
        load_bytecode(ours, str(path))
        with open(path, "rb") as file:
            jinjas.load_bytecode(file)
        assert (ours.code is None) == (jinjas.code is None) == (case != "valid"), case
        if ours.code is not None:
            assert marshal.dumps(ours.code) == marshal.dumps(jinjas.code) == marshal.dumps(written.code)
    missing = Bucket(env, "k", "checksum")
    load_bytecode(missing, str(tmp_path / "absent.cache"))
    assert missing.code is None


def test_nested_code_gets_the_file_name_too():
    env = make_environment()
    code = env.compile("{% macro m() %}{{ 1 }}{% endmacro %}{{ m() }}", "t", "/build/t.md")
    moved = with_filename(code, "/installed/t.md")

    def names(item):
        yield item.co_filename
        for const in item.co_consts:
            if hasattr(const, "co_filename"):
                yield from names(const)

    assert set(names(code)) == {"/build/t.md"}
    assert set(names(moved)) == {"/installed/t.md"}


def test_a_cached_condition_decides_as_jinja_compiles_it():
    library = library_module.load_library()
    env = library.environment
    conditions = [clause.meta.voorwaarde for clause in library.clauses.values() if clause.meta.voorwaarde]
    assert conditions
    for path in EXAMPLE_FILES:
        context = template_context(load_answers(path), TODAY)
        context.update(artikel=lambda _: 1, heeft_artikel=lambda _: True)
        for source in conditions:
            assert compiled_expression(env, source)(**context) == env.compile_expression(source)(**context), source


@pytest.mark.parametrize("source", ["is_io and", "is_io %} x", "(is_io", "is_io is_sok", "1 +* 2"])
def test_a_bad_condition_fails_as_jinja_reports_it(source):
    from jinja2.exceptions import TemplateSyntaxError

    env = make_environment()
    with pytest.raises(TemplateSyntaxError) as ours:
        compiled_expression(env, source)
    with pytest.raises(TemplateSyntaxError) as jinjas:
        env.compile_expression(source)
    assert (ours.value.message, ours.value.lineno, ours.value.name) == \
        (jinjas.value.message, jinjas.value.lineno, jinjas.value.name)


#: What the build hook runs in the isolated build environment (setup.py).
_HOOK_RUN = """
import sys, tempfile
from pathlib import Path
from akkoord.precompile import precompile
from akkoord.checks.catalogue import ship
from akkoord import help_text
with tempfile.TemporaryDirectory() as folder:
    precompile(Path(folder) / "templates")
    ship(Path(folder) / "catalogue")
    help_text.ship(Path(folder) / "help")
print("\\n".join(sorted(sys.modules)))
"""


def test_the_wheel_build_hook_is_wired_and_can_import_what_it_runs(tmp_path):
    import importlib.metadata
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    required = {_distribution(item) for item in config["build-system"]["requires"]}
    # Every distribution whose modules the two build steps import must be a build requirement: the
    # wheel is built in an environment that holds nothing else.
    ran = subprocess.run([sys.executable, "-c", _HOOK_RUN], capture_output=True, text=True, check=True,
                         env={**os.environ, "XDG_CACHE_HOME": str(tmp_path)})
    owners = importlib.metadata.packages_distributions()
    imported = {owner.lower().replace("_", "-") for module in ran.stdout.split()
                for owner in owners.get(module.split(".")[0], ()) if owner.lower() != "akkoord"}
    assert imported, "the build steps import no third-party package: the check would prove nothing"
    missing = imported - _with_their_dependencies(required)
    assert not missing, f"the build hook imports {sorted(missing)}; add them to [build-system] requires"
    hook = (ROOT / "setup.py").read_text(encoding="utf-8")
    assert "akkoord.precompile" in hook and '"akkoord", "compiled"' in hook
    assert Path(template_cache.SHIPPED).name == "compiled"


def _distribution(requirement: str) -> str:
    """'PyYAML>=6.0.4,<7' -> 'pyyaml': the distribution a requirement names, as pip compares names."""
    import re

    return re.split(r"[<>=!~;\[ (]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _with_their_dependencies(names: set[str]) -> set[str]:
    """The named distributions and everything they require (a build installs those too), as installed here."""
    import importlib.metadata

    found, todo = set(), list(names)
    while todo:
        name = todo.pop()
        if name in found:
            continue
        found.add(name)
        try:
            requirements = importlib.metadata.requires(name) or []
        except importlib.metadata.PackageNotFoundError:
            continue
        todo += [_distribution(item) for item in requirements if "extra ==" not in item]
    return found


BUILT_RUN = """
import datetime as dt, sys
from akkoord.template_limits import LimitedEnvironment
compiled = []
original = LimitedEnvironment.compile
LimitedEnvironment.compile = lambda self, source, name=None, *args, **kwargs: (
    compiled.append(name), original(self, source, name, *args, **kwargs))[1]
import akkoord
from akkoord.answers.loading import load_answers
from akkoord.assembly import assemble
from akkoord.library import load_library
library = load_library()
assemble(load_answers(sys.argv[1]), library, today=dt.date(2026, 12, 2), explanatory_notes=True)
print(akkoord.__file__)
print(compiled)
"""


def test_the_built_package_runs_on_the_templates_compiled_into_it(tmp_path):
    """What setup.py builds (the wheel's contents) compiles nothing on its first run, in a fresh process."""
    import os
    import subprocess
    import sys

    built = tmp_path / "lib"
    subprocess.run([sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(built)], cwd=ROOT, check=True,
                   capture_output=True)
    shipped = built / "akkoord" / "compiled"
    assert len([entry for entry in shipped.iterdir() if entry.is_dir()]) == 1
    assert (shipped / "clause-headers.json").is_file()
    assert patterns.cache_file(shipped).is_file(), "the code of the patterns a maak compiles"
    assert required.cache_file(shipped).is_file(), "the wording checks' screens"
    wide = {**os.environ, "PYTHONPATH": str(built), "COLUMNS": "100"}
    assert (built / "akkoord" / "help" / "akkoord.txt").read_text(encoding="utf-8") == subprocess.run(
        [sys.executable, "-c", "from akkoord.cli import main; main(['--help'])"], env=wide, capture_output=True,
        text=True, check=True).stdout, "akkoord --help as click prints it"
    env = dict(os.environ, PYTHONPATH=str(built), HOME=str(tmp_path / "home"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    run = subprocess.run([sys.executable, "-c", BUILT_RUN, str(EXAMPLE_FILES[-1])], env=env, cwd=tmp_path,
                         capture_output=True, text=True, check=True)
    module, compiled = run.stdout.splitlines()
    assert module.startswith(str(built))
    assert compiled == "[]"
    # The patterns: a maak of the built package compiles few itself; without the shipped code, all.
    fresh, screens = {}, {}
    for case in ("shipped", "removed"):
        cache = tmp_path / f"cache-{case}"
        subprocess.run([sys.executable, "-m", "akkoord", "maak", str(EXAMPLE_FILES[-1]), "-o", str(tmp_path / "x.docx"),
                        "--overschrijf"], env={**env, "XDG_CACHE_HOME": str(cache)}, cwd=tmp_path, check=True,
                       capture_output=True)
        made = patterns.cache_file(cache / "akkoord" / "patronen")
        fresh[case] = len(list(patterns._records(made.read_bytes()))) if made.exists() else 0
        worked_out = required.cache_file(cache / "akkoord" / "voorwaarden")
        screens[case] = len(worked_out.read_text(encoding="utf-8").split()) if worked_out.exists() else 0
        if case == "shipped":
            patterns.cache_file(shipped).unlink()
            required.cache_file(shipped).unlink()
    assert fresh["removed"] >= 30 and fresh["shipped"] <= fresh["removed"] / 3, fresh
    assert screens["removed"] > 0 and screens["shipped"] == 0, screens  # a maak needs no screen of its own
