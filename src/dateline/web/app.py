"""The ASGI application of ``dateline serve``: the REST API under ``/api/v1`` and the HTML pages, over
one store, read-only.

Each worker thread gets its own store connection (SQLite connections belong to the thread that made
them); every request runs under a time limit (SQLite's progress handler, PostgreSQL's
``statement_timeout``). Bad input gets ``400`` with ``{"error": {"code", "message"}}`` (a page: the
message on an error page), never a traceback. Every response carries a Content-Security-Policy that
allows no inline script and nothing from another origin.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dateline import __version__
from dateline.errors import AmbiguousNameError, DatelineError, Errors
from dateline.web.cache import ResponseCache, StoreVersion
from dateline.web.stores import NotFound, QueryTimeout, Settings, Stores

__all__ = ["NotFound", "QueryTimeout", "Settings", "Stores", "create_app"]

HERE = Path(__file__).resolve().parent
log = logging.getLogger("dateline.web")

#: What a page may load: its own styles and images, nothing inline, nothing from elsewhere.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class SecurityHeaders:
    """ASGI middleware adding the Content-Security-Policy and friends to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)


def error_body(message: str) -> dict[str, Any]:
    found = re.search(r"\bE\d{3}\b", message)
    code = found.group(0) if found else "E070"
    return {"error": {"code": code, "message": message}}


def _lifespan(stores: Stores, version: StoreVersion | None, on_start: list[Callable[[], None]]) -> Any:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        for hook in on_start:
            hook()
        yield
        stores.close()
        if version is not None:
            version.close()

    return lifespan


def create_app(settings: Settings | None = None, **kw: Any) -> FastAPI:
    """The application over the store ``settings.db`` (keywords: the fields of :class:`Settings`)."""
    from dateline.web import api, pages

    settings = settings or Settings(**kw)
    stores = Stores(settings.db, settings.query_timeout)
    home = pages.StartPage(settings.db, pages.HOME_TTL)
    # the response cache: SQLite only (its data_version tells when the store changed)
    path = getattr(stores.connection(), "path", ":memory:")
    version = (
        StoreVersion(path) if settings.cache_size > 0 and stores.backend == "sqlite" and path != ":memory:" else None
    )
    app = FastAPI(
        title="dateline",
        version=__version__,
        description="Who said what, when: the corpus of analysed news articles, read-only.",
        openapi_url="/api/v1/openapi.json",
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN: the OpenAPI document is enough
        redoc_url=None,
        lifespan=_lifespan(stores, version, [home.start]),
    )
    app.state.settings = settings
    app.state.stores = stores
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals["version"] = __version__
    templates.env.globals["allow_analyze"] = settings.allow_analyze
    app.state.templates = templates

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/") or "format" in request.query_params

    def failure(request: Request, status: int, message: str, candidates: list[Any] | None = None) -> Response:
        if wants_json(request):
            body = error_body(message)
            if candidates is not None:
                body["error"]["candidates"] = candidates
            return JSONResponse(body, status_code=status)
        return templates.TemplateResponse(
            request,
            "error.html",
            {"status": status, "message": message, "candidates": candidates or []},
            status_code=status,
        )

    @app.exception_handler(NotFound)
    async def not_found(request: Request, err: NotFound) -> Response:
        return failure(request, 404, str(err))

    @app.exception_handler(QueryTimeout)
    async def timeout(request: Request, err: QueryTimeout) -> Response:
        return failure(request, 503, str(err))

    @app.exception_handler(AmbiguousNameError)
    async def ambiguous(request: Request, err: AmbiguousNameError) -> Response:
        # a name that may mean several entities: the candidates, each a link to its entity page
        return failure(request, 400, str(err), [dict(c) for c in err.candidates])

    @app.exception_handler(DatelineError)
    async def bad_input(request: Request, err: DatelineError) -> Response:
        return failure(request, 400, str(err))

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, err: RequestValidationError) -> Response:
        first = err.errors()[0] if err.errors() else {}
        loc = [str(p) for p in first.get("loc", ()) if p not in ("query", "path", "body")]
        name = ".".join(loc) or "request"
        return failure(request, 400, Errors.E070.format(name=name, detail=str(first.get("msg", "invalid")).lower()))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, err: StarletteHTTPException) -> Response:
        if err.status_code == 404:
            message = Errors.E072.format(what="page", key=request.url.path)
        elif err.status_code == 405:
            message = f"E070 method {request.method} is not allowed here: this server is read-only"
        else:
            message = f"E070 {err.detail}"
        return failure(request, err.status_code, message)

    @app.exception_handler(Exception)
    async def internal(request: Request, err: Exception) -> Response:
        log.exception("internal error on %s", request.url.path)
        return failure(request, 500, Errors.E076.format(detail=type(err).__name__))

    app.include_router(api.router(stores, settings), prefix="/api/v1")
    app.include_router(pages.router(stores, settings, templates, home))
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    app.add_middleware(SecurityHeaders)
    if version is not None:
        app.add_middleware(ResponseCache, version=version, entries=settings.cache_size)
    app.state.cache = version is not None
    return app


#: where ``dateline serve --workers N`` passes its settings to each worker process
SETTINGS_ENV = "DATELINE_WEB_SETTINGS"


def app_from_env() -> FastAPI:
    """The application with the settings in ``$DATELINE_WEB_SETTINGS`` (JSON): each worker process
    of ``dateline serve --workers N`` builds its own."""
    import json
    import os

    return create_app(Settings(**json.loads(os.environ.get(SETTINGS_ENV, "{}"))))
