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
  and author, on the pages that have them (see :func:`title_ok`, :func:`date_ok`, :func:`author_ok`),
  and again on those of them whose twin text shows the gold value (:func:`shows`: the folded title, or
  the folded author or each of its names, occurs in the folded text; many gold authors come only from
  ``<meta>`` tags). The date has no such test, so its "showing" figures are those of all its pages.

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


def gold_names(gold: str | list[str]) -> list[str]:
    """The folded names of a gold author: list items, or the parts of "A, B", "A; B", "A and B", "A / B"."""
    parts = gold if isinstance(gold, list) else re.split(r"[;,/&]|\s(?:and|und|et|y|e)\s", gold)
    return [f for f in (fold(part) for part in parts) if len(f) >= 3]


def shows(folded_text: str, gold: str | list[str]) -> bool:
    """Whether the page's text shows the gold value: its folded form, or each of its names, occurs as words."""
    padded = f" {folded_text} "
    whole = fold(gold)
    if whole and f" {whole} " in padded:
        return True
    names = gold_names(gold)
    return len(names) > 1 and all(f" {name} " in padded for name in names)


def run_meta(items: list[tuple[str, dict[str, Any]]], *, titled: bool = False) -> None:
    """Headline, date and byline from the twin, on all pages with the gold value and on those that show it.

    "Shown": the folded gold title occurs in the folded twin text; for the author, the folded gold name
    or each of its several names does (many gold authors come only from ``<meta>`` tags and are nowhere
    in the visible text, so no reader of the text could find them). For the date no sound test exists
    (a date is written in too many forms), so its "shown" figures are those of all pages.
    """
    from dateline.pipeline import TEXT_STAGES, Pipeline

    twin = load_twin(titled=titled)
    pipe = Pipeline(stages=TEXT_STAGES)
    fields = {"title": "title", "date": "date", "author": "author"}
    # per field: [right, pages, first-line right] on all pages, then the same on the pages that show the value
    counts = {name: [0, 0, 0, 0, 0, 0] for name in fields}
    for url, item in items:
        text = twin.get(url, "")
        article = pipe.analyze(text=text) if text.strip() else None
        first = text.split("\n", 1)[0]
        folded = fold(text)
        for name, key in fields.items():
            gold = item.get(key)
            if not gold:
                continue
            if name == "title":
                right, base = bool(article and title_ok(article.headline, gold)), title_ok(first, gold)
            elif name == "date":
                right, base = bool(article and date_ok(article.published, gold)), False
            else:
                right, base = bool(article and author_ok(article.byline, gold)), False
            shown = name == "date" or shows(folded, gold)
            row = counts[name]
            for offset, counted in ((0, True), (3, shown)):
                if counted:
                    row[offset] += right
                    row[offset + 1] += 1
                    row[offset + 2] += base
    print(f"\nMetadata from the plain-text twin{' with <title> first' if titled else ''}, {len(items)} pages")
    print(
        "| field | pages with it | right | accuracy | pages showing it | right | accuracy | first-line baseline (all; shown) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name, (right, total, base, s_right, s_total, s_base) in counts.items():
        acc = right / total if total else 0.0
        s_acc = s_right / s_total if s_total else 0.0
        base_txt = f"{base / total:.3f}; {s_base / s_total:.3f}" if name == "title" and total and s_total else "–"
        print(f"| {name} | {total} | {right} | {acc:.3f} | {s_total} | {s_right} | {s_acc:.3f} | {base_txt} |")


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
