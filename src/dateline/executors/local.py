"""Run the analysis on this machine: a pool of worker processes, or this process for one worker."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice

from dateline.errors import Errors
from dateline.executors.base import (
    DEFAULT_BATCH,
    IN_FLIGHT_PER_WORKER,
    batches,
    default_workers,
    single_threaded_children,
)
from dateline.executors.work import DEFAULT_TIMEOUT, Item, Outcome, Stages, analyse_batch, source_of, warm_up


class LocalExecutor:
    """``workers`` processes (default: all cores), each loading the pipeline of ``stages`` once
    (stage names; ``None``: the default pipeline).

    With one worker, or fewer inputs than one batch per worker, the analysis runs in the calling
    process: no start-up cost, no hand-over.
    Processes are started with ``spawn`` so that none inherits the parent's threads or open store.
    """

    def __init__(
        self,
        workers: int | None = None,
        batch_size: int = DEFAULT_BATCH,
        timeout: float | None = DEFAULT_TIMEOUT,
        *,
        stages: Stages = None,
    ) -> None:
        self.timeout = timeout
        self.stages = stages
        self.workers = workers if workers is not None else default_workers()
        if self.workers < 1:
            raise ValueError("workers must be at least 1")
        self.batch_size = max(1, batch_size)
        self._pool: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            single_threaded_children()
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=context, initializer=warm_up, initargs=(self.stages,)
            )
        return self._pool

    def run(self, inputs: Iterable[Item]) -> Iterator[tuple[Item, Outcome]]:
        stream = iter(inputs)
        # a pool costs seconds to start (every worker loads the model): a few inputs run here instead
        head = [] if self.workers == 1 else list(islice(stream, self.workers * self.batch_size))
        if self.workers == 1 or len(head) < self.workers * self.batch_size:
            for batch in batches(chain(head, stream), self.batch_size):
                yield from zip(batch, analyse_batch(batch, self.timeout, self.stages), strict=True)
            return
        inputs = chain(head, stream)
        limit = self.workers * IN_FLIGHT_PER_WORKER
        pending: deque[tuple[list[Item], ProcessPoolExecutor, Future[list[Outcome]]]] = deque()
        for batch in batches(inputs, self.batch_size):
            pending.append((batch, *self._submit(batch)))
            if len(pending) >= limit:
                yield from self._collect(*pending.popleft())
        while pending:
            yield from self._collect(*pending.popleft())

    def _submit(self, batch: list[Item]) -> tuple[ProcessPoolExecutor, Future[list[Outcome]]]:
        try:
            pool = self._start()
            return pool, pool.submit(analyse_batch, batch, self.timeout, self.stages)
        except BrokenProcessPool:
            self._restart()
            pool = self._start()
            return pool, pool.submit(analyse_batch, batch, self.timeout, self.stages)

    def _collect(
        self, batch: list[Item], pool: ProcessPoolExecutor, future: Future[list[Outcome]]
    ) -> Iterator[tuple[Item, Outcome]]:
        try:
            outcomes = future.result()
        except BrokenProcessPool as err:
            # a worker died (killed, out of memory, a crash in native code): its inputs are failures;
            # the batches sent to the same broken pool fail here too, and a fresh pool takes the rest
            if pool is self._pool:
                self._restart()
            reason = Errors.E031.format(detail=err)
            outcomes = [Outcome(source_of(item), reason=reason, failed=True) for item in batch]
        yield from zip(batch, outcomes, strict=True)

    def _restart(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
