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

from dataclasses import asdict, dataclass

from dateline.errors import Errors, StoreError

KINDS = ("direct", "indirect", "mixed")


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
        """The same filters with dates checked (E041) and the kind checked (E050)."""
        from dateline.store.base import check_day

        kind = self.kind.strip().lower() if self.kind else None
        if kind is not None and kind not in KINDS:
            raise StoreError(Errors.E050.format(value=self.kind))
        return Filters(
            since=check_day(self.since, "--since"),
            until=check_day(self.until, "--until"),
            outlet=self.outlet.strip() or None if self.outlet else None,
            source=self.source.strip() or None if self.source else None,
            speaker=self.speaker.strip() or None if self.speaker else None,
            about=self.about.strip() or None if self.about else None,
            kind=kind,
            story=self.story.strip() or None if self.story else None,
        )

    def as_dict(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    def any(self) -> bool:
        return bool(self.as_dict())


def like_pattern(value: str) -> str:
    """``%value%`` for a case-insensitive LIKE on a lower-cased column, ``%`` and ``_`` in ``value``
    matching themselves (use with ``LIKE ? ESCAPE '\\'``, :data:`dateline.store.query.LIKE_ESCAPE`)."""
    from dateline.store.query import like_literal

    return like_literal(value.lower(), contains=True)
