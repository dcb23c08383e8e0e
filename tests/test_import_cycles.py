"""No import cycles in the package: every import (also inside functions) follows the one-way flow."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = "akkoord"


def _modules() -> dict[str, Path]:
    modules = {}
    for path in (SRC / PACKAGE).rglob("*.py"):
        parts = path.relative_to(SRC).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    return modules


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The package's modules that `name` imports, at the top or inside a function."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[:len(parts) - node.level + 1] + ([base] if base else []))
            for alias in node.names:
                # `from akkoord.checks import engine` imports a module; `from akkoord.cli import app` a name.
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base)
    return {module for module in found if module in modules and module != name}


def import_cycles() -> list[list[str]]:
    """Strongly connected groups of modules (Tarjan), each a cycle of imports."""
    modules = _modules()
    graph = {name: _imports(name, path, modules) for name, path in modules.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return cycles


def _in_cli(cycle: list[str]) -> bool:
    return all(module == f"{PACKAGE}.cli" or module.startswith(f"{PACKAGE}.cli.") for module in cycle)


def test_the_finder_sees_a_cycle(tmp_path, monkeypatch):
    root = tmp_path / PACKAGE
    (root / "sub").mkdir(parents=True)
    (root / "__init__.py").write_text("")
    (root / "sub" / "__init__.py").write_text("")
    (root / "sub" / "a.py").write_text("def f():\n    from akkoord.sub.b import g\n")
    (root / "sub" / "b.py").write_text("from . import a\n")
    monkeypatch.setitem(globals(), "SRC", tmp_path)
    assert import_cycles() == [["akkoord.sub.a", "akkoord.sub.b"]]


def test_no_import_cycle_outside_the_command_line():
    assert [cycle for cycle in import_cycles() if not _in_cli(cycle)] == []


def test_no_import_cycle_in_the_command_line():
    # The commands are registered explicitly; none imports the package that registers it.
    assert [cycle for cycle in import_cycles() if _in_cli(cycle)] == []
