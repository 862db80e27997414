"""What the corpus logic needs of a store: the whole interface between :mod:`dateline.corpus` and
:mod:`dateline.store`.

Corpus logic (entities across articles, stories, statements, coverage) reads and writes its tables
through these few methods and nothing else; every back end of :mod:`dateline.store`
(:class:`~dateline.store.sqlite.SQLiteDatabase`, :class:`~dateline.store.postgres.PostgresDatabase`)
provides them. SQL is written with ``?`` placeholders in the subset SQLite and PostgreSQL share.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

Row = tuple[Any, ...]


class Tables(Protocol):
    """A store's tables, as corpus logic sees them."""

    #: "sqlite" or "postgres"
    backend: str

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Run one statement and return its rows."""
        ...

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        """Run one statement for its effect."""
        ...

    def execute_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement once per row of parameters."""
        ...

    def transaction(self) -> AbstractContextManager[Any]:
        """A transaction (a nested one joins the outer one)."""
        ...

    def ids_agg(self, expr: str) -> str:
        """The SQL aggregate that joins ``expr`` over a group with commas."""
        ...

    def ilike(self) -> str:
        """The case-insensitive ``LIKE`` operator."""
        ...

    def stories_sql(self, where: str = "TRUE", tail: str = "") -> str:
        """The one statement that reads stories (:data:`dateline.store.rows.STORIES_SQL`)."""
        ...
