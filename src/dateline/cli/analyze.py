"""``dateline analyze`` and ``dateline schema``: a record per article, and the record's JSON Schema."""

from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from dateline.cli import base
from dateline.cli.base import FieldOption, OutputFormat, app, error_line, fail
from dateline.errors import EXIT_BAD_INPUT, DatelineError, Errors, InputError
from dateline.readers import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from rich.progress import Progress


@app.command()
def analyze(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files (.txt, .html, .htm, .jsonl, .jsonl.gz, .warc, .warc.gz), folders, or - for stdin."),
    ],
    format: Annotated[
        OutputFormat,
        typer.Option(
            "--format", "-f", help="json: the record (JSON Lines for several inputs); text: a readable report."
        ),
    ] = OutputFormat.json,
    raw: Annotated[
        bool,
        typer.Option(
            "--raw", help="Skip layout and cleaning: the input is already the clean body, and offsets refer to it."
        ),
    ] = False,
    published: Annotated[
        str | None,
        typer.Option(
            "--published", help="Publication time (ISO 8601) when the text gives none; anchors relative dates."
        ),
    ] = None,
    url: Annotated[
        str | None, typer.Option("--url", help="URL of the article (one article only: a single file, or -).")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of standard output.")
    ] = None,
    indent: Annotated[
        int | None, typer.Option("--indent", min=0, help="Pretty-print JSON with this indent (single input).")
    ] = None,
    no_original: Annotated[
        bool, typer.Option("--no-original", help="Leave the verbatim input out of the JSON record.")
    ] = False,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", min=1, help="Refuse inputs larger than this many bytes.")
    ] = DEFAULT_MAX_BYTES,
    timeout: Annotated[
        float,
        typer.Option("--timeout", min=0, help="Stop an article whose analysis takes longer (seconds; 0: no limit)."),
    ] = 120.0,
    title: Annotated[
        str | None, typer.Option("--title", help="The headline, when known: wins over the one read from the text.")
    ] = None,
    author: Annotated[
        list[str] | None,
        typer.Option("--author", help="An author's name, when known (repeat for several): wins over the byline read."),
    ] = None,
    outlet: Annotated[
        str | None, typer.Option("--outlet", help="Who published it (e.g. Reuters): wins over the URL's domain.")
    ] = None,
    field: FieldOption = None,
) -> None:
    """Analyse articles and print one record each.

    Each input is a file (.txt in any common encoding, .html/.htm, .jsonl or .jsonl.gz with one article a line, .csv/.tsv with one article a row, .warc/.warc.gz), a folder (its article files, recursively), or - for standard input. Metadata given with an input (JSON Lines fields, CSV columns, --title/--author/--outlet) wins over what is read from the text.

    An input that cannot be analysed (empty, binary, undecodable, too large, malformed) gets one error line naming it; the others are still analysed, the failures are summed up at the end, and the exit code is 2.

    Examples:

      dateline analyze article.txt --format text

      dateline analyze page.html -o record.json --indent 2

      cat story.txt | dateline analyze - --published 2022-01-10T02:51:00Z

      dateline analyze articles.jsonl > records.jsonl

      dateline analyze bodies.csv --field text=body_text > records.jsonl

      dateline analyze story.txt --title "Talks end" --author "Jane Doe" --outlet Reuters

      dateline analyze body.txt --raw    [dim]# text kept as is[/]
    """
    from dateline.api import analyze_inputs
    from dateline.document import Given
    from dateline.readers import iter_inputs
    from dateline.readers.fields import parse_field_overrides

    try:
        fields = parse_field_overrides(field)
    except DatelineError as err:
        raise fail(str(err)) from None
    given = Given(headline=title, byline=author or None, outlet=outlet)

    if published is not None:
        from dateline.timeparse import normalise_published

        if normalise_published(published) is None:
            raise fail(f"--published: {Errors.E008.format(value=published)}")
    if url is not None and not _one_article(paths):
        what = f"{len(paths)} inputs" if len(paths) > 1 else f"{paths[0]} (a folder or a batch file)"
        raise fail(Errors.E016.format(what=what))
    if "-" in paths and sys.stdin.isatty():
        base.err_console.print("[dim]reading an article from standard input; end it with Ctrl-D[/]")
    failures: list[InputError] = []
    count = 0
    try:
        target: Any = open(output, "w", encoding="utf-8") if output else nullcontext(sys.stdout)  # noqa: SIM115
    except OSError as err:
        raise fail(f"{output}: {Errors.E012.format(detail=err.strerror or err)}") from None
    progress = _progress(paths, to_file=output is not None)
    with target as out, progress or nullcontext():
        task = progress.add_task("analysing", total=_known_total(paths), failed=0) if progress else None
        inputs = iter_inputs(paths, max_bytes=max_bytes, fields=fields)
        for item in analyze_inputs(inputs, raw=raw, published=published, url=url, given=given, timeout=timeout):
            if isinstance(item, InputError):
                failures.append(item)
                error_line(item)
            else:
                count += 1
                _write(out, item, format, indent=indent, original=not no_original)
            if progress is not None and task is not None:
                progress.update(task, advance=1, failed=len(failures))
    if failures:
        if count + len(failures) > 1:
            base.err_console.print(f"{len(failures)} of {count + len(failures)} inputs failed:", highlight=False)
            for failure in failures:
                base.err_console.print(f"  {escape(str(failure))}", highlight=False, soft_wrap=True)
        raise typer.Exit(EXIT_BAD_INPUT)


def _one_article(paths: list[str]) -> bool:
    """Whether ``paths`` is a single article: one file that is not a folder, JSON Lines, CSV/TSV or WARC, or -."""
    from dateline.readers import JSONL_SUFFIXES, TABLE_SUFFIXES, WARC_SUFFIXES, input_suffix

    if len(paths) != 1:
        return False
    path = Path(paths[0])
    batch = JSONL_SUFFIXES | TABLE_SUFFIXES | WARC_SUFFIXES
    return paths[0] == "-" or (not path.is_dir() and input_suffix(path) not in batch)


def _known_total(paths: list[str]) -> int | None:
    """How many articles ``paths`` hold, when that is known without reading them (plain files)."""
    from dateline.readers import HTML_SUFFIXES, TEXT_SUFFIXES

    plain = TEXT_SUFFIXES | HTML_SUFFIXES
    if all(p != "-" and Path(p).is_file() and Path(p).suffix.lower() in plain for p in paths):
        return len(paths)
    return None


def _progress(paths: list[str], *, to_file: bool) -> Progress | None:
    """A progress bar on standard error, when there are many inputs and a person watches it.

    It shows only when standard error is a terminal, the records do not go to that terminal too,
    and the inputs are several (or a folder or a batch file); otherwise None.
    """
    many = len(paths) > 1 or any(p != "-" and Path(p).suffix.lower() not in {".txt", ".html", ".htm"} for p in paths)
    if not (many and base.err_console.is_terminal and (to_file or not sys.stdout.isatty())):
        return None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(
        SpinnerColumn(),
        TextColumn("analysing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("[red]{task.fields[failed]} failed"),
        TimeElapsedColumn(),
        console=base.err_console,
        transient=True,
    )


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
