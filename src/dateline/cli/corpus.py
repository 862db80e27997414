"""The questions asked of a corpus: ``dateline search``, ``quotes``, ``timeline``, ``entities`` (and
its ``merge``, ``split``, ``overrides``, ``undo``), ``stories``, ``coverage``, ``show``, ``stats``,
``rejects`` and ``export``; thin wrappers over :class:`dateline.corpus.Store`.

Each prints a rich table for people, or JSON with ``--json`` for machines. Every question takes the
same filters (:mod:`dateline.store.filters`).
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

from dateline.cli.base import DbOption, OutputFormat, app, fail
from dateline.errors import DatelineError, printable
from dateline.extras import missing_extra

if TYPE_CHECKING:
    from dateline.corpus import Store

JsonOption = Annotated[
    bool, typer.Option("--json", help="Print JSON (a list, or an object for stats) instead of a table.")
]

console = Console(highlight=False, soft_wrap=False)

# the one filter vocabulary (dateline.store.filters): the same names in the Python API and the JSON
SinceOption = Annotated[
    str | None,
    typer.Option("--since", help="On or after this day (YYYY-MM-DD): statements by the day said, else published."),
]
UntilOption = Annotated[
    str | None,
    typer.Option("--until", help="On or before this day (YYYY-MM-DD): statements by the day said, else published."),
]
OutletOption = Annotated[
    str | None, typer.Option("--outlet", help="Only articles whose outlet contains this (any case).")
]
SourceOption = Annotated[
    str | None, typer.Option("--source", help="Only articles whose input path or URL contains this (any case).")
]
SpeakerOption = Annotated[
    str | None, typer.Option("--speaker", help="Only statements by this entity (articles with one): any spelling.")
]
AboutOption = Annotated[
    str | None,
    typer.Option("--about", help="Only articles that mention this entity (statements: named inside the quote)."),
]
KindOption = Annotated[
    str | None,
    typer.Option("--kind", help="Only statements of this kind (articles with one): direct, indirect, mixed."),
]
StoryOption = Annotated[
    str | None, typer.Option("--story", help="Only this story cluster (its id or first characters).")
]


def _filters(
    since: str | None,
    until: str | None,
    outlet: str | None,
    source: str | None,
    speaker: str | None,
    about: str | None,
    kind: str | None,
    story: str | None,
) -> dict[str, str | None]:
    """The filters for a store question, dates and kind checked here at the edge (E041, E050 naming
    the option)."""
    from dateline.store.filters import parse_day, parse_kind

    days = {}
    for option, value in (("--since", since), ("--until", until)):
        try:
            days[option] = parse_day(value)
        except DatelineError as err:
            raise fail(f"{option}: {err}") from None
    try:
        kind = parse_kind(kind, "--kind")
    except DatelineError as err:
        raise fail(str(err)) from None
    return {
        "since": days["--since"],
        "until": days["--until"],
        "outlet": outlet,
        "source": source,
        "speaker": speaker,
        "about": about,
        "kind": kind,
        "story": story,
    }


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
    from dateline.corpus import open_store

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
    since: SinceOption = None,
    until: UntilOption = None,
    outlet: OutletOption = None,
    source: SourceOption = None,
    speaker: SpeakerOption = None,
    about: AboutOption = None,
    kind: KindOption = None,
    story: StoryOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many hits to show.")] = 20,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Full-text search of the stored articles, best matches first, with snippets (dates: publication days).

    Examples:

      dateline search 'NATO "security guarantees"' --since 2022-01-01

      dateline search 'Ryabkov -Sherman' --source sputnik --json
    """
    with _store(db) as store:
        hits = store.search(query, **_filters(since, until, outlet, source, speaker, about, kind, story), limit=limit)
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
        where = f"{h['id']}\n{escape(h['outlet'] or '')}\n[dim]{escape(h['url'] or h['source'] or '')}[/]"
        table.add_row(f"{h['score']:.2f}", (h["published"] or "")[:10], head, where)
    console.print(table)


@app.command()
def quotes(
    speaker: SpeakerOption = None,
    about: AboutOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    outlet: OutletOption = None,
    source: SourceOption = None,
    kind: KindOption = None,
    story: StoryOption = None,
    context: Annotated[bool, typer.Option("--context", help="Show each statement in its paragraph.")] = False,
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many statements to show.")] = 50,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Statements, newest first: one speaker's words wherever they appeared (copies, and the same wording cut short or with a word changed in other outlets), with where each was first seen and how its wording changed.

    A name that may mean several people (a surname two share) is refused with the candidates and their article counts (exit 2).

    Examples:

      dateline quotes --speaker "Sergei Ryabkov" --about NATO --since 2022-01-01

      dateline quotes --speaker Jansen --context

      dateline quotes --outlet reuters --kind direct --json
    """
    filters = _filters(since, until, outlet, source, speaker, about, kind, story)
    with _store(db) as store:
        rows = store.quotes(**filters, context=context, limit=limit)
    if as_json:
        _emit_json(rows)
        return
    if not rows:
        _nothing("quotes")
        return
    table = Table(title=f"{len(rows)} statements", show_lines=True)
    for col in ("said on", "speaker", "quote", "first seen", "also in"):
        table.add_column(col, overflow="fold", no_wrap=col == "said on")
    for r in rows:
        first = r["first_seen"]
        seen = f"{escape(first['outlet'] or '?')}\n{(first['published'] or '')[:16]}\n[dim]{escape(first['headline'] or '')}[/]"
        others = [a for a in r["appearances"][1:]]
        also = "\n".join(f"{escape(a['outlet'] or '?')} {(a['published'] or '')[:10]}" for a in others[:4])
        if len(others) > 4:
            also += f"\n(+{len(others) - 4})"
        quote = escape(r["text"])
        for v in r["variants"][1:]:
            changed = "; ".join(f"{escape(c['from'] or '∅')} → {escape(c['to'] or '∅')}" for c in v["changes"])
            quote += f"\n[yellow]variant[/] ({escape(', '.join(v['outlets']))}): {escape(v['text'])}"
            if changed:
                quote += f" [dim]({changed})[/]"
        if context:
            quote += f"\n[dim]{escape(r['context'] or '')}[/]"
        table.add_row(r["said_on"] or "", escape(r["speaker"] or "?"), quote, seen, also)
    console.print(table)


@app.command()
def timeline(
    entity: Annotated[
        str, typer.Option("--entity", "-e", help="A person, organisation or place (any spelling the corpus knows).")
    ],
    since: SinceOption = None,
    until: UntilOption = None,
    outlet: OutletOption = None,
    source: SourceOption = None,
    speaker: SpeakerOption = None,
    about: AboutOption = None,
    kind: KindOption = None,
    story: StoryOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many items to show.")] = 200,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """What an entity did and said, in date order: the events it takes part in and its statements (dates: the event's or statement's, else published).

    Example:

      dateline timeline --entity "Wendy Sherman" --outlet reuters
    """
    with _store(db) as store:
        rows = store.timeline(
            entity=entity, **_filters(since, until, outlet, source, speaker, about, kind, story), limit=limit
        )
    if as_json:
        _emit_json(rows)
        return
    if not rows:
        _nothing(f"events or statements for {escape(entity)}")
        return
    table = Table(title=f"timeline of {escape(entity)}")
    for col in ("date", "what", "text", "outlet", "headline"):
        table.add_column(col, overflow="fold", no_wrap=col == "date")
    for r in rows:
        table.add_row(
            r["date"] or "?", r["kind"], escape(r["text"]), escape(r["outlet"] or ""), escape(r["headline"] or "")
        )
    console.print(table)


entities_app = typer.Typer(
    help="People, organisations and places merged across the corpus; merge and split them by hand.",
    invoke_without_command=True,
    no_args_is_help=False,
    rich_markup_mode="rich",
)
app.add_typer(entities_app, name="entities")


@entities_app.callback()
def entities(
    ctx: typer.Context,
    type: Annotated[
        str | None, typer.Option("--type", "-t", help="Only this type: PERSON, ORG, GPE, LOC, NORP, ...")
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    outlet: OutletOption = None,
    source: SourceOption = None,
    speaker: SpeakerOption = None,
    about: AboutOption = None,
    kind: KindOption = None,
    story: StoryOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many entities to show.")] = 50,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """People, organisations and places merged across the corpus, most widely reported first (with filters: counted over the articles that pass; dates are publication days).

    A surname left apart because it may mean several people lists them under "may be". Subcommands merge and split entities by hand.

    Examples:

      dateline entities --type PERSON --limit 20

      dateline entities --outlet reuters --since 2024-03-01 --json

      dateline entities merge "Trump" "Donald Trump"
    """
    if ctx.invoked_subcommand is not None:
        return
    with _store(db) as store:
        rows = store.entities(
            type=type, **_filters(since, until, outlet, source, speaker, about, kind, story), limit=limit
        )
    if as_json:
        _emit_json(rows)
        return
    if not rows:
        _nothing("entities")
        return
    table = Table(title=f"{len(rows)} entities")
    for col in ("name (id)", "type", "articles", "mentions", "first seen", "last seen", "also written"):
        table.add_column(col, overflow="fold", no_wrap=col in ("type", "first seen", "last seen"))
    for r in rows:
        also = ", ".join(r["aliases"][:5])
        if r.get("may_be"):
            also += (
                ("; " if also else "") + "may be: " + ", ".join(f"{c['name']} ({c['articles']})" for c in r["may_be"])
            )
        table.add_row(
            f"{escape(r['name'])}\n[dim]{escape(r['id'])}[/]",
            r["type"],
            str(r["articles"]),
            str(r["mentions"]),
            r["first_seen"] or "",
            r["last_seen"] or "",
            escape(also),
        )
    console.print(table)


def _override_line(o: dict[str, Any]) -> str:
    return f"#{o['number']} {o['action']} {o['a']} {o['b']}"


@entities_app.command("merge")
def entities_merge(
    a: Annotated[str, typer.Argument(help="A name or entity id (PERSON:...).")],
    b: Annotated[str, typer.Argument(help="Another name or entity id: the two become one entity.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Make two entities one: recorded in the store, applied after every ingest and re-clustering, undone with `entities undo N`.

    Example:

      dateline entities merge "Trump" "Donald Trump"
    """
    with _store(db) as store:
        done = store.merge_entities(a, b)
    _emit_json(done) if as_json else console.print(f"{escape(_override_line(done))}: {done['changed']} key(s) moved")


@entities_app.command("split")
def entities_split(
    a: Annotated[str, typer.Argument(help="A name or entity id (PERSON:...).")],
    b: Annotated[str, typer.Argument(help="Another name or entity id: no link may join the two.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Keep two names apart (different entities): recorded in the store, applied after every ingest and re-clustering, undone with `entities undo N`.

    Example:

      dateline entities split "Boris Johnson" "B. Johnson"
    """
    with _store(db) as store:
        done = store.split_entities(a, b)
    _emit_json(done) if as_json else console.print(f"{escape(_override_line(done))}: {done['changed']} key(s) moved")


@entities_app.command("overrides")
def entities_overrides(
    all: Annotated[bool, typer.Option("--all", help="Also the ones undone.")] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List the merges and splits made by hand, oldest first.

    Example:

      dateline entities overrides --all
    """
    with _store(db) as store:
        rows = store.entity_overrides(all=all)
    if as_json:
        _emit_json(rows)
        return
    if not rows:
        _nothing("merges or splits")
        return
    table = Table(title=f"{len(rows)} merges and splits")
    for col in ("#", "action", "a", "b", "made", "undone"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(str(r["number"]), r["action"], escape(r["a"]), escape(r["b"]), r["created"], r["undone"] or "")
    console.print(table)


@entities_app.command("undo")
def entities_undo(
    number: Annotated[int, typer.Argument(help="The number of a merge or split (entities overrides lists them).")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Undo a merge or split and re-cluster.

    Example:

      dateline entities undo 1
    """
    with _store(db) as store:
        done = store.undo_override(number)
    _emit_json(done) if as_json else console.print(
        f"undone {escape(_override_line(done))}: {done['changed']} key(s) moved"
    )


@app.command()
def stories(
    min_size: Annotated[int, typer.Option("--min-size", help="Only clusters with at least this many articles.")] = 2,
    since: SinceOption = None,
    until: UntilOption = None,
    outlet: OutletOption = None,
    source: SourceOption = None,
    speaker: SpeakerOption = None,
    about: AboutOption = None,
    kind: KindOption = None,
    story: StoryOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many stories to show.")] = 50,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Story clusters: exact duplicates, near duplicates (syndicated copies) and revisions of one URL (dates: publication days).

    Example:

      dateline stories --min-size 3 --outlet reuters
    """
    with _store(db) as store:
        rows = store.stories(
            min_size=min_size, **_filters(since, until, outlet, source, speaker, about, kind, story), limit=limit
        )
    if as_json:
        _emit_json(rows)
        return
    if not rows:
        _nothing("story clusters")
        return
    table = Table(title=f"{len(rows)} stories")
    for col in ("story", "articles", "first", "last", "headline", "outlets"):
        table.add_column(col, overflow="fold", no_wrap=col in ("story", "first", "last"))
    for r in rows:
        outlets = ", ".join(r["outlets"][:4]) + (" …" if len(r["outlets"]) > 4 else "")
        table.add_row(
            r["story_id"],
            str(r["size"]),
            r["first_seen"] or "",
            r["last_seen"] or "",
            escape(r["headline"] or ""),
            escape(outlets),
        )
    console.print(table)


@app.command()
def coverage(
    since: SinceOption = None,
    until: UntilOption = None,
    outlet: OutletOption = None,
    source: SourceOption = None,
    speaker: SpeakerOption = None,
    about: AboutOption = None,
    kind: KindOption = None,
    story: StoryOption = None,
    min_outlets: Annotated[int, typer.Option("--min-outlets", help="Only events covered by this many outlets.")] = 2,
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many events to show.")] = 50,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Articles about the same event from different outlets, in their own words (not copies), grouped by content and time (dates: publication days).

    Examples:

      dateline coverage --since 2024-03-01

      dateline coverage --about "Maria Jansen" --json
    """
    with _store(db) as store:
        rows = store.coverage(
            **_filters(since, until, outlet, source, speaker, about, kind, story), min_outlets=min_outlets, limit=limit
        )
    if as_json:
        _emit_json(rows)
        return
    if not rows:
        _nothing("events covered by several outlets")
        return
    table = Table(title=f"{len(rows)} events", show_lines=True)
    for col in ("first", "outlets", "articles"):
        table.add_column(col, overflow="fold", no_wrap=col == "first")
    for r in rows:
        arts = "\n".join(
            f"{escape(a['outlet'] or '?')}: {escape(a['headline'] or a['id'])} [dim]{(a['published'] or '')[:10]}[/]"
            for a in r["articles"][:8]
        )
        table.add_row(r["first_seen"] or "", escape(", ".join(r["outlets"])), arts)
    console.print(table)


@app.command()
def show(
    article: Annotated[
        str,
        typer.Argument(
            help="An article id (or its first characters), a source key (path:line), a URL or the input's own id."
        ),
    ],
    format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="text: a readable report; json: the stored record.")
    ] = OutputFormat.text,
    db: DbOption = None,
) -> None:
    """Show one stored article: the record as a report (headline, outlet, dates, quotes...) or as JSON.

    Examples:

      dateline show 675d7089

      dateline show tests/fixtures/corpus/wire.csv:1 --format json
    """
    with _store(db) as store:
        record = store.find_article(article)
        around = store.article_context(record.id)
    if format is OutputFormat.json:
        typer.echo(record.to_json(original=False, indent=2))
        return
    from dateline.report import render

    render(record, console)
    console.print(
        f"[bold]story[/] {around['story_id']}" + (f": {len(around['copies'])} other copies" if around["copies"] else "")
    )
    for c in around["copies"]:
        console.print(
            f"  {c['id']}  {escape(c['outlet'] or '?')}  {(c['published'] or '')[:10]}  {escape(c['headline'] or '')}"
        )


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
        table.add_row(escape(printable(r["source"])), escape(printable(r["reason"])))
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
    if format is ExportFormat.parquet:
        try:
            import pyarrow  # noqa: F401 - only whether the [parquet] extra is installed
        except ImportError:
            raise fail(str(missing_extra("pyarrow", "parquet", "--format parquet"))) from None
    with _store(db) as store:
        try:
            count = store.export(table.value, format.value, output)
        except OSError as err:
            raise fail(f"{output}: cannot write: {err.strerror or err}") from None
    console.print(f"wrote {count:,} {table.value} rows to {escape(output)}")
