"""Run the analysis on a Dask cluster: the scheduler at ``--scheduler``, or a local cluster.

The same :func:`~dateline.executors.work.analyse_batch` runs on every Dask worker; each worker
process keeps its pipeline (and spaCy model) between tasks.  Batches are submitted a bounded number
at a time and collected in input order, so the parent's memory stays flat and the store is written
in the same order as with the local executor.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from dateline.errors import Errors, UsageError
from dateline.executors.base import (
    DEFAULT_BATCH,
    IN_FLIGHT_PER_WORKER,
    batches,
    default_workers,
    single_threaded_children,
)
from dateline.executors.work import DEFAULT_TIMEOUT, Item, Outcome, Stages, analyse_batch, source_of
from dateline.extras import missing_extra


class DaskExecutor:
    """Submit batches of inputs to a Dask cluster and yield their outcomes in order.

    ``scheduler`` is an address such as ``tcp://10.0.0.5:8786``; without one a
    :class:`distributed.LocalCluster` of ``workers`` single-threaded processes is started (and
    stopped by :meth:`close`).  ``processes=False`` runs the local cluster's workers as threads.
    ``stages`` (stage names; ``None``: the default pipeline) is the pipeline each worker runs.
    """

    def __init__(
        self,
        workers: int | None = None,
        scheduler: str | None = None,
        batch_size: int = DEFAULT_BATCH,
        *,
        processes: bool = True,
        timeout: float | None = DEFAULT_TIMEOUT,
        stages: Stages = None,
    ) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise missing_extra("distributed", "dask", "--executor dask") from None

        self.stages = stages
        self.timeout = timeout  # a worker thread stops an article at its next stage (see pipeline.time_budget)
        self.batch_size = max(1, batch_size)
        self._cluster: Any = None
        try:
            if scheduler:
                self._client = Client(scheduler, timeout="30s")
            else:
                n = workers if workers is not None else default_workers()
                single_threaded_children()
                self._cluster = LocalCluster(
                    n_workers=n, threads_per_worker=1, processes=processes, dashboard_address=":0"
                )
                self._client = Client(self._cluster)
        except OSError as err:
            raise UsageError(Errors.E030.format(address=scheduler, detail=err)) from None
        self.workers = workers or max(1, len(self._client.scheduler_info().get("workers", {}))) or 1

    def run(self, inputs: Iterable[Item]) -> Iterator[tuple[Item, Outcome]]:
        limit = max(2, self.workers * IN_FLIGHT_PER_WORKER)
        pending: deque[tuple[list[Item], Any]] = deque()
        for batch in batches(inputs, self.batch_size):
            # pure=False: the same batch analysed twice is still two tasks (no caching by content)
            pending.append((batch, self._client.submit(analyse_batch, batch, self.timeout, self.stages, pure=False)))
            if len(pending) >= limit:
                yield from self._collect(*pending.popleft())
        while pending:
            yield from self._collect(*pending.popleft())

    def _collect(self, batch: list[Item], future: Any) -> Iterator[tuple[Item, Outcome]]:
        try:
            outcomes: list[Outcome] = future.result()
        except Exception as err:  # a lost worker or a task error: the batch's inputs fail, the run goes on
            reason = Errors.E032.format(detail=f"{type(err).__name__}: {err}")
            outcomes = [Outcome(source_of(item), reason=reason, failed=True) for item in batch]
        finally:
            future.release()
        yield from zip(batch, outcomes, strict=True)

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()
