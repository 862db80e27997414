"""The docs are tested: every command, option and record field is documented, and up to date.

When one of these fails, run `make docs` (scripts/gen_docs.py) and commit docs/.
"""

from __future__ import annotations

import json
import re

import gen_docs
import pytest

from helpers import FIXTURES, ROOT

FIX = "run `make docs` and commit docs/"


@pytest.fixture(scope="module")
def cli_md() -> str:
    return gen_docs.CLI_MD.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def record_md() -> str:
    return gen_docs.RECORD_MD.read_text(encoding="utf-8")


def section(markdown: str, title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", markdown, re.S | re.M)
    assert match, f"docs/cli.md has no section '## {title}': {FIX}"
    return match.group(1)


def test_every_command_and_option_is_in_cli_md(cli_md):
    commands = gen_docs.cli_commands()
    names = {" ".join(path) for path, _ in commands}
    assert {"", "analyze", "schema"} <= names
    for path, command in commands:
        title = " ".join(("dateline", *path))
        text = section(cli_md, title)
        for param in command.params:
            if getattr(param, "hidden", False):
                continue
            if param.param_type_name == "option":
                for opt in [*param.opts, *param.secondary_opts]:
                    assert re.search(rf"(?<![\w-]){re.escape(opt)}(?![\w-])", text), (
                        f"{title}: {opt} undocumented: {FIX}"
                    )
            else:
                assert param.name.lower() in text.lower(), f"{title}: argument {param.name} undocumented: {FIX}"


def test_cli_md_is_up_to_date(cli_md):
    assert gen_docs.render_cli() == cli_md, f"docs/cli.md is out of date: {FIX}"


def test_record_md_is_up_to_date(record_md):
    assert gen_docs.render_record(record_md) == record_md, f"docs/record.md is out of date: {FIX}"


def test_every_model_and_field_is_described(record_md):
    models = gen_docs.record_models()
    assert {"Article", "Source", "DatelineInfo", "Media", "Paragraph", "Removed"} <= {m.__name__ for m in models}
    for model in models:
        assert (model.__doc__ or "").strip() and not model.__doc__.startswith("!!!"), (
            f"{model.__name__} needs a docstring"
        )
        assert f"<!-- BEGIN generated: {model.__name__} -->" in record_md, (
            f"{model.__name__} not in docs/record.md: {FIX}"
        )
        for name, field in model.model_fields.items():
            assert field.description, f"{model.__name__}.{name} needs a description= in src/dateline/model.py"
            assert f"| `{field.alias or name}` |" in record_md


def test_record_md_shows_the_seeds_values(record_md):
    article = section(record_md, "Article")
    assert '`"2022-01-10T02:51:00+00:00"`' in article
    assert '`"d64aee800a1bdd53"`' in article or "`id`" in article
    assert '`["Moscow", "Geneva"]`' in section(record_md, "DatelineInfo")
    assert '`"© Sputnik / Vladimir Trefilov"`' in section(record_md, "Media")


def test_the_seeds_removal_reasons_are_documented(record_md):
    """record.md points at cleaning.md, the one list of removal reasons; the seed's are all there."""
    assert "(cleaning.md)" in section(record_md, "Removed")
    cleaning = (ROOT / "docs" / "cleaning.md").read_text(encoding="utf-8")
    snapshot = json.loads((FIXTURES / "seed.expected.json").read_text(encoding="utf-8"))
    for reason in {r["reason"] for r in snapshot["removed"]}:
        assert f"`{reason}`" in cleaning, f"removal reason {reason!r} is not listed in docs/cleaning.md"


def test_docs_index_lists_every_page():
    index = (ROOT / "docs" / "README.md").read_text(encoding="utf-8")
    for page in sorted((ROOT / "docs").glob("*.md")):
        if page.name != "README.md":
            assert f"]({page.name})" in index, f"docs/{page.name} is not listed in docs/README.md"


def test_make_docs_exists():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^docs:", makefile, re.M)
    assert "scripts/gen_docs.py" in makefile
