"""The ``dateline`` command line: thin wrappers over the Python API."""

from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from enum import Enum
from pathlib import Path
from typing import IO, Annotated, Any

import typer
from rich.console import Console

from dateline import __version__
from dateline.errors import EXIT_BAD_INPUT, DatelineError, Errors, InputError
from dateline.readers import DEFAULT_MAX_BYTES

app = typer.Typer(
    name="dateline",
    help="Who said what, when: turn raw news articles into clean, attributed, dated records.\n\n"
    "Start with:  dateline analyze article.txt --format text",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)
err_console = Console(stderr=True, highlight=False)


class OutputFormat(str, Enum):
    json = "json"
    text = "text"


def fail(message: str, code: int = EXIT_BAD_INPUT) -> typer.Exit:
    """Print one error line and return the Exit to raise."""
    err_console.print(f"[bold red]dateline: error:[/] {message}", markup=True, soft_wrap=True)
    return typer.Exit(code)


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"dateline {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Who said what, when: turn raw news articles into clean, attributed, dated records."""


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .html, .htm, .jsonl), folders, or - for stdin.")],
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="json: the record (JSON Lines for several inputs); text: a readable report.")] = OutputFormat.json,
    raw: Annotated[bool, typer.Option("--raw", help="Skip layout and cleaning: the input is already the clean body, and offsets refer to it.")] = False,
    published: Annotated[str | None, typer.Option("--published", help="Publication time (ISO 8601) when the text gives none; anchors relative dates.")] = None,
    url: Annotated[str | None, typer.Option("--url", help="URL of the article (single input).")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of standard output.")] = None,
    indent: Annotated[int | None, typer.Option("--indent", help="Pretty-print JSON with this indent (single input).")] = None,
    no_original: Annotated[bool, typer.Option("--no-original", help="Leave the verbatim input out of the JSON record.")] = False,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Refuse inputs larger than this many bytes.")] = DEFAULT_MAX_BYTES,
) -> None:
    """Analyse articles and print one record each.

    Examples:

      dateline analyze article.txt --format text

      dateline analyze page.html -o record.json --indent 2

      cat story.txt | dateline analyze - --published 2022-01-10T02:51:00Z

      dateline analyze articles.jsonl > records.jsonl
    """
    from dateline.api import analyze_inputs
    from dateline.readers import iter_inputs

    if published is not None:
        from dateline.timeparse import normalise_published

        if normalise_published(published) is None:
            raise fail(f"--published: {Errors.E008.format(value=published)}")
    failures: list[InputError] = []
    count = 0
    target: Any = open(output, "w", encoding="utf-8") if output else nullcontext(sys.stdout)
    with target as out:
        for item in analyze_inputs(iter_inputs(paths, max_bytes=max_bytes), raw=raw, published=published, url=url):
            if isinstance(item, InputError):
                failures.append(item)
                err_console.print(f"[bold red]dateline: error:[/] {item}", markup=True, soft_wrap=True, highlight=False)
                continue
            count += 1
            _write(out, item, format, indent=indent, original=not no_original)
    if failures:
        if count + len(failures) > 1:
            err_console.print(f"{len(failures)} of {count + len(failures)} inputs failed:", highlight=False)
            for failure in failures:
                err_console.print(f"  {failure}", highlight=False, soft_wrap=True)
        raise typer.Exit(EXIT_BAD_INPUT)


def _write(out: IO[str], article: Any, format: OutputFormat, *, indent: int | None, original: bool) -> None:
    if format is OutputFormat.text:
        from dateline.report import render

        console = Console(file=out, force_terminal=out.isatty() if hasattr(out, "isatty") else False, width=100)
        render(article, console)
    else:
        out.write(article.to_json(original=original, indent=indent) + "\n")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the article record.

    Example:

      dateline schema > article.schema.json
    """
    from dateline.model import json_schema

    typer.echo(json.dumps(json_schema(), indent=2))


def main() -> None:
    """Entry point: bad input exits 2 with one line, never a traceback."""
    try:
        app()
    except DatelineError as err:
        err_console.print(f"[bold red]dateline: error:[/] {err}", markup=True, soft_wrap=True, highlight=False)
        sys.exit(EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        err_console.print("dateline: interrupted")
        sys.exit(130)


from dateline import cli_ingest  # noqa: E402,F401
