"""Main-text extraction on trafilatura-eval, from HTML and from the plain-text twin.

Metric (the evaluation set's own): whitespace normalised; per page, each "with" snippet found in the
output is a true positive, each one missing a false negative, each "without" snippet found a false
positive; micro precision / recall / F1 over the pages.

Rows printed:
- HTML: trafilatura alone (``extract``; its defaults, and with the options dateline uses) beside
  dateline's ``article.text`` (HTML through trafilatura, then the ``layout`` and ``clean`` stages);
  also ``article.text`` with the headline put back on top, since the headline is moved out of the text.
- Plain text (the twin made by ``text_twin.py``): the unchanged text beside dateline's ``article.text``
  from ``analyze(text=twin)``, and trafilatura run on the twin wrapped as minimal HTML.
- Metadata from plain text alone: headline, publication date and byline against evaldata's title, date
  and author, on the pages that have them (see :func:`title_ok`, :func:`date_ok`, :func:`author_ok`).

    .venv/bin/python benchmarks/bench_extraction.py [--sample N] [--half even|odd] [--part html|text|meta] [--titled]
"""

from __future__ import annotations

import argparse
import html as html_lib
import re
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import prf
from benchmarks.text_twin import load_eval, load_twin, read_html


def norm(text: str) -> str:
    return " ".join(text.split())


class Score:
    def __init__(self, name: str) -> None:
        self.name, self.tp, self.fp, self.fn, self.seconds = name, 0, 0, 0, 0.0

    def add(self, output: str, item: dict[str, Any]) -> None:
        text = norm(output)
        for snippet in item.get("with") or []:
            if norm(snippet) in text:
                self.tp += 1
            else:
                self.fn += 1
        for snippet in item.get("without") or []:
            if norm(snippet) in text:
                self.fp += 1

    def row(self) -> str:
        p, r, f = prf(self.tp, self.fp, self.fn)
        return f"| {self.name} | {p:.3f} | {r:.3f} | {f:.3f} | {self.tp} | {self.fp} | {self.fn} | {self.seconds:.0f} |"


def timed(score: Score, fn: Callable[[], str], item: dict[str, Any]) -> str:
    start = time.perf_counter()
    try:
        out = fn()
    except Exception as err:
        print(f"  error on {item['file']}: {type(err).__name__}: {err}", file=sys.stderr)
        out = ""
    score.seconds += time.perf_counter() - start
    score.add(out, item)
    return out


def pages(sample: int | None, half: str | None = None) -> list[tuple[str, dict[str, Any]]]:
    """The evaluation pages in evaldata order; ``half`` keeps the even- or odd-numbered ones (tune on one, check on the other)."""
    items = list(load_eval().items())
    if half:
        items = items[(half == "odd") :: 2]
    if sample:
        step = max(1, len(items) // sample)
        items = items[::step][:sample]
    return items


def header() -> None:
    print("| system | precision | recall | F1 | TP | FP | FN | seconds |")
    print("|---|---|---|---|---|---|---|---|")


def run_html(items: list[tuple[str, dict[str, Any]]]) -> None:
    import trafilatura

    from dateline.pipeline import TEXT_STAGES, Pipeline
    from dateline.readers.html import EXTRACT_OPTIONS

    pipe = Pipeline(stages=TEXT_STAGES)
    ours_opts = {k: v for k, v in EXTRACT_OPTIONS.items() if k != "with_metadata"}
    rows = [
        Score("trafilatura alone (its defaults, deduplicate off)"),
        Score("trafilatura alone (dateline's options)"),
        Score("dateline article.text"),
        Score("dateline headline + article.text"),
    ]
    for url, item in items:
        page = read_html(item["file"])
        timed(rows[0], lambda page=page, url=url: trafilatura.extract(page, url=url, deduplicate=False) or "", item)
        timed(rows[1], lambda page=page, url=url: trafilatura.extract(page, url=url, **ours_opts) or "", item)
        article = None

        def ours(page: str = page, url: str = url) -> str:
            nonlocal article
            article = pipe.analyze(html=page, url=url)
            return article.text

        timed(rows[2], ours, item)
        rows[3].add(((article.headline or "") + "\n" + article.text) if article else "", item)
    print(f"\nHTML main text, {len(items)} pages")
    header()
    for row in rows:
        print(row.row())


def run_text(items: list[tuple[str, dict[str, Any]]], *, verbose: bool = False, titled: bool = False) -> None:
    import trafilatura

    from dateline.pipeline import TEXT_STAGES, Pipeline

    twin = load_twin(titled=titled)
    pipe = Pipeline(stages=TEXT_STAGES)
    rows = [
        Score("unchanged twin text"),
        Score("trafilatura on the twin (lines as <p>)"),
        Score("dateline article.text"),
    ]
    for url, item in items:
        text = twin.get(url, "")
        rows[0].add(text, item)
        wrapped = (
            "<html><body>" + "".join(f"<p>{html_lib.escape(line)}</p>" for line in text.splitlines()) + "</body></html>"
        )
        timed(
            rows[1],
            lambda wrapped=wrapped: trafilatura.extract(wrapped, deduplicate=False, include_comments=False) or "",
            item,
        )
        if not text.strip():
            rows[2].add("", item)
            continue
        before = (rows[2].tp, rows[2].fp, rows[2].fn)
        timed(rows[2], lambda text=text: pipe.analyze(text=text).text, item)
        if verbose:
            tp, fp, fn = (rows[2].tp - before[0], rows[2].fp - before[1], rows[2].fn - before[2])
            if fp or fn:
                print(f"  {item['file']}: tp={tp} fp={fp} fn={fn}")
    print(f"\nPlain-text twin{' with <title> first' if titled else ''}, {len(items)} pages")
    header()
    for row in rows:
        print(row.row())


# --- metadata from plain text ------------------------------------------------------------------
def fold(text: str | list[str]) -> str:
    if isinstance(text, list):  # a few pages list several authors
        text = " ".join(text)
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.findall(r"\w+", text))


def title_ok(found: str | None, gold: str | list[str]) -> bool:
    """Normalised equality, or one containing the other (sites add "| Site name" to titles)."""
    if not found:
        return False
    a, b = fold(found), fold(gold)
    return bool(a and b) and (a == b or (len(a) >= 10 and a in b) or (len(b) >= 10 and b in a))


def date_ok(found: str | None, gold: str) -> bool:
    """The same calendar date (the first ten characters of the ISO value)."""
    return bool(found) and str(found)[:10] == str(gold)[:10]


def author_ok(found: list[str], gold: str | list[str]) -> bool:
    """Name overlap: some word of 3+ letters of a found name is in the gold author string."""
    gold_words = set(fold(gold).split())
    return any({w for w in fold(name).split() if len(w) >= 3} & gold_words for name in found)


def run_meta(items: list[tuple[str, dict[str, Any]]], *, titled: bool = False) -> None:
    from dateline.pipeline import TEXT_STAGES, Pipeline

    twin = load_twin(titled=titled)
    pipe = Pipeline(stages=TEXT_STAGES)
    counts = {"title": [0, 0, 0], "date": [0, 0, 0], "author": [0, 0, 0]}  # right, pages, first-line/any
    for url, item in items:
        text = twin.get(url, "")
        article = pipe.analyze(text=text) if text.strip() else None
        first = text.split("\n", 1)[0]
        if item.get("title"):
            counts["title"][1] += 1
            counts["title"][0] += bool(article and title_ok(article.headline, item["title"]))
            counts["title"][2] += title_ok(first, item["title"])
        if item.get("date"):
            counts["date"][1] += 1
            counts["date"][0] += bool(article and date_ok(article.published, item["date"]))
        if item.get("author"):
            counts["author"][1] += 1
            counts["author"][0] += bool(article and author_ok(article.byline, item["author"]))
    print(f"\nMetadata from the plain-text twin{' with <title> first' if titled else ''}, {len(items)} pages")
    print("| field | pages with it | dateline right | accuracy | first-line baseline |")
    print("|---|---|---|---|---|")
    for field, (right, total, base) in counts.items():
        acc = right / total if total else 0.0
        base_txt = f"{base / total:.3f}" if field == "title" and total else "–"
        print(f"| {field} | {total} | {right} | {acc:.3f} | {base_txt} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=None, help="every k-th page, N pages in all")
    parser.add_argument("--part", choices=["html", "text", "meta", "all"], default="all")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--titled", action="store_true", help="the twin with the page's <title> as its first line")
    parser.add_argument("--half", choices=["even", "odd"], default=None, help="only the even- or odd-numbered pages")
    args = parser.parse_args()
    items = pages(args.sample, args.half)
    if args.part in ("html", "all"):
        run_html(items)
    if args.part in ("text", "all"):
        run_text(items, verbose=args.verbose, titled=args.titled)
    if args.part in ("meta", "all"):
        run_meta(items, titled=args.titled)


if __name__ == "__main__":
    main()
