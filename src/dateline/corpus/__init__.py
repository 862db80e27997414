"""Questions across articles: corpus logic over a store's tables.

=================== ===================================================================================
:mod:`.interface`   :class:`~.interface.Tables`, all the corpus logic asks of a store (query, execute,
                    execute_many, transaction, two dialect hooks, the stories statement)
:mod:`.store`       :class:`~.store.Store`, what ``open_store()`` returns: a database with these questions
:mod:`.stories`     the story an article joins as it is stored (exact, near duplicate, same URL); stories
:mod:`.entities`    corpus entities kept up to date as articles arrive, merges, splits and undos, names
                    resolved to entities
:mod:`.linking`     the clustering of corpus keys into entities (pure)
:mod:`.statements`  statements (a quote's appearances across copies and re-wordings) and timelines
:mod:`.provenance`  which appearances are one statement, wording variants (pure)
:mod:`.coverage`    events covered by several outlets in their own words
=================== ===================================================================================

The database itself (connections, migrations, rows, search, export) is :mod:`dateline.store`; this
package reaches it only through :class:`~.interface.Tables` (and the concrete back ends in
:mod:`.store`, which assembles them)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dateline.store import DEFAULT_URL

if TYPE_CHECKING:
    from dateline.corpus.store import Store

__all__ = ["Store", "open_store"]


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
    raise AttributeError(name)
