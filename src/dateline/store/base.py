"""The corpus store: what SQLite and PostgreSQL share.

SQL here is written once with ``?`` placeholders in the subset both dialects agree on
(``INSERT ... ON CONFLICT``, ``RETURNING``); a back end supplies the connection, transactions,
full-text search and streaming (see :mod:`dateline.store.sqlite` and :mod:`dateline.store.postgres`).

Everything an article brings is written in one transaction by :meth:`Store.add_article`, and every
derived value is independent of the order articles arrive in:

* the **story** of an article is the connected component of the "duplicate" relation (same
  normalised body, near duplicate by :mod:`dateline.dedup`, or same URL), named by its smallest
  article id;
* a **corpus entity** is the connected component of :func:`dateline.identity.same_referent` over
  corpus keys ``TYPE:name_key`` (bare surnames never link two people, so "Johnson" cannot join two
  Johnsons), named by its smallest key, with counts and first/last seen days.
"""

from __future__ import annotations

import csv
import datetime as _dt
import json
import re
import zlib
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from functools import partial
from typing import Any

import numpy as np

from dateline import dedup
from dateline.errors import Errors, StoreError
from dateline.identity import acronym, name_key, same_referent
from dateline.model import Article
from dateline.store import query as fts_query

Row = tuple[Any, ...]

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_WORDS = re.compile(r"[^\W_]+", re.UNICODE)
_ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW", "MISC")

#: A search ranks (bm25 / ts_rank_cd) the RANK_WINDOW newest articles (by publication day, then by
#: storage) that match and pass the filters: exact for rarer words, and a bounded cost (not one
#: growing with the corpus) for words that half the corpus uses.
RANK_WINDOW = 1000

#: SQLite numbers articles daynum * DAY_STRIDE + seq (see migration 0003_day_ordered_rowids).
DAY_STRIDE = 1 << 28
_EPOCH = _dt.date(1970, 1, 1)


def daynum(day: str | None) -> int:
    """1 + days since 1970-01-01 (at least 1) of a YYYY-MM-DD day; 0 for none or an invalid one."""
    if not day:
        return 0
    try:
        return max(1, (_dt.date.fromisoformat(day[:10]) - _EPOCH).days + 1)
    except ValueError:
        return 0


#: Closing a store that this session added at least this many articles to runs Store.optimize().
OPTIMIZE_AFTER = 1000

#: Tables ``export`` writes, with their columns and column types ("str" or "int").
EXPORT_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("id", "str"),
        ("source", "str"),
        ("path", "str"),
        ("url", "str"),
        ("headline", "str"),
        ("published", "str"),
        ("story_id", "str"),
        ("fingerprint", "str"),
        ("text", "str"),
    ],
    "quotes": [
        ("article_id", "str"),
        ("qid", "str"),
        ("story_id", "str"),
        ("kind", "str"),
        ("text", "str"),
        ("speaker", "str"),
        ("speaker_entity", "str"),
        ("cue", "str"),
        ("date", "str"),
        ("day", "str"),
        ("start", "int"),
        ("end", "int"),
    ],
    "entities": [
        ("id", "str"),
        ("type", "str"),
        ("name", "str"),
        ("articles", "int"),
        ("mentions", "int"),
        ("first_seen", "str"),
        ("last_seen", "str"),
    ],
    "times": [
        ("article_id", "str"),
        ("tid", "str"),
        ("text", "str"),
        ("type", "str"),
        ("value", "str"),
        ("mod", "str"),
        ("start", "int"),
        ("end", "int"),
    ],
    "events": [
        ("article_id", "str"),
        ("evid", "str"),
        ("kind", "str"),
        ("text", "str"),
        ("date", "str"),
        ("place", "str"),
        ("quote", "str"),
        ("participants", "str"),
        ("start", "int"),
        ("end", "int"),
    ],
    "stories": [
        ("story_id", "str"),
        ("size", "int"),
        ("first_seen", "str"),
        ("last_seen", "str"),
        ("headline", "str"),
        ("articles", "str"),
    ],
    "rejects": [("source", "str"), ("reason", "str")],
}


def source_key(article: Article) -> str:
    """The input key of an article: path, ``path:line`` for JSON Lines, ``path#n`` for WARC records."""
    src = article.source
    base = src.path or src.url or f"id:{article.id}"
    if src.line is not None:
        return f"{base}:{src.line}" if src.format in ("jsonl", "csv") else f"{base}#{src.line}"
    return base


def day_of(value: str | None) -> str | None:
    """``YYYY-MM-DD`` at the start of an ISO 8601 value or a TIMEX3 date, else None."""
    if value and _DAY.match(value):
        return value[:10]
    return None


def check_day(value: str | None, option: str = "date") -> str | None:
    """Validate a --since/--until value; returns ``YYYY-MM-DD`` (a longer ISO value is cut)."""
    if value is None:
        return None
    day = day_of(value.strip())
    try:
        _dt.date.fromisoformat(day or "")
    except ValueError:
        raise StoreError(f"{option}: " + Errors.E041.format(value=value)) from None
    return day


def _name_quality(name: str) -> tuple[bool, int, str]:
    """Sort key: the best surface form first (not all capitals, longest, then alphabetical)."""
    return (name.isupper() and len(name) > 4, -len(name), name)


def _blocks(ckey: str, type_: str, key: str, name: str) -> set[str]:
    """Blocking keys: two corpus keys are tested with same_referent only if they share one."""
    if type_ == "PERSON":
        return {f"PERSON:s:{key.split()[-1]}"}
    out = set()
    short = acronym(name)
    if short:
        out.add(f"{type_}:a:{short}")
    words = _WORDS.findall(name)
    if len(words) >= 2:
        out.add(f"{type_}:a:" + "".join(w[0] for w in words).upper())
    letters = re.sub(r"[^A-Za-z]", "", name)
    if 2 <= len(letters) <= 10 and " " not in name.strip() and sum(c.isupper() for c in letters) >= 2:
        out.add(f"{type_}:a:{letters.upper()}")
    return out


def _links(type_: str, key_a: str, key_b: str) -> bool:
    """Whether two keys may be merged at all (a bare surname never merges two people)."""
    return not (type_ == "PERSON" and (" " not in key_a or " " not in key_b))


class Store(ABC):
    """A corpus of analysed articles, with the questions asked of it. Same behaviour on every back end."""

    url: str
    backend: str
    #: articles this session added (close() optimizes after a large ingest)
    _added: int = 0

    # ---- what a back end provides -------------------------------------------------------------

    @abstractmethod
    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]: ...

    @abstractmethod
    def _exec(self, sql: str, params: Sequence[Any] = ()) -> None: ...

    @abstractmethod
    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    @abstractmethod
    def _transaction(self) -> AbstractContextManager[Any]: ...

    @abstractmethod
    def _stream(self, sql: str, params: Sequence[Any] = (), size: int = 1000) -> Iterator[list[Row]]: ...

    @abstractmethod
    def _insert_article_row(self, values: Sequence[Any]) -> None:
        """Insert the articles row (columns of ``_ARTICLE_COLUMNS``) and index it for full text."""

    @abstractmethod
    def _search(
        self, q: fts_query.Query, where: str, params: list[Any], limit: int, days: tuple[str | None, str | None]
    ) -> list[Row]:
        """Rows (id, headline, published, source_key, url, story_id, snippet, score), best first.

        ``where`` (clauses on ``a.day``, ``a.source...``) and ``params`` hold the filters; ``days`` the
        --since/--until days again, for a back end that can use them directly."""

    @abstractmethod
    def _ids_agg(self, expr: str) -> str:
        """SQL aggregate joining ``expr`` over a group with commas."""

    @abstractmethod
    def _ilike(self) -> str: ...

    @abstractmethod
    def optimize(self) -> None:
        """Make searches fast after a large ingest (close() calls it when this session added many)."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- writing ------------------------------------------------------------------------------

    _ARTICLE_COLUMNS = (
        "id",
        "source_key",
        "path",
        "url",
        "format",
        "headline",
        "published",
        "day",
        "text",
        "record",
        "fingerprint",
        "signature",
        "story_id",
    )

    def add_article(self, article: Article) -> bool:
        """Store one analysed article (idempotent by id) in one transaction; True if it was new."""
        with self._transaction():
            added = self._add(article)
        self._added += added
        return added

    def add_articles(self, articles: Iterable[Article], batch: int = 200) -> int:
        """Store many articles, one transaction per ``batch``; returns how many were new."""
        added = 0
        chunk: list[Article] = []
        for article in articles:
            chunk.append(article)
            if len(chunk) >= batch:
                added += self._add_chunk(chunk)
                chunk = []
        if chunk:
            added += self._add_chunk(chunk)
        return added

    def _add_chunk(self, chunk: list[Article]) -> int:
        with self._transaction():
            added = sum(self._add(a) for a in chunk)
        self._added += added
        return added

    def add_reject(self, source: str, reason: str) -> None:
        """Record an input that could not be analysed (idempotent per source: the latest reason stays)."""
        with self._transaction():
            self._exec(
                "INSERT INTO rejects (source, reason) VALUES (?, ?) "
                "ON CONFLICT (source) DO UPDATE SET reason = excluded.reason",
                (source, reason),
            )

    def has_article(self, article_id: str) -> bool:
        return bool(self._query("SELECT 1 FROM articles WHERE id = ?", (article_id,)))

    def known_sources(self) -> set[str]:
        """Input keys already stored or rejected: an ingest skips them."""
        keys = {r[0] for r in self._query("SELECT key FROM sources")}
        keys.update(r[0] for r in self._query("SELECT source FROM rejects"))
        return keys

    def get_article(self, article_id: str) -> Article | None:
        """The stored record, equal to the Article that was added."""
        rows = self._query("SELECT record FROM articles WHERE id = ?", (article_id,))
        if not rows:
            return None
        return Article.from_dict(json.loads(zlib.decompress(bytes(rows[0][0]))))

    def iter_articles(self, batch: int = 500) -> Iterator[Article]:
        """Every stored record, in id order, streamed (memory stays flat)."""
        for rows in self._stream("SELECT record FROM articles ORDER BY id", (), batch):
            for (record,) in rows:
                yield Article.from_dict(json.loads(zlib.decompress(bytes(record))))

    def _add(self, article: Article) -> bool:
        skey = source_key(article)
        if self.has_article(article.id):
            self._exec(
                "INSERT INTO sources (key, article_id) VALUES (?, ?) ON CONFLICT (key) DO NOTHING", (skey, article.id)
            )
            return False
        text = article.text
        fp, sig = dedup.sketch(text)
        keys = dedup.band_keys(sig) if sig is not None else []
        day = day_of(article.published)
        story = self._assign_story(article.id, fp, sig, keys, text, article.source.url)
        record = zlib.compress(article.to_json().encode("utf-8"), 6)
        self._insert_article_row(
            (
                article.id,
                skey,
                article.source.path,
                article.source.url,
                article.source.format,
                article.headline,
                article.published,
                day,
                text,
                record,
                fp,
                sig.tobytes() if sig is not None else None,
                story,
            )
        )
        if keys:
            self._many("INSERT INTO lsh (key, article_id) VALUES (?, ?)", [(k, article.id) for k in keys])
        self._exec(
            "INSERT INTO sources (key, article_id) VALUES (?, ?) ON CONFLICT (key) DO NOTHING", (skey, article.id)
        )
        ent_ckey = self._add_entities(article, day)
        self._add_quotes(article, ent_ckey, day)
        self._add_times_events(article, ent_ckey)
        return True

    def _assign_story(
        self, article_id: str, fp: str, sig: np.ndarray | None, keys: list[int], text: str, url: str | None
    ) -> str:
        matched: set[str] = set()
        if fp:
            matched.update(r[0] for r in self._query("SELECT story_id FROM articles WHERE fingerprint = ?", (fp,)))
        if url:
            matched.update(r[0] for r in self._query("SELECT story_id FROM articles WHERE url = ?", (url,)))
        if keys and sig is not None:
            marks = ",".join("?" * len(keys))
            rows = self._query(
                f"SELECT DISTINCT a.id, a.story_id, a.signature FROM lsh l JOIN articles a ON a.id = l.article_id "
                f"WHERE l.key IN ({marks})",
                keys,
            )
            for cand_id, cand_story, cand_sig in sorted(rows, key=lambda r: r[0]):
                if cand_story in matched or cand_sig is None:
                    continue
                other = dedup.signature_from_bytes(bytes(cand_sig))
                if dedup.verify(sig, other, lambda: text, partial(self._text, cand_id)):
                    matched.add(cand_story)
        story = min(matched | {article_id})
        others = sorted(matched - {story})
        if others:
            marks = ",".join("?" * len(others))
            self._exec(f"UPDATE articles SET story_id = ? WHERE story_id IN ({marks})", [story, *others])
        return story

    def _text(self, article_id: str) -> str:
        return str(self._query("SELECT text FROM articles WHERE id = ?", (article_id,))[0][0])

    def _add_entities(self, article: Article, day: str | None) -> dict[str, str]:
        ent_ckey: dict[str, str] = {}
        rows = []
        mentions: dict[str, int] = defaultdict(int)
        names: dict[str, list[str]] = defaultdict(list)
        for e in article.entities:
            key = name_key(e.name, e.type)
            ckey = f"{e.type}:{key}" if key else None
            if ckey:
                ent_ckey[e.id] = ckey
                mentions[ckey] += max(1, len(e.mentions))
                names[ckey].append(e.name)
            rows.append(
                (article.id, e.id, e.type, e.name, ckey, len(e.mentions), json.dumps(e.aliases), json.dumps(e.titles))
            )
        if rows:
            self._many(
                "INSERT INTO entities (article_id, eid, type, name, ckey, mentions, aliases, titles) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        self._many(
            "INSERT INTO entity_names (ckey, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
            sorted({(ck, n) for ck, ns in names.items() for n in ns}),
        )
        recompute: set[str] = set()
        touched: set[str] = set()
        for ckey in sorted(mentions):
            type_, key = ckey.split(":", 1)
            name = min(names[ckey], key=_name_quality)
            found = self._query("SELECT name, canonical FROM entity_keys WHERE ckey = ?", (ckey,))
            if found:
                best = min([found[0][0], name], key=_name_quality)
                self._exec("UPDATE entity_keys SET articles = articles + 1, name = ? WHERE ckey = ?", (best, ckey))
                touched.add(ckey)
                continue
            self._exec(
                "INSERT INTO entity_keys (ckey, type, name, canonical, articles) VALUES (?, ?, ?, ?, 1)",
                (ckey, type_, name, ckey),
            )
            blocks = sorted(_blocks(ckey, type_, key, name))
            self._many(
                "INSERT INTO entity_blocks (block, ckey) VALUES (?, ?) ON CONFLICT DO NOTHING",
                [(b, ckey) for b in blocks],
            )
            group = {ckey}
            if blocks:
                marks = ",".join("?" * len(blocks))
                cands = self._query(
                    f"SELECT DISTINCT k.ckey, k.name, k.canonical FROM entity_blocks b JOIN entity_keys k ON k.ckey = b.ckey "
                    f"WHERE b.block IN ({marks}) AND k.ckey <> ?",
                    [*blocks, ckey],
                )
                for cand_key, cand_name, cand_canonical in cands:
                    if cand_canonical in group or not _links(type_, key, cand_key.split(":", 1)[1]):
                        continue
                    if same_referent(name, cand_name, type_):
                        group.add(cand_canonical)
            canonical = min(group)
            if len(group) > 1:
                members = sorted(group)
                marks = ",".join("?" * len(members))
                self._exec(f"UPDATE entity_keys SET canonical = ? WHERE canonical IN ({marks})", [canonical, *members])
                self._exec(f"DELETE FROM corpus_entities WHERE id IN ({marks})", members)
            recompute.add(ckey)
            touched.add(ckey)
        # the canonical of every key touched by this article, after all merges
        canon_of = {
            ck: self._query("SELECT canonical FROM entity_keys WHERE ckey = ?", (ck,))[0][0] for ck in sorted(touched)
        }
        redo = {canon_of[ck] for ck in recompute}
        bump: dict[str, int] = defaultdict(int)
        for ck in touched:
            if canon_of[ck] not in redo:
                bump[canon_of[ck]] += mentions[ck]
        for canonical in sorted(redo):
            self._recompute_entity(canonical)
        for canonical, n in sorted(bump.items()):
            row = self._query("SELECT first_seen, last_seen FROM corpus_entities WHERE id = ?", (canonical,))
            if not row:
                self._recompute_entity(canonical)
                continue
            first, last = row[0]
            if day is not None:
                first = day if first is None or day < first else first
                last = day if last is None or day > last else last
            self._exec(
                "UPDATE corpus_entities SET articles = articles + 1, mentions = mentions + ?, first_seen = ?, "
                "last_seen = ?, name = ? WHERE id = ?",
                (n, first, last, self._display_name(canonical), canonical),
            )
        return ent_ckey

    def _display_name(self, canonical: str) -> str:
        rows = self._query("SELECT name, articles FROM entity_keys WHERE canonical = ?", (canonical,))
        return min(rows, key=lambda r: (-r[1], *_name_quality(r[0])))[0] if rows else canonical.split(":", 1)[1]

    def _recompute_entity(self, canonical: str) -> None:
        row = self._query(
            "SELECT COUNT(DISTINCT e.article_id), SUM(e.mentions), MIN(a.day), MAX(a.day) FROM entity_keys k "
            "JOIN entities e ON e.ckey = k.ckey JOIN articles a ON a.id = e.article_id WHERE k.canonical = ?",
            (canonical,),
        )[0]
        # entity rows with no mention list still count once, like add_entities
        mentions = self._query(
            "SELECT SUM(CASE WHEN e.mentions > 0 THEN e.mentions ELSE 1 END) FROM entity_keys k "
            "JOIN entities e ON e.ckey = k.ckey WHERE k.canonical = ?",
            (canonical,),
        )[0][0]
        articles_per_key = self._query(
            "SELECT k.ckey, COUNT(DISTINCT e.article_id) FROM entity_keys k JOIN entities e ON e.ckey = k.ckey "
            "WHERE k.canonical = ? GROUP BY k.ckey",
            (canonical,),
        )
        for ck, n in articles_per_key:
            self._exec("UPDATE entity_keys SET articles = ? WHERE ckey = ?", (n, ck))
        self._exec(
            "INSERT INTO corpus_entities (id, type, name, articles, mentions, first_seen, last_seen) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
            "articles = excluded.articles, mentions = excluded.mentions, first_seen = excluded.first_seen, "
            "last_seen = excluded.last_seen",
            (
                canonical,
                canonical.split(":", 1)[0],
                self._display_name(canonical),
                row[0] or 0,
                mentions or 0,
                row[2],
                row[3],
            ),
        )

    def _add_quotes(self, article: Article, ent_ckey: dict[str, str], day: str | None) -> None:
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
            self._many(
                "INSERT INTO quotes (article_id, qid, kind, text, norm, speaker, speaker_ckey, cue, date, day, "
                "start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        if about:
            self._many("INSERT INTO quote_entities (article_id, qid, ckey) VALUES (?, ?, ?)", about)

    def _add_times_events(self, article: Article, ent_ckey: dict[str, str]) -> None:
        if article.times:
            self._many(
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
            self._many(
                "INSERT INTO events (article_id, evid, kind, text, date, place, quote, participants, start_offset, "
                "end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            if links:
                self._many("INSERT INTO event_entities (article_id, evid, ckey) VALUES (?, ?, ?)", links)

    # ---- questions ----------------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        limit: int = 20,
    ) -> list[dict[str, Any]]:
        """Ranked full-text search; each hit has id, headline, published, source, url, story_id,
        snippet (matches in ``<mark>...</mark>``) and score (higher is better)."""
        parsed = fts_query.parse(query)
        where, params = self._filters(since=since, until=until, source=source)
        days = (check_day(since, "--since"), check_day(until, "--until"))
        rows = self._search(parsed, where, params, max(1, limit), days)
        keys = ("id", "headline", "published", "source", "url", "story_id", "snippet", "score")
        return [dict(zip(keys, r, strict=True)) | {"score": round(float(r[7]), 4)} for r in rows]

    def _filters(self, *, since: str | None, until: str | None, source: str | None) -> tuple[str, list[Any]]:
        clauses, params = [], []
        if (d := check_day(since, "--since")) is not None:
            clauses.append("a.day >= ?")
            params.append(d)
        if (d := check_day(until, "--until")) is not None:
            clauses.append("a.day <= ?")
            params.append(d)
        if source:
            clause, values = self._source_filter(source)
            clauses.append(clause)
            params += values
        return "".join(f" AND {c}" for c in clauses), params

    def _source_filter(self, source: str) -> tuple[str, list[Any]]:
        like = self._ilike()
        return f"(a.source_key {like} ? OR a.url {like} ?)", [f"%{source}%", f"%{source}%"]

    def resolve_entity(self, name: str) -> list[str]:
        """The corpus keys that ``name`` may denote: its exact key under any type, the keys in the same
        components, and (for people) every key same_referent accepts ("Ryabkov" finds "Sergei Ryabkov")."""
        canonicals: set[str] = set()
        for type_ in _ENTITY_TYPES:
            key = name_key(name, type_)
            if not key:
                continue
            rows = self._query("SELECT canonical FROM entity_keys WHERE ckey = ?", (f"{type_}:{key}",))
            canonicals.update(r[0] for r in rows)
        person = name_key(name, "PERSON")
        if person:
            rows = self._query(
                "SELECT k.name, k.canonical FROM entity_blocks b JOIN entity_keys k ON k.ckey = b.ckey WHERE b.block = ?",
                (f"PERSON:s:{person.split()[-1]}",),
            )
            canonicals.update(c for n, c in rows if same_referent(name, n, "PERSON"))
        if not canonicals:
            like = self._ilike()
            rows = self._query(f"SELECT canonical FROM entity_keys WHERE name {like} ?", (name,))
            canonicals.update(r[0] for r in rows)
        if not canonicals:
            return []
        found = sorted(canonicals)
        marks = ",".join("?" * len(found))
        return sorted(r[0] for r in self._query(f"SELECT ckey FROM entity_keys WHERE canonical IN ({marks})", found))

    def quotes(
        self, *, speaker: str | None = None, about: str | None = None, since: str | None = None, limit: int = 50
    ) -> list[dict[str, Any]]:
        """Statements: a quote repeated across a story is one statement listing the articles carrying it.

        Each has text, speaker, kind, date (the day it was said, else published), story_id and articles.
        """
        clauses, params = [], []
        if speaker is not None:
            keys = self.resolve_entity(speaker) or [f"PERSON:{name_key(speaker, 'PERSON')}"]
            clauses.append(f"q.speaker_ckey IN ({','.join('?' * len(keys))})")
            params += keys
        if about is not None:
            keys = self.resolve_entity(about)
            if not keys:
                return []
            clauses.append(
                "EXISTS (SELECT 1 FROM quote_entities qe WHERE qe.article_id = q.article_id AND qe.qid = q.qid "
                f"AND qe.ckey IN ({','.join('?' * len(keys))}))"
            )
            params += keys
        if (d := check_day(since, "--since")) is not None:
            clauses.append("q.day >= ?")
            params.append(d)
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        rows = self._query(
            f"SELECT a.story_id, q.norm, MIN(q.text), MIN(q.speaker), MIN(q.kind), MIN(q.day), COUNT(*), "
            f"{self._ids_agg('a.id')}, {self._ids_agg('q.qid')} FROM quotes q JOIN articles a ON a.id = q.article_id"
            f"{where} GROUP BY a.story_id, q.norm ORDER BY MIN(q.day) IS NULL, MIN(q.day) DESC, a.story_id, q.norm LIMIT ?",
            [*params, max(1, limit)],
        )
        out = []
        for story, _norm, text, spk, kind, day, count, ids, qids in rows:
            pairs = sorted(zip(str(ids).split(","), str(qids).split(","), strict=True))
            out.append(
                {
                    "text": text,
                    "speaker": spk,
                    "kind": kind,
                    "date": day,
                    "story_id": story,
                    "count": int(count),
                    "articles": sorted({a for a, _ in pairs}),
                    "quote_ids": [f"{a}/{q}" for a, q in pairs],
                }
            )
        return out

    def timeline(self, *, entity: str, limit: int = 200) -> list[dict[str, Any]]:
        """What an entity did and said, by date: events it takes part in and its statements."""
        keys = self.resolve_entity(entity)
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        items: list[dict[str, Any]] = []
        for art, evid, kind, text, date, day, headline, story in self._query(
            f"SELECT DISTINCT e.article_id, e.evid, e.kind, e.text, e.date, a.day, a.headline, a.story_id "
            f"FROM event_entities ee JOIN events e ON e.article_id = ee.article_id AND e.evid = ee.evid "
            f"JOIN articles a ON a.id = e.article_id WHERE ee.ckey IN ({marks})",
            keys,
        ):
            items.append(
                {
                    "date": day_of(date) or day,
                    "kind": f"event:{kind}",
                    "text": text,
                    "article_id": art,
                    "item": evid,
                    "headline": headline,
                    "story_id": story,
                }
            )
        seen: set[tuple[str, str]] = set()
        for art, qid, text, norm, day, headline, story in self._query(
            f"SELECT q.article_id, q.qid, q.text, q.norm, q.day, a.headline, a.story_id FROM quotes q "
            f"JOIN articles a ON a.id = q.article_id WHERE q.speaker_ckey IN ({marks}) ORDER BY q.article_id, q.qid",
            keys,
        ):
            if (story, norm) in seen:
                continue
            seen.add((story, norm))
            items.append(
                {
                    "date": day,
                    "kind": "quote",
                    "text": text,
                    "article_id": art,
                    "item": qid,
                    "headline": headline,
                    "story_id": story,
                }
            )
        items.sort(key=lambda i: (i["date"] or "9999", i["article_id"], i["item"]))
        return items[: max(1, limit)]

    def entities(self, *, type: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """Corpus entities, most widely reported first, with their aliases (other names merged in)."""
        where, params = ("WHERE type = ?", [type.upper()]) if type else ("", [])
        rows = self._query(
            f"SELECT id, type, name, articles, mentions, first_seen, last_seen FROM corpus_entities {where} "
            "ORDER BY articles DESC, mentions DESC, id LIMIT ?",
            [*params, max(1, limit)],
        )
        out = []
        for cid, type_, name, articles, mentions, first, last in rows:
            aliases = sorted(
                {
                    r[0]
                    for r in self._query(
                        "SELECT n.name FROM entity_keys k JOIN entity_names n ON n.ckey = k.ckey WHERE k.canonical = ?",
                        (cid,),
                    )
                }
                - {name}
            )
            out.append(
                {
                    "id": cid,
                    "type": type_,
                    "name": name,
                    "aliases": aliases,
                    "articles": articles,
                    "mentions": mentions,
                    "first_seen": first,
                    "last_seen": last,
                }
            )
        return out

    def stories(self, *, min_size: int = 2, limit: int = 50) -> list[dict[str, Any]]:
        """Story clusters (exact and near duplicates, revisions of one URL), largest first."""
        rows = self._query(
            f"SELECT s.story_id, s.size, s.first_seen, s.last_seen, h.headline, s.ids FROM ("
            f"SELECT story_id, COUNT(*) AS size, MIN(day) AS first_seen, MAX(day) AS last_seen, {self._ids_agg('id')} AS ids "
            f"FROM articles GROUP BY story_id HAVING COUNT(*) >= ?) s LEFT JOIN articles h ON h.id = s.story_id "
            f"ORDER BY s.size DESC, s.story_id LIMIT ?",
            (max(1, min_size), max(1, limit)),
        )
        out = []
        for story, size, first, last, headline, ids in rows:
            members = sorted(str(ids).split(","))
            srcs = self._query(
                f"SELECT id, source_key FROM articles WHERE id IN ({','.join('?' * len(members[:20]))}) ORDER BY id",
                members[:20],
            )
            out.append(
                {
                    "story_id": story,
                    "size": int(size),
                    "first_seen": first,
                    "last_seen": last,
                    "headline": headline,
                    "articles": members,
                    "sources": [s for _, s in srcs],
                }
            )
        return out

    def stats(self) -> dict[str, Any]:
        """Counts of everything in the store."""

        def count(sql: str) -> int:
            return int(self._query(sql)[0][0] or 0)

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
            "first_published": self._query("SELECT MIN(day) FROM articles")[0][0],
            "last_published": self._query("SELECT MAX(day) FROM articles")[0][0],
            "migrations": [r[0] for r in self._query("SELECT name FROM migrations ORDER BY name")],
        }

    def rejects(self, limit: int = 100) -> list[dict[str, Any]]:
        """Inputs that could not be analysed, with the reason."""
        rows = self._query("SELECT source, reason FROM rejects ORDER BY source LIMIT ?", (max(1, limit),))
        return [{"source": s, "reason": r} for s, r in rows]

    # ---- export -------------------------------------------------------------------------------

    def _export_sql(self, table: str) -> str:
        if table == "articles":
            return "SELECT id, source_key, path, url, headline, published, story_id, fingerprint, text FROM articles ORDER BY id"
        if table == "quotes":
            return (
                "SELECT q.article_id, q.qid, a.story_id, q.kind, q.text, q.speaker, k.canonical, q.cue, q.date, q.day, "
                "q.start_offset, q.end_offset FROM quotes q JOIN articles a ON a.id = q.article_id "
                "LEFT JOIN entity_keys k ON k.ckey = q.speaker_ckey ORDER BY q.article_id, q.qid"
            )
        if table == "entities":
            return "SELECT id, type, name, articles, mentions, first_seen, last_seen FROM corpus_entities ORDER BY id"
        if table == "times":
            return "SELECT article_id, tid, text, type, value, mod, start_offset, end_offset FROM times ORDER BY article_id, tid"
        if table == "events":
            return (
                "SELECT article_id, evid, kind, text, date, place, quote, participants, start_offset, end_offset "
                "FROM events ORDER BY article_id, evid"
            )
        if table == "stories":
            return (
                f"SELECT s.story_id, s.size, s.first_seen, s.last_seen, h.headline, s.ids FROM (SELECT story_id, "
                f"COUNT(*) AS size, MIN(day) AS first_seen, MAX(day) AS last_seen, {self._ids_agg('id')} AS ids "
                f"FROM articles GROUP BY story_id) s LEFT JOIN articles h ON h.id = s.story_id ORDER BY s.story_id"
            )
        if table == "rejects":
            return "SELECT source, reason FROM rejects ORDER BY source"
        raise StoreError(Errors.E043.format(table=table, choices=", ".join(EXPORT_COLUMNS)))

    def export(self, table: str, format: str, path: str) -> int:
        """Write a table to ``path`` as parquet, csv or jsonl, streaming in batches; returns the row count."""
        if format not in ("parquet", "csv", "jsonl"):
            raise StoreError(Errors.E044.format(format=format))
        sql = self._export_sql(table)
        columns = EXPORT_COLUMNS[table]
        names = [c for c, _ in columns]

        def batches() -> Iterator[list[Row]]:
            for rows in self._stream(sql, (), 2000):
                if table == "stories":
                    rows = [(*r[:5], ",".join(sorted(str(r[5]).split(",")))) for r in rows]
                yield rows

        count = 0
        if format == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            schema = pa.schema([(c, pa.int64() if t == "int" else pa.string()) for c, t in columns])
            with pq.ParquetWriter(path, schema) as writer:
                for rows in batches():
                    cols = list(zip(*rows, strict=True))
                    arrays = [pa.array(list(col), type=schema.field(i).type) for i, col in enumerate(cols)]
                    writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=schema))
                    count += len(rows)
            return count
        with open(path, "w", encoding="utf-8", newline="") as out:
            if format == "csv":
                writer_csv = csv.writer(out)
                writer_csv.writerow(names)
                for rows in batches():
                    writer_csv.writerows(rows)
                    count += len(rows)
            else:
                for rows in batches():
                    for r in rows:
                        out.write(json.dumps(dict(zip(names, r, strict=True)), ensure_ascii=False) + "\n")
                    count += len(rows)
        return count

    def snapshot(self) -> dict[str, list[Row]]:
        """Every table's rows, sorted, without internal row numbers: equal for two stores that hold the
        same corpus, whatever the order or the interruptions of the ingests that built them."""
        tables = {
            "articles": "SELECT id, source_key, path, url, format, headline, published, day, text, record, fingerprint, signature, story_id FROM articles",
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
            rows = [tuple(bytes(v) if isinstance(v, memoryview) else v for v in r) for r in self._query(sql)]
            out[name] = sorted(rows, key=repr)
        return out


def _table_names() -> list[str]:
    return list(EXPORT_COLUMNS)
