"""The house rules of docs/architecture.md, read from the source with ``ast`` (scripts/architecture.py):
no import circle among dateline's modules (imports inside functions count), no private name taken from
another module, and the layer rules (what must never import what).  The diagram in docs/architecture.md
is generated from the same graph and must be up to date."""

from __future__ import annotations

import importlib
import re

import architecture
import pytest

from helpers import ROOT

#: Violations that are in files other engineers own and are being removed there (issue 10); each must
#: still exist (the test fails when one is fixed, so the list only shrinks) and no other may appear.
KNOWN: dict[str, str] = {}


@pytest.fixture(scope="module")
def graph():
    return architecture.import_graph()


def found(graph) -> set[str]:
    """Every violation, keyed without its line number and reason (so that edits elsewhere in a file do
    not change the key)."""
    problems = {f"circle: {' -> '.join(group)}" for group in architecture.cycles(graph)}
    listed = architecture.private_imports(graph) + architecture.private_attributes()
    listed += [p.split(" (")[0] for p in architecture.layer_violations(graph)]
    return problems | {re.sub(r":\d+ ", " ", p, count=1) for p in listed}


def test_no_import_circle_no_private_import_and_no_layer_broken(graph):
    problems = found(graph)
    new = sorted(problems - set(KNOWN))
    assert not new, "broken house rules (see docs/architecture.md):\n  " + "\n  ".join(new)


def test_the_known_violations_are_still_there_or_leave_the_list(graph):
    fixed = sorted(set(KNOWN) - found(graph))
    assert not fixed, "fixed, so take it out of KNOWN in tests/test_architecture.py:\n  " + "\n  ".join(fixed)


def test_the_checks_find_a_circle_a_private_import_and_a_broken_layer(tmp_path):
    """The checker on a made-up package: each kind of violation is found, an innocent import is not."""
    package = tmp_path / "dateline"
    files = {
        "__init__.py": "",
        "errors.py": "",
        "model.py": "def f():\n    from dateline.stages import a  # inside a function: counts\n",
        "stages/__init__.py": "",
        "stages/a.py": "from dateline import model\nfrom dateline.stages.b import _helper\n",
        "stages/b.py": "import dateline.errors\nfrom dateline.stages import a as other\n\n\ndef _helper():\n"
        "    return other._secret\n\n\ndef mine(x):\n    x._cache = 1\n    return x._cache, x._hidden\n",
        "store/__init__.py": "from dateline.store.rows import ROWS\n",
        "store/rows.py": "from dateline.errors import __doc__ as ROWS\n",
    }
    for name, text in files.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(text)
    made = architecture.import_graph(package)
    assert architecture.cycles(made) == [["dateline.model", "dateline.stages.a", "dateline.stages.b"]]
    assert architecture.private_imports(made, package) == [
        "dateline.stages.a:2 imports dateline.stages.b._helper",
        "dateline.stages.b:6 reads dateline.stages.a._secret",
    ]
    # a private attribute read off an object: another module's part, unless this module makes it too
    assert architecture.private_attributes(package) == [
        "dateline.stages.b:11 uses x._hidden",
        "dateline.stages.b:6 uses other._secret",
    ]
    assert [p.split(" (")[0] for p in architecture.layer_violations(made)] == [
        "dateline.model:2 imports dateline.stages.a"
    ]


def test_the_diagram_in_architecture_md_is_generated_from_the_code(graph):
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert architecture.rendered_doc(graph, text) == text, (
        "docs/architecture.md's diagram is out of date: run `make docs`"
    )


def test_every_module_architecture_md_names_exists():
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    modules = set(architecture.modules())
    named = set(re.findall(r"`(dateline(?:\.\w+)+)`", text))
    paths = set(re.findall(r"`src/(dateline/[\w/]+\.py)`", text))
    assert named and paths
    missing = sorted(n for n in named if n not in modules and not _attribute_of_a_module(n, modules))
    missing += sorted(p for p in paths if not (ROOT / "src" / p).is_file())
    assert not missing, f"docs/architecture.md names what is not there: {missing}"


def _attribute_of_a_module(name: str, modules: set[str]) -> bool:
    """``dateline.pipeline.Pipeline``: a name a module that exists gives (its own or re-exported)."""
    module, _, attribute = name.rpartition(".")
    return module in modules and hasattr(importlib.import_module(module), attribute)


def test_the_rules_name_only_modules_that_exist():
    modules = set(architecture.modules())
    for rule in architecture.RULES:
        for prefix in (rule.source, *rule.never):
            prefix = prefix.rstrip(".")
            assert any(m == prefix or m.startswith(prefix + ".") for m in modules), f"no module {prefix!r}"


def test_layer_of_puts_every_module_in_a_named_layer():
    for module in architecture.modules():
        layer = architecture.layer_of(module)
        assert layer != "package" or module == "dateline", f"{module} is in no layer of scripts/architecture.py"
