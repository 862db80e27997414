"""The corpus store: analysed articles, their duplicates and stories, and the questions asked of them.

This package is the database (:mod:`.base` the interface, :mod:`.sqlite` and :mod:`.postgres` the
back ends, :mod:`.rows` the article tables, :mod:`.filters` the filter vocabulary, :mod:`.query`
the search syntax, :mod:`.export` the exports); the corpus logic over it is :mod:`dateline.corpus`.
The front door, ``open_store()`` and ``Store`` (a database with the corpus questions), is
:mod:`dateline.corpus`: this package imports nothing from it.

>>> import dateline  # dateline.open_store is dateline.corpus.open_store
>>> store = dateline.open_store("corpus.db")            # SQLite (WAL, FTS5), the default
>>> store = dateline.open_store("postgresql://u@host/db")  # PostgreSQL, same behaviour
>>> store.search("nuclear talks", since="2022-01-01")

See docs/corpus.md for the tables and every query.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dateline.store.export import EXPORT_COLUMNS
    from dateline.store.rows import source_key

__all__ = ["DEFAULT_URL", "EXPORT_COLUMNS", "source_key"]

#: Where ``dateline.corpus.open_store()`` and the commands' ``--db`` put the corpus when given nothing.
DEFAULT_URL = "./dateline.db"


def __getattr__(name: str) -> Any:
    # the store's code (numpy, datasketch) loads on first use, so `import dateline` stays quick
    if name == "EXPORT_COLUMNS":
        from dateline.store.export import EXPORT_COLUMNS

        return EXPORT_COLUMNS
    if name == "source_key":
        from dateline.store.rows import source_key

        return source_key
    raise AttributeError(name)
