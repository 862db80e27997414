"""Search latency (p50 / p95) on a store of at least 100,000 articles, through the Store API.

The big store is built without running the NLP 100,000 times: the BBC News articles are read once
into a source store (``--source-db``; by default their records from the text stages, headline and
clean body, kept in /tmp between runs; any store made by ``dateline ingest`` will do), then every
stored record is loaded and combined with another one, again and again, until the store holds
``--articles`` articles.  Search reads only the articles and their full-text index, so by default the
copies carry no entities, quotes, times or events (``--facts`` keeps them, for a store that is
realistic for the other queries too, at about three times the build time).  Each new
article is a different one (not a near duplicate of either parent):

- about half the paragraphs of one record and half of another's, picked at random (seeded), shuffled, with every fact
  of both records (entities, quotes, times, events) moved with its paragraph and its ids prefixed so
  the two records' ids do not clash; a fact whose span crossed a paragraph that was left out is dropped;
- a new id, a source path of its own, and a publication date moved by a whole number of weeks (or,
  as BBC News gives none, a random day of 2002-2006).

Queries (``--queries``, seeded): one or two words taken from the headlines, quoted phrases, ``OR``
and ``-word``, a third of them with a ``--since/--until`` or ``--source`` filter; ``limit=20``.
Each is timed once after a warm-up pass over other queries.  Baselines, in the same run: the same
unfiltered queries straight against SQLite's FTS5 index (``MATCH ... ORDER BY rank LIMIT 20``: bm25
over every match, no snippets, no columns), and the first word of ``--baseline`` queries found by a
plain ``LIKE '%word%'`` scan of the bodies with a count (what a store without a full-text index does).

This is the one script that times search (``bench_store.py`` times writes); ``--db`` may be a
``postgresql://`` URL to time the PostgreSQL back end on the same queries.

    .venv/bin/python benchmarks/bench_search.py [--articles 100000] [--db PATH | postgresql://...] [--source-db PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import data_dir

WORK = Path("/tmp/dateline-bench")
WORDS_SKIP = {"the", "a", "an", "of", "to", "in", "on", "for", "and", "is", "as", "at", "by", "with", "from", "be"}


def source_store(path: Path) -> Path:
    """A store of the BBC set's records (kept between runs): the bodies from the text stages
    (``layout`` and ``clean``: headline, clean body, paragraphs), without the NLP."""
    from dateline.api import analyze_input
    from dateline.corpus import open_store
    from dateline.pipeline import TEXT_STAGES, Pipeline
    from dateline.readers import iter_inputs

    if not path.exists():
        folder = data_dir("bbc-news")
        topics = sorted(str(p) for p in folder.iterdir() if p.is_dir())
        print(f"reading BBC News into {path} (once)...", flush=True)
        pipeline = Pipeline(stages=TEXT_STAGES)
        store = open_store(str(path))
        try:
            store.add_articles(
                analyze_input(i, pipeline=pipeline) for i in iter_inputs(topics) if not isinstance(i, Exception)
            )
        finally:
            store.close()
    return path


def _shift(value: str | None, weeks: int) -> str | None:
    """Move an ISO date or date-time by whole weeks (keeps the weekday and the time)."""
    if not value or len(value) < 10:
        return value
    try:
        day = date.fromisoformat(value[:10]) + timedelta(weeks=weeks)
    except ValueError:
        return value
    return day.isoformat() + value[10:]


def _rename(record: dict[str, Any], prefix: str) -> dict[str, Any]:
    """The record with every fact id (and every reference to one) prefixed, so two records can merge."""
    if not prefix:
        return record

    def ref(value: str | None) -> str | None:
        return prefix + value if value else value

    for entity in record["entities"]:
        entity["id"] = prefix + entity["id"]
    for quote in record["quotes"]:
        quote["id"] = prefix + quote["id"]
        for part in ("speaker", "addressee"):
            if quote.get(part):
                quote[part]["entity"] = ref(quote[part].get("entity"))
    for time_expr in record["times"]:
        time_expr["id"] = prefix + time_expr["id"]
        if time_expr.get("anchor"):
            time_expr["anchor"]["ref"] = ref(time_expr["anchor"].get("ref"))
    for event in record["events"]:
        event["id"] = prefix + event["id"]
        event["participants"] = [prefix + p for p in event["participants"]]
        event["quote"], event["time"] = ref(event.get("quote")), ref(event.get("time"))
    return record


def vary(first: dict[str, Any], second: dict[str, Any], copy: int, rng: random.Random) -> dict[str, Any]:
    """A new article made of two stored records: see the module docstring."""
    parts = []  # (record, start, end) of each paragraph kept, in the new order
    for record, share in ((first, 0.5), (_rename(second, "x"), 0.5)):
        paras = [(record, p["start"], p["end"]) for p in record["paragraphs"]]
        keep = [p for p in paras if rng.random() < share]
        parts.extend(keep or paras[:1])
    rng.shuffle(parts)
    pieces: list[str] = []
    moved: list[tuple[int, int, int, int]] = []  # (record index, old start, old end, shift)
    cursor = 0
    for record, start, end in parts:
        if pieces:
            pieces.append("\n\n")
            cursor += 2
        moved.append((id(record), start, end, cursor - start))
        pieces.append(record["text"][start:end])
        cursor += end - start
    new_text = "".join(pieces)

    def move(owner: dict[str, Any], span: dict[str, Any]) -> bool:
        for rid, start, end, delta in moved:
            if rid == id(owner) and start <= span["start"] and span["end"] <= end:
                span["start"] += delta
                span["end"] += delta
                return True
        return False

    out = dict(first)
    out["id"] = hashlib.sha256(f"{first['id']}:{second['id']}:{copy}".encode()).hexdigest()[:16]
    out["text"] = out["original"] = new_text
    out["paragraphs"] = [{"start": s + d, "end": e + d} for _, s, e, d in moved]
    out["source"] = {**first["source"], "path": f"{first['source'].get('path')}@copy{copy}"}
    if first.get("published"):
        out["published"] = _shift(first["published"], copy)
        out["updated"] = _shift(first.get("updated"), copy)
    else:  # BBC News gives no dates: a day in 2002-2006, so --since/--until have something to filter
        out["published"] = (date(2002, 1, 1) + timedelta(days=rng.randrange(5 * 365))).isoformat()
    out["removed"] = []
    entities, quotes, times, events = [], [], [], []
    for owner in (first, second):
        for entity in owner["entities"]:
            mentions = [m for m in entity["mentions"] if move(owner, m)]
            if mentions:
                entities.append({**entity, "mentions": mentions})
        for quote in owner["quotes"]:
            spans = [quote] + [quote[k] for k in ("speaker", "cue", "addressee") if quote.get(k)]
            if all(move(owner, span) for span in spans):
                quotes.append(quote)
        times.extend(t for t in owner["times"] if move(owner, t))
        events.extend(e for e in owner["events"] if move(owner, e) and all(move(owner, v) for v in e["evidence"]))
    ids = {e["id"] for e in entities}
    for quote in quotes:
        for part in ("speaker", "addressee"):
            if quote.get(part) and quote[part].get("entity") not in ids:
                quote[part]["entity"] = None
    time_ids, quote_ids = {t["id"] for t in times}, {q["id"] for q in quotes}
    for time_expr in times:
        anchor = time_expr.get("anchor")
        if anchor and anchor.get("ref") and anchor["ref"] not in time_ids | quote_ids:
            anchor["ref"] = None
    for event in events:
        event["participants"] = [p for p in event["participants"] if p in ids]
        event["quote"] = event["quote"] if event.get("quote") in quote_ids else None
        event["time"] = event["time"] if event.get("time") in time_ids else None
    out.update(entities=entities, quotes=quotes, times=times, events=events)
    return out


def build(db: str, source_db: Path, target: int, facts: bool = False) -> None:
    import copy as copy_module
    import json

    from dateline.corpus import open_store
    from dateline.model import Article

    source = open_store(str(source_db))
    base = [a.to_dict() for a in source.iter_articles()]
    source.close()
    if not facts:  # search reads the articles and their full-text index only: copies carry the text alone
        for record in base:
            record.update(entities=[], quotes=[], times=[], events=[])
    store = open_store(str(db))
    have = start_count = store.stats()["articles"]
    rng = random.Random(5)
    started = time.perf_counter()
    batch: list[Article] = []
    n = 0
    copy = 0
    print(f"building {db}: {len(base)} stored records, copied until {target:,} articles...", flush=True)
    while have < target:
        copy += 1
        for record in base:
            n += 1
            if n <= have:  # resuming a partial build: these copies are in already
                continue
            other = base[rng.randrange(len(base))]
            if other is record:
                other = base[(n + 1) % len(base)]
            article = Article.from_dict(vary(copy_module.deepcopy(record), copy_module.deepcopy(other), copy, rng))
            batch.append(article)
            if len(batch) >= 500:
                have += store.add_articles(batch)
                batch = []
                rate = (have - start_count) / (time.perf_counter() - started)
                print(f"  {have:,} articles ({rate:.0f}/s)", flush=True)
            if have + len(batch) >= target:
                break
    if batch:
        store.add_articles(batch)
    print(f"built in {time.perf_counter() - started:.0f} s: {json.dumps(store.stats(), default=str)}", flush=True)
    store.close()


def make_queries(store: Any, count: int, rng: random.Random) -> list[tuple[str, dict[str, Any]]]:
    """Queries made of words the corpus uses, with a filter on a third of them."""
    rows = store.query("SELECT headline, day, path FROM articles WHERE headline IS NOT NULL LIMIT 5000")
    words = sorted(
        {
            w.lower()
            for (h, _, _) in rows
            for w in h.split()
            if w.isalpha() and len(w) > 3 and w.lower() not in WORDS_SKIP
        }
    )
    days = sorted(d for (_, d, _) in rows if d)
    folders = sorted({str(Path(p).parent) for (_, _, p) in rows if p})
    queries = []
    for i in range(count):
        kind = i % 6
        a, b = rng.choice(words), rng.choice(words)
        if kind == 0:
            q = a
        elif kind == 1:
            q = f"{a} {b}"
        elif kind == 2:
            h = rng.choice(rows)[0].split()
            j = rng.randrange(max(1, len(h) - 1))
            q = '"' + " ".join(h[j : j + 2]).replace('"', "") + '"'
        elif kind == 3:
            q = f"{a} OR {b}"
        elif kind == 4:
            q = f"{a} -{b}"
        else:
            q = f"{a} {b}".split()[0]
        filters: dict[str, Any] = {}
        if i % 3 == 1 and days:
            start = rng.choice(days)
            filters = {"since": start, "until": (date.fromisoformat(start) + timedelta(days=90)).isoformat()}
        elif i % 3 == 2 and folders:
            filters = {"source": rng.choice(folders)}
        queries.append((q, filters))
    return queries


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", default=str(WORK / "search-100k.db"), help="a SQLite path or postgresql://...")
    parser.add_argument("--source-db", type=Path, default=WORK / "bbc-text.db", help="a store to copy from")
    parser.add_argument("--facts", action="store_true", help="copy entities, quotes, times, events too (slower)")
    parser.add_argument("--queries", type=int, default=600)
    parser.add_argument("--baseline", type=int, default=20, help="LIKE-scan queries for the second baseline")
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    from dateline.corpus import open_store

    build(args.db, source_store(args.source_db), args.articles, args.facts)
    store = open_store(str(args.db))
    stats = store.stats()
    print(f"store: {stats['articles']:,} articles, {stats['story_clusters']:,} story clusters")
    rng = random.Random(11)
    warm = make_queries(store, 100, random.Random(3))
    for q, f in warm:
        store.search(q, limit=20, **f)
    timings: dict[str, list[float]] = {"all": [], "plain": [], "filtered": []}
    hits: dict[str, list[int]] = {"all": [], "plain": [], "filtered": []}
    for q, f in make_queries(store, args.queries, rng):
        started = time.perf_counter()
        results = store.search(q, limit=20, **f)
        ms = (time.perf_counter() - started) * 1000
        timings["all"].append(ms)
        timings["filtered" if f else "plain"].append(ms)
        hits["all"].append(len(results))
        hits["filtered" if f else "plain"].append(len(results))
    baseline = fts5_baseline(store, make_queries(store, args.queries, random.Random(11)))
    scans = like_baseline(store, make_queries(store, args.baseline, random.Random(11)))
    store.close()
    print()
    print(f"| queries ({stats['articles']:,} articles, limit 20) | n | p50 ms | p95 ms | max ms | mean hits |")
    print("|---|---|---|---|---|---|")
    for name, values in timings.items():
        print(
            f"| store.search, {name} | {len(values)} | {percentile(values, 0.5):.1f} | {percentile(values, 0.95):.1f} "
            f"| {max(values):.1f} | {statistics.mean(hits[name]):.1f} |"
        )
    if baseline:
        values, counts = baseline
        print(
            f"| baseline: bare FTS5 MATCH ... ORDER BY rank LIMIT 20 (full bm25, no filters, no snippets) "
            f"| {len(values)} | {percentile(values, 0.5):.1f} | {percentile(values, 0.95):.1f} | {max(values):.1f} "
            f"| {statistics.mean(counts):.1f} |"
        )
    if scans:
        print(
            f"| baseline: LIKE '%word%' scan of the bodies + count (no full-text index) | {len(scans)} "
            f"| {percentile(scans, 0.5):.1f} | {percentile(scans, 0.95):.1f} | {max(scans):.1f} | |"
        )


def like_baseline(store: Any, queries: list[tuple[str, dict[str, Any]]]) -> list[float]:
    """The first word of each query found by scanning the bodies (20 ids, then the count)."""
    values = []
    for q, _ in queries:
        word = q.strip('"').split()[0].strip('"-')
        started = time.perf_counter()
        store.query("SELECT id FROM articles WHERE text LIKE ? LIMIT 20", (f"%{word}%",))
        store.query("SELECT COUNT(*) FROM articles WHERE text LIKE ?", (f"%{word}%",))
        values.append((time.perf_counter() - started) * 1000)
    return values


def fts5_baseline(store: Any, queries: list[tuple[str, dict[str, Any]]]) -> tuple[list[float], list[int]] | None:
    """The same unfiltered queries straight against SQLite's FTS5 index, ranked in full by bm25."""
    conn = getattr(store, "conn", None)
    if conn is None or store.backend != "sqlite":
        return None
    from dateline.store import query as fts_query

    values, counts = [], []
    for q, filters in queries:
        if filters:
            continue
        match = fts_query.to_fts5(fts_query.parse(q))
        started = time.perf_counter()
        rows = conn.execute(
            "SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT 20", (match,)
        ).fetchall()
        values.append((time.perf_counter() - started) * 1000)
        counts.append(len(rows))
    return values, counts


if __name__ == "__main__":
    main()
