"""The optional extras: what each one adds, and the error a missing one gives.

The default install analyses, ingests into SQLite, searches and serves.  Three extras add the rest
(``pip install 'dateline[postgres,dask,parquet]'``; ``make install`` installs them all):

* ``postgres``: psycopg, for a PostgreSQL store (``--db postgresql://...``);
* ``dask``: dask and distributed, for ``--executor dask``;
* ``parquet``: pyarrow, for ``dateline export --format parquet``.

Code that needs one imports the package where it is used and turns the ``ImportError`` into
:func:`missing_extra`, one numbered line (E035) naming the extra to install.
"""

from __future__ import annotations

from dateline.errors import Errors, UsageError

#: extra name -> the importable packages it installs
EXTRAS: dict[str, tuple[str, ...]] = {
    "postgres": ("psycopg",),
    "dask": ("dask", "distributed"),
    "parquet": ("pyarrow",),
}


def missing_extra(package: str, extra: str, what: str) -> UsageError:
    """The error to raise when ``package`` of ``extra`` cannot be imported, for ``what`` the user asked."""
    if extra not in EXTRAS:
        raise ValueError(f"unknown extra {extra!r}; known: {sorted(EXTRAS)}")
    return UsageError(Errors.E035.format(what=what, package=package, extra=extra))
