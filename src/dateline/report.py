"""``--format text``: a readable report of one record, for a person (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from dateline.model import Article


def render(article: Article, console: Console) -> None:
    # everything taken from the article is escaped: "[bold]" or "[/b]" in a text is text, not markup
    title = escape(article.headline or "(no headline)")
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="bold cyan")
    meta.add_column()
    meta.add_row("id", article.id)
    if article.source.path or article.source.url:
        meta.add_row("source", escape(" ".join(x for x in (article.source.path, article.source.url) if x)))
    meta.add_row("published", escape(article.published or "-"))
    meta.add_row("updated", escape(article.updated or "-"))
    if article.dateline:
        agency = f" ({article.dateline.agency})" if article.dateline.agency else ""
        meta.add_row("dateline", escape(" / ".join(article.dateline.places) + agency))
    if article.byline:
        meta.add_row("byline", escape(", ".join(article.byline)))
    if article.outlet:
        how = article.metadata_origin.get("outlet")
        meta.add_row("outlet", escape(article.outlet) + (f" [dim]({how})[/]" if how and how != "given" else ""))
    for item in article.media:
        meta.add_row("photo", f"{escape(item.caption or '')} [dim]{escape(item.credit or '')}[/]")
    console.print(Panel(meta, title=f"[bold]{title}[/]", title_align="left"))
    for warning in article.warnings:
        console.print(f"[yellow]warning:[/] {escape(warning)}")
    for section in SECTIONS:
        section(article, console)
    console.rule("[bold]text")
    for paragraph in article.paragraph_texts():
        console.print(paragraph, highlight=False, markup=False)
        console.print()
    if article.removed:
        console.rule(f"[bold]removed ({len(article.removed)})")
        for removal in article.removed:
            console.print(
                f"[dim]{escape(removal.reason):>24}[/]  {escape(removal.text)}",
                highlight=False,
                overflow="ellipsis",
                no_wrap=True,
            )


# later stages add a renderer here: (article, console) -> None
SECTIONS: list = []


def render_entities(article: Article, console: Console) -> None:
    """People, organisations and places, each once, with its titles and other names."""
    if not article.entities:
        return
    table = Table(title="entities", title_justify="left")
    for column in ("id", "type", "name", "titles", "also", "mentions"):
        table.add_column(column, overflow="fold")
    for e in article.entities:
        names = {e.name, *e.aliases}
        roles = sorted({m.text for m in e.mentions if m.text not in names}, key=str.lower)
        also = ", ".join([*e.aliases, *roles])
        table.add_row(e.id, e.type, escape(e.name), escape("; ".join(e.titles)), escape(also), str(len(e.mentions)))
    console.print(table)


SECTIONS.append(render_entities)


def render_timeline(article: Article, console: Console) -> None:
    """The article's events in date order (and its time expressions), for ``--format text``."""
    from dateline.stages.events import timeline_key

    if article.events:
        names = {e.id: e.name for e in article.entities}
        table = Table(title="timeline", title_justify="left", show_lines=False)
        for column in ("date", "kind", "what", "who", "where"):
            table.add_column(column, overflow="fold")
        for event in sorted(article.events, key=timeline_key):
            what = event.text
            if event.evidence and event.kind != "statement":
                what = f"{event.text} ({event.evidence[0].text})"
            elif event.quote:
                quote = next((q for q in article.quotes if q.id == event.quote), None)
                if quote is not None:
                    said = quote.text if len(quote.text) <= 80 else quote.text[:77] + "..."
                    what = f"{event.text}: {said}"
            who = ", ".join(names.get(p, p) for p in event.participants)
            table.add_row(event.date or "?", event.kind, escape(what), escape(who), escape(event.place or ""))
        console.print(table)
    if article.times:
        times = Table(title="time expressions", title_justify="left")
        for column in ("id", "text", "type", "value", "mod", "anchor"):
            times.add_column(column, overflow="fold")
        for t in article.times:
            anchor: str = t.anchor.kind if t.anchor else ""
            if t.anchor and t.anchor.value and t.anchor.kind != "explicit":
                anchor += f" {t.anchor.value}" + (f" ({t.anchor.ref})" if t.anchor.ref else "")
            times.add_row(t.id, escape(t.text), t.type, t.value or "?", t.mod or "", escape(anchor))
        console.print(times)


SECTIONS.append(render_timeline)


def render_quotes(article: Article, console: Console) -> None:
    """Who said what: each speaker once, with their statements marked direct or reported."""
    if not article.quotes:
        return
    names = {e.id: e.name for e in article.entities}
    by_speaker: dict[str, list] = {}
    for q in article.quotes:
        who = "(speaker not found)" if q.speaker is None else names.get(q.speaker.entity or "", q.speaker.text)
        by_speaker.setdefault(who, []).append(q)
    console.rule(f"[bold]statements ({len(article.quotes)})")
    marks = {
        "direct": "[green]direct[/]",
        "mixed": "[yellow]reported, partly quoted[/]",
        "indirect": "[cyan]reported[/]",
    }
    for who, quotes in by_speaker.items():
        console.print(f"[bold]{escape(who)}[/]")
        for q in quotes:
            how = q.cue.text if q.cue else ""
            if q.addressee is not None:
                how += f" → {q.addressee.text}"
            console.print(
                f"  {q.id:>4} {marks[q.kind]} [dim]{escape(how)}[/]  {escape(q.text)}",
                highlight=False,
            )


SECTIONS.append(render_quotes)
