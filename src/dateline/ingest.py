"""Ingest a corpus into a store: read, skip what is already there, analyse in parallel, write in batches.

::

    import dateline
    from dateline.ingest import ingest

    store = dateline.open_store("corpus.db")
    report = ingest(["articles/", "feed.jsonl.gz"], store)
    report.new, report.present, report.rejected

The parent process reads the inputs, skips every source the store already knows (stored or
rejected), hands the rest to an executor (a local process pool by default, or Dask) and writes
what comes back through the one store, in input order, one transaction per batch.  An article's
id comes from its content, so a rerun adds nothing twice, and a run killed at any point and started
again ends with the database an uninterrupted run gives.  Inputs that fail are stored as rejects
with their reason.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dateline.errors import InputError
from dateline.executors import make_executor
from dateline.executors.base import DEFAULT_BATCH
from dateline.executors.work import DEFAULT_TIMEOUT, Item, Refused, rebuild, source_of, stage_names
from dateline.readers import DEFAULT_MAX_BYTES, iter_inputs
from dateline.readers import csv as readers_csv

if TYPE_CHECKING:
    from dateline.corpus import Store
    from dateline.model import Article
    from dateline.pipeline import Pipeline

#: articles written to the store in one transaction
DEFAULT_WRITE_BATCH = 64
#: write what is buffered at least this often (seconds), so a slow corpus still commits steadily
FLUSH_SECONDS = 2.0
#: rejects kept on the report (all of them are in the store)
REPORT_REJECTS = 1000


@dataclass
class IngestReport:
    """What one ingest run did.

    ``read``: inputs read (files, JSON Lines records, WARC records), whatever became of them;
    ``new``: articles added; ``present``: inputs already in the store (same source seen before, or the
    same content under another source); ``rejected``: inputs refused for what they are (empty,
    binary, malformed...); ``failed``: inputs lost to an unexpected error (a bug, a dead worker).
    Rejected and failed inputs are both stored as rejects with their reason.
    """

    read: int = 0
    new: int = 0
    present: int = 0
    rejected: int = 0
    failed: int = 0
    seconds: float = 0.0
    workers: int = 1
    executor: str = "local"
    rejects: list[tuple[str, str]] = field(default_factory=list)

    #: inputs skipped because the store knew their source (counted in ``present`` too)
    skipped: int = 0
    #: inputs finished: skipped, or analysed (written or waiting in the write buffer)
    done: int = 0

    @property
    def rate(self) -> float:
        """Inputs handled per second of wall time."""
        return self.read / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "new": self.new,
            "present": self.present,
            "rejected": self.rejected,
            "failed": self.failed,
            "seconds": round(self.seconds, 3),
            "workers": self.workers,
            "executor": self.executor,
        }


ProgressFn = Callable[[IngestReport], None]


def ingest(
    paths: Sequence[str | Path],
    store: Store | str | None = None,
    *,
    workers: int | None = None,
    executor: str = "local",
    scheduler: str | None = None,
    progress: bool | ProgressFn = True,
    batch_size: int = DEFAULT_BATCH,
    write_batch: int = DEFAULT_WRITE_BATCH,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float | None = DEFAULT_TIMEOUT,
    fields: dict[str, str] | None = None,
    pipeline: Pipeline | Sequence[str] | None = None,
) -> IngestReport:
    """Ingest files, folders (recursively), ``.jsonl(.gz)`` and ``.warc(.gz)`` into ``store``.

    ``store`` is an open :class:`~dateline.corpus.Store`, or a URL/path to open (and close) here;
    ``None`` means ``./dateline.db``.  ``workers`` defaults to all cores; ``executor`` is ``local`` or
    ``dask`` (with ``scheduler`` an address, or a local cluster when ``None``).  ``progress=True``
    shows a progress bar on standard error; a callable instead gets the report after each input.
    An input whose analysis takes over ``timeout`` seconds is stopped and rejected (E067).
    ``fields`` names the key or column of a field in JSON Lines and CSV/TSV input (``{"text": "body_text"}``).
    ``pipeline`` is what every worker runs: a :class:`~dateline.pipeline.Pipeline` or stage names
    (``TEXT_STAGES`` skips the NLP); ``None`` is the default pipeline.  Workers get its stage names.
    """
    stages = stage_names(pipeline)  # a bad list fails here, before the store is opened
    own_store = store is None or isinstance(store, str)
    if store is None or isinstance(store, str):
        from dateline.corpus import open_store

        db: Store = open_store(store)
    else:
        db = store
    report = IngestReport(executor=executor)
    try:
        _run(
            db,
            [str(p) for p in paths],
            report,
            workers,
            executor,
            scheduler,
            progress,
            batch_size,
            write_batch,
            max_bytes,
            timeout,
            fields,
            stages,
        )
    finally:
        if own_store:
            db.close()
    return report


def _run(
    db: Store,
    names: list[str],
    report: IngestReport,
    workers: int | None,
    executor: str,
    scheduler: str | None,
    progress: bool | ProgressFn,
    batch_size: int,
    write_batch: int,
    max_bytes: int,
    timeout: float | None = DEFAULT_TIMEOUT,
    fields: dict[str, str] | None = None,
    stages: tuple[str, ...] | None = None,
) -> None:
    bar = _ProgressBar(names, max_bytes) if progress is True else None
    callback: ProgressFn | None = progress if callable(progress) else (bar.update if bar else None)
    runner = make_executor(
        executor, workers=workers, scheduler=scheduler, batch_size=batch_size, timeout=timeout, stages=stages
    )
    report.workers = runner.workers
    writer = _Writer(db, report, write_batch)
    started = time.perf_counter()
    context: AbstractContextManager[Any] = bar if bar is not None else nullcontext()
    try:
        with context:
            for item, outcome in runner.run(_unseen(names, db.known_sources(), report, callback, max_bytes, fields)):
                if outcome.record is not None:
                    writer.add(rebuild(item, outcome))
                else:
                    writer.reject(outcome.source, outcome.reason or "", failed=outcome.failed)
                report.done += 1
                report.seconds = time.perf_counter() - started
                if callback:
                    callback(report)
            writer.flush()
            if callback:
                callback(report)
    except KeyboardInterrupt:
        writer.flush()  # keep what was analysed: a rerun goes on from here
        raise
    finally:
        runner.close()
        report.seconds = time.perf_counter() - started


def _unseen(
    paths: list[str],
    known: set[str],
    report: IngestReport,
    callback: ProgressFn | None,
    max_bytes: int,
    fields: dict[str, str] | None = None,
) -> Iterator[Item]:
    """The inputs of ``paths`` whose source the store does not know yet (read lazily)."""
    seen: set[str] = set()
    for raw in iter_inputs(paths, max_bytes=max_bytes, fields=fields):
        report.read += 1
        item: Item = Refused(raw.source, raw.problem) if isinstance(raw, InputError) else raw
        source = source_of(item)
        if source in known or source in seen:
            report.present += 1
            report.skipped += 1
            report.done += 1
            if callback:
                callback(report)
            continue
        seen.add(source)
        yield item


class _Writer:
    """Buffers records and rejects and writes them through the store, one transaction per batch."""

    def __init__(self, store: Store, report: IngestReport, size: int) -> None:
        self.store = store
        self.report = report
        self.size = max(1, size)
        self.articles: list[Article] = []
        self.rejects: list[tuple[str, str]] = []
        self.last = time.monotonic()

    def add(self, article: Article) -> None:
        self.articles.append(article)
        self._maybe_flush()

    def reject(self, source: str, reason: str, *, failed: bool) -> None:
        self.rejects.append((source, reason))
        if failed:
            self.report.failed += 1
        else:
            self.report.rejected += 1
        if len(self.report.rejects) < REPORT_REJECTS:
            self.report.rejects.append((source, reason))
        self._maybe_flush()

    def _maybe_flush(self) -> None:
        if len(self.articles) + len(self.rejects) >= self.size or time.monotonic() - self.last >= FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        if self.articles:
            added = self.store.add_articles(self.articles)
            self.report.new += added
            self.report.present += len(self.articles) - added
            self.articles = []
        for source, reason in self.rejects:
            self.store.add_reject(source, reason)
        self.rejects = []
        self.last = time.monotonic()


def count_inputs(paths: Sequence[str], max_bytes: int = DEFAULT_MAX_BYTES) -> int | None:
    """How many inputs ``paths`` hold, cheaply (no decoding); ``None`` when it cannot be known (stdin)."""
    from dateline import readers

    total = 0
    for name in paths:
        if name == "-":
            return None
        path = Path(name)
        if path.is_dir():
            walked = list(readers.walk(path))
            total += sum(1 for entry in walked if isinstance(entry, InputError)) or not walked  # E013: one
            files = [entry for entry in walked if isinstance(entry, Path)]
        else:
            files = [path]
        for file in files:
            suffix = readers.input_suffix(file)
            if readers.not_a_file(file) is not None:  # refused by the reader, never opened (a FIFO blocks)
                total += 1
                continue
            try:
                if suffix in (".jsonl", ".jsonl.gz", ".ndjson"):
                    total += _count_lines(file)
                elif suffix in readers.TABLE_SUFFIXES:
                    total += _count_rows(file)
                elif suffix in (".warc", ".warc.gz"):
                    total += _count_warc(file)
                else:
                    total += 1
            except Exception:  # unreadable: the reader will report it as one reject
                total += 1
    return total


def _count_lines(path: Path) -> int:
    import gzip

    opener: Any = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as handle:
        return sum(1 for line in handle if line.strip())


def _count_rows(path: Path) -> int:
    """Data rows of a CSV/TSV file (a body may span lines, so rows are parsed, not lines counted)."""
    return sum(1 for item in readers_csv.read_table(path, max_bytes=1 << 62, fields=None))


def _count_warc(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    count = 0
    with open(path, "rb") as handle:
        for record in ArchiveIterator(handle):
            headers = record.http_headers
            if record.rec_type == "response" and headers is not None:
                count += "html" in (headers.get_header("Content-Type") or "").lower()
    return count


class _ProgressBar:
    """A rich progress bar on standard error: inputs done of the total, rate and time left."""

    def __init__(self, paths: list[str], max_bytes: int) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.total = count_inputs(paths, max_bytes)
        self.progress = Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} inputs/s"),
            TimeElapsedColumn(),
            TextColumn("ETA {task.fields[eta]}"),
            TextColumn("{task.fields[counts]}"),
            console=Console(stderr=True),
            transient=False,
        )
        self.task = self.progress.add_task("ingest", total=self.total, rate="-", eta="-", counts="")

    def __enter__(self) -> _ProgressBar:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def update(self, report: IngestReport) -> None:
        """Show the run's overall rate (inputs done / time) and the time left at that rate."""
        analysed = report.done - report.skipped
        rate = analysed / report.seconds if report.seconds > 0 and analysed else 0.0
        eta = "-"
        if rate and self.total is not None:
            left = max(0, self.total - report.done) / rate
            eta = f"{int(left // 3600)}:{int(left % 3600 // 60):02d}:{int(left % 60):02d}"
        counts = f"new {report.new}  present {report.present}  rejected {report.rejected + report.failed}"
        self.progress.update(
            self.task, completed=report.done, rate=f"{rate:.1f}" if rate else "-", eta=eta, counts=counts
        )


__all__ = ["IngestReport", "count_inputs", "ingest"]
