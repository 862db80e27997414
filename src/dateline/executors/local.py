"""Run the analysis on this machine: a pool of worker processes, or this process for one worker."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from dateline.errors import Errors
from dateline.executors.base import (
    DEFAULT_BATCH,
    IN_FLIGHT_PER_WORKER,
    batches,
    default_workers,
    single_threaded_children,
)
from dateline.executors.work import Item, Outcome, analyse_batch, source_of, warm_up


class LocalExecutor:
    """``workers`` processes (default: all cores), each loading the pipeline once.

    With one worker the analysis runs in the calling process: no start-up cost, no hand-over.
    Processes are started with ``spawn`` so that none inherits the parent's threads or open store.
    """

    def __init__(self, workers: int | None = None, batch_size: int = DEFAULT_BATCH) -> None:
        self.workers = workers if workers is not None else default_workers()
        if self.workers < 1:
            raise ValueError("workers must be at least 1")
        self.batch_size = max(1, batch_size)
        self._pool: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            single_threaded_children()
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=warm_up)
        return self._pool

    def run(self, inputs: Iterable[Item]) -> Iterator[tuple[Item, Outcome]]:
        if self.workers == 1:
            for batch in batches(inputs, self.batch_size):
                yield from zip(batch, analyse_batch(batch), strict=True)
            return
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
            return pool, pool.submit(analyse_batch, batch)
        except BrokenProcessPool:
            self._restart()
            pool = self._start()
            return pool, pool.submit(analyse_batch, batch)

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
