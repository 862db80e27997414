"""``dateline ingest``: a thin wrapper over :func:`dateline.ingest.ingest`."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from dateline.cli.base import DbOption, FieldOption, app, err_console, fail
from dateline.errors import EXIT_BAD_INPUT, Errors, printable
from dateline.executors.base import DEFAULT_BATCH
from dateline.readers import DEFAULT_MAX_BYTES

#: rejects listed after a run (all are kept in the store: ``dateline rejects``)
SHOW_REJECTS = 20


class ExecutorKind(StrEnum):
    local = "local"
    dask = "dask"


@app.command()
def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders (recursive), .jsonl / .jsonl.gz, .csv / .tsv, .warc / .warc.gz.")
    ],
    db: DbOption = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-w", help="Worker processes (default: all cores); 1 runs in this process."),
    ] = None,
    executor: Annotated[
        ExecutorKind, typer.Option("--executor", help="local: a process pool on this machine; dask: a Dask cluster.")
    ] = ExecutorKind.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler", help="Dask scheduler address (tcp://host:8786); without it a local cluster starts."
        ),
    ] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Inputs handed to a worker at once.")] = DEFAULT_BATCH,
    write_batch: Annotated[int, typer.Option("--write-batch", help="Articles written per transaction.")] = 64,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", help="Refuse inputs larger than this many bytes.")
    ] = DEFAULT_MAX_BYTES,
    timeout: Annotated[
        float,
        typer.Option("--timeout", min=0, help="Stop an article whose analysis takes longer (seconds; 0: no limit)."),
    ] = 120.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    field: FieldOption = None,
) -> None:
    """Analyse a corpus and store it: safe to interrupt and rerun, nothing is added twice.

    Sources already in the store are skipped; inputs that fail are stored as rejects with their reason (dateline rejects). The exit code is 2 when every input read was rejected (nothing new, nothing already stored), whatever the number of workers.

    Examples:

      dateline ingest articles/ --db corpus.db

      dateline ingest feed.jsonl.gz crawl.warc.gz --workers 4

      dateline ingest bodies.csv --field text=body_text --field outlet=publisher

      dateline ingest articles/ --db postgresql://localhost/news --executor dask --scheduler tcp://10.0.0.5:8786
    """
    from dateline.errors import DatelineError
    from dateline.ingest import ingest as run_ingest
    from dateline.readers.fields import parse_field_overrides

    try:
        fields = parse_field_overrides(field)
    except DatelineError as err:
        raise fail(str(err)) from None

    if workers is not None and workers < 1:
        raise fail(Errors.E033.format(value=workers))
    if scheduler and executor is not ExecutorKind.dask:
        raise fail(Errors.E034)
    report = run_ingest(
        paths,
        db,
        workers=workers,
        executor=executor.value,
        scheduler=scheduler,
        progress=not quiet,
        batch_size=batch_size,
        write_batch=write_batch,
        max_bytes=max_bytes,
        timeout=timeout,
        fields=fields,
    )
    # every input refused (none new, none already stored): the run did nothing, which a script must see
    nothing = report.read > 0 and report.new + report.present == 0
    if quiet:
        if nothing:
            raise typer.Exit(EXIT_BAD_INPUT)
        return
    out = Console(highlight=False)
    table = Table(title=f"ingest: {report.read} inputs in {report.seconds:.1f} s", title_justify="left")
    table.add_column("")
    table.add_column("inputs", justify="right")
    for name, value in (
        ("new articles", report.new),
        ("already present", report.present),
        ("rejected", report.rejected),
        ("failed", report.failed),
    ):
        table.add_row(name, str(value))
    out.print(table)
    out.print(f"{report.rate:.1f} inputs/s with {report.workers} worker(s) ({report.executor} executor)")
    if report.rejects:
        err_console.print(f"{report.rejected + report.failed} input(s) rejected (kept in the store: dateline rejects):")
        for source, reason in report.rejects[:SHOW_REJECTS]:
            err_console.print(f"  {printable(source)}: {reason}", soft_wrap=True, highlight=False, markup=False)
        if len(report.rejects) > SHOW_REJECTS:
            err_console.print(f"  ... and {report.rejected + report.failed - SHOW_REJECTS} more")
    if nothing:
        err_console.print("every input was rejected: nothing was stored", highlight=False)
        raise typer.Exit(EXIT_BAD_INPUT)
