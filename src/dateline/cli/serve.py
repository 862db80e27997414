"""``dateline serve``: the REST API and the HTML pages over a corpus store (see docs/web.md)."""

from __future__ import annotations

from typing import Annotated

import typer

from dateline.cli.base import DbOption, app, fail
from dateline.errors import DatelineError


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (127.0.0.1: this machine only; 0.0.0.0: everyone).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", help="TCP port to listen on.")] = 8000,
    allow_analyze: Annotated[
        bool, typer.Option("--allow-analyze", help="Turn on the 'analyse a text' page and POST /api/v1/analyze.")
    ] = False,
    max_analyze_bytes: Annotated[
        int, typer.Option("--max-analyze-bytes", help="The largest text or page --allow-analyze accepts.")
    ] = 200_000,
    workers: Annotated[
        int, typer.Option("--workers", "-w", help="Server processes (each with its own store connections).")
    ] = 1,
    cache_size: Annotated[
        int,
        typer.Option(
            "--cache-size",
            help="Answers each server process keeps (SQLite only; dropped when the store changes; 0: no cache).",
        ),
    ] = 4096,
    timeout: Annotated[
        float, typer.Option("--timeout", help="Stop a request's store work after this many seconds (E075).")
    ] = 10.0,
) -> None:
    """Serve the corpus in a browser and over HTTP: pages, and a read-only JSON API under /api/v1.

    Examples:

      dateline serve --db examples.db            [dim]# then open http://127.0.0.1:8000/[/]

      dateline serve --db postgresql://localhost/news --port 8080
    """
    import dataclasses
    import json
    import os

    import uvicorn

    from dateline.web import Settings, create_app
    from dateline.web.app import SETTINGS_ENV

    if workers < 1:
        raise fail(f"--workers must be at least 1 (got {workers})")
    if cache_size < 0:
        raise fail(f"--cache-size must be 0 (no cache) or more (got {cache_size})")
    settings = Settings(
        db=db,
        allow_analyze=allow_analyze,
        max_analyze_bytes=max_analyze_bytes,
        query_timeout=timeout,
        cache_size=cache_size,
    )
    try:
        web = create_app(settings)  # opens the store once: a bad --db fails here, with one line
    except DatelineError as err:
        raise fail(str(err)) from None
    typer.echo(f"dateline: serving {db or './dateline.db'} on http://{host}:{port}/ (Ctrl-C stops)", err=True)
    if workers == 1:
        uvicorn.run(web, host=host, port=port, log_level="warning", access_log=False)
        return
    os.environ[SETTINGS_ENV] = json.dumps(dataclasses.asdict(settings))
    uvicorn.run(
        "dateline.web.app:app_from_env",
        factory=True,
        workers=workers,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
    )
