"""``/api/v1``: the store's questions over HTTP, read-only, JSON.

The endpoints that have a CLI twin (``search``, ``quotes``, ``timeline``, ``entities``, ``stories``,
``stats``, ``rejects``) are made from the :class:`~dateline.corpus.Store` method's own signature: its
keyword-only parameters are the endpoint's query parameters, with their types and defaults, so a
filter the store learns is served (and documented in the OpenAPI document) with no change here. Their
``items`` are exactly the objects ``dateline COMMAND --json`` prints. A list is one page:
``{"items": [...], "limit", "offset", "next"}`` (``next`` is the address of the following page, or
null), in the store's stable order.
"""

from __future__ import annotations

import inspect
import json
import typing
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import parse_qsl, urlencode

import orjson
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from dateline.errors import Errors, UsageError
from dateline.web import queries
from dateline.web.stores import NotFound, Settings, Stores

if TYPE_CHECKING:
    from dateline.corpus import Store

LimitQuery = Annotated[int, Query(ge=1, le=queries.MAX_LIMIT, description="How many items (at most 500).")]
OffsetQuery = Annotated[int, Query(ge=0, le=queries.MAX_OFFSET, description="How many items to skip (a page's start).")]

#: descriptions of the store's filters, for the OpenAPI document and the pages' forms
FILTER_HELP = {
    "query": 'Words (all must match), "a phrase", a OR b, -excluded.',
    "since": "On or after this day (YYYY-MM-DD).",
    "until": "On or before this day (YYYY-MM-DD).",
    "source": "Part of the input path or URL.",
    "outlet": "The outlet that published it.",
    "speaker": "Who said it (any spelling or alias the corpus knows).",
    "about": "Only statements that mention this entity.",
    "kind": "direct, indirect or mixed.",
    "story": "A story id.",
    "entity": "A person, organisation or place (any spelling the corpus knows).",
    "type": "An entity type: PERSON, ORG, GPE, LOC, NORP, ...",
    "min_size": "Only stories with at least this many articles.",
}


class JSON(Response):
    """A JSON answer written once with orjson (UTF-8, not ASCII-escaped, compact; 5-10 times faster
    than the standard library on a speaker's statements)."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY)


def page(items: list[Any], request: Request, limit: int, offset: int, start: int = 0) -> dict[str, Any]:
    """One page of a list fetched with ``limit + 1`` items past ``offset`` (``items`` begin at the
    list's item ``start``: 0, or ``offset`` for a question that skips by itself)."""
    items = items[offset - start :]
    more = len(items) > limit
    nxt = None
    if more:
        params = dict(parse_qsl(request.url.query))
        params["offset"] = str(offset + limit)
        nxt = f"{request.url.path}?{urlencode(params)}"
    return {"items": items[:limit], "limit": limit, "offset": offset, "next": nxt}


def check_params(request: Request, accepted: set[str]) -> None:
    """A misspelt parameter is an error (E071), not a filter silently left out."""
    unknown = sorted(set(request.query_params) - accepted)
    if unknown:
        raise UsageError(
            Errors.E071.format(
                names=", ".join(repr(u) for u in unknown), accepted=", ".join(sorted(accepted)) or "none"
            )
        )


def store_parameters(method: Callable[..., Any], alias: dict[str, str] | None = None) -> list[inspect.Parameter]:
    """The HTTP query parameters of a store question: its parameters (not ``self``/``limit``), typed."""
    hints = typing.get_type_hints(method)
    out = []
    for name, p in inspect.signature(method).parameters.items():
        if name in ("self", "limit", "offset"):
            continue
        hint = hints.get(name, str)
        default = p.default
        if default is inspect.Parameter.empty and type(None) in typing.get_args(hint):
            default = None  # an optional filter
        q = Query(
            ... if default is inspect.Parameter.empty else default,
            alias=(alias or {}).get(name),
            description=FILTER_HELP.get(name, name.replace("_", " ")),
        )
        out.append(inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=q, annotation=hint))
    return out


def twin(stores: Stores, name: str, alias: dict[str, str] | None = None) -> Callable[..., Any]:
    """An endpoint for ``Store.<name>``: same parameters, same objects, one page at a time."""
    from dateline.corpus import Store

    method = getattr(Store, name)
    params = store_parameters(method, alias)
    names = {p.name: (alias or {}).get(p.name, p.name) for p in params}
    default_limit = inspect.signature(method).parameters["limit"].default
    skips = "offset" in inspect.signature(method).parameters  # a question that skips by itself
    accepted = {*names.values(), "limit", "offset"}

    def endpoint(request: Request, limit: int = default_limit, offset: int = 0, **kw: Any) -> Response:
        check_params(request, accepted)
        with stores.session() as store:
            if skips:
                items = getattr(store, name)(**kw, offset=offset, limit=limit + 1)
                return JSON(page(items, request, limit, offset, start=offset))
            items = getattr(store, name)(**kw, limit=offset + limit + 1)
        return JSON(page(items, request, limit, offset))

    endpoint.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [
            inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Request),
            inspect.Parameter(
                "limit", inspect.Parameter.KEYWORD_ONLY, default=min(default_limit, 500), annotation=LimitQuery
            ),
            inspect.Parameter("offset", inspect.Parameter.KEYWORD_ONLY, default=0, annotation=OffsetQuery),
            *params,
        ]
    )
    endpoint.__name__ = name
    endpoint.__doc__ = (inspect.getdoc(method) or "").split("\n\n")[0]
    return endpoint


def router(stores: Stores, settings: Settings) -> APIRouter:
    from dateline.corpus import Store

    r = APIRouter()
    r.add_api_route("/search", twin(stores, "search", {"query": "q"}), methods=["GET"], tags=["corpus"])
    r.add_api_route("/quotes", twin(stores, "quotes"), methods=["GET"], tags=["statements"])
    r.add_api_route("/timeline", twin(stores, "timeline"), methods=["GET"], tags=["entities"])
    r.add_api_route("/entities", twin(stores, "entities"), methods=["GET"], tags=["entities"])
    r.add_api_route("/stories", twin(stores, "stories"), methods=["GET"], tags=["stories"])
    r.add_api_route("/rejects", twin(stores, "rejects"), methods=["GET"], tags=["corpus"])

    r.add_api_route("/coverage", twin(stores, "coverage"), methods=["GET"], tags=["stories"])
    r.add_api_route("/articles", twin(stores, "articles"), methods=["GET"], tags=["corpus"])

    @r.get("/articles/{article_id}", tags=["corpus"])
    def article(
        request: Request,
        article_id: str,
        original: Annotated[bool, Query(description="Include the input as read (can be large).")] = False,
    ) -> Response:
        """One stored record (the record schema, `dateline schema`), as it was added."""
        check_params(request, {"original"})
        with stores.session() as store:
            found = store.get_article(article_id)
        if found is None:
            raise NotFound(Errors.E072.format(what="article", key=article_id))
        return JSON(found.to_dict(original=original))

    @r.get("/entities/{entity_id:path}", tags=["entities"])
    def entity(
        request: Request,
        entity_id: str,
        about: Annotated[str | None, Query(description=FILTER_HELP["about"])] = None,
        limit: LimitQuery = 100,
    ) -> Response:
        """One corpus entity: aliases, counts, statements and mentions per month, what its statements
        mention, and its statements (newest first; `about` narrows them)."""
        check_params(request, {"about", "limit"})
        with stores.session() as store:
            return JSON(entity_view(store, entity_id, about, limit))

    @r.get("/statements/{article_id}/{qid}", tags=["statements"])
    def statement(request: Request, article_id: str, qid: str) -> Response:
        """The statement a quote belongs to (`dateline quotes --json`): its appearances across outlets
        (earliest first), first seen, outlets and wording variants."""
        check_params(request, set())
        with stores.session() as store:
            found = queries.statement(store, article_id, qid)
        if found is None:
            raise NotFound(Errors.E072.format(what="quote", key=f"{article_id}/{qid}"))
        return JSON(found)

    @r.get("/stories/{story_id}", tags=["stories"])
    def story(request: Request, story_id: str) -> Response:
        """A story: its articles and, per outlet, when it ran them (coverage)."""
        check_params(request, set())
        with stores.session() as store:
            found = queries.story(store, story_id)
        if found is None:
            raise NotFound(Errors.E072.format(what="story", key=story_id))
        return JSON(found)

    search_params = store_parameters(Store.search, {"query": "q"})

    def facets(request: Request, **kw: Any) -> Response:
        """Counts of the best 50 matches of a search by outlet, month and speaker (what the search page shows)."""
        check_params(request, {p.name if p.name != "query" else "q" for p in search_params})
        with stores.session() as store:
            hits = store.search(**kw, limit=queries.FACET_WINDOW)
            return JSON(queries.facets(store, hits))

    facets.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Request), *search_params]
    )
    r.add_api_route("/facets", facets, methods=["GET"], tags=["corpus"])

    @r.get("/stats", tags=["corpus"])
    def stats(request: Request) -> Response:
        """Counts of what the store holds (`dateline stats --json`)."""
        check_params(request, set())
        with stores.session() as store:
            return JSON(store.stats())

    @r.post("/analyze", tags=["analyse"])
    async def analyze(request: Request) -> Response:
        """Analyse a posted text or HTML page (JSON `{"text": ...}` or `{"html": ...}`, optional `url` and
        `published`); nothing is stored. Off unless the server runs with `--allow-analyze`."""
        fields = await analyze_fields(request, settings)
        from starlette.concurrency import run_in_threadpool

        article = await run_in_threadpool(run_analysis, fields)
        return JSON(article.to_dict(original=False))

    return r


def entity_view(store: Store, entity_id: str, about: str | None, limit: int) -> dict[str, Any]:
    found = queries.entity(store, entity_id)
    if found is None:
        raise NotFound(Errors.E072.format(what="entity", key=entity_id))
    # a person, or an organisation quoted as a speaker ("the Screen Actors Guild said")
    statements = store.quotes(speaker=found["id"], about=about, limit=limit)
    return {
        "entity": found,
        "series": queries.entity_series(store, entity_id),
        "topics": queries.entity_topics(store, entity_id),
        "about": about,
        "statements": statements,
    }


async def analyze_fields(request: Request, settings: Settings) -> dict[str, str]:
    """The posted fields of an analysis, checked: allowed, under the size limit, text or html given."""
    if not settings.allow_analyze:
        raise UsageError(Errors.E073)
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > settings.max_analyze_bytes:
        raise UsageError(Errors.E074.format(size=int(declared), limit=settings.max_analyze_bytes))
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > settings.max_analyze_bytes:
            raise UsageError(Errors.E074.format(size=len(body), limit=settings.max_analyze_bytes))
    raw = body.decode("utf-8", errors="replace")
    data: dict[str, Any]
    if request.headers.get("content-type", "").startswith("application/json"):
        try:
            data = json.loads(raw) if raw else {}
        except ValueError as err:
            raise UsageError(Errors.E070.format(name="body", detail=f"not JSON ({err})")) from None
        if not isinstance(data, dict):
            raise UsageError(Errors.E070.format(name="body", detail="give a JSON object"))
    else:
        data = dict(parse_qsl(raw, keep_blank_values=True))
        # the page's one box takes either: a text that starts with a tag is read as a page
        if str(data.get("text", "")).lstrip().startswith("<") and not data.get("html"):
            data["html"] = data.pop("text")
    fields = {k: str(v) for k, v in data.items() if k in ("text", "html", "url", "published") and v not in (None, "")}
    if "text" not in fields and "html" not in fields:
        raise UsageError(Errors.E077)
    return fields


def run_analysis(fields: dict[str, str]) -> Any:
    import dateline

    return dateline.analyze(
        text=fields.get("text"), html=fields.get("html"), url=fields.get("url"), published=fields.get("published")
    )
