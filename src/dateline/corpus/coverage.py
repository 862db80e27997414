"""Coverage: articles from different outlets about the same event, in their own words.

A term model that runs offline on CPU, no training: each article is a TF-IDF vector (sublinear term
frequency, smoothed idf over the articles compared) of its headline (counted :data:`HEADLINE_WEIGHT`
times) and body words (lower case, three letters or more, English stop words left out), plus one
feature per corpus entity it names (weighted :data:`ENTITY_WEIGHT`: two articles about one event
name the same people and places). Two articles are about the same event when the cosine of their
vectors is at least :data:`THRESHOLD` **and** they were published at most :data:`WINDOW_DAYS` apart
(undated articles are compared with every other). Events are the connected components of that
relation over stories (copies of one story are one node), so the grouping depends on the set of
articles, not their order. ``plain_tfidf`` is the baseline the benchmark reports beside it: body
words only, no entities, no time window.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy import sparse

from dateline.corpus.interface import Tables
from dateline.corpus.linking import UnionFind
from dateline.store.base import marks

THRESHOLD = 0.3
WINDOW_DAYS = 3
HEADLINE_WEIGHT = 2
ENTITY_WEIGHT = 2.0

_WORD = re.compile(r"[^\W\d_]{3,}")
STOP_WORDS = frozenset(
    [
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "and",
        "any",
        "are",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "can",
        "could",
        "did",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "into",
        "its",
        "itself",
        "just",
        "more",
        "most",
        "not",
        "now",
        "off",
        "once",
        "only",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "said",
        "same",
        "she",
        "should",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "too",
        "under",
        "until",
        "very",
        "was",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "says",
        "say",
        "told",
        "tell",
        "according",
        "new",
        "year",
        "years",
        "one",
        "two",
        "three",
        "also",
        "mr",
        "mrs",
        "ms",
    ]
)


@dataclass
class Doc:
    """One article as coverage sees it."""

    id: str
    story_id: str
    outlet: str | None
    published: str | None
    headline: str | None
    text: str
    entities: list[str] = field(default_factory=list)


def words(text: str) -> list[str]:
    return [w for w in (m.lower() for m in _WORD.findall(text)) if w not in STOP_WORDS]


def _vectors(bags: list[Counter[str]]) -> sparse.csr_matrix:
    vocab: dict[str, int] = {}
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    rows, cols, vals = [], [], []
    n = len(bags)
    for i, bag in enumerate(bags):
        for term, count in bag.items():
            j = vocab.setdefault(term, len(vocab))
            weight = (1 + math.log(count)) * (math.log((1 + n) / (1 + df[term])) + 1)
            if term.startswith("ent:"):
                weight *= ENTITY_WEIGHT
            rows.append(i)
            cols.append(j)
            vals.append(weight)
    matrix = sparse.csr_matrix((vals, (rows, cols)), shape=(n, max(1, len(vocab))), dtype=np.float64)
    norms = np.sqrt(matrix.multiply(matrix).sum(axis=1)).A1
    norms[norms == 0] = 1
    return sparse.csr_matrix(sparse.diags(1 / norms) @ matrix)


def _day(published: str | None) -> int | None:
    if not published:
        return None
    try:
        return _dt.date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def similar_pairs(
    docs: Sequence[Doc], *, plain: bool = False, threshold: float = THRESHOLD
) -> dict[tuple[int, int], float]:
    """Index pairs (i < j) of ``docs`` at or over ``threshold`` (in the time window unless ``plain``)."""
    bags = []
    for d in docs:
        bag: Counter[str] = Counter(words(d.text))
        if not plain:
            for _ in range(HEADLINE_WEIGHT):
                bag.update(words(d.headline or ""))
            bag.update(f"ent:{e}" for e in set(d.entities))
        bags.append(bag)
    if len(bags) < 2:
        return {}
    matrix = _vectors(bags)
    sims = sparse.triu(matrix @ matrix.T, k=1).tocoo()
    days = [_day(d.published) for d in docs]
    out = {}
    for i, j, v in zip(sims.row, sims.col, sims.data, strict=True):
        if v < threshold:
            continue
        if not plain and days[i] is not None and days[j] is not None and abs(days[i] - days[j]) > WINDOW_DAYS:
            continue
        out[(int(i), int(j))] = float(v)
    return out


def group(docs: Sequence[Doc], *, plain: bool = False, threshold: float = THRESHOLD) -> list[list[Doc]]:
    """Events: connected components over stories of the similar pairs, each earliest article first."""
    stories = sorted({d.story_id for d in docs})
    uf = UnionFind(stories)
    for i, j in similar_pairs(docs, plain=plain, threshold=threshold):
        uf.union(docs[i].story_id, docs[j].story_id)
    events: dict[str, list[Doc]] = {}
    for d in docs:
        events.setdefault(uf.find(d.story_id), []).append(d)
    out = []
    for members in events.values():
        members.sort(key=lambda d: (d.published is None, d.published or "", d.id))
        out.append(members)
    return out


def events(db: Tables, where: str, params: list[Any], *, min_outlets: int = 2, limit: int = 50) -> list[dict[str, Any]]:
    """Events covered by several outlets in their own words: the articles that pass ``where`` (on
    ``a``) grouped by content and time (:func:`group`), copies of one story counted once. Each event
    has first_seen, outlets, stories and its articles (id, outlet, published, headline, url,
    story_id), earliest first; events of at least ``min_outlets`` outlets and two stories, latest first."""
    rows = db.query(
        f"SELECT a.id, a.story_id, a.outlet, a.published, a.headline, a.text, a.url FROM articles a WHERE {where} "
        "ORDER BY a.id",
        params,
    )
    if not rows:
        return []
    ents: dict[str, list[str]] = defaultdict(list)
    ids = [r[0] for r in rows]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for art, canonical in db.query(
            f"SELECT e.article_id, k.canonical FROM entities e JOIN entity_keys k ON k.ckey = e.ckey "
            f"WHERE e.article_id IN ({marks(chunk)})",
            chunk,
        ):
            ents[art].append(canonical)
    urls = {r[0]: r[6] for r in rows}
    docs = [Doc(r[0], r[1], r[2], r[3], r[4], r[5], ents.get(r[0], [])) for r in rows]
    out = []
    for members in group(docs):
        outlets: list[str] = []
        for d in members:
            if d.outlet and d.outlet not in outlets:
                outlets.append(d.outlet)
        stories = sorted({d.story_id for d in members})
        if len(stories) < 2 or len(outlets) < min_outlets:
            continue
        out.append(
            {
                "first_seen": members[0].published,
                "headline": members[0].headline,
                "outlet": members[0].outlet,
                "published": members[0].published,
                "url": urls.get(members[0].id),
                "outlets": outlets,
                "stories": stories,
                "size": len(members),
                "articles": [
                    {
                        "id": d.id,
                        "outlet": d.outlet,
                        "published": d.published,
                        "headline": d.headline,
                        "url": urls.get(d.id),
                        "story_id": d.story_id,
                    }
                    for d in members
                ],
            }
        )
    out.sort(key=lambda e: (str(e["first_seen"] or ""), str(e["headline"] or "")), reverse=True)
    return out[: max(1, limit)]
