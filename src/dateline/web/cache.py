"""A response cache for ``dateline serve`` over SQLite: whole ``200`` answers to ``GET`` requests,
kept per server process, keyed on the full request and dropped the moment the store changes.

* **Key**: the method, path, raw query string and ``Host`` header (the only parts of a request an
  answer depends on; pages build links from the host), so two addresses never share an answer.
* **Invalidation**: SQLite's ``PRAGMA data_version`` on one connection of this process, read before
  every look-up; it changes whenever another connection (another process, ``dateline ingest``)
  commits. An answer is stored under the version read *before* it was computed, so an answer computed
  while a write committed is never served afterwards.
* **Not kept**: an answer other than ``200``, or one marked ``Cache-Control: no-store`` (the
  start page, whose counts are refreshed apart from store writes).
* **Bounds**: at most ``entries`` answers and ``max_bytes`` of bodies, least recently used dropped
  first; a body over ``max_body`` bytes is not kept.

PostgreSQL has no ``data_version``: ``dateline serve`` turns the cache off there.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: answers kept per process by default (``dateline serve --cache-size``)
DEFAULT_ENTRIES = 4096
MAX_BYTES = 128 * 1024 * 1024
MAX_BODY = 2 * 1024 * 1024
#: the header an answer from the cache carries
HIT = (b"x-dateline-cache", b"hit")


class StoreVersion:
    """The store's change counter as one connection of this process sees it (``PRAGMA data_version``)."""

    def __init__(self, path: str) -> None:
        self.conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self.lock = threading.Lock()

    def __call__(self) -> int:
        with self.lock:
            return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        self.conn.close()


class ResponseCache:
    """ASGI middleware: answers ``GET`` requests from the cache while the store is unchanged."""

    def __init__(
        self,
        app: ASGIApp,
        version: StoreVersion,
        entries: int = DEFAULT_ENTRIES,
        max_bytes: int = MAX_BYTES,
        max_body: int = MAX_BODY,
    ) -> None:
        self.app = app
        self.version = version
        self.entries = entries
        self.max_bytes = max_bytes
        self.max_body = max_body
        self._items: OrderedDict[tuple[Any, ...], tuple[int, int, list[Any], bytes]] = OrderedDict()
        self._bytes = 0
        self._seen = -1
        self.hits = self.misses = 0

    def clear(self) -> None:
        self._items.clear()
        self._bytes = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        host = next((v for k, v in scope["headers"] if k == b"host"), b"")
        key = (scope["method"], scope["path"], scope["query_string"], host)
        version = self.version()
        if version != self._seen:  # the store changed: nothing kept is current
            self.clear()
            self._seen = version
        found = self._items.get(key)
        if found is not None and found[0] == version:
            self._items.move_to_end(key)
            self.hits += 1
            _, status, headers, body = found
            await send({"type": "http.response.start", "status": status, "headers": [*headers, HIT]})
            await send({"type": "http.response.body", "body": body})
            return
        self.misses += 1
        start: Message | None = None
        chunks: list[bytes] = []
        size = 0
        keep = True

        async def capture(message: Message) -> None:
            nonlocal start, size, keep
            if message["type"] == "http.response.start":
                start = message
                no_store = any(k == b"cache-control" and b"no-store" in v for k, v in message.get("headers", []))
                keep = message["status"] == 200 and not no_store
            elif message["type"] == "http.response.body" and keep:
                body = message.get("body", b"")
                size += len(body)
                if size > self.max_body:
                    keep = False
                    chunks.clear()
                else:
                    chunks.append(body)
                if not message.get("more_body", False) and keep and start is not None:
                    self._put(key, version, start["status"], list(start.get("headers", [])), b"".join(chunks))
            await send(message)

        await self.app(scope, receive, capture)

    def _put(self, key: tuple[Any, ...], version: int, status: int, headers: list[Any], body: bytes) -> None:
        if version != self._seen:  # the store changed while this answer was computed
            return
        old = self._items.pop(key, None)
        if old is not None:
            self._bytes -= len(old[3])
        self._items[key] = (version, status, headers, body)
        self._bytes += len(body)
        while self._items and (len(self._items) > self.entries or self._bytes > self.max_bytes):
            _, dropped = self._items.popitem(last=False)
            self._bytes -= len(dropped[3])
