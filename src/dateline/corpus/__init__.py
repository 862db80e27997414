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
