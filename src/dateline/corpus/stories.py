"""Stories: the articles that are copies of one another.

The **story** of an article is the connected component of the "duplicate" relation (same
normalised body, near duplicate by :mod:`dateline.dedup`, or same URL), named by its smallest
article id, so it does not depend on the order articles arrive in. :func:`assign` decides the story
of an article as it is stored (merging the stories it joins); :func:`stories` lists them. Both go
through the store interface (:class:`dateline.corpus.interface.Tables`); the SQL that reads stories
is written once, in :data:`dateline.store.rows.STORIES_SQL`.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import numpy as np

from dateline import dedup
from dateline.corpus import provenance
from dateline.corpus.interface import Tables
from dateline.store.base import marks


def _text(db: Tables, article_id: str) -> str:
    return str(db.query("SELECT text FROM articles WHERE id = ?", (article_id,))[0][0])


def assign(
    db: Tables, article_id: str, fp: str, sig: np.ndarray | None, keys: list[int], text: str, url: str | None
) -> str:
    """The story of a new article (its fingerprint ``fp``, MinHash ``sig`` and LSH band ``keys``):
    the smallest id among itself and the stories it duplicates; those stories are merged into it."""
    matched: set[str] = set()
    if fp:
        matched.update(r[0] for r in db.query("SELECT story_id FROM articles WHERE fingerprint = ?", (fp,)))
    if url:
        matched.update(r[0] for r in db.query("SELECT story_id FROM articles WHERE url = ?", (url,)))
    if keys and sig is not None:
        placeholders = marks(keys)
        rows = db.query(
            f"SELECT DISTINCT a.id, a.story_id, a.signature FROM lsh l JOIN articles a ON a.id = l.article_id "
            f"WHERE l.key IN ({placeholders})",
            keys,
        )
        for cand_id, cand_story, cand_sig in sorted(rows, key=lambda r: r[0]):
            if cand_story in matched or cand_sig is None:
                continue
            other = dedup.signature_from_bytes(bytes(cand_sig))
            if dedup.verify(sig, other, lambda: text, partial(_text, db, cand_id)):
                matched.add(cand_story)
    story = min(matched | {article_id})
    others = sorted(matched - {story})
    if others:
        placeholders = marks(others)
        db.execute(f"UPDATE articles SET story_id = ? WHERE story_id IN ({placeholders})", [story, *others])
    return story


def stories(db: Tables, where: str, params: list[Any], *, min_size: int = 2, limit: int = 50) -> list[dict[str, Any]]:
    """Story clusters of the articles that pass ``where`` (on ``a``), largest first, each with its
    first article's headline, outlet, published and url, and its members' outlets."""
    rows = db.query(
        db.stories_sql(where, " HAVING COUNT(*) >= ? ORDER BY COUNT(*) DESC, a.story_id LIMIT ?"),
        [*params, max(1, min_size), max(1, limit)],
    )
    out = []
    for story_id, size, first, last, ids in rows:
        members = sorted(str(ids).split(","))
        placeholders = marks(members)
        arts = db.query(
            f"SELECT id, source_key, outlet, published, headline, url FROM articles WHERE id IN ({placeholders})",
            members,
        )
        arts.sort(key=lambda r: (provenance.when(r[3]), r[0]))
        head = arts[0]
        outlets: list[str] = []
        for r in arts:
            if r[2] and r[2] not in outlets:
                outlets.append(r[2])
        out.append(
            {
                "story_id": story_id,
                "size": int(size),
                "first_seen": first,
                "last_seen": last,
                "headline": head[4],
                "outlet": head[2],
                "published": head[3],
                "url": head[5],
                "articles": members,
                "sources": [r[1] for r in sorted(arts)][:20],
                "outlets": outlets,
            }
        )
    return out
