"""The store alone, without the NLP: write rate (dedup, LSH and story merging included) at 100,000 articles.

Builds a SQLite store from the BBC News texts (``$DATELINE_DATA/bbc-news``) copied until
``--articles``: each copy keeps about four fifths of an article's paragraphs, shuffled (seeded), under
a new id, source path and publication day, so every copy is a near duplicate of its original and the
store's dedup, LSH and story merging do real work.  Records carry no entities or quotes (this measures
the store, not the analysis; ``bench_search.py`` builds from analysed records).  A store already at
the size is reused.

Prints the write rate and what the dedup made of the copies (story clusters, duplicates). Search
latency is timed by ``bench_search.py`` (the one search benchmark; its ``--db`` takes a PostgreSQL
URL too).

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
    from dateline.corpus import open_store
    from dateline.model import Article, Source

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


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", default="/tmp/dateline-bench/store-100k.db", help="a SQLite path or postgresql://...")
    args = parser.parse_args()
    if "://" not in args.db:
        Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    build(args.db, args.articles)

    from dateline.corpus import open_store

    with open_store(args.db) as store:
        stats = store.stats()
    print(
        f"store: {stats['articles']:,} articles, {stats['story_clusters']:,} story clusters, "
        f"{stats['duplicates']:,} duplicates ({stats['exact_duplicates']:,} exact), {stats['backend']}"
    )


if __name__ == "__main__":
    main()
