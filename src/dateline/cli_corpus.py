"""The questions asked of a corpus: ``dateline search``, ``quotes``, ``timeline``, ``entities``,
``stories``, ``stats``, ``rejects`` and ``export``; thin wrappers over :class:`dateline.store.Store`.

Each prints a rich table for people, or JSON with ``--json`` for machines.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from dateline.cli import DbOption, app, fail
from dateline.errors import DatelineError

if TYPE_CHECKING:
    from dateline.store import Store

JsonOption = Annotated[
    bool, typer.Option("--json", help="Print JSON (a list, or an object for stats) instead of a table.")
]

console = Console(highlight=False, soft_wrap=False)


class ExportTable(StrEnum):
    articles = "articles"
    quotes = "quotes"
    entities = "entities"
    times = "times"
    events = "events"
    stories = "stories"
    rejects = "rejects"


class ExportFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"


@contextmanager
def _store(db: str | None) -> Iterator[Store]:
    """Open the store; any DatelineError inside becomes one error line and exit status 2."""
    from dateline.store import open_store

    try:
        store = open_store(db)
    except DatelineError as err:
        raise fail(str(err)) from None
    try:
        yield store
    except DatelineError as err:
        raise fail(str(err)) from None
    finally:
        store.close()


def _emit_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _marked(snippet: str | None) -> str:
    text = escape((snippet or "").replace("\n", " "))
    return text.replace("<mark>", "[bold yellow]").replace("</mark>", "[/]")


def _nothing(what: str) -> None:
    console.print(f"[dim]no {what}[/]")


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='Words (all must match), "a phrase", a OR b, -excluded.')],
    since: Annotated[
        str | None, typer.Option("--since", help="Only articles published on or after this day (YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Only articles published on or before this day (YYYY-MM-DD).")
    ] = None,
    source: Annotated[
        str | None, typer.Option("--source", help="Only articles whose input path or URL contains this.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many hits to show.")] = 20,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Full-text search of the stored articles, best matches first, with snippets.

    Examples:

      dateline search 'NATO "security guarantees"' --since 2022-01-01

      dateline search 'Ryabkov -Sherman' --source sputnik --json
    """
    with _store(db) as store:
        hits = store.search(query, since=since, until=until, source=source, limit=limit)
    if as_json:
        _emit_json(hits)
        return
    if not hits:
        _nothing("matches")
        return
    table = Table(title=f"{len(hits)} best matches for {escape(query)}", show_lines=True)
    for col in ("score", "published", "headline / snippet", "article"):
        table.add_column(col, overflow="fold")
    for h in hits:
        head = f"[bold]{escape(h['headline'] or '(no headline)')}[/]\n{_marked(h['snippet'])}"
        table.add_row(
            f"{h['score']:.2f}", (h["published"] or "")[:10], head, f"{h['id']}\n[dim]{escape(h['source'] or '')}[/]"
        )
    console.print(table)


@app.command()
def quotes(
    speaker: Annotated[
        str | None, typer.Option("--speaker", help="Who said it (any spelling or alias the corpus knows).")
    ] = None,
    about: Annotated[str | None, typer.Option("--about", help="Only quotes that mention this entity.")] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Only quotes said (or published) on or after this day (YYYY-MM-DD).")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many statements to show.")] = 50,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Statements, newest first: a quote repeated across a story is shown once with the articles carrying it.

    Examples:

      dateline quotes --speaker "Sergei Ryabkov" --about NATO --since 2022-01-01

      dateline quotes --speaker Ryabkov --json
    """
    with _store(db) as store:
        rows = store.quotes(speaker=speaker, about=about, since=since, limit=limit)
    if as_json:
        _emit_json(rows)
        return
    if not rows:
        _nothing("quotes")
        return
    table = Table(title=f"{len(rows)} statements", show_lines=True)
    for col in ("date", "speaker", "quote", "articles"):
        table.add_column(col, overflow="fold", no_wrap=col == "date")
    for r in rows:
        arts = ", ".join(r["articles"][:3]) + (f" (+{len(r['articles']) - 3})" if len(r["articles"]) > 3 else "")
        table.add_row(r["date"] or "", escape(r["speaker"] or "?"), escape(r["text"]), arts)
    console.print(table)


@app.command()
def timeline(
    entity: Annotated[
        str, typer.Option("--entity", "-e", help="A person, organisation or place (any spelling the corpus knows).")
    ],
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many items to show.")] = 200,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """What an entity did and said, in date order: the events it takes part in and its statements.

    Example:

      dateline timeline --entity "Wendy Sherman"
    """
    with _store(db) as store:
        rows = store.timeline(entity=entity, limit=limit)
    if as_json:
        _emit_json(rows)
        return
    if not rows:
        _nothing(f"events or statements for {escape(entity)}")
        return
    table = Table(title=f"timeline of {escape(entity)}")
    for col in ("date", "what", "text", "article"):
        table.add_column(col, overflow="fold", no_wrap=col in ("date", "article"))
    for r in rows:
        table.add_row(r["date"] or "?", r["kind"], escape(r["text"]), r["article_id"])
    console.print(table)


@app.command()
def entities(
    type: Annotated[
        str | None, typer.Option("--type", "-t", help="Only this type: PERSON, ORG, GPE, LOC, NORP, ...")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many entities to show.")] = 50,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """People, organisations and places merged across the corpus, most widely reported first.

    Examples:

      dateline entities --type PERSON --limit 20

      dateline entities --json > entities.json
    """
    with _store(db) as store:
        rows = store.entities(type=type, limit=limit)
    if as_json:
        _emit_json(rows)
        return
    if not rows:
        _nothing("entities")
        return
    table = Table(title=f"{len(rows)} entities")
    for col in ("name", "type", "articles", "mentions", "first seen", "last seen", "also written"):
        table.add_column(col, overflow="fold", no_wrap=col in ("type", "first seen", "last seen"))
    for r in rows:
        table.add_row(
            escape(r["name"]),
            r["type"],
            str(r["articles"]),
            str(r["mentions"]),
            r["first_seen"] or "",
            r["last_seen"] or "",
            escape(", ".join(r["aliases"][:5])),
        )
    console.print(table)


@app.command()
def stories(
    min_size: Annotated[int, typer.Option("--min-size", help="Only clusters with at least this many articles.")] = 2,
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many stories to show.")] = 50,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Story clusters: exact duplicates, near duplicates (syndicated copies) and revisions of one URL.

    Example:

      dateline stories --min-size 3
    """
    with _store(db) as store:
        rows = store.stories(min_size=min_size, limit=limit)
    if as_json:
        _emit_json(rows)
        return
    if not rows:
        _nothing("story clusters")
        return
    table = Table(title=f"{len(rows)} stories")
    for col in ("story", "articles", "first", "last", "headline", "sources"):
        table.add_column(col, overflow="fold", no_wrap=col in ("story", "first", "last"))
    for r in rows:
        srcs = ", ".join(r["sources"][:3]) + (" …" if len(r["sources"]) > 3 else "")
        table.add_row(
            r["story_id"],
            str(r["size"]),
            r["first_seen"] or "",
            r["last_seen"] or "",
            escape(r["headline"] or ""),
            escape(srcs),
        )
    console.print(table)


@app.command()
def stats(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Counts of what the store holds: articles, duplicates, statements, entities, rejects.

    Example:

      dateline stats --db postgresql://localhost/news
    """
    with _store(db) as store:
        data = store.stats()
    if as_json:
        _emit_json(data)
        return
    table = Table(title="store", show_header=False)
    table.add_column("what")
    table.add_column("value", overflow="fold")
    for key, value in data.items():
        table.add_row(key.replace("_", " "), escape(", ".join(value) if isinstance(value, list) else str(value)))
    console.print(table)


@app.command()
def rejects(
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many to show.")] = 100,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Inputs that could not be analysed, with the reason (an ingest never skips one silently).

    Example:

      dateline rejects --json
    """
    with _store(db) as store:
        rows = store.rejects(limit=limit)
    if as_json:
        _emit_json(rows)
        return
    if not rows:
        _nothing("rejects")
        return
    table = Table(title=f"{len(rows)} rejects")
    table.add_column("source", overflow="fold")
    table.add_column("reason", overflow="fold")
    for r in rows:
        table.add_row(escape(r["source"]), escape(r["reason"]))
    console.print(table)


@app.command()
def export(
    table: Annotated[
        ExportTable, typer.Argument(help="articles, quotes, entities, times, events, stories or rejects.")
    ],
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="parquet, csv or jsonl.")] = ExportFormat.jsonl,
    output: Annotated[str, typer.Option("--output", "-o", help="The file to write.")] = "",
    db: DbOption = None,
) -> None:
    """Write a table of the store to a file, streamed in batches (memory stays flat).

    Examples:

      dateline export quotes --format parquet -o quotes.parquet

      dateline export articles --format csv -o articles.csv
    """
    if not output:
        raise fail("export needs --output/-o FILE")
    with _store(db) as store:
        try:
            count = store.export(table.value, format.value, output)
        except OSError as err:
            raise fail(f"{output}: cannot write: {err.strerror or err}") from None
    console.print(f"wrote {count:,} {table.value} rows to {escape(output)}")
