"""Latency of ``dateline serve`` under a fixed request rate, on a store of 100,000 articles.

A bounded load run on loopback only: ``dateline serve`` is started on 127.0.0.1 (a free port) over
the store, and requests are sent open-loop (each at its scheduled time, whether or not the earlier
ones have been answered) at 50, 100 and 200 requests/s for ``--seconds`` each. The mix, in turn:
the search page and ``/api/v1/search``, the article page and ``/api/v1/articles/{id}``, the speaker
page and ``/api/v1/entities/{id}``. For each rate and kind: p50 / p95 / p99 latency (ms, from the
scheduled send to the whole body read) and errors (a status other than 200, a refused connection, or
no answer within 10 s).

The store: BBC News articles analysed by the full pipeline (``--source-articles``, entities and
quotes included) form the source store; it is copied up to ``--articles`` articles as
``bench_search.py`` does (each copy mixes two records' paragraphs), every ``--facts-every``-th copy
keeping its entities, quotes, times and events (the others carry text only, as search needs), so
speaker pages have statements across many articles. Both stores are kept in /tmp between runs.

    .venv/bin/python benchmarks/bench_web.py [--articles 100000] [--rates 50,100,200] [--seconds 10]
"""

from __future__ import annotations

import argparse
import asyncio
import copy as copy_module
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_search import vary
from benchmarks.common import data_dir

WORK = Path("/tmp/dateline-bench")
MAX_RATE = 500
MAX_SECONDS = 120


def source_store(path: Path, count: int) -> Path:
    """A store of ``count`` BBC News articles analysed by the full pipeline (kept between runs)."""
    from dateline.ingest import ingest

    if not path.exists():
        folder = data_dir("bbc-news")
        topics = sorted(p for p in folder.iterdir() if p.is_dir())
        per = max(1, count // len(topics))
        files = [str(f) for t in topics for f in sorted(t.glob("*.txt"))[:per]]
        print(f"analysing {len(files)} BBC News articles into {path} (once)...", flush=True)
        report = ingest(files, str(path), progress=False)
        print(f"  {report}", flush=True)
    return path


def build(db: Path, source_db: Path, target: int, facts_every: int) -> None:
    """Copy the source store's records into ``db`` until it holds ``target`` articles."""
    from dateline.corpus import open_store
    from dateline.model import Article

    source = open_store(str(source_db))
    base = [a.to_dict() for a in source.iter_articles()]
    source.close()
    bare = []
    for record in base:
        r = copy_module.deepcopy(record)
        r.update(entities=[], quotes=[], times=[], events=[])
        bare.append(r)
    store = open_store(str(db))
    have = start = store.stats()["articles"]
    if have >= target:
        store.close()
        return
    rng = random.Random(5)
    started = time.perf_counter()
    batch: list[Article] = []
    n = copy = 0
    print(f"building {db}: {len(base)} records copied until {target:,} articles...", flush=True)
    while have < target:
        copy += 1
        for i in range(len(base)):
            n += 1
            j = rng.randrange(len(base))
            if n <= have:  # resuming: these copies are in already (keep the random sequence)
                continue
            full = n % facts_every == 0
            first, second = (base[i], base[j]) if full else (bare[i], bare[j])
            article = Article.from_dict(vary(copy_module.deepcopy(first), copy_module.deepcopy(second), copy, rng))
            batch.append(article)
            if len(batch) >= 500:
                have += store.add_articles(batch)
                batch = []
                rate = (have - start) / (time.perf_counter() - started)
                print(f"  {have:,} articles ({rate:.0f}/s)", flush=True)
            if have + len(batch) >= target:
                break
    if batch:
        store.add_articles(batch)
    print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    store.close()


def targets(db: Path, count: int, rng: random.Random) -> dict[str, list[str]]:
    """Addresses of each kind: searches for headline words, articles, speakers with statements."""
    from urllib.parse import quote

    from dateline.corpus import open_store

    store = open_store(str(db))
    try:
        rows = store.query("SELECT id, headline FROM articles WHERE headline IS NOT NULL ORDER BY n LIMIT 20000")
        words = sorted({w.lower() for _, h in rows for w in h.split() if w.isalpha() and len(w) > 4})
        ids = [r[0] for r in rows]
        speakers = [
            r[0]
            for r in store.query(
                "SELECT k.canonical FROM quotes q JOIN entity_keys k ON k.ckey = q.speaker_ckey "
                "GROUP BY k.canonical ORDER BY COUNT(*) DESC LIMIT 300"
            )
            if r[0].startswith("PERSON:")
        ]
    finally:
        store.close()
    searches = [quote(rng.choice(words)) + ("" if i % 2 else "+" + quote(rng.choice(words))) for i in range(count)]
    arts = [rng.choice(ids) for _ in range(count)]
    people = [quote(rng.choice(speakers), safe=":") for _ in range(count)]
    return {
        "search page": [f"/search?q={q}" for q in searches],
        "api search": [f"/api/v1/search?q={q}" for q in searches],
        "article page": [f"/articles/{a}" for a in arts],
        "api article": [f"/api/v1/articles/{a}" for a in arts],
        "speaker page": [f"/entities/{p}" for p in people],
        "api speaker": [f"/api/v1/entities/{p}" for p in people],
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def run_rate(base: str, plan: list[tuple[str, str]], rate: float) -> list[tuple[str, float, bool]]:
    """Send ``plan`` (kind, path) open-loop at ``rate`` per second; (kind, ms, ok) per request."""
    import httpx

    limits = httpx.Limits(max_connections=400, max_keepalive_connections=400)
    out: list[tuple[str, float, bool]] = []
    async with httpx.AsyncClient(base_url=base, timeout=10.0, limits=limits) as client:
        start = time.perf_counter() + 0.2

        async def one(i: int, kind: str, path: str) -> None:
            due = start + i / rate
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            try:
                r = await client.get(path)
                ok = r.status_code == 200 and len(r.content) > 0
            except httpx.HTTPError:
                ok = False
            out.append((kind, (time.perf_counter() - due) * 1000, ok))

        await asyncio.gather(*(one(i, k, p) for i, (k, p) in enumerate(plan)))
    return out


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))]


def markdown(report: dict[str, Any]) -> str:
    """The figures as a Markdown table (for docs/web.md)."""
    lines = [
        "| rate (req/s) | kind | requests | errors | p50 ms | p95 ms | p99 ms |",
        "|---|---|---|---|---|---|---|",
    ]
    for rate, block in report["rates"].items():
        for kind, row in block["kinds"].items():
            name = f"**{kind}**" if kind in ("api reads", "all") else kind
            lines.append(
                f"| {rate} | {name} | {row['requests']} | {row['errors']} | {row['p50']} | {row['p95']} | {row['p99']} |"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=WORK / "web-100k.db")
    parser.add_argument("--source-db", type=Path, default=WORK / "bbc-full.db")
    parser.add_argument("--source-articles", type=int, default=400)
    parser.add_argument("--facts-every", type=int, default=5)
    parser.add_argument("--rates", default="50,100,200")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=2, help="dateline serve --workers")
    parser.add_argument("--build-only", action="store_true")
    args = parser.parse_args()
    rates = [float(r) for r in args.rates.split(",")]
    if any(r <= 0 or r > MAX_RATE for r in rates) or not 0 < args.seconds <= MAX_SECONDS:
        sys.exit(f"bench_web: rates must be in (0, {MAX_RATE}] and --seconds in (0, {MAX_SECONDS}]")
    WORK.mkdir(parents=True, exist_ok=True)
    build(args.db, source_store(args.source_db, args.source_articles), args.articles, args.facts_every)
    if args.build_only:
        return
    from dateline.corpus import open_store

    with open_store(str(args.db)) as store:
        stats = store.stats()
    print(
        f"store: {stats['articles']:,} articles, {stats['statements']:,} statements; "
        f"serve --workers {args.workers} on {os.cpu_count()} cores",
        flush=True,
    )
    rng = random.Random(13)
    per_kind = int(max(rates) * args.seconds) + 200
    addresses = targets(args.db, per_kind, rng)
    kinds = list(addresses)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    dateline = str(Path(sys.executable).with_name("dateline"))
    server = subprocess.Popen(
        [
            dateline,
            "serve",
            "--db",
            str(args.db),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(args.workers),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        import httpx

        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/api/v1/stats", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                sys.exit("bench_web: the server did not start")
            time.sleep(0.3)
        # warm-up: each kind a few times
        warm = [(k, addresses[k][-(i + 1)]) for i in range(10) for k in kinds]
        asyncio.run(run_rate(base, warm, 20))
        report: dict[str, Any] = {
            "articles": stats["articles"],
            "seconds": args.seconds,
            "workers": args.workers,
            "cores": os.cpu_count(),
            "rates": {},
        }
        for rate in rates:
            total = int(rate * args.seconds)
            plan = [(kinds[i % len(kinds)], addresses[kinds[i % len(kinds)]][i // len(kinds)]) for i in range(total)]
            load = os.getloadavg()[0]
            results = asyncio.run(run_rate(base, plan, rate))
            rows = {}
            for kind in [*kinds, "api reads", "all"]:
                if kind == "all":
                    mine = results
                elif kind == "api reads":
                    mine = [r for r in results if r[0].startswith("api")]
                else:
                    mine = [r for r in results if r[0] == kind]
                ms = [m for _, m, ok in mine if ok]
                rows[kind] = {
                    "requests": len(mine),
                    "errors": sum(1 for *_, ok in mine if not ok),
                    "p50": round(pct(ms, 0.50), 1),
                    "p95": round(pct(ms, 0.95), 1),
                    "p99": round(pct(ms, 0.99), 1),
                    "mean": round(statistics.fmean(ms), 1) if ms else None,
                }
            report["rates"][str(int(rate))] = {"load_before": round(load, 2), "kinds": rows}
            print(f"\n{int(rate)} requests/s for {args.seconds:g} s (load average before: {load:.2f})")
            print(f"  {'kind':<14} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
            for kind, row in rows.items():
                print(
                    f"  {kind:<14} {row['requests']:>8} {row['errors']:>6} {row['p50']:>8} {row['p95']:>8} {row['p99']:>8}"
                )
            time.sleep(2)
        print("\n" + json.dumps(report))
        print("\n" + markdown(report))
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
