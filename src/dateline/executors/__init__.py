"""Executors run the analysis of a stream of inputs somewhere: :class:`LocalExecutor` in this process or a
pool of local processes, :class:`DaskExecutor` on a Dask cluster.  :mod:`dateline.executors.base` says
what they share and knows neither; :func:`make_executor` picks one by name.
"""

from __future__ import annotations

from dateline.executors.base import DEFAULT_BATCH, Executor
from dateline.executors.dask import DaskExecutor
from dateline.executors.local import LocalExecutor
from dateline.executors.work import DEFAULT_TIMEOUT, Stages

__all__ = ["DaskExecutor", "Executor", "LocalExecutor", "make_executor"]


def make_executor(
    kind: str = "local",
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    batch_size: int = DEFAULT_BATCH,
    timeout: float | None = DEFAULT_TIMEOUT,
    stages: Stages = None,
) -> Executor:
    """``local`` (a process pool; 1 worker runs in this process) or ``dask`` (a cluster), running the
    pipeline of ``stages`` (stage names; ``None``: the default pipeline)."""
    if kind == "local":
        return LocalExecutor(workers=workers, batch_size=batch_size, timeout=timeout, stages=stages)
    if kind == "dask":
        return DaskExecutor(workers=workers, scheduler=scheduler, batch_size=batch_size, timeout=timeout, stages=stages)
    raise ValueError(f"unknown executor {kind!r}: choose local or dask")
