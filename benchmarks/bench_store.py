"""The store alone, without the NLP: write rate and search latency at 100,000 articles.

Builds a SQLite store from the BBC News texts (``$DATELINE_DATA/bbc-news``) copied until
``--articles``: each copy keeps about four fifths of an article's paragraphs, shuffled (seeded), under
a new id, source path and publication day, so every copy is a near duplicate of its original and the
store's dedup, LSH and story merging do real work.  Records carry no entities or quotes (this measures
the store, not the analysis; ``bench_search.py`` builds from analysed records).  A store already at
the size is reused.

Then times ``Store.search`` (limit 20) over seeded queries: one or two headline words, a phrase,
``a OR b``, ``a -b``, two very common words ("said", "government"); a third with a date range, a
third with ``--source``.  Baseline in the same run: the same words found by a plain
``LIKE '%word%'`` scan of the bodies (what a store without a full-text index does).

    .venv/bin/python benchmarks/bench_store.py [--articles 100000] [--db /tmp/dateline-bench/store-100k.db | postgresql://...]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import data_dir


def build(db: str, target: int) -> None:
    from dateline.model import Article, Source
    from dateline.store import open_store

    root = data_dir("bbc-news")
    base = []
    for p in sorted(root.glob("*/*.txt")):
        lines = [ln.strip() for ln in p.read_bytes().decode("utf-8", "replace").splitlines() if ln.strip()]
        base.append((str(p.relative_to(root)), lines[0], lines[1:]))
    store = open_store(db)
    have = start = store.stats()["articles"]
    rng = random.Random(5 + have)
    started = time.perf_counter()
    batch: list[Article] = []
    copy = have // len(base)
    while have + len(batch) < target:
        copy += 1
        for path, headline, paras in base:
            keep = [x for x in paras if rng.random() > 0.2] or paras[:1]
            rng.shuffle(keep)
            text = "\n\n".join(keep)
            aid = hashlib.sha256(f"{path}:{copy}:{text}".encode()).hexdigest()[:16]
            day = (
                f"{2000 + copy % 20}-{1 + copy % 12:02d}-{1 + int(hashlib.md5(path.encode()).hexdigest(), 16) % 28:02d}"
            )
            src = Source(path=f"{path}@{copy}")
            batch.append(Article(id=aid, source=src, headline=headline, published=day, text=text, original=text))
            if len(batch) >= 500:
                have += store.add_articles(batch)
                batch = []
            if have + len(batch) >= target:
                break
    if batch:
        have += store.add_articles(batch)
    seconds = time.perf_counter() - started
    if have > start:
        print(f"wrote {have - start:,} articles in {seconds:.0f} s: {(have - start) / seconds:.0f} articles/s")
    store.close()


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", default="/tmp/dateline-bench/store-100k.db", help="a SQLite path or postgresql://...")
    parser.add_argument("--queries", type=int, default=420)
    parser.add_argument("--baseline", type=int, default=20, help="LIKE-scan queries for the baseline")
    args = parser.parse_args()
    if "://" not in args.db:
        Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    build(args.db, args.articles)

    from dateline.store import open_store

    store = open_store(args.db)
    stats = store.stats()
    rows = store._query("SELECT headline FROM articles ORDER BY id LIMIT 3000")  # type: ignore[attr-defined]
    words = sorted({w.lower() for (h,) in rows for w in (h or "").split() if w.isalpha() and len(w) > 3})
    rng = random.Random(1)
    queries = []
    for i in range(args.queries):
        a, b = rng.choice(words), rng.choice(words)
        q = [a, f"{a} {b}", f'"{a} {b}"', f"{a} OR {b}", f"{a} -{b}", "said", "government"][i % 7]
        f = [{}, {"since": "2005-01-01", "until": "2005-06-30"}, {"source": "business"}][i % 3]
        queries.append((q, f))
    for q, f in queries[:50]:  # warm the page cache
        store.search(q, **f)
    times: dict[str, list[float]] = {"all": [], "common word": [], "filtered": []}
    for q, f in queries:
        t = time.perf_counter()
        store.search(q, limit=20, **f)
        ms = (time.perf_counter() - t) * 1000
        times["all"].append(ms)
        if q in ("said", "government"):
            times["common word"].append(ms)
        if f:
            times["filtered"].append(ms)
    baseline = []
    for q, _ in queries[: args.baseline]:
        word = q.strip('"').split()[0]
        t = time.perf_counter()
        store._query(  # type: ignore[attr-defined]
            "SELECT id FROM articles WHERE text LIKE ? LIMIT 20", (f"%{word}%",)
        )
        store._query("SELECT COUNT(*) FROM articles WHERE text LIKE ?", (f"%{word}%",))  # type: ignore[attr-defined]
        baseline.append((time.perf_counter() - t) * 1000)
    store.close()
    print(f"\nstore: {stats['articles']:,} articles, {stats['story_clusters']:,} story clusters, {stats['backend']}")
    print("| search, limit 20 | queries | p50 ms | p95 ms | max ms |")
    print("|---|---|---|---|---|")
    for name, values in [*times.items(), ("baseline: LIKE scan + count", baseline)]:
        print(f"| {name} | {len(values)} | {pct(values, 0.5):.1f} | {pct(values, 0.95):.1f} | {max(values):.1f} |")


if __name__ == "__main__":
    main()
