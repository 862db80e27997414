"""The one filter vocabulary of every corpus question (search, quotes, timeline, entities, stories,
coverage): the same names on the command line (``--since``...), in the Python API (``since=``...) and
in the JSON rows (``published``, ``outlet``, ``speaker``, ``kind``, ``story_id``).

=========== ======================================================================================
``since``   on or after this day (YYYY-MM-DD). Statements (``quotes``, a timeline's quotes) use the
``until``   day the statement was said when the article dates it, else the day it was published;
            everything else uses the article's publication day.
``outlet``  part of the article's outlet, any case (``reuters`` matches "Reuters").
``source``  part of the article's input path or URL, any case.
``speaker`` articles (or statements) with a statement by this entity (any spelling the corpus knows;
            an ambiguous name is refused with its candidates, E046).
``about``   articles that mention this entity; for statements, the entity named inside the quote.
``kind``    ``direct``, ``indirect`` or ``mixed``: statements of that kind (articles with one).
``story``   one story cluster: its ``story_id`` (or the first characters of it).
=========== ======================================================================================
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from dateline.errors import Errors, StoreError
from dateline.store import query as fts_query
from dateline.store.base import day_of, marks

KINDS = ("direct", "indirect", "mixed")

#: What a filter on a name needs: the corpus keys of the one entity a name means ([] for none),
#: given by the corpus (:func:`dateline.corpus.entities.resolve_name`).
Resolver = Callable[[str], list[str]]


def parse_day(value: str | None) -> str | None:
    """``YYYY-MM-DD`` of a day given as YYYY-MM-DD (a longer ISO 8601 value is cut); None for None.
    A value that is no day raises E041 naming it; the CLI and the web API call this at their edge
    (naming their own option or parameter) before a question reaches the store."""
    if value is None:
        return None
    day = day_of(value.strip())
    try:
        _dt.date.fromisoformat(day or "")
    except ValueError:
        raise StoreError(Errors.E041.format(value=value)) from None
    return day


def parse_kind(value: str | None, name: str = "kind") -> str | None:
    """A statement kind (``direct``, ``indirect``, ``mixed``, any case); E050 naming ``name`` (the
    parameter, or the CLI's option) for another value."""
    kind = value.strip().lower() if value else None
    if kind is not None and kind not in KINDS:
        raise StoreError(Errors.E050.format(name=name, value=value))
    return kind


@dataclass(frozen=True)
class Filters:
    """The filters of one question; ``None`` means no filter."""

    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    source: str | None = None
    speaker: str | None = None
    about: str | None = None
    kind: str | None = None
    story: str | None = None

    def checked(self) -> Filters:
        """The same filters with dates checked (E041, prefixed with the parameter's name) and the kind
        checked (E050)."""
        days = {}
        for name in ("since", "until"):
            try:
                days[name] = parse_day(getattr(self, name))
            except StoreError as err:
                raise StoreError(f"{name}: {err}") from None
        return Filters(
            since=days["since"],
            until=days["until"],
            outlet=self.outlet.strip() or None if self.outlet else None,
            source=self.source.strip() or None if self.source else None,
            speaker=self.speaker.strip() or None if self.speaker else None,
            about=self.about.strip() or None if self.about else None,
            kind=parse_kind(self.kind),
            story=self.story.strip() or None if self.story else None,
        )

    def as_dict(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    def any(self) -> bool:
        return bool(self.as_dict())


def like_pattern(value: str) -> str:
    """``%value%`` for a case-insensitive LIKE on a lower-cased column, ``%`` and ``_`` in ``value``
    matching themselves (use with ``LIKE ? ESCAPE '\\'``, :data:`dateline.store.query.LIKE_ESCAPE`)."""
    return fts_query.like_literal(value.lower(), contains=True)


def article_where(
    f: Filters, resolve: Resolver, alias: str = "a", *, day: str | None = None, quotes: bool = False
) -> tuple[str | None, list[Any]]:
    """SQL conditions (joined by AND, ``TRUE`` for none) for checked filters ``f`` on the articles
    table under ``alias``: None when a name matches nothing, so nothing can pass. ``day`` is the
    column the dates compare (the publication day by default). With ``quotes``, speaker, about and
    kind are left to :func:`quote_where` (they filter statements, not articles)."""
    a = alias
    clauses: list[str] = []
    params: list[Any] = []
    day_col = day or f"{a}.day"
    if f.since is not None:
        clauses.append(f"{day_col} >= ?")
        params.append(f.since)
    if f.until is not None:
        clauses.append(f"{day_col} <= ?")
        params.append(f.until)
    if f.outlet:
        clauses.append(f"{a}.outlet_key LIKE ? {fts_query.LIKE_ESCAPE}")
        params.append(like_pattern(" ".join(f.outlet.split())))
    if f.source:
        clauses.append(
            f"lower(coalesce({a}.source_key, '') || ' ' || coalesce({a}.url, '')) LIKE ? {fts_query.LIKE_ESCAPE}"
        )
        params.append(like_pattern(f.source))
    if f.story:
        clauses.append(f"{a}.story_id LIKE ? {fts_query.LIKE_ESCAPE}")
        params.append(fts_query.like_literal(f.story.lower()) + "%")
    if not quotes:
        if f.speaker or f.kind:
            inner, values = [], []
            if f.speaker:
                keys = resolve(f.speaker)
                if not keys:
                    return None, []
                inner.append(f"qf.speaker_ckey IN ({marks(keys)})")
                values += keys
            if f.kind:
                inner.append("qf.kind = ?")
                values.append(f.kind)
            clauses.append(f"EXISTS (SELECT 1 FROM quotes qf WHERE qf.article_id = {a}.id AND {' AND '.join(inner)})")
            params += values
        if f.about:
            keys = resolve(f.about)
            if not keys:
                return None, []
            clauses.append(
                f"EXISTS (SELECT 1 FROM entities ef WHERE ef.article_id = {a}.id AND ef.ckey IN ({marks(keys)}))"
            )
            params += keys
    return (" AND ".join(clauses) or "TRUE"), params


def quote_where(f: Filters, resolve: Resolver) -> tuple[str | None, list[Any]]:
    """Conditions on statements (``q``, quotes, joined to ``a``, articles): dates on the day said
    (else published), speaker, about (named inside the quote) and kind, plus the article filters."""
    where, params = article_where(f, resolve, "a", day="q.day", quotes=True)
    if where is None:
        return None, []
    clauses, values = [where], list(params)
    if f.speaker:
        keys = resolve(f.speaker)
        if not keys:
            return None, []
        clauses.append(f"q.speaker_ckey IN ({marks(keys)})")
        values += keys
    if f.about:
        keys = resolve(f.about)
        if not keys:
            return None, []
        clauses.append(
            "EXISTS (SELECT 1 FROM quote_entities qe WHERE qe.article_id = q.article_id AND qe.qid = q.qid "
            f"AND qe.ckey IN ({marks(keys)}))"
        )
        values += keys
    if f.kind:
        clauses.append("q.kind = ?")
        values.append(f.kind)
    return " AND ".join(clauses), values
