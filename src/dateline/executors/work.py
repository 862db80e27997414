"""The unit of work every executor runs: analyse a batch of inputs in a worker, return compact results.

A worker keeps one :class:`~dateline.pipeline.Pipeline` (and so one spaCy model) for its whole life.
What goes back to the parent is small and cheap to pickle: the record as a JSON string *without* the
verbatim original (the parent still holds the input and puts it back), or the reason an input was
refused.  No spaCy object ever crosses a process boundary.
"""

from __future__ import annotations

from dataclasses import dataclass

from dateline.api import DEFAULT_TIMEOUT, analyze_inputs, label

__all__ = ["DEFAULT_TIMEOUT", "Item", "Outcome", "Refused", "analyse_batch", "rebuild", "source_of", "warm_up"]
from dateline.errors import InputError
from dateline.model import Article
from dateline.readers import Input

#: prefix of the reason the API gives for an unexpected error (a bug), as opposed to a refused input
INTERNAL = "E099"


@dataclass(frozen=True)
class Outcome:
    """What became of one input: ``record`` (JSON, original left out) or ``reason`` is set.

    ``failed`` marks an unexpected error (a bug, a dead worker) as opposed to an input refused
    for what it is (empty, binary, malformed...).
    """

    source: str
    record: str | None = None
    reason: str | None = None
    failed: bool = False


@dataclass(frozen=True)
class Refused:
    """An input the reader could not read, travelling in order with the others (picklable)."""

    source: str
    reason: str


Item = Input | Refused


def source_of(item: Item) -> str:
    """The store's source key of an item: the path, plus ``:line`` (JSON Lines) or ``#n`` (WARC)."""
    return item.source if isinstance(item, Refused) else label(item)


def analyse_batch(items: list[Item], timeout: float | None = DEFAULT_TIMEOUT) -> list[Outcome]:
    """Analyse ``items`` with this process's pipeline; one outcome per item, in order (each item
    stopped after ``timeout`` seconds)."""
    outcomes: list[Outcome] = []
    inputs = [item for item in items if isinstance(item, Input)]
    results = iter(analyze_inputs(inputs, timeout=timeout))
    for item in items:
        if isinstance(item, Refused):
            outcomes.append(Outcome(item.source, reason=item.reason))
            continue
        result = next(results)
        if isinstance(result, InputError):
            outcomes.append(Outcome(label(item), reason=result.problem, failed=result.problem.startswith(INTERNAL)))
        else:
            outcomes.append(Outcome(label(item), record=result.to_json(original=False)))
    return outcomes


def warm_up() -> None:
    """Load the pipeline and its spaCy model now (a worker's initializer), not on the first input."""
    from dateline.nlp import load_nlp
    from dateline.pipeline import default_pipeline

    default_pipeline()
    load_nlp()


def rebuild(item: Item, outcome: Outcome) -> Article:
    """The full record of a successful outcome: the worker's JSON plus the original the parent kept."""
    assert outcome.record is not None and isinstance(item, Input)
    article = Article.model_validate_json(outcome.record)
    original = item.text if item.text is not None else item.html
    article.original = original or ""
    return article
