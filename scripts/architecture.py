"""dateline's import graph, read from the source with ``ast``: the house rules and the picture of the layers.

* :func:`import_graph` maps each module of ``src/dateline`` to the dateline modules it imports, counting
  imports inside functions, under ``if TYPE_CHECKING:`` (a type-only import is still a dependency) and
  ``importlib.import_module("dateline...")`` too; ``from a import b`` points at the module ``a.b`` when
  there is one, else at ``a``.
* :func:`cycles`, :func:`private_imports`, :func:`private_attributes` and :func:`layer_violations` are what
  ``tests/test_architecture.py`` enforces; :data:`RULES` says what must never import what.
* :func:`render` writes the layer diagram of docs/architecture.md (a mermaid graph of the layers of
  :data:`LAYERS` and the imports between them) between its ``BEGIN generated: layers`` markers.

    .venv/bin/python scripts/architecture.py          # rewrite the diagram in docs/architecture.md
    .venv/bin/python scripts/architecture.py --check  # exit 1 if it is out of date; list the violations
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "dateline"
ARCHITECTURE_MD = ROOT / "docs" / "architecture.md"
BLOCK = re.compile(r"(<!-- BEGIN generated: layers -->\n).*?(<!-- END generated: layers -->)", re.S)


@dataclass(frozen=True)
class Import:
    """One import statement's target inside dateline, where it is, and the names it takes."""

    source: str  # the importing module
    target: str  # the dateline module imported
    line: int
    names: tuple[str, ...] = ()  # for ``from target import a, b``: a, b (names that are not modules)


def modules(package: Path = PACKAGE) -> dict[str, Path]:
    """Every module of the package by dotted name (a package is its ``__init__``)."""
    found: dict[str, Path] = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _absolute(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def imports_of(module: str, path: Path, known: set[str]) -> Iterator[Import]:
    """The dateline imports of one module, wherever they are in it."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "dateline":
                    yield Import(module, _nearest(alias.name, known), node.lineno)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and node.args[0].value.split(".")[0] == "dateline"
        ):  # importlib.import_module("dateline.stages") is an import too
            yield Import(module, _nearest(node.args[0].value, known), node.lineno)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(module, is_package, node)
            if base.split(".")[0] != "dateline":
                continue
            names = []
            for alias in node.names:
                if f"{base}.{alias.name}" in known:
                    yield Import(module, f"{base}.{alias.name}", node.lineno)
                else:
                    names.append(alias.name)
            if names:
                yield Import(module, _nearest(base, known), node.lineno, tuple(names))


def _nearest(name: str, known: set[str]) -> str:
    while name not in known and "." in name:
        name = name.rsplit(".", 1)[0]
    return name


def import_graph(package: Path = PACKAGE) -> dict[str, list[Import]]:
    """Each module's dateline imports (itself left out)."""
    found = modules(package)
    known = set(found)
    return {
        name: [i for i in imports_of(name, path, known) if i.target != name] for name, path in sorted(found.items())
    }


def edges(graph: dict[str, list[Import]]) -> dict[str, set[str]]:
    return {name: {i.target for i in imports} for name, imports in graph.items()}


def cycles(graph: dict[str, list[Import]]) -> list[list[str]]:
    """The import circles: each strongly connected group of two or more modules, sorted (Tarjan)."""
    adjacency = edges(graph)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(adjacency.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10_000))
    try:
        for node in sorted(adjacency):
            if node not in index:
                visit(node)
    finally:
        sys.setrecursionlimit(limit)
    return sorted(groups)


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def private_imports(graph: dict[str, list[Import]], package: Path = PACKAGE) -> list[str]:
    """``module:line name`` for each private name (``_x``) a module takes from another module: imported
    (``from dateline.a import _x``) or read off an imported module (``a._x``)."""
    found = modules(package)
    known = set(found)
    problems: list[str] = []
    for name, imports in graph.items():
        for imp in imports:
            problems += [f"{name}:{imp.line} imports {imp.target}.{n}" for n in imp.names if _private(n)]
        # the names this module binds to other dateline modules, then any `alias._x` read
        aliases: dict[str, str] = {}
        tree = ast.parse(found[name].read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name in known and alias.asname:
                        aliases[alias.asname] = alias.name
            elif isinstance(node, ast.ImportFrom):
                base = _absolute(name, found[name].name == "__init__.py", node)
                for alias in node.names:
                    if f"{base}.{alias.name}" in known:
                        aliases[alias.asname or alias.name] = f"{base}.{alias.name}"
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in aliases
                and aliases[node.value.id] != name
                and _private(node.attr)
            ):
                problems.append(f"{name}:{node.lineno} reads {aliases[node.value.id]}.{node.attr}")
    return sorted(set(problems))


def _defined_private(tree: ast.Module) -> set[str]:
    """The private names a module defines itself: functions, classes, assignments, ``self._x = ...``."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store | ast.Del):
            names.add(node.attr)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
    return {n for n in names if _private(n)}


def private_attributes(package: Path = PACKAGE) -> list[str]:
    """``module:line uses x._y`` for each private attribute a module reads off an object it did not make
    (``store._query(...)`` in a module that defines no ``_query``): another module's private part.
    ``self`` and ``cls`` are the module's own; so is any private name the module defines or assigns."""
    problems: list[str] = []
    for name, path in modules(package).items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        own = _defined_private(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.ctx, ast.Load)
                and _private(node.attr)
                and node.attr not in own
                and not (isinstance(node.value, ast.Name) and node.value.id in {"self", "cls"})
            ):
                base = ast.unparse(node.value)
                problems.append(f"{name}:{node.lineno} uses {base}.{node.attr}")
    return sorted(set(problems))


@dataclass(frozen=True)
class Rule:
    """Modules under ``source`` (a dotted prefix) must not import modules under any of ``never``."""

    source: str
    never: tuple[str, ...]
    why: str
    #: modules under ``source`` the rule leaves out (e.g. a package's own ``__init__``)
    except_: tuple[str, ...] = ()


#: What must never import what (each prefix covers the module and everything under it).
RULES: tuple[Rule, ...] = (
    Rule(
        "dateline.document",
        (
            "dateline.api",
            "dateline.cli",
            "dateline.executors",
            "dateline.ingest",
            "dateline.pipeline",
            "dateline.stages",
            "dateline.store",
            "dateline.corpus",
            "dateline.web",
        ),
        "the shared analysis types import nothing of dateline but the record schema",
    ),
    Rule(
        "dateline.model",
        (
            "dateline.api",
            "dateline.cli",
            "dateline.document",
            "dateline.executors",
            "dateline.ingest",
            "dateline.pipeline",
            "dateline.stages",
            "dateline.store",
            "dateline.corpus",
            "dateline.web",
        ),
        "the record schema is the bottom layer",
    ),
    Rule(
        "dateline.errors",
        ("dateline.",),
        "the error messages import nothing of dateline",
    ),
    Rule(
        "dateline.stages",
        (
            "dateline.api",
            "dateline.cli",
            "dateline.executors",
            "dateline.ingest",
            "dateline.pipeline",
            "dateline.store",
            "dateline.corpus",
            "dateline.web",
        ),
        "a stage does no I/O and knows no pipeline: it reads and writes a Document",
    ),
    Rule(
        "dateline.pipeline",
        (
            "dateline.api",
            "dateline.cli",
            "dateline.executors",
            "dateline.ingest",
            "dateline.store",
            "dateline.corpus",
            "dateline.web",
        ),
        "the pipeline runs stages over one document; storing and executing are above it",
    ),
    Rule(
        "dateline.readers",
        (
            "dateline.api",
            "dateline.cli",
            "dateline.executors",
            "dateline.ingest",
            "dateline.pipeline",
            "dateline.stages",
            "dateline.store",
            "dateline.corpus",
            "dateline.web",
        ),
        "readers turn bytes into inputs and know nothing of what analyses or stores them",
    ),
    Rule(
        "dateline.store",
        (
            "dateline.api",
            "dateline.cli",
            "dateline.corpus",
            "dateline.executors",
            "dateline.ingest",
            "dateline.pipeline",
            "dateline.stages",
            "dateline.web",
        ),
        "the store reads and writes rows; corpus logic calls the store, never the other way",
    ),
    Rule(
        "dateline.corpus",
        (
            "dateline.api",
            "dateline.cli",
            "dateline.executors",
            "dateline.ingest",
            "dateline.pipeline",
            "dateline.stages",
            "dateline.web",
        ),
        "corpus logic works over the store interface, below the faces",
    ),
    Rule(
        "dateline.executors",
        ("dateline.cli", "dateline.store", "dateline.corpus", "dateline.ingest", "dateline.web"),
        "executors run analyses; the parent (ingest) writes to the store",
    ),
    Rule(
        "dateline.executors.base",
        ("dateline.executors.local", "dateline.executors.dask"),
        "the executor base knows no executor (dateline.executors picks one)",
    ),
    Rule(
        "dateline.cli.base",
        ("dateline.cli.analyze", "dateline.cli.ingest", "dateline.cli.corpus", "dateline.cli.serve"),
        "the CLI app module imports no command (dateline.cli lists them)",
    ),
    Rule(
        "dateline",
        ("dateline.cli",),
        "only the command line imports the command line",
        except_=("dateline.cli", "dateline.__main__"),
    ),
    Rule(
        "dateline.web",
        ("dateline.cli",),
        "the web face is a sibling of the command line, not built on it",
    ),
)


def _under(module: str, prefix: str) -> bool:
    return (prefix.endswith(".") and module.startswith(prefix)) or module == prefix or module.startswith(prefix + ".")


def layer_violations(graph: dict[str, list[Import]]) -> list[str]:
    """``module:line imports target (why)`` for each import a rule of :data:`RULES` forbids."""
    problems: list[str] = []
    for rule in RULES:
        for name, imports in graph.items():
            if not _under(name, rule.source) or any(_under(name, e) for e in rule.except_):
                continue
            for imp in imports:
                if any(_under(imp.target, never) for never in rule.never):
                    problems.append(f"{name}:{imp.line} imports {imp.target} ({rule.why})")
    return sorted(set(problems))


#: The layers of the picture, bottom first: each a name and the module prefixes it holds.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("errors", ("dateline.errors", "dateline.extras")),
    ("model", ("dateline.model",)),
    ("document", ("dateline.document",)),
    (
        "know-how",
        (
            "dateline.attribution",
            "dateline.timex",
            "dateline.layout",
            "dateline.boilerplate",
            "dateline.bylines",
            "dateline.coreference",
            "dateline.dedup",
            "dateline.given_names",
            "dateline.identity",
            "dateline.nlp",
            "dateline.outlets",
            "dateline.pageblock",
            "dateline.roles",
            "dateline.spans",
            "dateline.textblocks",
            "dateline.timeparse",
        ),
    ),
    ("readers", ("dateline.readers",)),
    ("stages", ("dateline.stages",)),
    ("pipeline", ("dateline.pipeline", "dateline.api", "dateline.report")),
    ("executors", ("dateline.executors",)),
    ("store", ("dateline.store",)),
    ("corpus", ("dateline.corpus",)),
    ("ingest", ("dateline.ingest",)),
    ("web", ("dateline.web",)),
    ("cli", ("dateline.cli", "dateline.__main__")),
    ("package", ("dateline",)),
)


def layer_of(module: str) -> str:
    best, length = "package", 0
    for layer, prefixes in LAYERS:
        for prefix in prefixes:
            if _under(module, prefix) and len(prefix) > length:
                best, length = layer, len(prefix)
    return best


def render(graph: dict[str, list[Import]]) -> str:
    """The mermaid diagram of the layers and which imports which (arrows point at what is imported)."""
    members: dict[str, list[str]] = {layer: [] for layer, _ in LAYERS}
    for name in graph:
        members[layer_of(name)].append(name)
    arrows = sorted(
        {
            (layer_of(i.source), layer_of(i.target))
            for imports in graph.values()
            for i in imports
            if layer_of(i.source) != layer_of(i.target)
        }
    )
    lines = ["```mermaid", "flowchart TD"]
    for layer, _ in reversed(LAYERS):
        count = len(members[layer])
        lines.append(f'    {layer.replace("-", "_")}["{layer} ({count} module{"s" if count != 1 else ""})"]')
    for source, target in arrows:
        lines.append(f"    {source.replace('-', '_')} --> {target.replace('-', '_')}")
    lines.append("```")
    lines.append("")
    lines.append("| layer | modules |")
    lines.append("|---|---|")
    for layer, _ in LAYERS:
        names = ", ".join(f"`{m.removeprefix('dateline.') or 'dateline'}`" for m in sorted(members[layer]))
        lines.append(f"| {layer} | {names} |")
    lines.append("")
    lines.append("What must never import what (`tests/test_architecture.py` enforces each line):")
    lines.append("")
    lines.append("| modules under | never import | why |")
    lines.append("|---|---|---|")
    for rule in RULES:
        never = ", ".join(f"`{n.rstrip('.')}`" for n in rule.never)
        source = f"`{rule.source}`" + (f" (but {', '.join(f'`{e}`' for e in rule.except_)})" if rule.except_ else "")
        lines.append(f"| {source} | {never} | {rule.why} |")
    return "\n".join(lines) + "\n"


def rendered_doc(graph: dict[str, list[Import]], text: str) -> str:
    if not BLOCK.search(text):
        raise SystemExit(f"{ARCHITECTURE_MD}: no '<!-- BEGIN generated: layers -->' block")
    return BLOCK.sub(lambda m: m.group(1) + render(graph) + m.group(2), text)


def main() -> int:
    parser = argparse.ArgumentParser(description="The layer diagram of docs/architecture.md, and the house rules.")
    parser.add_argument("--check", action="store_true", help="exit 1 if the diagram is out of date or a rule is broken")
    args = parser.parse_args()
    graph = import_graph()
    text = ARCHITECTURE_MD.read_text(encoding="utf-8")
    new = rendered_doc(graph, text)
    problems = [f"circle: {' -> '.join(c)}" for c in cycles(graph)]
    problems += private_imports(graph) + private_attributes() + layer_violations(graph)
    for problem in problems:
        print(problem)
    if args.check:
        if new != text:
            print(f"out of date: {ARCHITECTURE_MD.relative_to(ROOT)}; run `make docs`")
            return 1
        return 1 if problems else 0
    if new != text:
        ARCHITECTURE_MD.write_text(new, encoding="utf-8")
        print(f"wrote {ARCHITECTURE_MD.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
