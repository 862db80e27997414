"""The analysis pipeline: an ordered list of named stages over one :class:`~dateline.document.Document`.

A stage (see :mod:`dateline.document`) is a function ``stage(doc) -> None`` registered under a name
with the parts of the document it reads and writes; it adds its own part of the
:class:`~dateline.model.Article`.  Stages do no I/O.  :class:`Pipeline` checks that every stage comes
after the stages that write what it reads.  The same :class:`Pipeline` object is used by ``dateline
analyze``, ``dateline ingest`` and the executors.
"""

from __future__ import annotations

import importlib
import signal
import threading
import time
from collections.abc import Generator, Iterable, Iterator
from contextlib import contextmanager

from dateline.document import INPUT_PARTS, Document, Given, StageSpec, content_id, registry
from dateline.model import Article, Source

__all__ = [
    "DEFAULT_STAGES",
    "TEXT_STAGES",
    "ArticleTimeout",
    "Document",
    "Given",
    "Pipeline",
    "analyze",
    "content_id",
    "time_budget",
]

#: The stages ``analyze`` runs, in order.
DEFAULT_STAGES: tuple[str, ...] = ("layout", "clean", "nlp", "entities", "quotes", "times", "events")
#: The stages that only need the text (no spaCy model).
TEXT_STAGES: tuple[str, ...] = ("layout", "clean")


def registered_stages() -> dict[str, StageSpec]:
    """Every stage, by name (importing :mod:`dateline.stages`, done here on first use, registers them)."""
    importlib.import_module("dateline.stages")
    return registry()


def check_order(specs: list[StageSpec]) -> None:
    """Refuse an order where a stage reads a part no earlier stage writes, or uses one a later stage writes."""
    written = set(INPUT_PARTS)
    for index, spec in enumerate(specs):
        missing = sorted(spec.reads - written)
        if missing:
            raise ValueError(f"stage {spec.name!r} reads {missing}, which no earlier stage writes")
        later = sorted(spec.uses & {part for s in specs[index + 1 :] for part in s.writes})
        if later:
            raise ValueError(f"stage {spec.name!r} uses {later}, which a later stage writes: put that stage first")
        written |= spec.writes


class Pipeline:
    """Run named stages in order; ``Pipeline(stages=TEXT_STAGES)`` skips the NLP."""

    def __init__(self, stages: Iterable[str] = DEFAULT_STAGES) -> None:
        known = registered_stages()
        self.stage_names = list(stages)
        unknown = [s for s in self.stage_names if s not in known]
        if unknown:
            raise ValueError(f"unknown stage(s) {unknown}; known: {sorted(known)}")
        specs = [known[name] for name in self.stage_names]
        check_order(specs)
        self.stages = [(spec.name, spec.fn) for spec in specs]
        # the given metadata is applied once the stage that reads the input's own metadata has run
        # (or before the first stage when none does), so later stages see it
        writers = [i for i, spec in enumerate(specs) if "metadata" in spec.writes]
        self._metadata_after = writers[-1] if writers else -1

    def run(self, doc: Document) -> Article:
        if self._metadata_after < 0:
            _apply_metadata(doc)
        for index, (_name, fn) in enumerate(self.stages):
            _check_budget()
            fn(doc)
            if index == self._metadata_after:
                _apply_metadata(doc)

        # the record's spans never cut a word nor miss their text (see dateline.spans)
        from dateline.spans import enforce

        enforce(doc.article)
        return doc.article

    def analyze(
        self,
        *,
        text: str | None = None,
        html: str | None = None,
        url: str | None = None,
        published: str | None = None,
        raw: bool = False,
        source: Source | None = None,
        given: Given | None = None,
    ) -> Article:
        """Analyse one input; ``published`` is a fallback (used when the input shows none), ``given``
        metadata wins over what the input shows."""
        doc = make_document(text=text, html=html, url=url, published=published, raw=raw, source=source, given=given)
        return self.run(doc)

    def analyze_many(self, docs: Iterable[Document]) -> Iterator[Article]:
        for doc in docs:
            yield self.run(doc)


def make_document(
    *,
    text: str | None = None,
    html: str | None = None,
    url: str | None = None,
    published: str | None = None,
    raw: bool = False,
    source: Source | None = None,
    given: Given | None = None,
) -> Document:
    """Build the starting :class:`Document` for one input (HTML goes through trafilatura here)."""
    from dateline.errors import Errors, InputError
    from dateline.timeparse import normalise_published

    if (text is None) == (html is None):
        raise ValueError("give exactly one of text= or html=")
    src = source.model_copy() if source is not None else Source(format="html" if html is not None else "text")
    if url:
        src.url = url
    label = src.path or src.url or "<input>"
    original = text if text is not None else html
    assert original is not None
    if not original.strip():
        raise InputError(label, Errors.E001)
    pub = None
    if published:
        pub = normalise_published(published)
        if pub is None:
            raise InputError(label, Errors.E008.format(value=published))
    from dateline.readers.html import URL_WARNING, extract_html, web_url

    warnings = []
    if src.url and not web_url(src.url):  # a JSON Lines or WARC url of javascript:, data:, ...
        warnings.append(URL_WARNING.format(what="the input's URL", value=src.url[:80]))
        src.url = None
    article = Article(id=content_id(original), source=src, original=original, warnings=warnings)
    if given is not None and given.published:
        norm = normalise_published(given.published)
        if norm is None:
            raise InputError(label, Errors.E008.format(value=given.published))
        given = Given(**{**given.__dict__, "published": norm})
    doc = Document(article=article, raw=raw, fallback_published=pub, given=given)
    if html is not None:
        doc.body, doc.html_meta = extract_html(html, url=src.url)
        article.warnings.extend(doc.html_meta.pop("warnings", []))
        if doc.html_meta.get("url") and not src.url:
            src.url = doc.html_meta["url"]
            doc.url_origin = "parsed"
    else:
        doc.body = original
    if not raw:
        # UTF-8 read as another encoding before it reached us ("outbreakâ€™s"): put right, said in a
        # warning; the input itself stays verbatim in ``original``
        from dateline.readers.text import repair_mojibake

        doc.body, repaired = repair_mojibake(doc.body)
        if repaired:
            article.warnings.append(repaired)
    return doc


def _apply_metadata(doc: Document) -> None:
    """Given metadata over what the layout read, the fallback publication time, the outlet, and where
    each field came from (``Article.metadata_origin``)."""
    from dateline.outlets import registered_domain

    article, given = doc.article, doc.given or Given()
    origin: dict[str, str] = {}
    for name in ("headline", "published", "byline"):
        if getattr(article, name):
            origin[name] = "parsed"
    if doc.fallback_published and not article.published:
        article.published = doc.fallback_published
        origin["published"] = "given"
    if given.headline:
        article.headline, origin["headline"] = given.headline, "given"
    if given.byline:
        article.byline, origin["byline"] = list(given.byline), "given"
    if given.published:
        article.published, origin["published"] = given.published, "given"
    if given.language:
        article.language, origin["language"] = given.language, "given"
    if given.outlet:
        article.outlet, origin["outlet"] = given.outlet, "given"
    elif (domain := registered_domain(article.source.url)) is not None:
        article.outlet, origin["outlet"] = domain, "url"
    elif article.dateline is not None and article.dateline.agency:
        article.outlet, origin["outlet"] = article.dateline.agency, "dateline"
    if article.source.url:
        origin["url"] = doc.url_origin or "given"
    article.metadata_origin = dict(sorted(origin.items()))  # type: ignore[arg-type]


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def analyze(
    *,
    text: str | None = None,
    html: str | None = None,
    url: str | None = None,
    published: str | None = None,
    raw: bool = False,
    title: str | None = None,
    authors: list[str] | None = None,
    outlet: str | None = None,
    language: str | None = None,
) -> Article:
    """Analyse one article given as plain ``text`` or as ``html``; see :class:`~dateline.model.Article`.

    ``published`` is used when the input shows no date; ``title``, ``authors``, ``outlet`` and
    ``language`` are given metadata and win over what the input shows."""
    given = Given(headline=title, byline=authors, outlet=outlet, language=language)
    return default_pipeline().analyze(text=text, html=html, url=url, published=published, raw=raw, given=given)


class ArticleTimeout(BaseException):
    """Raised inside the analysis when the article's time is up (a BaseException: no stage swallows it)."""


#: the deadline (``time.monotonic()``) of the article analysed in this thread, where no signal can stop it
_deadline = threading.local()


@contextmanager
def time_budget(seconds: float | None) -> Generator[None, None, None]:
    """Raise :class:`ArticleTimeout` once the analysis inside has taken ``seconds`` (``None`` or 0: no limit).

    In a process's main thread a real-time timer signal interrupts the analysis wherever it is. Other
    threads (a Dask worker's, a web server's) cannot receive it: there :meth:`Pipeline.run` checks the
    deadline before each stage, so the article stops at the first stage boundary after its time is up.
    """
    if not seconds:
        yield
        return
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        outer = getattr(_deadline, "at", None)
        _deadline.at = time.monotonic() + seconds
        try:
            yield
        finally:
            _deadline.at = outer
        return

    def expire(signum: int, frame: object) -> None:
        raise ArticleTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _check_budget() -> None:
    at = getattr(_deadline, "at", None)
    if at is not None and time.monotonic() > at:
        raise ArticleTimeout
