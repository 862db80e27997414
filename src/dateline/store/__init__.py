"""The corpus store: analysed articles, their duplicates and stories, and the questions asked of them.

>>> import dateline
>>> store = dateline.open_store("corpus.db")            # SQLite (WAL, FTS5), the default
>>> store = dateline.open_store("postgresql://u@host/db")  # PostgreSQL, same behaviour
>>> store.search("nuclear talks", since="2022-01-01")

See docs/corpus.md for the tables and every query.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dateline.store.base import EXPORT_COLUMNS, Store, source_key

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
        from dateline.store.postgres import PostgresStore

        return PostgresStore(target)
    from dateline.store.sqlite import SQLiteStore

    if target.startswith("sqlite:///"):
        target = target[len("sqlite:///") :]
    elif target.startswith("sqlite://"):
        target = target[len("sqlite://") :] or ":memory:"
    return SQLiteStore(target)


def __getattr__(name: str) -> Any:
    # the store's code (numpy, datasketch) loads on first use, so `import dateline` stays quick
    if name in ("EXPORT_COLUMNS", "Store", "source_key"):
        from dateline.store import base

        return getattr(base, name)
    raise AttributeError(name)
