"""The server back end: PostgreSQL through psycopg 3, full text by a tsvector with a GIN index in the
slim ``article_search`` table (``websearch_to_tsquery``, ``ts_rank_cd``, ``ts_headline``)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from functools import lru_cache
from typing import Any

from dateline.errors import Errors, StoreError
from dateline.extras import missing_extra
from dateline.store import query as fts_query
from dateline.store.base import ARTICLE_COLUMNS, OPTIMIZE_AFTER, RANK_WINDOW, Row, marks
from dateline.store.migrations import migrations, statements
from dateline.store.rows import ArticleRows

_LOCK_ID = 0x6461_7465  # "date": serialises migrations of concurrent openers


@lru_cache(maxsize=512)
def _pg(sql: str) -> str:
    """``?`` placeholders to psycopg's ``%s``."""
    return sql.replace("%", "%%").replace("?", "%s")


def _redact(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)


class PostgresDatabase(ArticleRows):
    backend = "postgres"
    _streams = 0

    def __init__(self, url: str) -> None:
        try:
            import psycopg  # only a PostgreSQL store needs the driver
        except ImportError:  # the [postgres] extra is not installed
            raise missing_extra("psycopg", "postgres", "a PostgreSQL store (a postgresql:// URL)") from None

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

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return self.conn.execute(_pg(sql), params).fetchall()

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.conn.execute(_pg(sql), params)

    def execute_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(_pg(sql), rows)

    def transaction(self) -> AbstractContextManager[Any]:
        return self.conn.transaction()

    def stream(self, sql: str, params: Sequence[Any] = (), size: int = 1000) -> Iterator[list[Row]]:
        self._streams += 1
        with self.conn.transaction(), self.conn.cursor(name=f"dateline_stream_{self._streams}") as cur:
            cur.execute(_pg(sql), params)
            while rows := cur.fetchmany(size):
                yield rows

    def insert_article_row(self, values: Sequence[Any]) -> None:
        # one statement writes the articles row and its article_search row (migration 0003_search_table)
        columns = marks(ARTICLE_COLUMNS)
        self.execute(
            f"WITH a AS (INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({columns}) "
            "RETURNING n, id, day, source_key, url, headline, text) "
            "INSERT INTO article_search (n, id, day, source, tsv) "
            "SELECT n, id, day, lower(coalesce(source_key, '') || ' ' || coalesce(url, '')), "
            "setweight(to_tsvector('english', coalesce(headline, '')), 'A') || setweight(to_tsvector('english', text), 'B') "
            "FROM a",
            values,
        )

    def source_filter(self, source: str) -> tuple[str, list[Any]]:
        return f"a.source LIKE lower(?) {fts_query.LIKE_ESCAPE}", [fts_query.like_literal(source, contains=True)]

    def search_rows(
        self, q: fts_query.Query, where: str, params: list[Any], limit: int, days: tuple[str | None, str | None]
    ) -> list[Row]:
        words = fts_query.to_websearch(q)
        top = self._ranked(words, where, params, limit, days)
        if not top:
            return []
        # the hits' columns and ts_headline, for the hits alone
        return self._plain(
            "WITH w AS MATERIALIZED (SELECT websearch_to_tsquery('english', ?) AS q) "
            "SELECT a.id, a.headline, a.published, a.source_key, a.url, a.story_id, "
            "ts_headline('english', a.text, w.q, 'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12'), "
            "top.score FROM unnest(?::bigint[], ?::text[], ?::real[]) AS top (n, id, score) "
            "JOIN articles a ON a.n = top.n, w ORDER BY top.score DESC, top.id",
            [words, [r[0] for r in top], [r[1] for r in top], [r[2] for r in top]],
        )

    def _ranked(
        self, words: str, where: str, params: list[Any], limit: int, days: tuple[str | None, str | None]
    ) -> list[Row]:
        """(n, id, score) of the best ``limit`` by ts_rank_cd among the window: the RANK_WINDOW newest
        matches that pass the filters (``newest`` order: publication day, then storage order, as on
        SQLite), from the slim article_search table ("a" in ``where``).

        The planner does not see the words (w is MATERIALIZED and read as a parameter), so it takes the
        matches from the GIN index as a bitmap and sorts them by the integer ``newest``: only the
        short rows are read. (Testing rows one by one, newest first, would read each tsvector, out of
        line, about 20 us each, which the planner does not count.) For a word in most articles that
        is still every match, so the window is first looked for among the newest 8 x RANK_WINDOW
        articles (a ``newest`` range, intersected with the GIN bitmap), then 24 x, then all: a slice
        that holds RANK_WINDOW matches holds the newest ones, and only such a slice is ranked. (A
        slice with under a third of a window goes straight to all: the next would fall short too.)
        """
        # --since/--until as a range of newest: day YYYYMMDD * 2^32 + n (migration 0003_search_table)
        lo = int(days[0].replace("-", "")) << 32 if days[0] else (1 << 32 if days[1] else None)
        hi = (int(days[1].replace("-", "")) + 1) << 32 if days[1] else None
        bounds = "".join(clause for clause, v in ((" AND newest >= ?", lo), (" AND newest < ?", hi)) if v is not None)
        bound_params = [v for v in (lo, hi) if v is not None]
        tree = self._plain("SELECT querytree(websearch_to_tsquery('english', ?))", [words])[0][0]
        if tree == "T":
            # words to exclude and nothing to look up ("over -love": "over" is a stop word): the GIN
            # index cannot help (it would read all of itself) and most articles match, so walk
            # newest-first testing each row (NOT ... !! keeps the planner off the index)
            slices: list[int | None] = [None]
            match = "NOT (a.tsv @@ !!(SELECT q FROM w))"
        else:
            slices = [8 * RANK_WINDOW, 24 * RANK_WINDOW, None]
            match = "a.tsv @@ (SELECT q FROM w)"
        found = RANK_WINDOW  # matches in the last slice that fell short (none tried yet)
        for size in slices:
            extra, extra_params = "", []
            if size is not None and found * 3 >= RANK_WINDOW:  # else 3 x the slice would still fall short
                edge = self._plain(
                    f"SELECT newest FROM article_search WHERE TRUE{bounds} ORDER BY newest DESC OFFSET ? LIMIT 1",
                    [*bound_params, size - 1],
                )
                if edge:  # else fewer articles than that in the range: search them all
                    extra, extra_params = " AND a.newest >= ?", [edge[0][0]]
            # the slice's count of matches (at most RANK_WINDOW) in every row; ranked rows only when
            # it holds a whole window (or it is the whole range)
            rows = self._plain(
                "WITH w AS MATERIALIZED (SELECT websearch_to_tsquery('english', ?) AS q), "
                f"win AS MATERIALIZED (SELECT a.n, a.id, a.tsv FROM article_search a WHERE {match}{where}{extra} "
                "ORDER BY a.newest DESC LIMIT ?), "
                "found AS (SELECT count(*) AS c FROM win) "
                "SELECT found.c, top.n, top.id, top.score FROM found LEFT JOIN LATERAL ("
                "SELECT win.n, win.id, ts_rank_cd(win.tsv, w.q) AS score FROM win, w WHERE found.c >= ? "
                "ORDER BY score DESC, win.id LIMIT ?) top ON TRUE ORDER BY top.score DESC, top.id",
                [words, *params, *extra_params, RANK_WINDOW, RANK_WINDOW if extra else 0, limit],
            )
            found = int(rows[0][0])
            if not extra or found >= RANK_WINDOW:
                return [r[1:] for r in rows if r[1] is not None]
        return []

    def _plain(self, sql: str, params: Sequence[Any]) -> list[Row]:
        """Run a search statement unprepared: a generic plan (what psycopg's prepared statements get
        after a few runs) does not know the LIMIT and walks newest-first."""
        return self.conn.execute(_pg(sql), params, prepare=False).fetchall()

    def ids_agg(self, expr: str) -> str:
        return f"string_agg({expr}, ',')"

    def ilike(self) -> str:
        return "ILIKE"

    def optimize(self) -> None:
        """Flush the GIN index's pending list and refresh the planner's statistics (without them the
        planner may scan the whole table for a word instead of using the full-text index)."""
        self.conn.execute("VACUUM (ANALYZE)")

    def close(self) -> None:
        import psycopg

        try:
            if self.added >= OPTIMIZE_AFTER:
                self.optimize()
        except psycopg.Error:
            pass
        self.conn.close()
