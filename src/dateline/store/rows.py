"""The rows of the article tables: one analysed article written in, records and listings read out.

:class:`ArticleRows` adds to a :class:`~dateline.store.base.Database` the reads and writes of the
tables an article fills (``articles``, ``lsh``, ``sources``, ``rejects``, ``entities``, ``quotes``,
``quote_entities``, ``times``, ``events``, ``event_entities``). The values that depend on other
articles (the story an article joins, the corpus entity a key belongs to) are decided by
:mod:`dateline.corpus` and handed in.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from dateline import dedup
from dateline.errors import Errors, StoreError
from dateline.identity import name_key
from dateline.model import Article
from dateline.outlets import outlet_key
from dateline.store import query as fts_query
from dateline.store.base import Database, Row, day_of, marks

#: The stories of a corpus, one row each (story_id, size, first_seen, last_seen, ids: the members'
#: ids joined by commas) from the articles that pass ``{where}``, then ``{tail}`` (HAVING / ORDER
#: BY ...). Both ``Store.stories`` and ``export stories`` read it. ``{ids}`` is the back end's
#: comma-joining aggregate of ``a.id``.
STORIES_SQL = (
    "SELECT a.story_id, COUNT(*) AS size, MIN(a.day) AS first_seen, MAX(a.day) AS last_seen, {ids} AS ids "
    "FROM articles a WHERE {where} GROUP BY a.story_id{tail}"
)


def source_key(article: Article) -> str:
    """The input key of an article: path, ``path:line`` for JSON Lines, ``path#n`` for WARC records."""
    src = article.source
    base = src.path or src.url or f"id:{article.id}"
    if src.line is not None:
        return f"{base}:{src.line}" if src.format in ("jsonl", "csv") else f"{base}#{src.line}"
    return base


class ArticleRows(Database):
    """Reads and writes of the article tables (same behaviour on every back end)."""

    # ---- writing ------------------------------------------------------------------------------

    def add_reject(self, source: str, reason: str) -> None:
        """Record an input that could not be analysed (idempotent per source: the latest reason stays)."""
        with self.transaction():
            self.execute(
                "INSERT INTO rejects (source, reason) VALUES (?, ?) "
                "ON CONFLICT (source) DO UPDATE SET reason = excluded.reason",
                (source, reason),
            )

    def add_source(self, key: str, article_id: str) -> None:
        """Record that input ``key`` gave article ``article_id`` (kept once per key)."""
        self.execute(
            "INSERT INTO sources (key, article_id) VALUES (?, ?) ON CONFLICT (key) DO NOTHING", (key, article_id)
        )

    def write_article(
        self,
        article: Article,
        *,
        story: str,
        fingerprint: str,
        signature: np.ndarray | None,
        band_keys: Sequence[int],
    ) -> None:
        """The articles row (with its full-text index), its LSH band keys and its source key."""
        skey = source_key(article)
        record = zlib.compress(article.to_json().encode("utf-8"), 6)
        self.insert_article_row(
            (
                article.id,
                skey,
                article.source.path,
                article.source.url,
                article.source.format,
                article.headline,
                article.published,
                day_of(article.published),
                article.text,
                record,
                fingerprint,
                signature.tobytes() if signature is not None else None,
                story,
                article.outlet,
                outlet_key(article.outlet),
                article.source.id,
            )
        )
        if band_keys:
            self.execute_many("INSERT INTO lsh (key, article_id) VALUES (?, ?)", [(k, article.id) for k in band_keys])
        self.add_source(skey, article.id)

    def write_entities(self, article: Article, ent_ckey: dict[str, str]) -> None:
        """The article's entity rows; ``ent_ckey`` maps an entity id to its corpus key."""
        rows = [
            (
                article.id,
                e.id,
                e.type,
                e.name,
                ent_ckey.get(e.id),
                len(e.mentions),
                json.dumps(e.aliases),
                json.dumps(e.titles),
            )
            for e in article.entities
        ]
        if rows:
            self.execute_many(
                "INSERT INTO entities (article_id, eid, type, name, ckey, mentions, aliases, titles) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    def write_quotes(self, article: Article, ent_ckey: dict[str, str]) -> None:
        """The article's quote rows (with the speaker's corpus key) and the entities named inside each."""
        day = day_of(article.published)
        names = {e.id: e.name for e in article.entities}
        rows = []
        about: list[tuple[str, str, str]] = []
        for q in article.quotes:
            speaker = speaker_ckey = None
            if q.speaker is not None:
                if q.speaker.entity and q.speaker.entity in names:
                    speaker = names[q.speaker.entity]
                    speaker_ckey = ent_ckey.get(q.speaker.entity)
                else:
                    speaker = q.speaker.text
                    key = name_key(q.speaker.text, "PERSON")
                    speaker_ckey = f"PERSON:{key}" if key else None
            rows.append(
                (
                    article.id,
                    q.id,
                    q.kind,
                    q.text,
                    dedup.normalise(q.text),
                    speaker,
                    speaker_ckey,
                    q.cue.text if q.cue else None,
                    q.date,
                    day_of(q.date) or day,
                    q.start,
                    q.end,
                )
            )
            inside = {
                ent_ckey[e.id]
                for e in article.entities
                if e.id in ent_ckey and any(q.start <= m.start and m.end <= q.end for m in e.mentions)
            }
            inside.discard(speaker_ckey or "")
            about.extend((article.id, q.id, ck) for ck in sorted(inside))
        if rows:
            self.execute_many(
                "INSERT INTO quotes (article_id, qid, kind, text, norm, speaker, speaker_ckey, cue, date, day, "
                "start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        if about:
            self.execute_many("INSERT INTO quote_entities (article_id, qid, ckey) VALUES (?, ?, ?)", about)

    def write_times_events(self, article: Article, ent_ckey: dict[str, str]) -> None:
        """The article's time expressions and events (with their participants' corpus keys)."""
        if article.times:
            self.execute_many(
                "INSERT INTO times (article_id, tid, text, type, value, mod, start_offset, end_offset) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(article.id, t.id, t.text, t.type, t.value, t.mod, t.start, t.end) for t in article.times],
            )
        if article.events:
            rows = []
            links: list[tuple[str, str, str]] = []
            for ev in article.events:
                parts = sorted({ent_ckey[p] for p in ev.participants if p in ent_ckey})
                rows.append(
                    (
                        article.id,
                        ev.id,
                        ev.kind,
                        ev.text,
                        ev.date,
                        ev.place,
                        ev.quote,
                        json.dumps(parts),
                        ev.start,
                        ev.end,
                    )
                )
                links.extend((article.id, ev.id, ck) for ck in parts)
            self.execute_many(
                "INSERT INTO events (article_id, evid, kind, text, date, place, quote, participants, start_offset, "
                "end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            if links:
                self.execute_many("INSERT INTO event_entities (article_id, evid, ckey) VALUES (?, ?, ?)", links)

    # ---- reading ------------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return bool(self.query("SELECT 1 FROM articles WHERE id = ?", (article_id,)))

    def known_sources(self) -> set[str]:
        """Input keys already stored or rejected: an ingest skips them."""
        keys = {r[0] for r in self.query("SELECT key FROM sources")}
        keys.update(r[0] for r in self.query("SELECT source FROM rejects"))
        return keys

    def get_article(self, article_id: str) -> Article | None:
        """The stored record, equal to the Article that was added."""
        rows = self.query("SELECT record FROM articles WHERE id = ?", (article_id,))
        if not rows:
            return None
        return Article.from_dict(json.loads(zlib.decompress(bytes(rows[0][0]))))

    def iter_articles(self, batch: int = 500) -> Iterator[Article]:
        """Every stored record, in id order, streamed (memory stays flat)."""
        for rows in self.stream("SELECT record FROM articles ORDER BY id", (), batch):
            for (record,) in rows:
                yield Article.from_dict(json.loads(zlib.decompress(bytes(record))))

    def article_text(self, article_id: str) -> str:
        """The clean body of a stored article."""
        return str(self.query("SELECT text FROM articles WHERE id = ?", (article_id,))[0][0])

    def article_texts(self, ids: Sequence[str]) -> dict[str, str]:
        """The clean body of each stored article of ``ids``."""
        if not ids:
            return {}
        return dict(self.query(f"SELECT id, text FROM articles WHERE id IN ({marks(ids)})", list(ids)))

    def outlets_of(self, ids: Sequence[str]) -> dict[str, str | None]:
        """The stored outlet of each article of ``ids``."""
        if not ids:
            return {}
        return dict(self.query(f"SELECT id, outlet FROM articles WHERE id IN ({marks(ids)})", list(ids)))

    def stories_sql(self, where: str = "TRUE", tail: str = "") -> str:
        """:data:`STORIES_SQL` for this back end."""
        return STORIES_SQL.format(ids=self.ids_agg("a.id"), where=where, tail=tail)

    def list_articles(self, where: str, params: Sequence[Any], *, offset: int, limit: int) -> list[dict[str, Any]]:
        """Articles passing ``where`` (on ``a``), newest first (the undated last, then by id)."""
        # newest first with the undated last, in a form each back end reads from its index on day
        order = "a.day DESC, a.id" if self.backend == "sqlite" else "a.day DESC NULLS LAST, a.id"
        rows = self.query(
            f"SELECT a.id, a.headline, a.outlet, a.published, a.source_key, a.url, a.story_id FROM articles a "
            f"WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, max(1, limit), max(0, offset)],
        )
        keys = ("id", "headline", "outlet", "published", "source", "url", "story_id")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def find_article(self, ref: str) -> Article:
        """The stored record ``ref`` names: an article id or its first characters (at least 6), a source
        key (``path``, ``path:line``), a URL, or the input's own id; E048 when none (or several) match."""
        ref = ref.strip()
        tries = [
            ("SELECT id FROM articles WHERE id = ?", ref),
            ("SELECT article_id FROM sources WHERE key = ?", ref),
            ("SELECT id FROM articles WHERE external_id = ?", ref),
            ("SELECT id FROM articles WHERE url = ?", ref),
        ]
        if len(ref) >= 6:
            tries.append(
                (
                    f"SELECT id FROM articles WHERE id LIKE ? {fts_query.LIKE_ESCAPE}",
                    fts_query.like_literal(ref.lower()) + "%",
                )
            )
        for sql, value in tries:
            ids = sorted({r[0] for r in self.query(sql, (value,))})
            if len(ids) == 1:
                article = self.get_article(ids[0])
                if article is not None:
                    return article
            if len(ids) > 1:
                break
        raise StoreError(Errors.E048.format(ref=ref))

    def article_context(self, article_id: str) -> dict[str, Any]:
        """What the store knows around an article: its story, the other members, and their outlets."""
        row = self.query("SELECT story_id, outlet FROM articles WHERE id = ?", (article_id,))
        if not row:
            raise StoreError(Errors.E048.format(ref=article_id))
        story_id = row[0][0]
        members = self.query(
            "SELECT id, outlet, published, headline, url FROM articles WHERE story_id = ? AND id <> ? ORDER BY id",
            (story_id, article_id),
        )
        keys = ("id", "outlet", "published", "headline", "url")
        return {"story_id": story_id, "copies": [dict(zip(keys, r, strict=True)) for r in members]}

    def stats(self) -> dict[str, Any]:
        """Counts of everything in the store."""

        def count(sql: str) -> int:
            return int(self.query(sql)[0][0] or 0)

        articles = count("SELECT COUNT(*) FROM articles")
        stories = count("SELECT COUNT(DISTINCT story_id) FROM articles")
        return {
            "backend": self.backend,
            "url": self.url,
            "articles": articles,
            "story_clusters": count(
                "SELECT COUNT(*) FROM (SELECT story_id FROM articles GROUP BY story_id HAVING COUNT(*) > 1) s"
            ),
            "duplicates": articles - stories,
            "exact_duplicates": articles - count("SELECT COUNT(DISTINCT fingerprint) FROM articles"),
            "quotes": count("SELECT COUNT(*) FROM quotes"),
            "statements": count(
                "SELECT COUNT(*) FROM (SELECT DISTINCT a.story_id, q.norm FROM quotes q JOIN articles a ON a.id = q.article_id) s"
            ),
            "entity_mentions": count("SELECT COUNT(*) FROM entities"),
            "corpus_entities": count("SELECT COUNT(*) FROM corpus_entities"),
            "times": count("SELECT COUNT(*) FROM times"),
            "events": count("SELECT COUNT(*) FROM events"),
            "sources": count("SELECT COUNT(*) FROM sources"),
            "rejects": count("SELECT COUNT(*) FROM rejects"),
            "first_published": self.query("SELECT MIN(day) FROM articles")[0][0],
            "last_published": self.query("SELECT MAX(day) FROM articles")[0][0],
            "migrations": [r[0] for r in self.query("SELECT name FROM migrations ORDER BY name")],
        }

    def rejects(self, limit: int = 100) -> list[dict[str, Any]]:
        """Inputs that could not be analysed, with the reason."""
        rows = self.query("SELECT source, reason FROM rejects ORDER BY source LIMIT ?", (max(1, limit),))
        return [{"source": s, "reason": r} for s, r in rows]

    def export(self, table: str, format: str, path: str) -> int:
        """Write a table to ``path`` as parquet, csv or jsonl, streaming in batches; returns the row count
        (:mod:`dateline.store.export`)."""
        from dateline.store import export

        return export.export(self, table, format, path)

    def snapshot(self) -> dict[str, list[Row]]:
        """Every table's rows, sorted, without internal row numbers: equal for two stores that hold the
        same corpus, whatever the order or the interruptions of the ingests that built them."""
        tables = {
            "articles": "SELECT id, source_key, path, url, format, headline, published, day, text, record, fingerprint, signature, story_id, outlet, outlet_key, external_id FROM articles",
            "entity_overrides": "SELECT action, a, b, undone IS NULL FROM entity_overrides",
            "lsh": "SELECT key, article_id FROM lsh",
            "sources": "SELECT key, article_id FROM sources",
            "rejects": "SELECT source, reason FROM rejects",
            "entities": "SELECT article_id, eid, type, name, ckey, mentions, aliases, titles FROM entities",
            "entity_keys": "SELECT ckey, type, name, canonical, articles FROM entity_keys",
            "entity_blocks": "SELECT block, ckey FROM entity_blocks",
            "entity_names": "SELECT ckey, name FROM entity_names",
            "corpus_entities": "SELECT id, type, name, articles, mentions, first_seen, last_seen FROM corpus_entities",
            "quotes": "SELECT article_id, qid, kind, text, norm, speaker, speaker_ckey, cue, date, day, start_offset, end_offset FROM quotes",
            "quote_entities": "SELECT article_id, qid, ckey FROM quote_entities",
            "times": "SELECT article_id, tid, text, type, value, mod, start_offset, end_offset FROM times",
            "events": "SELECT article_id, evid, kind, text, date, place, quote, participants, start_offset, end_offset FROM events",
            "event_entities": "SELECT article_id, evid, ckey FROM event_entities",
        }
        out: dict[str, list[Row]] = {}
        for name, sql in tables.items():
            rows = [tuple(bytes(v) if isinstance(v, memoryview) else v for v in r) for r in self.query(sql)]
            out[name] = sorted(rows, key=repr)
        return out
