"""The store/corpus split holds: the store's modules never reach into the corpus logic, the corpus
logic reaches the store only through its interface, no module of either (nor the web face's
questions) uses another module's private names, and no store error names a command-line flag."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from dateline import errors

SRC = Path(__file__).resolve().parents[1] / "src" / "dateline"
STORE = sorted((SRC / "store").glob("*.py"))
CORPUS = sorted((SRC / "corpus").glob("*.py"))
#: the store modules the corpus logic may import (the interface, not a back end)
CORPUS_MAY_USE = {"dateline.store", "dateline.store.base", "dateline.store.filters", "dateline.store.query"}
#: the one corpus module that assembles a database and the corpus logic (it names the back ends)
ASSEMBLER = SRC / "corpus" / "store.py"


def imports(path: Path) -> set[str]:
    """Every dateline module ``path`` imports (at any depth: inside functions too)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("dateline"))
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("dateline"):
            module = node.module or ""
            out.add(module)
            out.update(
                f"{module}.{a.name}"
                for a in node.names
                if (SRC.parent / module.replace(".", "/") / f"{a.name}.py").exists()
            )
    return out


def test_the_module_lists_are_read() -> None:
    assert {p.name for p in STORE} >= {"base.py", "sqlite.py", "postgres.py", "rows.py", "export.py", "filters.py"}
    assert {p.name for p in CORPUS} >= {"interface.py", "entities.py", "stories.py", "statements.py", "store.py"}


@pytest.mark.parametrize("path", [p for p in STORE if p.name != "__init__.py"], ids=lambda p: p.name)
def test_the_store_never_imports_the_corpus_logic(path: Path) -> None:
    assert not {m for m in imports(path) if m.startswith("dateline.corpus")}


@pytest.mark.parametrize("path", [p for p in CORPUS if p != ASSEMBLER], ids=lambda p: p.name)
def test_the_corpus_logic_uses_the_store_interface_only(path: Path) -> None:
    used = {m for m in imports(path) if m == "dateline.store" or m.startswith("dateline.store.")}
    assert used <= CORPUS_MAY_USE, sorted(used - CORPUS_MAY_USE)


def test_the_assembler_imports_the_store_and_the_logic() -> None:
    """The fixture of the two tests above: a module that does name a back end is caught."""
    used = imports(ASSEMBLER)
    assert {"dateline.store.sqlite", "dateline.store.postgres"} <= used
    assert not {"dateline.store.sqlite", "dateline.store.postgres"} <= CORPUS_MAY_USE


def private_uses(path: Path) -> list[str]:
    """``from dateline.x import _y`` and ``other._y`` (not ``self._y``/``cls._y``) in ``path``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("dateline"):
            found += [
                f"{node.module}.{a.name}" for a in node.names if a.name.startswith("_") and not a.name.startswith("__")
            ]
        elif isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
            owner = node.value.id if isinstance(node.value, ast.Name) else None
            if owner not in ("self", "cls"):
                found.append(f"line {node.lineno}: .{node.attr}")
    return found


@pytest.mark.parametrize(
    "path", [*STORE, *CORPUS, *sorted((SRC / "web").glob("*.py")), SRC / "cli" / "corpus.py"], ids=lambda p: p.name
)
def test_no_private_name_of_another_module_is_used(path: Path) -> None:
    assert private_uses(path) == []


def test_the_private_use_check_sees_one(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from dateline import __version__\nfrom dateline.readers import _suffix\n\ndef f(store):\n    return store._query('x')\n"
    )
    assert private_uses(probe) == ["dateline.readers._suffix", "line 5: ._query"]


def raised_messages(path: Path) -> list[str]:
    """The string constants and the Errors templates in every ``raise`` of ``path``."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Raise) and node.exc is not None:
            for part in ast.walk(node.exc):
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    out.append(part.value)
                elif isinstance(part, ast.Attribute) and isinstance(part.value, ast.Name) and part.value.id == "Errors":
                    out.append(getattr(errors.Errors, part.attr))
    return out


@pytest.mark.parametrize("path", [*STORE, *CORPUS], ids=lambda p: p.name)
def test_no_store_error_names_a_command_line_flag(path: Path) -> None:
    assert [m for m in raised_messages(path) if "--" in m] == []
