"""The database under a corpus: what SQLite and PostgreSQL share, and what each must provide.

:class:`Database` is the whole interface the rest of dateline uses to reach the tables: run a
statement (:meth:`~Database.query`, :meth:`~Database.execute`, :meth:`~Database.execute_many`,
:meth:`~Database.stream`) inside :meth:`~Database.transaction`, plus the few places the dialects
differ (the article row with its full-text index, the ranked search, a comma-joining aggregate,
case-insensitive ``LIKE``).  SQL is written once with ``?`` placeholders in the subset both dialects
agree on (``INSERT ... ON CONFLICT``, ``RETURNING``); :mod:`dateline.store.sqlite` and
:mod:`dateline.store.postgres` supply the connection, transactions, migrations, full-text search and
streaming.  Nothing here knows what an entity or a story means: that is :mod:`dateline.corpus`.
"""

from __future__ import annotations

import datetime as _dt
import re
from abc import ABC, abstractmethod
from collections.abc import Collection, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, Self

from dateline.store import query as fts_query

Row = tuple[Any, ...]

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")

#: A search ranks (bm25 / ts_rank_cd) the RANK_WINDOW newest articles (by publication day, then by
#: storage) that match and pass the filters: exact for rarer words, and a bounded cost (not one
#: growing with the corpus) for words that half the corpus uses.
RANK_WINDOW = 1000

#: SQLite numbers articles daynum * DAY_STRIDE + seq (see migration 0003_day_ordered_rowids).
DAY_STRIDE = 1 << 28
_EPOCH = _dt.date(1970, 1, 1)

#: Closing a store that this session added at least this many articles to runs Database.optimize().
OPTIMIZE_AFTER = 1000

#: The columns of the articles row, in the order :meth:`Database.insert_article_row` takes them.
ARTICLE_COLUMNS = (
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


def daynum(day: str | None) -> int:
    """1 + days since 1970-01-01 (at least 1) of a YYYY-MM-DD day; 0 for none or an invalid one."""
    if not day:
        return 0
    try:
        return max(1, (_dt.date.fromisoformat(day[:10]) - _EPOCH).days + 1)
    except ValueError:
        return 0


def day_of(value: str | None) -> str | None:
    """``YYYY-MM-DD`` at the start of an ISO 8601 value or a TIMEX3 date, else None."""
    if value and _DAY.match(value):
        return value[:10]
    return None


def marks(values: Collection[Any]) -> str:
    """``?,?,?``: one placeholder per value, for ``IN (...)``."""
    return ",".join("?" * len(values))


class Database(ABC):
    """Connections, transactions and statements on one back end (SQLite or PostgreSQL)."""

    url: str
    backend: str
    #: articles this session added (close() optimizes after a large ingest)
    added: int = 0

    # ---- statements -------------------------------------------------------------------------

    @abstractmethod
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Run one statement (``?`` placeholders) and return its rows."""

    @abstractmethod
    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        """Run one statement for its effect."""

    @abstractmethod
    def execute_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement once per row of parameters."""

    @abstractmethod
    def transaction(self) -> AbstractContextManager[Any]:
        """A transaction (nested ones join the outer one): committed on exit, rolled back on an error."""

    @abstractmethod
    def stream(self, sql: str, params: Sequence[Any] = (), size: int = 1000) -> Iterator[list[Row]]:
        """The rows of a statement in batches of ``size`` (memory stays flat)."""

    # ---- where the dialects differ ------------------------------------------------------------

    @abstractmethod
    def insert_article_row(self, values: Sequence[Any]) -> None:
        """Insert the articles row (the columns of :data:`ARTICLE_COLUMNS`) and index it for full text."""

    @abstractmethod
    def search_rows(
        self, q: fts_query.Query, where: str, params: list[Any], limit: int, days: tuple[str | None, str | None]
    ) -> list[Row]:
        """Rows (id, headline, published, source_key, url, story_id, snippet, score), best first.

        ``where`` (clauses on ``a.day``, ``a.source...``) and ``params`` hold the filters; ``days`` the
        since/until days again, for a back end that can use them directly."""

    @abstractmethod
    def ids_agg(self, expr: str) -> str:
        """SQL aggregate joining ``expr`` over a group with commas."""

    @abstractmethod
    def ilike(self) -> str:
        """The case-insensitive ``LIKE`` operator."""

    def source_filter(self, source: str) -> tuple[str, list[Any]]:
        """A search's condition on the input path or URL (``a.source_key``, ``a.url``) containing ``source``."""
        like = self.ilike()
        pattern = fts_query.like_literal(source, contains=True)
        esc = fts_query.LIKE_ESCAPE
        return f"(a.source_key {like} ? {esc} OR a.url {like} ? {esc})", [pattern, pattern]

    @abstractmethod
    def optimize(self) -> None:
        """Make searches fast after a large ingest (close() calls it when this session added many)."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
