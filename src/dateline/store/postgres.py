"""The server back end: PostgreSQL through psycopg 3, full text by a stored tsvector with a GIN index
(``websearch_to_tsquery``, ``ts_rank_cd``, ``ts_headline``)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from functools import lru_cache
from typing import Any

import psycopg

from dateline.errors import Errors, StoreError
from dateline.store import query as fts_query
from dateline.store.base import OPTIMIZE_AFTER, RANK_WINDOW, Row, Store
from dateline.store.migrations import migrations, statements

_LOCK_ID = 0x6461_7465  # "date": serialises migrations of concurrent openers


@lru_cache(maxsize=512)
def _pg(sql: str) -> str:
    """``?`` placeholders to psycopg's ``%s``."""
    return sql.replace("%", "%%").replace("?", "%s")


def _redact(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)


class PostgresStore(Store):
    backend = "postgres"
    _streams = 0

    def __init__(self, url: str) -> None:
        self.url = _redact(url)
        try:
            self.conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as err:
            detail = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
            raise StoreError(Errors.E042.format(url=self.url, detail=detail)) from None
        self._migrate()

    def _migrate(self) -> None:
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_ID,))
            self.conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            applied = {r[0] for r in self.conn.execute("SELECT name FROM migrations").fetchall()}
            known = {name for name, _ in migrations("postgres")}
            for name in sorted(applied - known):
                raise StoreError(Errors.E045.format(name=name))
            for name, sql in migrations("postgres"):
                if name in applied:
                    continue
                for statement in statements(sql):
                    self.conn.execute(statement)
                self.conn.execute(
                    "INSERT INTO migrations (name, applied_at) VALUES (%s, to_char(now() AT TIME ZONE 'UTC', "
                    '\'YYYY-MM-DD"T"HH24:MI:SS"Z"\'))',
                    (name,),
                )

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return self.conn.execute(_pg(sql), params).fetchall()

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.conn.execute(_pg(sql), params)

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(_pg(sql), rows)

    def _transaction(self) -> AbstractContextManager[Any]:
        return self.conn.transaction()

    def _stream(self, sql: str, params: Sequence[Any] = (), size: int = 1000) -> Iterator[list[Row]]:
        self._streams += 1
        with self.conn.transaction(), self.conn.cursor(name=f"dateline_stream_{self._streams}") as cur:
            cur.execute(_pg(sql), params)
            while rows := cur.fetchmany(size):
                yield rows

    def _insert_article_row(self, values: Sequence[Any]) -> None:
        marks = ",".join("?" * len(self._ARTICLE_COLUMNS))
        self._exec(f"INSERT INTO articles ({', '.join(self._ARTICLE_COLUMNS)}) VALUES ({marks})", values)

    def _search(
        self, q: fts_query.Query, where: str, params: list[Any], limit: int, days: tuple[str | None, str | None]
    ) -> list[Row]:
        # rank the RANK_WINDOW newest matches that pass the filters (publication day, then storage
        # order), as SQLite does
        return self._query(
            "WITH w AS (SELECT websearch_to_tsquery('english', ?) AS q), "
            f"win AS (SELECT a.n FROM articles a, w WHERE a.tsv @@ w.q{where} ORDER BY a.day DESC NULLS LAST, a.n DESC LIMIT ?), "
            "top AS (SELECT a.id, a.headline, a.published, a.source_key, a.url, a.story_id, a.text, "
            "ts_rank_cd(a.tsv, w.q) AS score FROM win JOIN articles a ON a.n = win.n, w "
            "ORDER BY score DESC, a.id LIMIT ?) "
            "SELECT top.id, top.headline, top.published, top.source_key, top.url, top.story_id, "
            "ts_headline('english', top.text, w.q, 'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12'), "
            "top.score FROM top, w ORDER BY top.score DESC, top.id",
            [fts_query.to_websearch(q), *params, RANK_WINDOW, limit],
        )

    def _ids_agg(self, expr: str) -> str:
        return f"string_agg({expr}, ',')"

    def _ilike(self) -> str:
        return "ILIKE"

    def optimize(self) -> None:
        """Flush the GIN index's pending list and refresh the planner's statistics (without them the
        planner may scan the whole table for a word instead of using the full-text index)."""
        self.conn.execute("VACUUM (ANALYZE)")

    def close(self) -> None:
        try:
            if self._added >= OPTIMIZE_AFTER:
                self.optimize()
        except psycopg.Error:
            pass
        self.conn.close()
