"""The corpus store: analysed articles, their duplicates and stories, and the questions asked of them.

This package is the database (:mod:`.base` the interface, :mod:`.sqlite` and :mod:`.postgres` the
back ends, :mod:`.rows` the article tables, :mod:`.filters` the filter vocabulary, :mod:`.query`
the search syntax, :mod:`.export` the exports); the corpus logic over it is :mod:`dateline.corpus`.
``open_store()`` and ``Store`` are the front door: the one place here that reaches the corpus package
(:mod:`dateline.corpus.store` assembles a database and the corpus logic).

>>> import dateline
>>> store = dateline.open_store("corpus.db")            # SQLite (WAL, FTS5), the default
>>> store = dateline.open_store("postgresql://u@host/db")  # PostgreSQL, same behaviour
>>> store.search("nuclear talks", since="2022-01-01")

See docs/corpus.md for the tables and every query.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dateline.corpus.store import Store
    from dateline.store.export import EXPORT_COLUMNS
    from dateline.store.rows import source_key

__all__ = ["DEFAULT_URL", "EXPORT_COLUMNS", "Store", "open_store", "source_key"]

#: Where ``open_store()`` and the commands' ``--db`` put the corpus when given nothing.
DEFAULT_URL = "./dateline.db"


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating as needed) the store at ``url``.

    ``None`` is ``./dateline.db``; a path or ``sqlite:///path`` is SQLite; ``postgresql://...``
    (or ``postgres://...``) is PostgreSQL.  Pending named migrations are applied on open.
    """
    target = url or DEFAULT_URL
    if target.startswith(("postgresql://", "postgres://")):
        from dateline.corpus.store import PostgresStore

        return PostgresStore(target)
    from dateline.corpus.store import SQLiteStore

    if target.startswith("sqlite:///"):
        target = target[len("sqlite:///") :]
    elif target.startswith("sqlite://"):
        target = target[len("sqlite://") :] or ":memory:"
    return SQLiteStore(target)


def __getattr__(name: str) -> Any:
    # the store's code (numpy, datasketch) loads on first use, so `import dateline` stays quick
    if name == "Store":
        from dateline.corpus.store import Store

        return Store
    if name == "EXPORT_COLUMNS":
        from dateline.store.export import EXPORT_COLUMNS

        return EXPORT_COLUMNS
    if name == "source_key":
        from dateline.store.rows import source_key

        return source_key
    raise AttributeError(name)
