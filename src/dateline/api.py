"""The Python API behind the commands: analyse a stream of inputs, one failure never stopping the rest."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from dateline.document import Given
from dateline.errors import Errors, InputError
from dateline.model import Article, Source
from dateline.pipeline import ArticleTimeout, Pipeline, default_pipeline, time_budget
from dateline.readers import Input


def input_source(item: Input) -> Source:
    """The record's ``source`` for an input as read."""
    fmt = item.format if item.format in ("text", "html", "jsonl", "csv", "warc") else "text"
    return Source(path=item.source, url=item.url, format=fmt, encoding=item.encoding, line=item.line, id=item.id)  # type: ignore[arg-type]


def label(item: Input) -> str:
    """How messages name an input: ``file``, ``file.jsonl:LINE`` or ``archive.warc.gz#RECORD``."""
    return (
        f"{item.source}:{item.line}"
        if item.line is not None and item.format in ("jsonl", "csv")
        else (f"{item.source}#{item.line}" if item.line is not None else item.source)
    )


def analyze_input(
    item: Input,
    *,
    pipeline: Pipeline | None = None,
    raw: bool = False,
    published: str | None = None,
    url: str | None = None,
    given: Given | None = None,
) -> Article:
    """Analyse one read :class:`Input`; raises :class:`InputError` for input that can't be analysed.

    ``published`` is a fallback (used when the input shows none); the metadata the input came with
    (``item.title``, ``item.published``...) wins over what the text shows, and ``given`` (``analyze
    --title/--author/--outlet``) wins over both."""
    pipe = pipeline or default_pipeline()
    extra = given or Given()
    meta = Given(
        headline=extra.headline or item.title,
        byline=extra.byline or item.authors,
        published=extra.published or item.published,
        outlet=extra.outlet or item.outlet,
        language=extra.language or item.language,
    )
    try:
        return pipe.analyze(
            text=item.text,
            html=item.html,
            url=item.url or url,
            published=published,
            raw=raw,
            source=input_source(item),
            given=meta,
        )
    except InputError as err:
        if err.source in ("<input>", item.source):
            raise InputError(label(item), err.problem) from None
        raise


#: seconds one article may take by default (a typical article takes 0.2 s; the hostile cases of
#: docs/hostile.md under 10 s): generous, only a runaway is stopped
DEFAULT_TIMEOUT = 120.0


def analyze_inputs(
    items: Iterable[Input | InputError],
    *,
    pipeline: Pipeline | None = None,
    raw: bool = False,
    published: str | None = None,
    url: str | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    given: Given | None = None,
) -> Iterator[Article | InputError]:
    """Analyse each input in turn, yielding its Article or the InputError that stopped it.

    An input whose analysis takes over ``timeout`` seconds is stopped and reported (E067); the
    others go on.
    """
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        try:
            with time_budget(timeout):
                article = analyze_input(item, pipeline=pipeline, raw=raw, published=published, url=url, given=given)
            yield article
        except ArticleTimeout:
            yield InputError(label(item), Errors.E067.format(seconds=timeout))
        except InputError as err:
            yield err
        except Exception as err:  # a bug must not stop a batch; it is reported with the input's name
            yield InputError(label(item), Errors.E099.format(detail=f"{type(err).__name__}: {err}"))
