"""Near-duplicate detection on BBC News: the store's MinHash LSH against exhaustive all-pairs Jaccard.

Truth: every pair of the 2,225 articles whose word 4-shingle sets (``dateline.dedup.shingles`` of the
clean body, ``Article.text``) have a Jaccard similarity of at least ``dateline.dedup.THRESHOLD``
(0.5), computed exhaustively over all 2,474,200 pairs (a sparse matrix product).

Measured:

- ``LSH pairs``: ``dateline.dedup.near_duplicate_pairs``, the store's method in memory (exact
  fingerprints, MinHash band keys, candidates verified);
- ``store``: the same articles written through a real store (``open_store``), and the pairs that
  ended in the same story cluster (connected components, so transitive pairs below the threshold
  count as false positives here).

The bodies come from the ``layout`` and ``clean`` stages (the text the store deduplicates; spaCy is
not needed for it).

    .venv/bin/python benchmarks/bench_neardup.py [--limit N] [--no-store]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import data_dir, prf


def load_articles(folder: Path, limit: int | None) -> list[tuple[str, object]]:
    """(name, Article) for each BBC file, through the text stages only."""
    from dateline.api import analyze_input
    from dateline.pipeline import TEXT_STAGES, Pipeline
    from dateline.readers import iter_inputs

    pipeline = Pipeline(stages=TEXT_STAGES)
    topics = sorted(str(p) for p in folder.iterdir() if p.is_dir())
    out = []
    for item in iter_inputs(topics):
        if isinstance(item, Exception):
            print(f"  unreadable: {item}")
            continue
        out.append((str(Path(item.source).relative_to(folder)), analyze_input(item, pipeline=pipeline)))
        if limit and len(out) >= limit:
            break
    return out


def all_pairs(names: list[str], texts: list[str], threshold: float) -> dict[tuple[str, str], float]:
    """Every pair at or above ``threshold`` Jaccard, exhaustively (sparse incidence matrix product)."""
    import numpy as np
    from scipy import sparse

    from dateline.dedup import shingles

    vocab: dict[str, int] = {}
    rows, cols = [], []
    sizes = np.zeros(len(texts), dtype=np.int64)
    for i, text in enumerate(texts):
        sh = shingles(text)
        sizes[i] = len(sh)
        for s in sh:
            rows.append(i)
            cols.append(vocab.setdefault(s, len(vocab)))
    matrix = sparse.csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=(len(texts), len(vocab)))
    inter = (matrix @ matrix.T).tocoo()
    pairs: dict[tuple[str, str], float] = {}
    for i, j, n in zip(inter.row, inter.col, inter.data, strict=True):
        if i >= j:
            continue
        union = sizes[i] + sizes[j] - n
        jac = n / union if union else 0.0
        if jac >= threshold:
            a, b = names[i], names[j]
            pairs[(min(a, b), max(a, b))] = float(jac)
    return pairs


def datasketch_pairs(names: list[str], texts: list[str], threshold: float) -> set[tuple[str, str]]:
    """datasketch's own MinHashLSH at its defaults (128 permutations, its optimal bands for the
    threshold) over the same shingles: the candidate pairs it returns, unverified."""
    from datasketch import MinHash, MinHashLSH

    from dateline.dedup import shingles

    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    hashes = {}
    for name, text in zip(names, texts, strict=True):
        m = MinHash(num_perm=128)
        m.update_batch([s.encode("utf-8") for s in shingles(text)])
        hashes[name] = m
        lsh.insert(name, m)
    pairs = set()
    for name, m in hashes.items():
        for other in lsh.query(m):
            if other != name:
                pairs.add((min(name, other), max(name, other)))
    return pairs


def store_pairs(articles: list[tuple[str, object]]) -> tuple[set[tuple[str, str]], float]:
    """Write the articles through a real SQLite store; the pairs of names sharing a story cluster."""
    from dateline.corpus import open_store

    by_id: dict[str, list[str]] = defaultdict(list)
    for name, article in articles:
        by_id[article.id].append(name)  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory(prefix="dateline-neardup-") as tmp:
        store = open_store(str(Path(tmp) / "neardup.db"))
        try:
            started = time.perf_counter()
            batch = []
            for _name, article in articles:
                batch.append(article)
                if len(batch) == 200:
                    store.add_articles(batch)
                    batch = []
            store.add_articles(batch)
            seconds = time.perf_counter() - started
            stories = store.stories(min_size=2, limit=100_000)
            members = {s.get("story_id", s.get("id")): _story_articles(store, s) for s in stories}
        finally:
            store.close()
    pairs: set[tuple[str, str]] = set()
    for ids in members.values():
        names = sorted(n for i in ids for n in by_id.get(i, []))
        pairs.update((a, b) for k, a in enumerate(names) for b in names[k + 1 :])
    # articles with the same content are one stored article: their names are exact-duplicate pairs
    for names in by_id.values():
        names = sorted(names)
        pairs.update((a, b) for k, a in enumerate(names) for b in names[k + 1 :])
    return pairs, seconds


def _story_articles(store: object, story: dict) -> list[str]:
    """The article ids of a story, from whatever the store's ``stories()`` rows carry."""
    for key in ("articles", "article_ids", "members"):
        value = story.get(key)
        if value:
            return [v if isinstance(v, str) else v.get("id") for v in value]
    raise SystemExit(f"cannot read the members of a story from {sorted(story)}")


def score(name: str, found: set[tuple[str, str]], truth: dict[tuple[str, str], float]) -> None:
    tp = len(found & truth.keys())
    fp = len(found - truth.keys())
    fn = len(truth.keys() - found)
    p, r, _ = prf(tp, fp, fn)
    near = {k for k, v in truth.items() if v < 1.0}
    near_recall = len(found & near) / len(near) if near else 0.0
    print(f"| {name} | {len(found)} | {tp} | {fp} | {fn} | {p:.3f} | {r:.3f} | {near_recall:.3f} |")


def main() -> None:
    from dateline.dedup import THRESHOLD, near_duplicate_pairs

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--no-store", action="store_true", help="skip the run through a real store")
    args = parser.parse_args()
    folder = data_dir("bbc-news")
    started = time.perf_counter()
    articles = load_articles(folder, args.limit)
    names = [n for n, _ in articles]
    texts = [a.text for _, a in articles]  # type: ignore[attr-defined]
    print(f"{len(articles)} articles read and cleaned in {time.perf_counter() - started:.1f} s")

    started = time.perf_counter()
    truth = all_pairs(names, texts, THRESHOLD)
    exhaustive_s = time.perf_counter() - started
    exact = sum(1 for v in truth.values() if v >= 1.0)
    print(
        f"all pairs ({len(names) * (len(names) - 1) // 2:,}) at Jaccard >= {THRESHOLD} on word 4-shingles: "
        f"{len(truth)} pairs ({exact} identical shingle sets, {len(truth) - exact} near) in {exhaustive_s:.1f} s"
    )
    started = time.perf_counter()
    lsh = near_duplicate_pairs(zip(names, texts, strict=True))
    lsh_s = time.perf_counter() - started
    print(f"MinHash LSH in memory: {lsh_s:.1f} s")
    started = time.perf_counter()
    peer = datasketch_pairs(names, texts, THRESHOLD)
    peer_s = time.perf_counter() - started
    print(f"datasketch MinHashLSH (threshold {THRESHOLD}, 128 permutations, unverified): {peer_s:.1f} s")
    print()
    print("| method | pairs found | TP | FP | FN | precision | recall | recall on near (J<1) pairs |")
    print("|---|---|---|---|---|---|---|---|")
    score("dateline: MinHash LSH + verification (dedup.near_duplicate_pairs)", lsh, truth)
    score("peer: datasketch MinHashLSH, as it comes", peer, truth)
    if not args.no_store:
        found, seconds = store_pairs(articles)
        score(f"store story clusters ({seconds:.1f} s to write)", found, truth)
    missed = sorted(truth.keys() - lsh, key=lambda k: truth[k])[:10]
    if missed:
        print("\nmissed by LSH (lowest Jaccard first): " + ", ".join(f"{a}~{b} {truth[(a, b)]:.2f}" for a, b in missed))
    extra = sorted(lsh - truth.keys())[:10]
    if extra:
        print("found by LSH but under the threshold: " + ", ".join(f"{a}~{b}" for a, b in extra))


if __name__ == "__main__":
    main()
