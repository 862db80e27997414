"""The corpus store: the object :func:`dateline.open_store` returns.

A :class:`Store` is a database of :mod:`dateline.store` (SQLite or PostgreSQL: connections,
transactions, migrations, the rows of each article, search, export) with the corpus logic of this
package on top: the story an article joins (:mod:`.stories`), the corpus entity each name belongs to
(:mod:`.entities`, :mod:`.linking`), statements across copies and re-wordings (:mod:`.statements`,
:mod:`.provenance`) and coverage by several outlets (:mod:`.coverage`). Each method is a few lines:
check the filters (:class:`~dateline.store.filters.Filters`), then call the corpus logic with the
store as its :class:`~dateline.corpus.interface.Tables`.

Everything an article brings is written in one transaction by :meth:`Store.add_article`, and every
derived value is independent of the order articles arrive in.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from dateline import dedup
from dateline.corpus import entities as corpus_entities
from dateline.corpus import statements
from dateline.corpus import stories as corpus_stories
from dateline.model import Article
from dateline.store import query as fts_query
from dateline.store.base import day_of
from dateline.store.filters import Filters, article_where
from dateline.store.postgres import PostgresDatabase
from dateline.store.rows import ArticleRows, source_key
from dateline.store.sqlite import SQLiteDatabase


class Store(ArticleRows):
    """A corpus of analysed articles, with the questions asked of it. Same behaviour on every back end."""

    # ---- writing ------------------------------------------------------------------------------

    def add_article(self, article: Article, *, refresh: bool = False) -> bool:
        """Store one analysed article (idempotent by id) in one transaction; True if it was new. With
        ``refresh`` the statements of its speakers are grouped again now; otherwise when the store is
        closed (see :meth:`refresh_statements`)."""
        with self.transaction():
            added = self._add(article)
        self.added += added
        if refresh:
            self.refresh_statements()
        return added

    def add_articles(self, articles: Iterable[Article], batch: int = 200, *, refresh: bool = False) -> int:
        """Store many articles, one transaction per ``batch``; returns how many were new. With
        ``refresh`` the statements of their speakers are grouped again now; otherwise when the store
        is closed (see :meth:`refresh_statements`)."""
        added = 0
        chunk: list[Article] = []
        for article in articles:
            chunk.append(article)
            if len(chunk) >= batch:
                added += self._add_chunk(chunk)
                chunk = []
        if chunk:
            added += self._add_chunk(chunk)
        if refresh:
            self.refresh_statements()
        return added

    def refresh_statements(self) -> int:
        """Group again the statements of every speaker whose quotes changed since they were last
        grouped (new quotes, a key moved to another entity, a story merged: the store's triggers mark
        them), so that a speaker's statements are read, not grouped, on each question
        (:func:`dateline.corpus.statements.refresh`); returns how many speakers were grouped. Merges,
        splits and undos call it; articles added are grouped when the store is closed (once for a
        whole ingest, not after each of its batches), or at once with ``refresh=True``. A speaker not
        grouped yet is grouped as it is read, so the answers never depend on it."""
        return statements.refresh(self)

    def close(self) -> None:
        """Close the store; when this session added articles, group their speakers' statements first."""
        if self.added:
            self.refresh_statements()
        super().close()  # type: ignore[safe-super]  # the back end's (SQLiteStore, PostgresStore: next in line)

    def _add_chunk(self, chunk: list[Article]) -> int:
        with self.transaction():
            added = sum(self._add(a) for a in chunk)
        self.added += added
        return added

    def _add(self, article: Article) -> bool:
        """Write one article inside the caller's transaction: its story, its rows, its entities' links."""
        if self.has_article(article.id):
            self.add_source(source_key(article), article.id)
            return False
        fp, sig = dedup.sketch(article.text)
        keys = dedup.band_keys(sig) if sig is not None else []
        story = corpus_stories.assign(self, article.id, fp, sig, keys, article.text, article.source.url)
        self.write_article(article, story=story, fingerprint=fp, signature=sig, band_keys=keys)
        ent_ckey = corpus_entities.corpus_keys(article)
        self.write_entities(article, ent_ckey)
        corpus_entities.link_article(self, article, ent_ckey, day_of(article.published))
        self.write_quotes(article, ent_ckey)
        self.write_times_events(article, ent_ckey)
        return True

    # ---- identity: linking, merges and splits ----------------------------------------------------

    def recluster_entities(self) -> int:
        """Cluster every corpus key again from scratch (the automatic links, then a person's merges
        and splits); returns how many keys changed entity. Merges, splits and undos call it."""
        changed = corpus_entities.recluster(self)
        self.refresh_statements()
        return changed

    def merge_entities(self, a: str, b: str) -> dict[str, Any]:
        """Record that ``a`` and ``b`` (names or entity ids) are one entity, and re-cluster; the override
        is kept in the store (``entity_overrides``), applied after every ingest, and can be undone."""
        out = corpus_entities.merge(self, a, b)
        self.refresh_statements()
        return out

    def split_entities(self, a: str, b: str) -> dict[str, Any]:
        """Record that ``a`` and ``b`` are different entities (no link may join them), and re-cluster."""
        out = corpus_entities.split(self, a, b)
        self.refresh_statements()
        return out

    def entity_overrides(self, *, all: bool = False) -> list[dict[str, Any]]:
        """The merges and splits a person made, oldest first (undone ones too with ``all``)."""
        return corpus_entities.overrides(self, all=all)

    def undo_override(self, number: int) -> dict[str, Any]:
        """Undo merge or split number ``number`` and re-cluster (E049 when there is none to undo)."""
        out = corpus_entities.undo(self, number)
        self.refresh_statements()
        return out

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
        clauses: list[str] = []
        params: list[Any] = []
        if f.since is not None:
            clauses.append("a.day >= ?")
            params.append(f.since)
        if f.until is not None:
            clauses.append("a.day <= ?")
            params.append(f.until)
        if f.source:
            clause, values = self.source_filter(f.source)
            clauses.append(clause)
            params += values
        where = "".join(f" AND {c}" for c in clauses)
        rest = Filters(outlet=f.outlet, speaker=f.speaker, about=f.about, kind=f.kind, story=f.story)
        if rest.any():
            inner, inner_params = article_where(rest, self.resolve_name, "x")
            if inner is None:
                return []
            where += f" AND a.n IN (SELECT x.n FROM articles x WHERE {inner})"
            params += inner_params
        rows = self.search_rows(parsed, where, params, max(1, limit), (f.since, f.until))
        keys = ("id", "headline", "published", "source", "url", "story_id", "snippet", "score")
        hits = [dict(zip(keys, r, strict=True)) | {"score": round(float(r[7]), 4)} for r in rows]
        outlets = self.outlets_of([h["id"] for h in hits])
        return [{**h, "outlet": outlets.get(h["id"])} for h in hits]

    def resolve_entity(self, name: str) -> list[str]:
        """The corpus keys that ``name`` may denote: its exact key under any type, the keys in the same
        components, and (for people) every key same_referent accepts ("Ryabkov" finds "Sergei Ryabkov").
        Lenient: every candidate's keys; :meth:`resolve_name` refuses a name that means several."""
        return corpus_entities.resolve_entity(self, name)

    def resolve_name(self, name: str) -> list[str]:
        """The corpus keys of the one entity ``name`` means (an entity id, any spelling the corpus
        knows); ``[]`` when it means none. A name that may mean several entities (a surname shared by
        two people, "Trump" for Donald and Ivanka) raises :class:`AmbiguousNameError` (E046) listing
        the candidates with their article counts; a full name or an entity id picks one."""
        return corpus_entities.resolve_name(self, name)

    def entity_candidates(self, name: str) -> list[dict[str, Any]]:
        """Every entity ``name`` may mean, most reported first: id, name, type, articles."""
        return corpus_entities.candidates(self, name)

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
        return statements.quotes(self, f, context=context, limit=limit)

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
        return statements.timeline(self, entity, f, limit=limit)

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
        return corpus_entities.listing(self, f, type=type, limit=limit)

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
        where, params = self._where(Filters(since, until, outlet, source, speaker, about, kind, story))
        if where is None:
            return []
        return corpus_stories.stories(self, where, params, min_size=min_size, limit=limit)

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

        where, params = self._where(Filters(since, until, outlet, source, speaker, about, kind, story))
        if where is None:
            return []
        return cov.events(self, where, params, min_outlets=min_outlets, limit=limit)

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
        where, params = self._where(Filters(since, until, outlet, source, speaker, about, kind, story))
        if where is None:
            return []
        return self.list_articles(where, params, offset=offset, limit=limit)

    def _where(self, f: Filters) -> tuple[str | None, list[Any]]:
        """The articles' conditions for filters ``f`` (checked here): None when a name matches nothing."""
        return article_where(f.checked(), self.resolve_name)


class SQLiteStore(Store, SQLiteDatabase):
    """The corpus in one SQLite file (WAL, FTS5): the embedded default."""


class PostgresStore(Store, PostgresDatabase):
    """The corpus in PostgreSQL (psycopg 3; full text by tsvector and GIN): the server back end."""
