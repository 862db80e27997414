"""The ``dateline`` command line's shared parts: the typer app, the options several commands take, and
how an error is printed. This module imports no command; each command module imports it and adds its
commands to :data:`app`, and :mod:`dateline.cli` imports the command modules in ``--help`` order."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from dateline import __version__
from dateline.errors import EXIT_BAD_INPUT, DatelineError

ROOT_HELP = """Who said what, when: turn raw news articles (scraped text or HTML, noise and all) into
clean, documented records: headline, times, dateline, byline, the clean body, and what was removed.

Examples:

  dateline analyze examples/seed.txt --format text      [dim]# a readable report[/]

  dateline analyze page.html --indent 2                 [dim]# the JSON record[/]

  dateline analyze articles.jsonl -o records.jsonl      [dim]# one record a line[/]

  cat story.txt | dateline analyze - --published 2022-01-10T02:51:00Z

  dateline schema                                       [dim]# the JSON Schema[/]

Run [bold]dateline COMMAND --help[/] for a command's options; docs/cli.md has them all.
"""

app = typer.Typer(
    name="dateline",
    help=ROOT_HELP,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)
err_console = Console(stderr=True, highlight=False)

#: the ``--db`` option of every command that reads or writes the corpus store
DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Store: a SQLite path or sqlite:///path, or postgresql://... (default: ./dateline.db)"),
]


#: ``--field FIELD=COLUMN`` of the commands that read JSON Lines and CSV/TSV input
FieldOption = Annotated[
    list[str] | None,
    typer.Option(
        "--field",
        help="FIELD=COLUMN: read FIELD (text, html, title, author, published, url, outlet, language, id) from this "
        "CSV column or JSON key; repeatable.",
    ),
]


class OutputFormat(StrEnum):
    json = "json"
    text = "text"


def error_line(message: object) -> None:
    """Print ``dateline: error: <message>`` on one line of standard error."""
    err_console.print(f"[bold red]dateline: error:[/] {escape(str(message))}", markup=True, soft_wrap=True)


def fail(message: str, code: int = EXIT_BAD_INPUT) -> typer.Exit:
    """Print one error line and return the Exit to raise."""
    error_line(message)
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


def main() -> None:
    """Entry point: bad input exits 2 with one line, never a traceback."""
    try:
        app()
    except DatelineError as err:
        error_line(err)
        sys.exit(EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        err_console.print("dateline: interrupted")
        sys.exit(130)
    except BrokenPipeError:  # the reader of our output went away (`dateline analyze ... | head`)
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(141)
