"""How much of an HTML page's visible text a record accounts for (docs/record.md: nothing is lost).

For each page, the visible lines (``dateline.readers.html.visible_lines``: the body's text, block by
block, without scripts, styles, templates and the head) are compared, as normalised words, with
what the record holds: ``text``, the metadata fields (headline, byline, published, dateline, media)
and ``removed``.  The share is that of the page's visible words (normalised, counted with their
repeats) found among the record's words.  ``--before`` leaves out the page-level removals (reason given by the page's
containers), to show the share without them.

    .venv/bin/python benchmarks/bench_html_accounted.py [PAGE.html ...]   (default: examples/*.html)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def accounted_share(html: str, *, with_page_removals: bool = True) -> tuple[int, int]:
    """(visible words accounted for, visible words) of one page."""
    from dateline.boilerplate import normalise
    from dateline.pipeline import TEXT_STAGES, Pipeline
    from dateline.readers.html import visible_lines

    article = Pipeline(stages=TEXT_STAGES).analyze(html=html)
    page = {(r.text, r.reason) for r in article.removed if r.line is None}
    pieces = [article.text, article.headline or "", article.published or "", " ".join(article.byline)]
    pieces += [r.text for r in article.removed if with_page_removals or (r.text, r.reason) not in page or r.line]
    if article.dateline:
        pieces.append(article.dateline.text)
    pieces += [f"{m.caption or ''} {m.credit or ''}" for m in article.media]
    held = Counter(" ".join(normalise(p) for p in pieces if p).split())
    visible = Counter(" ".join(normalise(text) for text, _reason in visible_lines(html)).split())
    return sum((visible & held).values()), sum(visible.values())


def main() -> None:
    pages = [Path(p) for p in sys.argv[1:]] or sorted((ROOT / "examples").glob("*.html"))
    print(f"{'page':45} {'visible words':>13} {'before':>7} {'after':>7}")
    for page in pages:
        html = page.read_text(encoding="utf-8", errors="replace")
        before, total = accounted_share(html, with_page_removals=False)
        after, _ = accounted_share(html)
        print(f"{page.name:45} {total:13,} {before / total:7.1%} {after / total:7.1%}")


if __name__ == "__main__":
    main()
