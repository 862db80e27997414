"""The unit of work every executor runs: analyse a batch of inputs in a worker, return compact results.

A worker keeps one :class:`~dateline.pipeline.Pipeline` per list of stage names (and one spaCy model) for
its whole life.  The pipeline travels to workers as its stage names (:data:`Stages`), a short tuple that
pickles anywhere; each worker builds the pipeline once from them.
What goes back to the parent is small and cheap to pickle: the record as a JSON string *without* the
verbatim original (the parent still holds the input and puts it back), or the reason an input was
refused.  No spaCy object ever crosses a process boundary.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dateline.api import DEFAULT_TIMEOUT, analyze_inputs, label
from dateline.errors import InputError
from dateline.model import Article
from dateline.pipeline import DEFAULT_STAGES, Pipeline, default_pipeline
from dateline.readers import Input

__all__ = [
    "DEFAULT_TIMEOUT",
    "Item",
    "Outcome",
    "Refused",
    "Stages",
    "analyse_batch",
    "pipeline_for",
    "rebuild",
    "source_of",
    "stage_names",
    "warm_up",
]

#: a pipeline as it travels to a worker: its stage names, in order (``None``: the default pipeline)
Stages = tuple[str, ...] | None

#: this process's pipelines, by stage names (a worker builds each once)
_PIPELINES: dict[tuple[str, ...], Pipeline] = {}

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


def stage_names(pipeline: Pipeline | Sequence[str] | None) -> Stages:
    """What to send a worker for ``pipeline`` (a :class:`Pipeline`, stage names, or ``None`` for the
    default); the names are checked here, in the parent, so a bad list fails before any worker starts."""
    if pipeline is None:
        return None
    names = tuple(pipeline.stage_names) if isinstance(pipeline, Pipeline) else tuple(pipeline)
    if names == DEFAULT_STAGES:
        return None
    Pipeline(names)  # unknown stages or a wrong order raise ValueError now
    return names


def pipeline_for(stages: Stages) -> Pipeline:
    """This process's pipeline of ``stages`` (built on first use, then kept)."""
    if stages is None:
        return default_pipeline()
    if stages not in _PIPELINES:
        _PIPELINES[stages] = Pipeline(stages)
    return _PIPELINES[stages]


def analyse_batch(items: list[Item], timeout: float | None = DEFAULT_TIMEOUT, stages: Stages = None) -> list[Outcome]:
    """Analyse ``items`` with this process's pipeline of ``stages`` (``None``: the default one); one
    outcome per item, in order (each item stopped after ``timeout`` seconds)."""
    outcomes: list[Outcome] = []
    inputs = [item for item in items if isinstance(item, Input)]
    results = iter(analyze_inputs(inputs, pipeline=pipeline_for(stages), timeout=timeout))
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


def warm_up(stages: Stages = None) -> None:
    """Load the pipeline of ``stages`` and, when it runs the ``nlp`` stage, the spaCy model now (a
    worker's initializer), not on the first input."""
    from dateline.nlp import load_nlp

    pipeline = pipeline_for(stages)
    if "nlp" in pipeline.stage_names:
        load_nlp()


def rebuild(item: Item, outcome: Outcome) -> Article:
    """The full record of a successful outcome: the worker's JSON plus the original the parent kept."""
    assert outcome.record is not None and isinstance(item, Input)
    article = Article.model_validate_json(outcome.record)
    original = item.text if item.text is not None else item.html
    article.original = original or ""
    return article
