"""The HTML pages: server-rendered (Jinja2, autoescaped), no script, one small stylesheet.

Each list page takes ``?format=csv`` or ``?format=json`` and returns what it shows as a file; the
filters of a page are the store question's own (read from its signature), as in the CLI and the API.
"""

from __future__ import annotations

import calendar
import csv
import io
import json
import logging
import threading
import time
import typing
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from dateline.errors import Errors, UsageError
from dateline.web import charts, markup, queries
from dateline.web.api import FILTER_HELP, analyze_fields, entity_view, run_analysis
from dateline.web.stores import NotFound, QueryTimeout, Settings, Stores

PER_PAGE = 20
#: a search page's facets count the best SEARCH_WINDOW hits, shown PER_PAGE at a time
SEARCH_WINDOW = queries.FACET_WINDOW
PAGE_PARAMS = {"format", "page"}
#: seconds the start page's corpus-wide counts are reused
HOME_TTL = 30.0

log = logging.getLogger("dateline.web")


def read_filters(request: Request, method: Callable[..., Any], skip: tuple[str, ...] = ("limit",)) -> dict[str, Any]:
    """A store question's filters from the query string, typed by its signature (E070 for a bad
    number; E071 for an unknown name)."""
    names = queries.filters_of(method, skip)
    hints = typing.get_type_hints(method)
    accepted = {*names, *PAGE_PARAMS, "q"}
    unknown = sorted(set(request.query_params) - accepted)
    if unknown:
        raise UsageError(
            Errors.E071.format(names=", ".join(repr(u) for u in unknown), accepted=", ".join(sorted(accepted)))
        )
    out: dict[str, Any] = {}
    for name in names:
        raw = request.query_params.get(name, "").strip()
        if not raw:
            continue
        if int in typing.get_args(hints.get(name)) or hints.get(name) is int:
            try:
                out[name] = int(raw)
            except ValueError:
                raise UsageError(Errors.E070.format(name=name, detail=f"{raw!r} is not a whole number")) from None
        else:
            out[name] = raw
    return out


def page_number(request: Request, last: int = 50) -> int:
    raw = request.query_params.get("page", "1")
    if not raw.isdigit() or not 1 <= int(raw) <= last:
        raise UsageError(Errors.E070.format(name="page", detail=f"give a page number from 1 to {last}"))
    return int(raw)


def export(request: Request, rows: list[dict[str, Any]], name: str) -> Response | None:
    """The rows as a CSV or JSON file when the page was asked for ``?format=csv|json``, else None."""
    fmt = request.query_params.get("format")
    if fmt is None:
        return None
    if fmt == "json":
        return Response(
            json.dumps(rows, ensure_ascii=False, indent=2),
            media_type="application/json",
            headers={"content-disposition": f'attachment; filename="{name}.json"'},
        )
    if fmt == "csv":
        columns: list[str] = []
        for r in rows:
            columns += [k for k in r if k not in columns]
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(columns)
        for r in rows:
            writer.writerow(["; ".join(map(str, v)) if isinstance(v, list) else v for v in (r.get(c) for c in columns)])
        return Response(
            out.getvalue(), media_type="text/csv", headers={"content-disposition": f'attachment; filename="{name}.csv"'}
        )
    raise UsageError(Errors.E078.format(format=fmt))


def with_params(request: Request, **changes: Any) -> str:
    """This page's address with some parameters changed (None removes one)."""
    params = dict(request.query_params)
    for k, v in changes.items():
        if v is None:
            params.pop(k, None)
        else:
            params[k] = str(v)
    return request.url.path + ("?" + urlencode(params) if params else "")


def month_range(month: str) -> tuple[str, str]:
    y, m = int(month[:4]), int(month[5:7])
    return f"{month}-01", f"{month}-{calendar.monthrange(y, m)[1]:02d}"


class StartPage:
    """The start page's data (:func:`dateline.web.queries.home`), refreshed in a background thread
    on its own store connection (no request time limit) when older than ``ttl`` seconds; the first
    computation starts when the server does (its lifespan), and only a request before it ends waits
    for it."""

    def __init__(self, url: str | None, ttl: float) -> None:
        self.url = url
        self.ttl = ttl
        self._data: dict[str, Any] | None = None
        self._at = 0.0
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._running = False
        self._started = False

    def start(self) -> None:
        """Begin the first computation (the server's start calls this; else the first request does)."""
        self._started = True
        self._refresh()

    def _refresh(self) -> None:
        with self._lock:
            if self._running:
                return
            self._running = True
        threading.Thread(target=self._compute, name="dateline-start-page", daemon=True).start()

    def _compute(self) -> None:
        from dateline.corpus import open_store

        try:
            store = open_store(self.url)
            try:
                data = queries.home(store)
            finally:
                if store.backend == "sqlite":
                    # closed without Store.close()'s PRAGMA optimize: that may write (ANALYZE), and a
                    # write would drop every answer of the response cache
                    store.conn.close()  # type: ignore[attr-defined]
                else:
                    store.close()
            with self._lock:
                self._data, self._at = data, time.monotonic()
        except Exception:  # the next request tries again; until one works the page waits or says so
            log.exception("the start page's counts failed")
        finally:
            with self._lock:
                self._running = False
            self._ready.set()

    def data(self, wait: float = 60.0) -> dict[str, Any]:
        if not self._started:
            self.start()
        if self._data is None:
            self._ready.wait(wait)
            if self._data is None:
                self._ready.clear()
                self._refresh()
                raise QueryTimeout(Errors.E075.format(seconds=wait))
        elif time.monotonic() - self._at >= self.ttl:
            self._refresh()
        return self._data


def router(stores: Stores, settings: Settings, templates: Jinja2Templates, home: StartPage) -> APIRouter:
    from dateline.corpus import Store

    r = APIRouter(default_response_class=HTMLResponse)
    templates.env.globals["with_params"] = with_params
    templates.env.globals["FILTER_HELP"] = FILTER_HELP
    templates.env.filters["safe_url"] = markup.safe_url
    templates.env.filters["entity_href"] = markup.entity_href

    def show(request: Request, name: str, **context: Any) -> Response:
        return templates.TemplateResponse(request, name, context)

    def filter_form(
        method: Callable[..., Any], values: dict[str, Any], skip: tuple[str, ...] = ("limit",)
    ) -> list[dict[str, Any]]:
        return [
            {"name": n, "value": values.get(n, ""), "help": FILTER_HELP.get(n, n), "date": n in ("since", "until")}
            for n in queries.filters_of(method, skip)
        ]

    @r.get("/")
    def start(request: Request) -> Response:
        # the corpus-wide counts are computed away from requests (at start, then at most every
        # HOME_TTL s, in a thread of their own); a request shows the latest, never waits for a new one
        page = show(request, "home.html", **home.data())
        page.headers["cache-control"] = "no-store"  # changes without a store write: not for the cache
        return page

    @r.get("/search")
    def search(request: Request) -> Response:
        filters = read_filters(request, Store.search, ("limit", "query"))
        q = request.query_params.get("q", "").strip()
        number = page_number(request, SEARCH_WINDOW // PER_PAGE)
        hits: list[dict[str, Any]] = []
        facets: dict[str, Any] = {}
        if q:
            with stores.session() as store:
                hits = store.search(q, **filters, limit=SEARCH_WINDOW)
                facets = queries.facets(store, hits)
        shown = hits[(number - 1) * PER_PAGE : number * PER_PAGE]
        if (file := export(request, shown, "search")) is not None:
            return file
        outlet_filter = "outlet" if "outlet" in filters_names(Store.search) else "source"
        speaker_filter = "speaker" if "speaker" in filters_names(Store.search) else None
        return show(
            request,
            "search.html",
            q=q,
            hits=shown,
            total=len(hits),
            window=SEARCH_WINDOW,
            number=number,
            more=len(hits) > number * PER_PAGE,
            facets=facets,
            form=filter_form(Store.search, filters, ("limit", "query")),
            outlet_filter=outlet_filter,
            speaker_filter=speaker_filter,
            month_range=month_range,
        )

    @r.get("/articles")
    def articles(request: Request) -> Response:
        filters = read_filters(request, Store.articles, ("limit", "offset"))
        number = page_number(request, queries.MAX_OFFSET // PER_PAGE)
        with stores.session() as store:
            rows = store.articles(**filters, limit=PER_PAGE + 1, offset=(number - 1) * PER_PAGE)
        if (file := export(request, rows[:PER_PAGE], "articles")) is not None:
            return file
        return show(
            request,
            "articles.html",
            rows=rows[:PER_PAGE],
            number=number,
            more=len(rows) > PER_PAGE,
            form=filter_form(Store.articles, filters, ("limit", "offset")),
        )

    @r.get("/articles/{article_id}")
    def article(request: Request, article_id: str) -> Response:
        with stores.session() as store:
            found = store.get_article(article_id)
            if found is None:
                raise NotFound(Errors.E072.format(what="article", key=article_id))
            links = queries.article_links(store, article_id)
        corpus_ids: dict[str, str] = links["entities"]
        speakers: dict[str, str] = {}
        for q in found.quotes:
            if q.speaker and q.speaker.entity and q.speaker.entity in corpus_ids:
                speakers[q.speaker.entity] = corpus_ids[q.speaker.entity]
        return show(
            request,
            "article.html",
            a=found,
            paragraphs=markup.paragraphs(found, corpus_ids),
            removed_at=markup.removed_before(found),
            links=links,
            corpus_ids=corpus_ids,
            outlet=found.outlet or "unknown",
            source_url=markup.safe_url(found.source.url),
        )

    @r.get("/entities")
    def entities(request: Request) -> Response:
        filters = read_filters(request, Store.entities)
        with stores.session() as store:
            rows = store.entities(**filters, limit=200)
        if (file := export(request, rows, "entities")) is not None:
            return file
        return show(request, "entities.html", rows=rows, form=filter_form(Store.entities, filters))

    @r.get("/entities/{entity_id:path}")
    def entity(request: Request, entity_id: str) -> Response:
        unknown = sorted(set(request.query_params) - {"about", "format"})
        if unknown:
            raise UsageError(Errors.E071.format(names=", ".join(map(repr, unknown)), accepted="about, format"))
        about = request.query_params.get("about") or None
        with stores.session() as store:
            view = entity_view(store, entity_id, about, 200)
        if (file := export(request, view["statements"], "statements")) is not None:
            return file
        return show(
            request,
            "entity.html",
            view=view,
            e=view["entity"],
            chart=charts.bars(view["series"], ("statements", "mentions")),
        )

    @r.get("/quotes")
    def statements(request: Request) -> Response:
        filters = read_filters(request, Store.quotes)
        with stores.session() as store:
            rows = store.quotes(**filters, limit=200)
        if (file := export(request, rows, "statements")) is not None:
            return file
        return show(request, "quotes.html", rows=rows, form=filter_form(Store.quotes, filters))

    @r.get("/statements/{article_id}/{qid}")
    def statement(request: Request, article_id: str, qid: str) -> Response:
        with stores.session() as store:
            found = queries.statement(store, article_id, qid)
        if found is None:
            raise NotFound(Errors.E072.format(what="quote", key=f"{article_id}/{qid}"))
        if (file := export(request, found["appearances"], "appearances")) is not None:
            return file
        return show(request, "statement.html", s=found)

    @r.get("/stories")
    def stories(request: Request) -> Response:
        filters = read_filters(request, Store.stories)
        with stores.session() as store:
            rows = store.stories(**filters, limit=200)
        if (file := export(request, rows, "stories")) is not None:
            return file
        return show(request, "stories.html", rows=rows, form=filter_form(Store.stories, filters))

    @r.get("/coverage")
    def coverage(request: Request) -> Response:
        filters = read_filters(request, Store.coverage)
        with stores.session() as store:
            rows = store.coverage(**filters, limit=50)
        if (file := export(request, rows, "coverage")) is not None:
            return file
        events = [{"e": e, "chart": charts.coverage(queries.event_coverage(e))} for e in rows]
        return show(request, "coverage.html", events=events, form=filter_form(Store.coverage, filters))

    @r.get("/stories/{story_id}")
    def story(request: Request, story_id: str) -> Response:
        with stores.session() as store:
            found = queries.story(store, story_id)
        if found is None:
            raise NotFound(Errors.E072.format(what="story", key=story_id))
        if (file := export(request, found["articles"], "story")) is not None:
            return file
        return show(request, "story.html", s=found, chart=charts.coverage(found["coverage"]))

    @r.get("/analyze")
    def analyze_form(request: Request) -> Response:
        return show(request, "analyze.html", record=None, fields={}, limit=settings.max_analyze_bytes)

    @r.post("/analyze")
    async def analyze(request: Request) -> Response:
        from starlette.concurrency import run_in_threadpool

        fields = await analyze_fields(request, settings)
        article = await run_in_threadpool(run_analysis, fields)
        return show(
            request,
            "analyze.html",
            record=article,
            fields=fields,
            limit=settings.max_analyze_bytes,
            paragraphs=markup.paragraphs(article, {}),
            record_json=article.to_json(original=False, indent=2),
        )

    return r


def filters_names(method: Callable[..., Any]) -> list[str]:
    return queries.filters_of(method, ("limit", "query"))
