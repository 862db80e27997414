"""What flows through the pipeline, and how a stage is declared: the shared types of the analysis.

This module imports nothing from dateline but the record schema (:mod:`dateline.model`), so the stages,
the pipeline and the executors can all depend on it without depending on each other.

A stage is a function ``stage(doc) -> None`` registered with :func:`stage` under a name, with the parts
of the :class:`Document` it ``reads`` (they must be there: the pipeline refuses an order where no
earlier stage writes them), ``uses`` when an earlier stage wrote them, and ``writes``.  The parts a
stage can name are :data:`PARTS`; ``INPUT_PARTS`` are there before the first stage.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dateline.model import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc

StageFn = Callable[["Document"], None]

#: The parts of a document that stages read and write.
PARTS: frozenset[str] = frozenset(
    {"body", "html_meta", "given", "lines", "metadata", "text", "docs", "entities", "quotes", "times", "events"}
)
#: The parts every document has before the first stage (set by the reader / ``make_document``).
INPUT_PARTS: frozenset[str] = frozenset({"body", "html_meta", "given"})


@dataclass(frozen=True)
class StageSpec:
    """A registered stage: its function and what it reads, uses when present, and writes."""

    name: str
    fn: StageFn
    reads: frozenset[str] = frozenset()
    uses: frozenset[str] = frozenset()
    writes: frozenset[str] = frozenset()


_REGISTRY: dict[str, StageSpec] = {}


def stage(
    name: str, *, reads: tuple[str, ...] = (), uses: tuple[str, ...] = (), writes: tuple[str, ...] = ()
) -> Callable[[StageFn], StageFn]:
    """Register a stage function under ``name`` with the document parts it reads, uses and writes."""
    unknown = sorted((set(reads) | set(uses) | set(writes)) - PARTS)
    if unknown:
        raise ValueError(f"stage {name!r} names unknown document part(s) {unknown}; known: {sorted(PARTS)}")

    def register(fn: StageFn) -> StageFn:
        _REGISTRY[name] = StageSpec(name, fn, frozenset(reads), frozenset(uses), frozenset(writes))
        return fn

    return register


def registry() -> dict[str, StageSpec]:
    """The stages registered so far (importing :mod:`dateline.stages` registers them all)."""
    return dict(_REGISTRY)


@dataclass
class Line:
    text: str
    number: int  # 1-based line number in the body
    kind: str = "body"
    reason: str | None = None
    #: pieces split off this line, each (text, reason): a dateline, a glued credit, ...
    removed: list[tuple[str, str]] = field(default_factory=list)
    #: False for a line past the layout's limits: no rule reads it, clean lists it in removed
    read: bool = True


@dataclass
class Document:
    """What flows through the stages: the record being built, plus working state."""

    article: Article
    raw: bool = False
    #: metadata extracted from HTML (title, date, author, ...), when the input was HTML
    html_meta: dict[str, Any] = field(default_factory=dict)
    #: the body before cleaning, set by the reader/``analyze`` (HTML: trafilatura's text)
    body: str = ""
    #: lines of ``body`` classified by the layout stage
    lines: list[Line] = field(default_factory=list)
    #: one spaCy Doc per paragraph, set by the ``nlp`` stage
    docs: list[Doc] = field(default_factory=list)
    #: the publication time the user supplied (``--published``): used only when the input has none
    fallback_published: str | None = None
    #: metadata given with the input (title, byline, published, outlet, language): wins over what is read
    given: Given | None = None
    #: "given" when the URL came with the input, "parsed" when it was read from the HTML
    url_origin: str | None = None


@dataclass
class Given:
    """Metadata given with an input (a JSON Lines record, a CSV row, ``--title``...): it wins over the text's.

    ``published`` must already be normalised (ISO 8601); ``None`` fields are not given."""

    headline: str | None = None
    byline: list[str] | None = None
    published: str | None = None
    outlet: str | None = None
    language: str | None = None


def content_id(original: str) -> str:
    """Stable 16-hex-digit identifier of an input, from its content (newlines normalised)."""
    normal = original.replace("\r\n", "\n").replace("\r", "\n").strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]
