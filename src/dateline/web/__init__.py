"""dateline's web face: the REST API (``/api/v1``) and the HTML pages over a corpus store.

>>> from dateline.web import create_app
>>> app = create_app(db="corpus.db")      # an ASGI app; `dateline serve` runs it with uvicorn

Read-only: the only POST, ``/analyze``, stores nothing and is off unless ``allow_analyze=True``.
See docs/web.md.
"""

from __future__ import annotations

from dateline.web.app import Settings, create_app

__all__ = ["Settings", "create_app"]
