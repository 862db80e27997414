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
from dateline.corpus import linking, provenance
from dateline.errors import AmbiguousNameError, Errors, StoreError
from dateline.identity import acronym, name_key, same_referent
from dateline.model import Article
from dateline.outlets import outlet_key
from dateline.store import query as fts_query
from dateline.store.filters import Filters, like_pattern

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
        ("outlet", "str"),
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
        ("outlet", "str"),
        ("headline", "str"),
        ("published", "str"),
        ("url", "str"),
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
        "outlet",
        "outlet_key",
        "external_id",
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
                article.outlet,
                outlet_key(article.outlet),
                article.source.id,
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
        relink: set[str] = set()
        overrides = bool(self._query("SELECT 1 FROM entity_overrides WHERE undone IS NULL LIMIT 1"))
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
            if type_ == "PERSON" or overrides:
                # people (a surname alone may join or leave a person) and any key once a person has
                # merged or split entities: its region is clustered again (dateline.corpus.linking)
                relink.add(ckey)
                recompute.add(ckey)
                touched.add(ckey)
                continue
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
        relinked = self._relink(relink) if relink else set()
        # the canonical of every key touched by this article, after all merges
        canon_of = {
            ck: self._query("SELECT canonical FROM entity_keys WHERE ckey = ?", (ck,))[0][0] for ck in sorted(touched)
        }
        redo = {canon_of[ck] for ck in recompute} | relinked
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

    # ---- identity: linking, merges and splits ----------------------------------------------------

    def _region(self, ckeys: set[str]) -> set[str]:
        """The keys whose components may change with ``ckeys``: the keys sharing a block with them,
        every member of their components, and the keys a person merged with any of those (with their
        components). An edge that leaves this region was never made (a split kept it out), so
        clustering the region alone gives what clustering everything would."""
        marks = ",".join("?" * len(ckeys))
        keys = {
            r[0]
            for r in self._query(
                f"SELECT b2.ckey FROM entity_blocks b1 JOIN entity_blocks b2 ON b2.block = b1.block "
                f"WHERE b1.ckey IN ({marks})",
                sorted(ckeys),
            )
        } | set(ckeys)
        merges = self._active_overrides("merge")
        while True:
            marks = ",".join("?" * len(keys))
            members = {
                r[0]
                for r in self._query(
                    f"SELECT ckey FROM entity_keys WHERE canonical IN "
                    f"(SELECT canonical FROM entity_keys WHERE ckey IN ({marks}))",
                    sorted(keys),
                )
            }
            partners = {b for a, b in merges if a in members} | {a for a, b in merges if b in members}
            people = sorted(k for k in members | partners if k.startswith("PERSON:"))
            mates: set[str] = set()
            if people:  # a surname alone is linked from its whole block: read all of it
                marks = ",".join("?" * len(people))
                mates = {
                    r[0]
                    for r in self._query(
                        f"SELECT b2.ckey FROM entity_blocks b1 JOIN entity_blocks b2 ON b2.block = b1.block "
                        f"WHERE b1.ckey IN ({marks})",
                        people,
                    )
                }
            grown = keys | members | partners | mates
            if grown == keys:
                return keys
            keys = grown

    def _active_overrides(self, action: str) -> list[tuple[str, str]]:
        rows = self._query(
            "SELECT a, b FROM entity_overrides WHERE action = ? AND undone IS NULL ORDER BY n", (action,)
        )
        return [(str(a), str(b)) for a, b in rows]

    def _relink(self, ckeys: set[str]) -> set[str]:
        """Cluster the region of ``ckeys`` again and write what changed; returns the canonicals whose
        corpus entity must be recomputed (their rows are gone when they no longer name a component)."""
        region = self._region(ckeys)
        if not region:
            return set()
        marks = ",".join("?" * len(region))
        ordered = sorted(region)
        rows = self._query(f"SELECT ckey, name, canonical FROM entity_keys WHERE ckey IN ({marks})", ordered)
        block_rows = self._query(f"SELECT block, ckey FROM entity_blocks WHERE ckey IN ({marks})", ordered)
        blocks: dict[str, set[str]] = defaultdict(set)
        for b, ck in block_rows:
            blocks[ck].add(b)
        keys = [linking.Key(ck, name, frozenset(blocks[ck])) for ck, name, _ in rows]
        result = linking.cluster(keys, self._active_overrides("merge"), self._active_overrides("split"))
        old = {ck: canon for ck, _, canon in rows}
        changed = sorted(ck for ck in old if result.canonical[ck] != old[ck])
        affected: set[str] = set()
        for ck in changed:
            self._exec("UPDATE entity_keys SET canonical = ? WHERE ckey = ?", (result.canonical[ck], ck))
            affected.update((old[ck], result.canonical[ck]))
        affected |= {result.canonical[ck] for ck in ckeys if ck in result.canonical}
        gone = sorted(c for c in affected if c not in set(result.canonical.values()))
        if gone:
            self._exec(f"DELETE FROM corpus_entities WHERE id IN ({','.join('?' * len(gone))})", gone)
        return affected - set(gone)

    def recluster_entities(self) -> int:
        """Cluster every corpus key again from scratch (the automatic links, then a person's merges
        and splits); returns how many keys changed entity. Merges, splits and undos call it."""
        with self._transaction():
            before: dict[str, str] = dict(self._query("SELECT ckey, canonical FROM entity_keys"))
            if not before:
                return 0
            rows = self._query("SELECT ckey, name FROM entity_keys")
            blocks: dict[str, set[str]] = defaultdict(set)
            for b, ck in self._query("SELECT block, ckey FROM entity_blocks"):
                blocks[ck].add(b)
            keys = [linking.Key(ck, name, frozenset(blocks[ck])) for ck, name in rows]
            result = linking.cluster(keys, self._active_overrides("merge"), self._active_overrides("split"))
            changed = sorted(ck for ck in before if result.canonical[ck] != before[ck])
            affected: set[str] = set()
            for ck in changed:
                self._exec("UPDATE entity_keys SET canonical = ? WHERE ckey = ?", (result.canonical[ck], ck))
                affected.update((before[ck], result.canonical[ck]))
            alive = set(result.canonical.values())
            gone = sorted(c for c in affected if c not in alive)
            if gone:
                self._exec(f"DELETE FROM corpus_entities WHERE id IN ({','.join('?' * len(gone))})", gone)
            for canonical in sorted(affected & alive):
                self._recompute_entity(canonical)
        return len(changed)

    def _entity_key(self, name: str) -> str:
        """The corpus key a person means by ``name`` in a merge or split: an entity id (``PERSON:...``),
        else the exact key of the name (refused when it names keys of several types), else the entity
        another spelling names (:meth:`resolve_name`: E046 when several), else E047."""
        if ":" in name and self._query("SELECT 1 FROM entity_keys WHERE ckey = ?", (name,)):
            return name
        found = []
        for type_ in _ENTITY_TYPES:
            key = name_key(name, type_)
            if key and self._query("SELECT 1 FROM entity_keys WHERE ckey = ?", (f"{type_}:{key}",)):
                found.append(f"{type_}:{key}")
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise AmbiguousNameError(name, [self._candidate(ck) for ck in found])
        keys = self.resolve_name(name)  # another spelling of one entity (or E046 with the candidates)
        if keys:
            return str(self._query("SELECT canonical FROM entity_keys WHERE ckey = ?", (keys[0],))[0][0])
        raise StoreError(Errors.E047.format(name=name))

    def _candidate(self, ckey: str) -> dict[str, Any]:
        canonical = self._query("SELECT canonical FROM entity_keys WHERE ckey = ?", (ckey,))
        cid = canonical[0][0] if canonical else ckey
        row = self._query("SELECT name, type, articles FROM corpus_entities WHERE id = ?", (cid,))
        name, type_, articles = row[0] if row else (ckey.split(":", 1)[1], ckey.split(":", 1)[0], 0)
        return {"id": cid, "name": name, "type": type_, "articles": int(articles or 0)}

    def merge_entities(self, a: str, b: str) -> dict[str, Any]:
        """Record that ``a`` and ``b`` (names or entity ids) are one entity, and re-cluster; the override
        is kept in the store (``entity_overrides``), applied after every ingest, and can be undone."""
        return self._override("merge", a, b)

    def split_entities(self, a: str, b: str) -> dict[str, Any]:
        """Record that ``a`` and ``b`` are different entities (no link may join them), and re-cluster."""
        return self._override("split", a, b)

    def _override(self, action: str, a: str, b: str) -> dict[str, Any]:
        ka, kb = self._entity_key(a), self._entity_key(b)
        ka, kb = sorted((ka, kb))
        now = _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        with self._transaction():
            for other in ("merge", "split"):  # a newer decision on the same pair replaces an older one
                self._exec(
                    "UPDATE entity_overrides SET undone = ? WHERE action = ? AND a = ? AND b = ? AND undone IS NULL",
                    (now, other, ka, kb),
                )
            self._exec(
                "INSERT INTO entity_overrides (action, a, b, created) VALUES (?, ?, ?, ?)", (action, ka, kb, now)
            )
            number = self._query("SELECT MAX(n) FROM entity_overrides")[0][0]
        changed = self.recluster_entities()
        return {"number": int(number), "action": action, "a": ka, "b": kb, "created": now, "changed": changed}

    def entity_overrides(self, *, all: bool = False) -> list[dict[str, Any]]:
        """The merges and splits a person made, oldest first (undone ones too with ``all``)."""
        where = "" if all else " WHERE undone IS NULL"
        rows = self._query(f"SELECT n, action, a, b, created, undone FROM entity_overrides{where} ORDER BY n")
        return [
            {"number": int(n), "action": act, "a": a, "b": b, "created": created, "undone": undone}
            for n, act, a, b, created, undone in rows
        ]

    def undo_override(self, number: int) -> dict[str, Any]:
        """Undo merge or split number ``number`` and re-cluster (E049 when there is none to undo)."""
        rows = self._query("SELECT action, a, b FROM entity_overrides WHERE n = ? AND undone IS NULL", (int(number),))
        if not rows:
            raise StoreError(Errors.E049.format(number=number))
        now = _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        with self._transaction():
            self._exec("UPDATE entity_overrides SET undone = ? WHERE n = ?", (now, int(number)))
        changed = self.recluster_entities()
        action, a, b = rows[0]
        return {"number": int(number), "action": action, "a": a, "b": b, "undone": now, "changed": changed}

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
        outlet: str | None = None,
        speaker: str | None = None,
        about: str | None = None,
        kind: str | None = None,
        story: str | None = None,
        limit: int = 20,
    ) -> list[dict[str, Any]]:
        """Ranked full-text search; each hit has id, headline, outlet, published, source, url, story_id,
        snippet (matches in ``<mark>...</mark>``) and score (higher is better). Filters: see
        :mod:`dateline.store.filters` (dates are publication days)."""
        parsed = fts_query.parse(query)
        f = Filters(since, until, outlet, source, speaker, about, kind, story).checked()
        where, params = self._filters(since=f.since, until=f.until, source=f.source)
        rest = Filters(outlet=f.outlet, speaker=f.speaker, about=f.about, kind=f.kind, story=f.story)
        if rest.any():
            clause, values = self._article_where(rest, "x")
            if clause is None:
                return []
            where += f" AND a.n IN (SELECT x.n FROM articles x WHERE {clause})"
            params += values
        days = (f.since, f.until)
        rows = self._search(parsed, where, params, max(1, limit), days)
        keys = ("id", "headline", "published", "source", "url", "story_id", "snippet", "score")
        hits = [dict(zip(keys, r, strict=True)) | {"score": round(float(r[7]), 4)} for r in rows]
        outlets = self._outlets([h["id"] for h in hits])
        return [{**h, "outlet": outlets.get(h["id"])} for h in hits]

    def _outlets(self, ids: list[str]) -> dict[str, str | None]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        return dict(self._query(f"SELECT id, outlet FROM articles WHERE id IN ({marks})", ids))

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
        pattern = fts_query.like_literal(source, contains=True)
        esc = fts_query.LIKE_ESCAPE
        return f"(a.source_key {like} ? {esc} OR a.url {like} ? {esc})", [pattern, pattern]

    def _article_where(
        self, f: Filters, alias: str = "a", *, day: str | None = None, quotes: bool = False
    ) -> tuple[str | None, list[Any]]:
        """SQL conditions (joined by AND, ``TRUE`` for none) for ``f`` on the articles table under
        ``alias``: None when a name matches nothing, so nothing can pass. ``day`` is the column the
        dates compare (the publication day by default). With ``quotes``, speaker, about and kind are
        left to :meth:`_quote_where` (they filter statements, not articles)."""
        a = alias
        clauses: list[str] = []
        params: list[Any] = []
        day_col = day or f"{a}.day"
        if f.since is not None:
            clauses.append(f"{day_col} >= ?")
            params.append(f.since)
        if f.until is not None:
            clauses.append(f"{day_col} <= ?")
            params.append(f.until)
        if f.outlet:
            clauses.append(f"{a}.outlet_key LIKE ? {fts_query.LIKE_ESCAPE}")
            params.append(like_pattern(" ".join(f.outlet.split())))
        if f.source:
            clauses.append(
                f"lower(coalesce({a}.source_key, '') || ' ' || coalesce({a}.url, '')) LIKE ? {fts_query.LIKE_ESCAPE}"
            )
            params.append(like_pattern(f.source))
        if f.story:
            clauses.append(f"{a}.story_id LIKE ? {fts_query.LIKE_ESCAPE}")
            params.append(fts_query.like_literal(f.story.lower()) + "%")
        if not quotes:
            if f.speaker or f.kind:
                inner, values = [], []
                if f.speaker:
                    keys = self.resolve_name(f.speaker)
                    if not keys:
                        return None, []
                    inner.append(f"qf.speaker_ckey IN ({','.join('?' * len(keys))})")
                    values += keys
                if f.kind:
                    inner.append("qf.kind = ?")
                    values.append(f.kind)
                clauses.append(
                    f"EXISTS (SELECT 1 FROM quotes qf WHERE qf.article_id = {a}.id AND {' AND '.join(inner)})"
                )
                params += values
            if f.about:
                keys = self.resolve_name(f.about)
                if not keys:
                    return None, []
                clauses.append(
                    f"EXISTS (SELECT 1 FROM entities ef WHERE ef.article_id = {a}.id "
                    f"AND ef.ckey IN ({','.join('?' * len(keys))}))"
                )
                params += keys
        return (" AND ".join(clauses) or "TRUE"), params

    def _quote_where(self, f: Filters) -> tuple[str | None, list[Any]]:
        """Conditions on statements (``q``, quotes, joined to ``a``, articles): dates on the day said
        (else published), speaker, about (named inside the quote) and kind, plus the article filters."""
        where, params = self._article_where(f, "a", day="q.day", quotes=True)
        if where is None:
            return None, []
        clauses, values = [where], list(params)
        if f.speaker:
            keys = self.resolve_name(f.speaker)
            if not keys:
                return None, []
            clauses.append(f"q.speaker_ckey IN ({','.join('?' * len(keys))})")
            values += keys
        if f.about:
            keys = self.resolve_name(f.about)
            if not keys:
                return None, []
            clauses.append(
                "EXISTS (SELECT 1 FROM quote_entities qe WHERE qe.article_id = q.article_id AND qe.qid = q.qid "
                f"AND qe.ckey IN ({','.join('?' * len(keys))}))"
            )
            values += keys
        if f.kind:
            clauses.append("q.kind = ?")
            values.append(f.kind)
        return " AND ".join(clauses), values

    def resolve_entity(self, name: str) -> list[str]:
        """The corpus keys that ``name`` may denote: its exact key under any type, the keys in the same
        components, and (for people) every key same_referent accepts ("Ryabkov" finds "Sergei Ryabkov").
        Lenient: every candidate's keys; :meth:`resolve_name` refuses a name that means several."""
        canonicals = self._exact_canonicals(name) | self._lenient_canonicals(name)
        if not canonicals:
            like = self._ilike()
            rows = self._query(
                f"SELECT canonical FROM entity_keys WHERE name {like} ? {fts_query.LIKE_ESCAPE}",
                (fts_query.like_literal(name),),
            )
            canonicals.update(r[0] for r in rows)
        return self._keys_of(canonicals)

    def _keys_of(self, canonicals: set[str]) -> list[str]:
        if not canonicals:
            return []
        found = sorted(canonicals)
        marks = ",".join("?" * len(found))
        return sorted(r[0] for r in self._query(f"SELECT ckey FROM entity_keys WHERE canonical IN ({marks})", found))

    def _exact_canonicals(self, name: str) -> set[str]:
        out: set[str] = set()
        if ":" in name:
            out.update(r[0] for r in self._query("SELECT canonical FROM entity_keys WHERE ckey = ?", (name,)))
            if out:
                return out
        for type_ in _ENTITY_TYPES:
            key = name_key(name, type_)
            if key:
                rows = self._query("SELECT canonical FROM entity_keys WHERE ckey = ?", (f"{type_}:{key}",))
                out.update(r[0] for r in rows)
        return out

    def _lenient_canonicals(self, name: str) -> set[str]:
        person = name_key(name, "PERSON")
        if not person:
            return set()
        rows = self._query(
            "SELECT k.name, k.canonical FROM entity_blocks b JOIN entity_keys k ON k.ckey = b.ckey WHERE b.block = ?",
            (f"PERSON:s:{person.split()[-1]}",),
        )
        return {c for n, c in rows if same_referent(name, n, "PERSON")}

    def resolve_name(self, name: str) -> list[str]:
        """The corpus keys of the one entity ``name`` means (an entity id, any spelling the corpus
        knows); ``[]`` when it means none. A name that may mean several entities (a surname shared by
        two people, "Trump" for Donald and Ivanka) raises :class:`AmbiguousNameError` (E046) listing
        the candidates with their article counts; a full name or an entity id picks one."""
        exact = self._exact_canonicals(name)
        if exact and (len(exact) > 1 or not self._surname_only(next(iter(exact)))):
            return self._keys_of(exact)
        lenient = self._lenient_canonicals(name) | exact
        if len(lenient) > 1:
            raise AmbiguousNameError(name, sorted((self._candidate(c) for c in lenient), key=_by_articles))
        if not lenient:
            like = self._ilike()
            lenient = {
                r[0]
                for r in self._query(
                    f"SELECT canonical FROM entity_keys WHERE name {like} ? {fts_query.LIKE_ESCAPE}",
                    (fts_query.like_literal(name),),
                )
            }
            if len(lenient) > 1:
                raise AmbiguousNameError(name, sorted((self._candidate(c) for c in lenient), key=_by_articles))
        return self._keys_of(lenient)

    def _surname_only(self, canonical: str) -> bool:
        """Whether an entity is a person known only by a surname (every key one word)."""
        if not canonical.startswith("PERSON:"):
            return False
        keys = self._query("SELECT ckey FROM entity_keys WHERE canonical = ?", (canonical,))
        return all(" " not in k.split(":", 1)[1] for (k,) in keys)

    def entity_candidates(self, name: str) -> list[dict[str, Any]]:
        """Every entity ``name`` may mean, most reported first: id, name, type, articles."""
        canonicals = self._exact_canonicals(name) | self._lenient_canonicals(name)
        return sorted((self._candidate(c) for c in canonicals), key=_by_articles)

    # ---- statements, context and provenance ---------------------------------------------------

    _APPEARANCE_SQL = (
        "SELECT q.article_id, q.qid, q.kind, q.text, q.norm, q.speaker, q.speaker_ckey, k.canonical, q.date, "
        "q.day, q.start_offset, q.end_offset, a.story_id, a.headline, a.outlet, a.published, a.url, a.source_key "
        "FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entity_keys k ON k.ckey = q.speaker_ckey"
    )
    _APPEARANCE_KEYS = (
        "article_id",
        "qid",
        "kind",
        "text",
        "norm",
        "speaker",
        "speaker_ckey",
        "speaker_id",
        "date",
        "day",
        "start",
        "end",
        "story_id",
        "headline",
        "outlet",
        "published",
        "url",
        "source",
    )

    def _appearances(self, where: str, params: list[Any]) -> list[dict[str, Any]]:
        rows = self._query(f"{self._APPEARANCE_SQL} WHERE {where} ORDER BY q.article_id, q.qid", params)
        out = [dict(zip(self._APPEARANCE_KEYS, r, strict=True)) for r in rows]
        for r in out:  # a speaker named without an entity ("the minister") is still one speaker key
            r["resolved"] = r["speaker_id"] is not None
            r["speaker_id"] = r["speaker_id"] or r["speaker_ckey"]
        return out

    def quotes(
        self,
        *,
        speaker: str | None = None,
        about: str | None = None,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        source: str | None = None,
        kind: str | None = None,
        story: str | None = None,
        context: bool = False,
        limit: int = 50,
    ) -> list[dict[str, Any]]:
        """Statements, newest first. A statement is one speaker's words wherever they appeared: copies
        in one story and the same wording (equal, cut short or with a word changed) in other articles
        (:mod:`dateline.corpus.provenance`). Each lists its appearances earliest first (first seen:
        outlet and time) and its wording variants; ``said_on`` (the day the article says it was said)
        and ``published`` are apart, ``date`` is said_on else the first publication day. Filters: see
        :mod:`dateline.store.filters` (dates are the day said, else published). ``context`` adds each
        appearance's paragraph."""
        f = Filters(since, until, outlet, source, speaker, about, kind, story).checked()
        where, params = self._quote_where(f)
        if where is None:
            return []
        rows = self._appearances(where, params)
        if f.any():
            # the statement's other appearances, outside the filters, still belong to it
            speakers = sorted({r["speaker_id"] for r in rows if r["speaker_id"]})
            if speakers:
                more = self._appearances(f"k.canonical IN ({','.join('?' * len(speakers))})", speakers)
                known = {(r["article_id"], r["qid"]) for r in rows}
                extra = [r for r in more if (r["article_id"], r["qid"]) not in known]
                rows = self._statements_in(rows, extra)
        statements = [self._statement(g, context=context) for g in provenance.group(rows)]
        statements.sort(key=lambda s: (s["date"] is None, s["date"] or "", s["statement_id"]))
        statements.sort(key=lambda s: s["date"] or "", reverse=True)
        return statements[: max(1, limit)]

    @staticmethod
    def _statements_in(rows: list[dict[str, Any]], extra: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """``rows`` plus the appearances of ``extra`` that group with one of them."""
        if not extra:
            return rows
        wanted = {(r["article_id"], r["qid"]) for r in rows}
        out = list(rows)
        for group_rows in provenance.group(rows + extra):
            if any((r["article_id"], r["qid"]) in wanted for r in group_rows):
                out.extend(r for r in group_rows if (r["article_id"], r["qid"]) not in wanted)
        return out

    def _statement(self, rows: list[dict[str, Any]], *, context: bool = False) -> dict[str, Any]:
        first = rows[0]
        speaker_id = provenance.most_common([r["speaker_id"] for r in rows if r.get("resolved")])
        speaker = self._entity_name(speaker_id) if speaker_id else provenance.most_common([r["speaker"] for r in rows])
        said = sorted(d for r in rows if (d := day_of(r["date"])))
        texts = self._paragraphs(rows) if context else {}
        appearances = []
        for r in rows:
            item = {
                "quote_id": f"{r['article_id']}/{r['qid']}",
                "article_id": r["article_id"],
                "text": r["text"],
                "kind": r["kind"],
                "said_on": day_of(r["date"]),
                "published": r["published"],
                "outlet": r["outlet"],
                "headline": r["headline"],
                "url": r["url"],
                "source": r["source"],
                "story_id": r["story_id"],
                "speaker": r["speaker"],
            }
            if context:
                item["context"] = texts.get((r["article_id"], r["qid"]))
            appearances.append(item)
        outlets = []
        for r in rows:
            if r["outlet"] and r["outlet"] not in outlets:
                outlets.append(r["outlet"])
        return {
            "statement_id": f"{first['article_id']}/{first['qid']}",
            "text": first["text"],
            "speaker": speaker,
            "speaker_id": speaker_id,
            "kind": first["kind"],
            "date": said[0] if said else day_of(first["published"]) or first["day"],
            "said_on": said[0] if said else None,
            "published": first["published"],
            "headline": first["headline"],
            "outlet": first["outlet"],
            "url": first["url"],
            "story_id": first["story_id"],
            "first_seen": {
                "article_id": first["article_id"],
                "outlet": first["outlet"],
                "published": first["published"],
                "headline": first["headline"],
                "url": first["url"],
            },
            "count": len(rows),
            "outlets": outlets,
            "articles": sorted({r["article_id"] for r in rows}),
            "quote_ids": sorted(a["quote_id"] for a in appearances),
            "appearances": appearances,
            "variants": provenance.variants(rows),
            **({"context": appearances[0]["context"]} if context else {}),
        }

    def _entity_name(self, canonical: str) -> str:
        row = self._query("SELECT name FROM corpus_entities WHERE id = ?", (canonical,))
        return str(row[0][0]) if row else self._display_name(canonical)

    def _paragraphs(self, rows: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
        """The paragraph of ``Article.text`` (paragraphs are joined by a blank line) around each quote."""
        out: dict[tuple[str, str], str] = {}
        ids = sorted({r["article_id"] for r in rows})
        texts: dict[str, str] = dict(
            self._query(f"SELECT id, text FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids)
        )
        for r in rows:
            out[(r["article_id"], r["qid"])] = paragraph_around(texts.get(r["article_id"], ""), r["start"], r["end"])
        return out

    def timeline(
        self,
        *,
        entity: str,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        source: str | None = None,
        speaker: str | None = None,
        about: str | None = None,
        kind: str | None = None,
        story: str | None = None,
        limit: int = 200,
    ) -> list[dict[str, Any]]:
        """What an entity did and said, by date: events it takes part in and its statements (one per
        statement, at its first appearance). Each item has date, kind, text, article_id, item,
        headline, outlet, published, url and story_id. Filters: see :mod:`dateline.store.filters`
        (dates: the event's or statement's date, else the publication day); ``kind`` keeps statements
        of that kind only."""
        f = Filters(since, until, outlet, source, speaker, about, kind, story).checked()
        keys = self.resolve_name(entity)
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        items: list[dict[str, Any]] = []
        if not f.kind and not f.speaker:
            where, params = self._article_where(Filters(outlet=f.outlet, source=f.source, about=f.about, story=f.story))
            if where is not None:
                for art, evid, kind_, text, date, day, headline, story_id, outlet_, published, url in self._query(
                    f"SELECT DISTINCT e.article_id, e.evid, e.kind, e.text, e.date, a.day, a.headline, a.story_id, "
                    f"a.outlet, a.published, a.url FROM event_entities ee JOIN events e ON e.article_id = ee.article_id "
                    f"AND e.evid = ee.evid JOIN articles a ON a.id = e.article_id WHERE ee.ckey IN ({marks}) AND {where}",
                    [*keys, *params],
                ):
                    when = day_of(date) or day
                    if (f.since and (when or "") < f.since) or (f.until and (when or "9999") > f.until):
                        continue
                    items.append(
                        {
                            "date": when,
                            "kind": f"event:{kind_}",
                            "text": text,
                            "article_id": art,
                            "item": evid,
                            "headline": headline,
                            "outlet": outlet_,
                            "published": published,
                            "url": url,
                            "story_id": story_id,
                        }
                    )
        where, params = self._quote_where(f)
        if where is not None:
            rows = self._appearances(f"q.speaker_ckey IN ({marks}) AND {where}", [*keys, *params])
            for group_rows in provenance.group(rows):
                r = group_rows[0]
                items.append(
                    {
                        "date": r["day"],
                        "kind": "quote",
                        "text": r["text"],
                        "article_id": r["article_id"],
                        "item": r["qid"],
                        "headline": r["headline"],
                        "outlet": r["outlet"],
                        "published": r["published"],
                        "url": r["url"],
                        "story_id": r["story_id"],
                    }
                )
        items.sort(key=lambda i: (i["date"] or "9999", i["article_id"], i["item"]))
        return items[: max(1, limit)]

    def entities(
        self,
        *,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        source: str | None = None,
        speaker: str | None = None,
        about: str | None = None,
        kind: str | None = None,
        story: str | None = None,
        limit: int = 50,
    ) -> list[dict[str, Any]]:
        """Corpus entities, most widely reported first, with their aliases (other names merged in); a
        surname left apart because it may mean several people lists them as ``may_be``. With filters
        (see :mod:`dateline.store.filters`; dates are publication days) the counts and first/last seen
        are over the articles that pass."""
        f = Filters(since, until, outlet, source, speaker, about, kind, story).checked()
        type_where, type_params = ("c.type = ?", [type.upper()]) if type else ("TRUE", [])
        if f.any():
            where, params = self._article_where(f)
            if where is None:
                return []
            rows = self._query(
                "SELECT c.id, c.type, c.name, COUNT(DISTINCT e.article_id) AS n, "
                "SUM(CASE WHEN e.mentions > 0 THEN e.mentions ELSE 1 END) AS m, MIN(a.day), MAX(a.day) "
                "FROM entities e JOIN entity_keys k ON k.ckey = e.ckey JOIN corpus_entities c ON c.id = k.canonical "
                f"JOIN articles a ON a.id = e.article_id WHERE {where} AND {type_where} "
                "GROUP BY c.id, c.type, c.name ORDER BY n DESC, m DESC, c.id LIMIT ?",
                [*params, *type_params, max(1, limit)],
            )
        else:
            rows = self._query(
                f"SELECT c.id, c.type, c.name, c.articles, c.mentions, c.first_seen, c.last_seen FROM corpus_entities c "
                f"WHERE {type_where} ORDER BY c.articles DESC, c.mentions DESC, c.id LIMIT ?",
                [*type_params, max(1, limit)],
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
            item = {
                "id": cid,
                "type": type_,
                "name": name,
                "aliases": aliases,
                "articles": int(articles or 0),
                "mentions": int(mentions or 0),
                "first_seen": first,
                "last_seen": last,
            }
            if self._surname_only(cid):
                item["may_be"] = [
                    c for c in (self._candidate(x) for x in sorted(self._lenient_canonicals(name))) if c["id"] != cid
                ]
            out.append(item)
        return out

    def stories(
        self,
        *,
        min_size: int = 2,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        source: str | None = None,
        speaker: str | None = None,
        about: str | None = None,
        kind: str | None = None,
        story: str | None = None,
        limit: int = 50,
    ) -> list[dict[str, Any]]:
        """Story clusters (exact and near duplicates, revisions of one URL), largest first, each with
        its first article's headline, outlet, published and url, and its members' outlets. With
        filters (see :mod:`dateline.store.filters`; dates are publication days) only the articles that
        pass count."""
        f = Filters(since, until, outlet, source, speaker, about, kind, story).checked()
        where, params = self._article_where(f)
        if where is None:
            return []
        rows = self._query(
            f"SELECT a.story_id, COUNT(*), MIN(a.day), MAX(a.day), {self._ids_agg('a.id')} FROM articles a "
            f"WHERE {where} GROUP BY a.story_id HAVING COUNT(*) >= ? ORDER BY COUNT(*) DESC, a.story_id LIMIT ?",
            [*params, max(1, min_size), max(1, limit)],
        )
        out = []
        for story_id, size, first, last, ids in rows:
            members = sorted(str(ids).split(","))
            marks = ",".join("?" * len(members))
            arts = self._query(
                f"SELECT id, source_key, outlet, published, headline, url FROM articles WHERE id IN ({marks})", members
            )
            arts.sort(key=lambda r: (provenance._when(r[3]), r[0]))
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

    def coverage(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        source: str | None = None,
        speaker: str | None = None,
        about: str | None = None,
        kind: str | None = None,
        story: str | None = None,
        min_outlets: int = 2,
        limit: int = 50,
    ) -> list[dict[str, Any]]:
        """Events covered by several outlets in their own words (:mod:`dateline.corpus.coverage`): the
        articles that pass the filters (dates are publication days) grouped by content and time, copies
        of one story counted once. Each event has first_seen, outlets, stories and its articles (id,
        outlet, published, headline, url, story_id), earliest first; events of at least ``min_outlets``
        outlets and two stories, latest first."""
        from dateline.corpus import coverage as cov

        f = Filters(since, until, outlet, source, speaker, about, kind, story).checked()
        where, params = self._article_where(f)
        if where is None:
            return []
        rows = self._query(
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
            for art, canonical in self._query(
                f"SELECT e.article_id, k.canonical FROM entities e JOIN entity_keys k ON k.ckey = e.ckey "
                f"WHERE e.article_id IN ({','.join('?' * len(chunk))})",
                chunk,
            ):
                ents[art].append(canonical)
        urls = {r[0]: r[6] for r in rows}
        docs = [cov.Doc(r[0], r[1], r[2], r[3], r[4], r[5], ents.get(r[0], [])) for r in rows]
        out = []
        for members in cov.group(docs):
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

    def articles(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        source: str | None = None,
        speaker: str | None = None,
        about: str | None = None,
        kind: str | None = None,
        story: str | None = None,
        offset: int = 0,
        limit: int = 20,
    ) -> list[dict[str, Any]]:
        """Stored articles, newest first (the undated last, then by id: a stable order), each with id,
        headline, outlet, published, source, url and story_id, from ``offset`` on. Filters: see
        :mod:`dateline.store.filters` (dates are publication days)."""
        f = Filters(since, until, outlet, source, speaker, about, kind, story).checked()
        where, params = self._article_where(f)
        if where is None:
            return []
        # newest first with the undated last, in a form each back end reads from its index on day
        order = "a.day DESC, a.id" if self.backend == "sqlite" else "a.day DESC NULLS LAST, a.id"
        rows = self._query(
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
            ids = sorted({r[0] for r in self._query(sql, (value,))})
            if len(ids) == 1:
                article = self.get_article(ids[0])
                if article is not None:
                    return article
            if len(ids) > 1:
                break
        raise StoreError(Errors.E048.format(ref=ref))

    def article_context(self, article_id: str) -> dict[str, Any]:
        """What the store knows around an article: its story, the other members, and their outlets."""
        row = self._query("SELECT story_id, outlet FROM articles WHERE id = ?", (article_id,))
        if not row:
            raise StoreError(Errors.E048.format(ref=article_id))
        story_id = row[0][0]
        members = self._query(
            "SELECT id, outlet, published, headline, url FROM articles WHERE story_id = ? AND id <> ? ORDER BY id",
            (story_id, article_id),
        )
        keys = ("id", "outlet", "published", "headline", "url")
        return {"story_id": story_id, "copies": [dict(zip(keys, r, strict=True)) for r in members]}

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
            return "SELECT id, source_key, path, url, outlet, headline, published, story_id, fingerprint, text FROM articles ORDER BY id"
        if table == "quotes":
            return (
                "SELECT q.article_id, q.qid, a.story_id, q.kind, q.text, q.speaker, k.canonical, q.cue, q.date, q.day, "
                "q.start_offset, q.end_offset, a.outlet, a.headline, a.published, a.url FROM quotes q "
                "JOIN articles a ON a.id = q.article_id "
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
            rows = [tuple(bytes(v) if isinstance(v, memoryview) else v for v in r) for r in self._query(sql)]
            out[name] = sorted(rows, key=repr)
        return out


def _by_articles(candidate: dict[str, Any]) -> tuple[int, str]:
    return (-int(candidate["articles"]), str(candidate["id"]))


def paragraph_around(text: str, start: int, end: int) -> str:
    """The paragraph of ``text`` (paragraphs joined by a blank line) that holds ``text[start:end]``."""
    begin = text.rfind("\n\n", 0, max(0, start))
    stop = text.find("\n\n", end)
    return text[0 if begin < 0 else begin + 2 : len(text) if stop < 0 else stop].strip()


def _table_names() -> list[str]:
    return list(EXPORT_COLUMNS)
