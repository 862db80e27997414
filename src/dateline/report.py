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
    meta.add_row("published", article.published or "-")
    meta.add_row("updated", article.updated or "-")
    if article.dateline:
        agency = f" ({article.dateline.agency})" if article.dateline.agency else ""
        meta.add_row("dateline", escape(" / ".join(article.dateline.places) + agency))
    if article.byline:
        meta.add_row("byline", escape(", ".join(article.byline)))
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
