"""What the web face's modules share: the server's settings and the store connections per worker thread.

Imports nothing from the rest of :mod:`dateline.web`, so the application (:mod:`.app`), the API
(:mod:`.api`) and the pages (:mod:`.pages`) can all use it without importing each other.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.errors import DatelineError, Errors

if TYPE_CHECKING:
    from dateline.corpus import Store


@dataclass(frozen=True)
class Settings:
    """What ``dateline serve`` was started with."""

    db: str | None = None
    #: the analyse page and ``POST /api/v1/analyze`` (off by default)
    allow_analyze: bool = False
    max_analyze_bytes: int = 200_000
    #: a request's store work is stopped after this many seconds (E075)
    query_timeout: float = 10.0
    #: answers kept by the response cache (SQLite only; 0: no cache), see dateline.web.cache
    cache_size: int = 4096


class QueryTimeout(DatelineError):
    """A request's store work ran past the time limit."""


class NotFound(DatelineError):
    """An address names something the store does not hold."""


class Stores:
    """One store connection per worker thread, each opened on first use, with a per-request deadline."""

    def __init__(self, url: str | None, timeout: float) -> None:
        from dateline.corpus import open_store

        self.url = url
        self.timeout = timeout
        self._local = threading.local()
        self._lock = threading.Lock()
        self._opened: list[Store] = []
        self._open = open_store
        # open once now: a bad URL or an unknown migration fails at start, not at the first request
        self.backend = self.connection().backend

    def connection(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = self._open(self.url)
            if store.backend == "sqlite":
                conn: sqlite3.Connection = store.conn  # type: ignore[attr-defined]
                conn.set_progress_handler(self._expired, 10_000)
            else:
                store.conn.execute(f"SET statement_timeout = {int(self.timeout * 1000)}")  # type: ignore[attr-defined]
            self._local.store = store
            with self._lock:
                self._opened.append(store)
        return store

    def _expired(self) -> int:
        deadline = getattr(self._local, "deadline", None)
        return 1 if deadline is not None and time.monotonic() > deadline else 0

    @contextmanager
    def session(self) -> Iterator[Store]:
        """The thread's store, with the request's deadline armed; a stopped query raises QueryTimeout."""
        store = self.connection()
        self._local.deadline = time.monotonic() + self.timeout
        try:
            yield store
        except sqlite3.OperationalError as err:
            if "interrupted" in str(err):
                raise QueryTimeout(Errors.E075.format(seconds=self.timeout)) from None
            raise
        except Exception as err:
            if type(err).__name__ == "QueryCanceled":
                raise QueryTimeout(Errors.E075.format(seconds=self.timeout)) from None
            raise
        finally:
            self._local.deadline = None

    def close(self) -> None:
        with self._lock:
            opened, self._opened = self._opened, []
        for store in opened:
            try:
                store.close()
            except Exception:  # a SQLite connection can only be closed by its own thread; exit frees it
                pass
