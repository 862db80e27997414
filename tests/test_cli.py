"""The command line: `dateline analyze` and `dateline schema`, through typer's test runner."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import dateline
from dateline.cli import app
from dateline.cli import base as cli_base
from dateline.errors import InputError
from dateline.model import Article
from helpers import EXAMPLES, SEED, assert_offsets

runner = CliRunner()

FRENCH = (
    "PARIS (AFP) - Le président français a déclaré mardi que les négociations avec l'Allemagne "
    "étaient « très difficiles », selon un communiqué de l'Élysée publié dans la soirée."
)
# An already-clean body: two paragraphs, a blank line between them, odd spacing kept on purpose.
CLEAN_BODY = (
    "The meeting preceding the official Russian-US talks on security guarantees was held in Geneva on "
    "Sunday evening and lasted more than two hours.\n\n"
    "  In December, Russia released its draft proposals on security guarantees.  \n"
)


#: variables that make rich colour or animate output that is not a terminal
COLOUR_ENV = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "CLICOLOR_FORCE", "GITHUB_ACTIONS", "COLUMNS")


@pytest.fixture(autouse=True)
def plain_output(monkeypatch):
    """The tests read plain text: no colour or terminal forced by the environment (CI often sets it)."""
    from rich.console import Console
    from typer import rich_utils

    for name in COLOUR_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(cli_base, "err_console", Console(stderr=True, highlight=False))
    monkeypatch.setattr(rich_utils, "FORCE_TERMINAL", False)
    monkeypatch.setattr(rich_utils, "COLOR_SYSTEM", None)


def invoke(*args: str, input: bytes | str | None = None) -> Any:
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("dateline: error:")]


# -- analyze ---------------------------------------------------------------------------------------


def test_analyze_json_is_one_valid_record():
    result = invoke("analyze", str(SEED))
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert data["schema"] == "dateline.article/1"
    assert data["source"] == {
        "path": str(SEED),
        "url": None,
        "format": "text",
        "encoding": "utf-8",
        "line": None,
        "id": None,
    }
    assert data["original"] == SEED.read_text(encoding="utf-8")
    article = Article.from_dict(data)
    assert article.headline and article.headline.startswith("Deputy FM Says")
    assert_offsets(article)
    assert article.to_dict() == data


def test_analyze_no_original_and_indent():
    result = invoke("analyze", str(SEED), "--no-original", "--indent", "2")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert "original" not in data
    assert result.stdout.startswith('{\n  "schema": "dateline.article/1"')


def test_analyze_text_report():
    result = invoke("analyze", str(SEED), "--format", "text")
    assert result.exit_code == 0
    out = result.stdout
    assert "Deputy FM Says Anti-Russian Sentiment" in out
    assert "2022-01-10T02:51:00+00:00" in out
    assert "Moscow" in out and "Sputnik" in out
    assert "removed" in out
    assert not out.lstrip().startswith("{")


def test_text_report_shows_brackets_as_text(tmp_path):
    path = tmp_path / "brackets.txt"
    path.write_text(
        "Talks [bold]end[/bold] in Geneva\n\nMOSCOW (Sputnik) - The minister said [/b] nothing was agreed.\n"
        "\nShare this article [/x]\n",
        encoding="utf-8",
    )
    result = invoke("analyze", str(path), "--format", "text")
    assert result.exit_code == 0
    assert "Talks [bold]end[/bold] in Geneva" in result.stdout
    assert "The minister said [/b] nothing was agreed." in result.stdout
    assert "Share this article [/x]" in result.stdout


def test_analyze_output_file(tmp_path):
    target = tmp_path / "record.json"
    result = invoke("analyze", str(SEED), "-o", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["headline"].startswith("Deputy FM Says")


def test_analyze_output_to_a_missing_folder(tmp_path):
    result = invoke("analyze", str(SEED), "-o", str(tmp_path / "no" / "such" / "record.json"))
    assert result.exit_code == 2
    [line] = error_lines(result.stderr)
    assert "E012" in line and "record.json" in line


def test_raw_keeps_the_text_exactly(tmp_path):
    path = tmp_path / "body.txt"
    path.write_text(CLEAN_BODY, encoding="utf-8")
    result = invoke("analyze", str(path), "--raw")
    assert result.exit_code == 0
    data = records(result.stdout)[0]
    assert data["text"] == CLEAN_BODY
    assert data["removed"] == []
    paragraphs = [CLEAN_BODY[p["start"] : p["end"]] for p in data["paragraphs"]]
    assert paragraphs == [
        "The meeting preceding the official Russian-US talks on security guarantees was held in Geneva on "
        "Sunday evening and lasted more than two hours.",
        "In December, Russia released its draft proposals on security guarantees.",
    ]
    assert_offsets(Article.from_dict(data))


def test_raw_of_a_clean_record_text_is_that_text(seed_article):
    result = invoke("analyze", "-", "--raw", input=seed_article.text.encode("utf-8"))
    assert result.exit_code == 0
    data = records(result.stdout)[0]
    assert data["text"] == seed_article.text
    assert [(p["start"], p["end"]) for p in data["paragraphs"]] == [(p.start, p.end) for p in seed_article.paragraphs]


def test_published_is_used_when_the_text_has_none(tmp_path):
    path = tmp_path / "body.txt"
    path.write_text(CLEAN_BODY, encoding="utf-8")
    result = invoke("analyze", str(path), "--published", "2022-01-10T02:51:00Z")
    assert result.exit_code == 0
    assert records(result.stdout)[0]["published"] == "2022-01-10T02:51:00+00:00"


def test_the_texts_own_time_wins_over_published():
    result = invoke("analyze", str(SEED), "--published", "2023-05-01")
    assert records(result.stdout)[0]["published"] == "2022-01-10T02:51:00+00:00"


def test_bad_published_is_one_line_exit_2():
    result = invoke("analyze", str(SEED), "--published", "last Tuesday-ish")
    assert result.exit_code == 2
    assert result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert "--published" in line and "E008" in line


def test_url_names_one_article(tmp_path):
    result = invoke("analyze", "-", "--url", "https://example.org/talks", "--no-original", input=CLEAN_BODY)
    assert result.exit_code == 0
    assert records(result.stdout)[0]["source"]["url"] == "https://example.org/talks"
    for paths in ([str(SEED), str(SEED)], [str(tmp_path)]):
        result = invoke("analyze", *paths, "--url", "https://example.org/talks")
        assert result.exit_code == 2 and result.stdout == ""
        [line] = result.stderr.strip().splitlines()
        assert "E016" in line


def test_stdin():
    result = invoke("analyze", "-", input=SEED.read_bytes())
    assert result.exit_code == 0
    data = records(result.stdout)[0]
    assert data["source"]["path"] == "-"
    assert data["headline"].startswith("Deputy FM Says")


def test_stdin_in_another_encoding():
    result = invoke("analyze", "-", "--raw", input=FRENCH.encode("latin-1"))
    assert result.exit_code == 0, result.stderr
    assert records(result.stdout)[0]["text"] == FRENCH


def test_several_inputs_give_json_lines(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps({"text": CLEAN_BODY, "url": "https://example.org/a", "published": "2022-01-09"})
        + "\n"
        + json.dumps({"text": FRENCH})
        + "\n",
        encoding="utf-8",
    )
    html = EXAMPLES / "reuters.com.parasite.html"
    result = invoke("analyze", str(SEED), str(batch), str(html), "--no-original")
    assert result.exit_code == 0, result.stderr
    out = records(result.stdout)
    assert len(out) == 4 == len(result.stdout.splitlines())
    assert [r["source"]["format"] for r in out] == ["text", "jsonl", "jsonl", "html"]
    assert out[1]["source"]["line"] == 1 and out[1]["source"]["url"] == "https://example.org/a"
    assert out[1]["published"] == "2022-01-09"
    assert out[2]["source"]["line"] == 2
    assert len({r["id"] for r in out}) == 4
    for record in out:
        assert_offsets(Article.from_dict(record))


def test_a_folder_is_walked(tmp_path):
    (tmp_path / "one.txt").write_text(CLEAN_BODY, encoding="utf-8")
    (tmp_path / "two.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "NOTICE.md").write_text("not an article", encoding="utf-8")
    result = invoke("analyze", str(tmp_path), "--no-original")
    assert result.exit_code == 0
    assert [Path(r["source"]["path"]).name for r in records(result.stdout)] == ["one.txt", "two.txt"]


BAD_INPUTS = {
    "empty.txt": (b"", "E001"),
    "blank.txt": (b"\n \n\t\n", "E001"),
    "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "E002"),
    "paper.html": (b"%PDF-1.5\n%\xb5\xed\xae\xfb\n", "E002"),
    "nul.txt": (b"Geneva talks\x00\x00\x00 ended\x00", "E002"),
    "garbled.txt": (bytes((i * 131 + 7) % 128 + 128 for i in range(280)), "E003"),
    "big.txt": (FRENCH.encode("utf-8") * 3, "E004"),
    "broken.jsonl": (b"{this is not json\n", "E006"),
    "nobody.jsonl": (b'{"title": "no text"}\n', "E007"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_one_line_naming_the_file(tmp_path, name):
    data, code = BAD_INPUTS[name]
    path = tmp_path / name
    path.write_bytes(data)
    result = invoke("analyze", str(path), "--max-bytes", "300")
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"dateline: error: {path}")
    assert code in lines[0]
    assert "Traceback" not in result.output


def test_missing_file_and_empty_folder(tmp_path):
    for path, code in ((tmp_path / "missing.txt", "E005"), (tmp_path, "E013")):
        result = invoke("analyze", str(path))
        assert result.exit_code == 2
        [line] = result.stderr.strip().splitlines()
        assert line.startswith(f"dateline: error: {path}") and code in line


def test_failures_do_not_stop_the_batch_and_are_summed_up(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    image = tmp_path / "photo[1].txt"  # brackets must not be eaten as rich markup
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    good = tmp_path / "body.txt"
    good.write_text(CLEAN_BODY, encoding="utf-8")
    result = invoke("analyze", str(empty), str(SEED), str(image), str(tmp_path / "gone.txt"), str(good))
    assert result.exit_code == 2
    assert len(records(result.stdout)) == 2
    err = result.stderr.strip().splitlines()
    assert len(error_lines(result.stderr)) == 3
    summary = err.index("3 of 5 inputs failed:")
    assert summary == len(err) - 4
    assert err[summary + 1 :] == [
        f"  {empty}: E001 empty input: there is no text to analyse",
        f"  {image}: E002 binary input: this looks like a binary file (PNG image), not text or HTML",
        f"  {tmp_path / 'gone.txt'}: E005 not found: no such file or directory",
    ]
    assert "Traceback" not in result.output


def test_bad_jsonl_lines_are_named_by_line(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"text": FRENCH}) + "\n{oops\n" + json.dumps({"text": CLEAN_BODY}) + "\n")
    result = invoke("analyze", str(batch))
    assert result.exit_code == 2
    assert len(records(result.stdout)) == 2
    assert error_lines(result.stderr)[0].startswith(f"dateline: error: {batch}:2: E006")
    assert "1 of 3 inputs failed:" in result.stderr


def test_progress_bar_only_on_a_terminal(tmp_path, monkeypatch):
    from rich.console import Console

    second = tmp_path / "two.txt"
    second.write_text(FRENCH, encoding="utf-8")
    target = tmp_path / "out.jsonl"
    # standard error is not a terminal under the test runner: no bar
    result = invoke("analyze", str(SEED), str(second), "-o", str(target))
    assert result.exit_code == 0 and "analysing" not in result.stderr
    # on a terminal it shows, on standard error, while the records go to the file
    screen = io.StringIO()
    monkeypatch.setattr(cli_base, "err_console", Console(file=screen, force_terminal=True, width=100))
    result = invoke("analyze", str(SEED), str(second), "-o", str(target))
    assert result.exit_code == 0
    assert "analysing" in screen.getvalue() and "2/2" in screen.getvalue()
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2
    # one file: no bar
    screen.truncate(0)
    invoke("analyze", str(SEED), "-o", str(target))
    assert "analysing" not in screen.getvalue()


def test_a_bug_in_a_stage_is_reported_per_input_and_the_batch_goes_on():
    from dateline.api import analyze_inputs
    from dateline.pipeline import TEXT_STAGES, Pipeline
    from dateline.readers import Input

    def boom(doc):
        if "boom" in doc.body:
            raise ZeroDivisionError("division by zero")

    pipeline = Pipeline(stages=TEXT_STAGES)
    pipeline.stages = [*pipeline.stages, ("boom", boom)]
    items = [Input(source="a.txt", text="It went boom."), Input(source="b.jsonl", text=FRENCH, format="jsonl", line=3)]
    bad, good = analyze_inputs(items, pipeline=pipeline)
    assert isinstance(bad, InputError)
    assert (
        str(bad) == "a.txt: E099 internal error while analysing (ZeroDivisionError: division by zero); please report it"
    )
    assert isinstance(good, Article) and good.source.line == 3 and good.source.format == "jsonl"


def test_help_teaches():
    result = invoke("--help")
    assert result.exit_code == 0
    assert "Examples" in result.stdout and "dateline analyze" in result.stdout and "dateline schema" in result.stdout
    result = invoke("analyze", "--help")
    for option in ("--format", "--raw", "--published", "--output", "--max-bytes"):
        assert option in result.stdout
    assert "Examples" in result.stdout


def test_the_installed_command_never_shows_a_traceback(tmp_path):
    """The real entry point, in a process of its own: bad input is one line each and exit 2."""
    exe = Path(sys.executable).parent / "dateline"
    if not exe.exists():
        pytest.skip("the dateline script is not installed next to this python")
    image = tmp_path / "photo.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    proc = subprocess.run(
        [str(exe), "analyze", str(image), str(tmp_path / "missing.html"), "-o", str(tmp_path / "out.jsonl")],
        capture_output=True,
        text=True,
        timeout=120,
        env={k: v for k, v in os.environ.items() if k not in COLOUR_ENV},
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert proc.stderr.splitlines()[:2] == [
        f"dateline: error: {image}: E002 binary input: this looks like a binary file (PNG image), not text or HTML",
        f"dateline: error: {tmp_path / 'missing.html'}: E005 not found: no such file or directory",
    ]


def test_python_dash_m_dateline_is_the_same_command_line(tmp_path):
    """``python -m dateline``: the same commands and the same one-line errors as the console script."""
    run = [sys.executable, "-m", "dateline"]
    env = {k: v for k, v in os.environ.items() if k not in COLOUR_ENV}
    proc = subprocess.run([*run, "--version"], capture_output=True, text=True, timeout=120, env=env)
    assert (proc.returncode, proc.stdout.strip()) == (0, f"dateline {dateline.__version__}")
    proc = subprocess.run([*run, "schema"], capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0 and json.loads(proc.stdout)["title"]
    proc = subprocess.run(
        [*run, "analyze", str(tmp_path / "missing.txt")], capture_output=True, text=True, timeout=120, env=env
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert (
        proc.stderr.strip() == f"dateline: error: {tmp_path / 'missing.txt'}: E005 not found: no such file or directory"
    )


# -- schema ----------------------------------------------------------------------------------------


def validate(instance: Any, schema: dict, root: dict, where: str = "$") -> list[str]:
    """A tiny JSON Schema validator for the keywords pydantic emits (jsonschema is not a dependency)."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return validate(instance, root["$defs"][name], root, where)
    problems: list[str] = []
    if "anyOf" in schema:
        if all(validate(instance, option, root, where) for option in schema["anyOf"]):
            problems.append(f"{where}: matches none of anyOf")
        return problems
    kinds = {"object": dict, "array": list, "string": str, "integer": int, "number": (int, float), "boolean": bool}
    expected = schema.get("type")
    if expected == "null":
        return [] if instance is None else [f"{where}: not null"]
    if expected in kinds:
        ok = isinstance(instance, kinds[expected]) and not (
            expected in ("integer", "number") and isinstance(instance, bool)
        )
        if not ok:
            return [f"{where}: not {expected}"]
    if "const" in schema and instance != schema["const"]:
        problems.append(f"{where}: not {schema['const']!r}")
    if "enum" in schema and instance not in schema["enum"]:
        problems.append(f"{where}: not one of {schema['enum']}")
    if "minimum" in schema and isinstance(instance, int) and instance < schema["minimum"]:
        problems.append(f"{where}: below {schema['minimum']}")
    if isinstance(instance, dict):
        properties = schema.get("properties", {})
        problems += [f"{where}: missing {key}" for key in schema.get("required", []) if key not in instance]
        if schema.get("additionalProperties") is False:
            problems += [f"{where}: unexpected {key}" for key in instance if key not in properties]
        for key, value in instance.items():
            if key in properties:
                problems += validate(value, properties[key], root, f"{where}.{key}")
    if isinstance(instance, list) and "items" in schema:
        for n, value in enumerate(instance):
            problems += validate(value, schema["items"], root, f"{where}[{n}]")
    return problems


def test_schema_is_json_schema_that_the_seed_record_meets(seed_article):
    result = invoke("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "dateline.article/1"
    assert schema["type"] == "object"
    for field in ("schema", "id", "source", "headline", "published", "updated", "dateline", "byline", "media"):
        assert field in schema["properties"], field
    for field in ("text", "paragraphs", "removed", "entities", "quotes", "times", "events"):
        assert field in schema["properties"], field
    # every $ref resolves
    refs = {m for m in _refs(schema)}
    assert refs <= {f"#/$defs/{name}" for name in schema["$defs"]}

    record = seed_article.to_dict()
    assert validate(record, schema, schema) == []
    assert validate(seed_article.to_dict(original=False), schema, schema) == []
    # and the validator does reject what the schema forbids
    assert validate({**record, "id": 7}, schema, schema) == ["$.id: not string"]
    assert validate({**record, "schema": "dateline.article/0"}, schema, schema)
    assert validate({**record, "surprise": 1}, schema, schema) == ["$: unexpected surprise"]
    bad = json.loads(json.dumps(record))
    bad["paragraphs"][0]["start"] = -1
    assert validate(bad, schema, schema) == ["$.paragraphs[0].start: below 0"]
    bad["paragraphs"][0] = {"start": 0}
    assert validate(bad, schema, schema) == ["$.paragraphs[0]: missing end"]
    # the record round-trips through the model unchanged
    assert Article.model_validate(record).to_dict() == record


def _refs(node: Any):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)
