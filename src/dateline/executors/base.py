"""What every executor offers: ``run(inputs)`` yields one :class:`Outcome` per input, in input order.

This module knows no executor: :mod:`dateline.executors` lists them and :func:`~dateline.executors.make_executor`
picks one by name.  Every executor takes the pipeline to run as stage names (``stages``).

Executors hold only a bounded number of batches in flight, so memory stays flat however long the
stream of inputs is, and they yield in input order, so the parent writes to the store in the same
order whatever the number of workers (a rerun of a killed ingest then ends with the same database).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Protocol

from dateline.executors.work import Item, Outcome

#: inputs sent to a worker at once: large enough to make the hand-over cheap, small enough to balance
DEFAULT_BATCH = 8
#: batches in flight per worker
IN_FLIGHT_PER_WORKER = 3


class Executor(Protocol):
    """Runs the analysis of inputs somewhere; see the module docstring."""

    workers: int

    def run(self, inputs: Iterable[Item]) -> Iterator[tuple[Item, Outcome]]: ...

    def close(self) -> None: ...


#: numeric libraries' thread pools: one thread per worker process, so N workers use N cores, no more
SINGLE_THREAD_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def single_threaded_children() -> None:
    """Make worker processes started from now on use one thread each for numeric work (unless set)."""
    for name, value in SINGLE_THREAD_ENV.items():
        os.environ.setdefault(name, value)


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Cut a stream into lists of ``size`` items (the last may be shorter)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
