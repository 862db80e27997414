"""Latency of ``dateline serve`` under a fixed request rate, on a store of 100,000 articles.

A bounded load run on loopback only: ``dateline serve --workers 2`` is started on 127.0.0.1 (a free
port) over the store, and requests are sent open-loop (each at its scheduled time, whether or not the
earlier ones have been answered) at 50, 100 and 200 requests/s for ``--seconds`` each, in two mixes
sent apart: the **API reads** (``/api/v1/search``, ``/api/v1/articles/{id}``,
``/api/v1/entities/{id}`` in turn) and the **pages** (search, article, speaker). Each request's
address is drawn Zipf-like (exponent ``--zipf``) from ``--distinct`` different addresses of its kind
(searches for one or two headline words, articles, speakers with statements), so a few addresses are
popular and most are asked once or never. Everything runs twice: with the server's response cache
on (``--cache-size``) and off (``--cache-size 0``); the cache, when on, starts empty and is kept
across the steps of a run. For each rate and kind: p50 / p95 / p99 latency (ms, from the scheduled
send to the whole body read) and errors (a status other than 200, a refused connection, or no answer
within 10 s), with the load average before each step.

The load generator is one process (uvloop when installed) on raw asyncio streams: HTTP/1.1
keep-alive connections, reused, a new one only when all are busy. It shares the machine's cores with
the server, so its own cost counts against the server's.

The store: BBC News articles analysed by the full pipeline (``--source-articles``, entities and
quotes included) form the source store; it is copied up to ``--articles`` articles as
``bench_search.py`` does (each copy mixes two records' paragraphs), every ``--facts-every``-th copy
keeping its entities, quotes, times and events (the others carry text only, as search needs), so
speaker pages have statements across many articles. Both stores are kept in /tmp between runs.

    .venv/bin/python benchmarks/bench_web.py [--articles 100000] [--rates 50,100,200] [--seconds 10]

Cheaper checks on the same store, no server, no load: ``--in-process N`` times each kind's handler
in this process (p50 / p95 / p99 / max over N requests drawn as the load run draws them), with
``--profile "api speaker"`` (or ``"api search"``, ``"api article"``) showing where its time goes;
``--check-statements`` compares every speaker's statements read from the kept groups with those
grouped on read (they must be the same JSON) and times both.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import copy as copy_module
import itertools
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
#: why requests failed in the step running now (printed with its figures)
failures: collections.Counter[str] = collections.Counter()


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
        refresh(store)
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
    refresh(store)
    store.close()


def refresh(store: Any) -> None:
    """Group the statements of the speakers not grouped yet (all of them after a bulk load, or in a
    store made before migration 0006), as ``dateline ingest`` does after each batch."""
    started = time.perf_counter()
    n = store.refresh_statements()
    if n:
        print(f"grouped the statements of {n:,} speakers in {time.perf_counter() - started:.1f} s", flush=True)


def targets(db: Path, distinct: int, rng: random.Random) -> dict[str, list[str]]:
    """``distinct`` different addresses of each kind (fewer speakers where the store has fewer):
    searches for one or two headline words, articles, speakers with statements."""
    from urllib.parse import quote

    from dateline.corpus import open_store

    store = open_store(str(db))
    try:
        rows = store.query("SELECT id, headline FROM articles WHERE headline IS NOT NULL ORDER BY n LIMIT 20000")
        words = sorted({w.lower() for _, h in rows for w in h.split() if w.isalpha() and len(w) > 4})
        ids = sorted({r[0] for r in rows})
        speakers = [
            r[0]
            for r in store.query(
                "SELECT k.canonical FROM quotes q JOIN entity_keys k ON k.ckey = q.speaker_ckey "
                "GROUP BY k.canonical ORDER BY COUNT(*) DESC LIMIT ?",
                (distinct,),
            )
            if r[0].startswith("PERSON:")
        ]
    finally:
        store.close()
    searches: list[str] = []
    seen: set[str] = set()
    for _ in range(distinct * 20):  # a small store may have fewer words than asked for
        if len(searches) >= distinct:
            break
        q = quote(rng.choice(words)) + ("" if len(searches) % 2 else "+" + quote(rng.choice(words)))
        if q not in seen:
            seen.add(q)
            searches.append(q)
    arts = rng.sample(ids, min(distinct, len(ids)))
    people = [quote(p, safe=":") for p in speakers]
    rng.shuffle(people)
    return {
        "search page": [f"/search?q={q}" for q in searches],
        "api search": [f"/api/v1/search?q={q}" for q in searches],
        "article page": [f"/articles/{a}" for a in arts],
        "api article": [f"/api/v1/articles/{a}" for a in arts],
        "speaker page": [f"/entities/{p}" for p in people],
        "api speaker": [f"/api/v1/entities/{p}" for p in people],
    }


def zipf_plan(
    addresses: dict[str, list[str]], kinds: list[str], total: int, rng: random.Random, s: float = 1.0
) -> list[tuple[str, str]]:
    """``total`` requests, the kinds in turn, each address drawn Zipf-like from its kind's list (the
    address of rank r with weight 1 / r**s: a few popular, a long tail asked once or never)."""
    weights = {k: list(itertools.accumulate(1 / (r + 1) ** s for r in range(len(addresses[k])))) for k in kinds}
    return [
        (kind, rng.choices(addresses[kind], cum_weights=weights[kind])[0])
        for kind in (kinds[i % len(kinds)] for i in range(total))
    ]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Client:
    """A cheap HTTP/1.1 client on raw asyncio streams: keep-alive connections to one host, reused
    (a new one only when all are busy), GET only, the body read by Content-Length or chunks."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
        self.opened = 0

    async def get(self, path: str) -> tuple[int, int]:
        """(status, body bytes) of ``GET path``. A kept connection the server has closed meanwhile
        (uvicorn closes one idle for 5 s) is dropped and the request sent once more on a new one, as
        any HTTP client does."""
        if self.idle:
            reader, writer = self.idle.pop()
            try:
                return await self._send(reader, writer, path)
            except (ConnectionError, asyncio.IncompleteReadError):
                writer.close()
        reader, writer = await asyncio.open_connection(self.host, self.port)
        self.opened += 1
        return await self._send(reader, writer, path)

    async def _send(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> tuple[int, int]:
        writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {k.strip().lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:] if x)}
        if "content-length" in headers:
            size = len(await reader.readexactly(int(headers["content-length"])))
        else:  # chunked
            size = 0
            while True:
                n = int((await reader.readline()).strip() or b"0", 16)
                data = await reader.readexactly(n + 2)
                size += n
                if n == 0:
                    break
                del data
        if headers.get("connection", "").lower() == "close":
            writer.close()
        else:
            self.idle.append((reader, writer))
        return status, size

    def close(self) -> None:
        for _, writer in self.idle:
            writer.close()
        self.idle = []


async def run_rate(host: str, port: int, plan: list[tuple[str, str]], rate: float) -> list[tuple[str, float, bool]]:
    """Send ``plan`` (kind, path) open-loop at ``rate`` per second; (kind, ms, ok) per request."""
    client = Client(host, port)
    out: list[tuple[str, float, bool]] = []
    clock = time.perf_counter  # uvloop's loop.time() counts whole milliseconds

    async def one(due: float, kind: str, path: str) -> None:
        try:
            status, size = await asyncio.wait_for(client.get(path), 10.0)
            ok = status == 200 and size > 0
            if not ok:
                failures[f"status {status}"] += 1
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError, IndexError) as err:
            ok = False
            failures[type(err).__name__] += 1
        out.append((kind, (clock() - due) * 1000, ok))

    start = clock() + 0.2
    tasks = []
    for i, (kind, path) in enumerate(plan):
        due = start + i / rate
        wait = due - clock()
        if wait > 0:
            await asyncio.sleep(wait)
        tasks.append(asyncio.ensure_future(one(due, kind, path)))
    await asyncio.gather(*tasks)
    client.close()
    return out


def run(coro: Any) -> Any:
    """``asyncio.run`` on uvloop when it is installed (the load generator's own cost is lower)."""
    try:
        import uvloop

        return uvloop.run(coro)
    except ImportError:
        return asyncio.run(coro)


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))]


MIXES = {
    "api reads": ["api search", "api article", "api speaker"],
    "pages": ["search page", "article page", "speaker page"],
}


def summary(results: list[tuple[str, float, bool]], kinds: list[str], mix: str) -> dict[str, dict[str, Any]]:
    rows = {}
    for kind in [*kinds, mix]:
        mine = results if kind == mix else [r for r in results if r[0] == kind]
        ms = [m for _, m, ok in mine if ok]
        rows[kind] = {
            "requests": len(mine),
            "errors": sum(1 for *_, ok in mine if not ok),
            "p50": round(pct(ms, 0.50), 1),
            "p95": round(pct(ms, 0.95), 1),
            "p99": round(pct(ms, 0.99), 1),
            "mean": round(statistics.fmean(ms), 1) if ms else None,
        }
    return rows


def markdown(report: dict[str, Any]) -> str:
    """The figures as a Markdown table (for docs/web.md): each mix's rows, every rate, cache on and off."""
    lines = [
        "| cache | mix | rate (req/s) | requests | errors | p50 ms | p95 ms | p99 ms | load average before |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for cache, mixes in report["runs"].items():
        for mix, rates in mixes.items():
            for rate, block in rates.items():
                row = block["kinds"][mix]
                lines.append(
                    f"| {cache} | {mix} | {rate} | {row['requests']} | {row['errors']} | {row['p50']} | "
                    f"{row['p95']} | {row['p99']} | {block['load_before']} |"
                )
    return "\n".join(lines)


def in_process(db: Path, addresses: dict[str, list[str]], requests: int, zipf: float, profile: str | None) -> None:
    """Each kind's handler timed in this process (the app called through TestClient, no server, no
    network, the response cache off): p50 / p95 / p99 / max ms per kind over ``requests`` requests
    drawn as the load run draws them, and the slowest addresses. Cheap, and barely disturbed by
    other work on the machine, unlike the load run. ``profile`` (a kind) prints where its time goes."""
    from fastapi.testclient import TestClient

    from dateline.web import create_app

    if profile:
        profile_kind(db, addresses, requests, zipf, profile)
        return
    with TestClient(create_app(db=str(db), cache_size=0)) as client:
        client.get("/")  # waits for the start page's counts (computed in a thread at start)
        kinds = list(addresses)
        plan = zipf_plan(addresses, kinds, requests, random.Random(7), zipf)
        for kind in kinds:  # warm-up: each kind once
            client.get(addresses[kind][-1])
        times: dict[str, list[tuple[float, str]]] = collections.defaultdict(list)
        for kind, path in plan:
            started = time.perf_counter()
            response = client.get(path)
            ms = (time.perf_counter() - started) * 1000
            if response.status_code != 200:
                sys.exit(f"bench_web: {path} answered {response.status_code}")
            times[kind].append((ms, path))
    print(f"\nin-process, one request at a time, cache off (load average {os.getloadavg()[0]:.2f})")
    print(f"  {'kind':<14} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} {'mean ms':>8}")
    for kind in kinds:
        ms = [m for m, _ in times[kind]]
        print(
            f"  {kind:<14} {len(ms):>8} {pct(ms, 0.5):>8.1f} {pct(ms, 0.95):>8.1f} {pct(ms, 0.99):>8.1f} "
            f"{max(ms):>8.1f} {statistics.fmean(ms):>8.1f}"
        )
    for kind in kinds:
        slow = sorted(set(times[kind]), reverse=True)[:3]
        print(f"  slowest {kind}: " + ", ".join(f"{p} {m:.0f} ms" for m, p in slow))


def check_statements(db: Path) -> None:
    """Every speaker's statements (``Store.quotes(speaker=X, limit=100)``, what the speaker page and
    ``/api/v1/entities/{id}`` ask), and those about its most frequent topic, read from the kept groups
    and grouped as they are read (the path before migration 0006): the two answers must be the same
    JSON. Prints how many differ and what each path cost (ms per speaker: median, p99, max)."""
    import orjson

    from dateline.corpus import open_store, statements
    from dateline.web import queries

    real = statements.grouped_speaker
    costs: dict[str, list[float]] = {"kept": [], "grouped on read": []}
    differ: list[str] = []
    with open_store(str(db)) as store:
        speakers = [r[0] for r in store.query("SELECT DISTINCT speaker FROM statement_groups ORDER BY speaker")]
        for speaker in speakers:
            topics = queries.entity_topics(store, speaker, limit=1)
            for about in [None, *(t["id"] for t in topics)]:
                answers = []
                for path in costs:
                    if path != "kept":
                        statements.grouped_speaker = lambda db, keys: None
                    try:
                        started = time.perf_counter()
                        answers.append(orjson.dumps(store.quotes(speaker=speaker, about=about, limit=100)))
                        if about is None:
                            costs[path].append((time.perf_counter() - started) * 1000)
                    finally:
                        statements.grouped_speaker = real
                if answers[0] != answers[1]:
                    differ.append(f"{speaker} about {about}" if about else speaker)
    print(f"\nstatements of {len(speakers)} speakers (and about each one's first topic): {len(differ)} differ")
    for path, ms in costs.items():
        print(
            f"  {path:<16} ms per speaker: median {statistics.median(ms):.1f}, p99 {pct(ms, 0.99):.1f}, "
            f"max {max(ms):.1f}, all {sum(ms) / 1000:.1f} s"
        )
    if differ:
        sys.exit("bench_web: the kept statements differ from grouping on read: " + ", ".join(differ[:10]))


def profile_kind(db: Path, addresses: dict[str, list[str]], requests: int, zipf: float, kind: str) -> None:
    """Where an API kind's time goes: its store questions called in this thread under cProfile (the
    app runs a handler in a worker thread, out of the profiler's sight)."""
    import cProfile
    import pstats
    from urllib.parse import parse_qs, unquote, urlsplit

    import orjson

    from dateline.corpus import open_store
    from dateline.web import api

    def search(store: Any, path: str) -> Any:
        return store.search(parse_qs(urlsplit(path).query)["q"][0], limit=20)

    def article(store: Any, path: str) -> Any:
        return store.get_article(path.rsplit("/", 1)[1]).to_dict(original=False)

    def speaker(store: Any, path: str) -> Any:
        return api.entity_view(store, unquote(path.split("/entities/", 1)[1]), None, 100)

    handlers = {"api search": search, "api article": article, "api speaker": speaker}
    if kind not in handlers:
        sys.exit(f"bench_web: --profile takes one of {', '.join(handlers)}")
    plan = [p for k, p in zipf_plan(addresses, [kind], requests, random.Random(7), zipf)]
    with open_store(str(db)) as store:
        orjson.dumps(handlers[kind](store, plan[0]))
        prof = cProfile.Profile()
        prof.enable()
        for path in plan:
            orjson.dumps(handlers[kind](store, path))
        prof.disable()
    pstats.Stats(prof).sort_stats("cumulative").print_stats(35)


def start_server(db: Path, port: int, workers: int, cache: int) -> subprocess.Popen[bytes]:
    dateline = str(Path(sys.executable).with_name("dateline"))
    command = [dateline, "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)]
    command += ["--workers", str(workers), "--cache-size", str(cache)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    import httpx

    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/articles?limit=1", timeout=5).status_code == 200:
                # each worker computes the start page's counts once when it starts: wait for them
                # (a request to / waits for its worker's), so that work is not in the figures
                for _ in range(4):
                    httpx.get(f"http://127.0.0.1:{port}/", timeout=120)
                time.sleep(3)
                return server
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline or server.poll() is not None:
            server.kill()
            sys.exit("bench_web: the server did not start")
        time.sleep(0.3)


def stop_server(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    try:
        server.wait(10)
    except subprocess.TimeoutExpired:
        server.kill()


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
    parser.add_argument("--distinct", type=int, default=2000, help="different addresses of each kind")
    parser.add_argument("--zipf", type=float, default=1.0, help="the exponent s of the addresses' Zipf draw")
    parser.add_argument("--cache", default="on,off", help="runs with the response cache on, off or both")
    parser.add_argument("--cache-size", type=int, default=4096, help="dateline serve --cache-size when on")
    parser.add_argument("--mixes", default=",".join(MIXES), help="which mixes to send")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument(
        "--in-process",
        type=int,
        default=0,
        metavar="N",
        help="no load run: time each kind's handler in this process over N requests",
    )
    parser.add_argument(
        "--check-statements",
        action="store_true",
        help="no load run: every speaker's statements read from the kept groups and grouped on read, compared",
    )
    parser.add_argument("--profile", metavar="KIND", help="with --in-process: where KIND's time goes (cProfile)")
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
        f"serve --workers {args.workers} on {os.cpu_count()} cores; load generator: one process, "
        "asyncio streams, keep-alive",
        flush=True,
    )
    if args.check_statements:
        check_statements(args.db)
        return
    addresses = targets(args.db, args.distinct, random.Random(13))
    print("distinct addresses: " + ", ".join(f"{k} {len(v)}" for k, v in addresses.items()), flush=True)
    if args.in_process:
        in_process(args.db, addresses, args.in_process, args.zipf, args.profile)
        return
    unknown = [m for m in args.mixes.split(",") if m not in MIXES]
    if unknown:
        parser.error(f"unknown mix(es) {unknown}; known: {', '.join(MIXES)}")
    mixes = {m: MIXES[m] for m in args.mixes.split(",")}
    report: dict[str, Any] = {
        "articles": stats["articles"],
        "seconds": args.seconds,
        "workers": args.workers,
        "cores": os.cpu_count(),
        "distinct": {k: len(v) for k, v in addresses.items()},
        "zipf": args.zipf,
        "runs": {},
    }
    for cache in args.cache.split(","):
        port = free_port()
        server = start_server(args.db, port, args.workers, args.cache_size if cache == "on" else 0)
        try:
            # warm-up: a few requests of each kind (the cache, when on, starts nearly empty)
            warm = [(k, addresses[k][-(i + 1)]) for i in range(5) for k in addresses]
            run(run_rate("127.0.0.1", port, warm, 20))
            runs = report["runs"].setdefault(f"cache {cache}", {})
            for mix, kinds in mixes.items():
                for rate in rates:
                    plan = zipf_plan(addresses, kinds, int(rate * args.seconds), random.Random(int(rate)), args.zipf)
                    load = os.getloadavg()[0]
                    failures.clear()
                    results = run(run_rate("127.0.0.1", port, plan, rate))
                    rows = summary(results, kinds, mix)
                    runs.setdefault(mix, {})[str(int(rate))] = {
                        "load_before": round(load, 2),
                        "kinds": rows,
                        "failures": dict(failures),
                    }
                    print(
                        f"\ncache {cache}, {mix}, {int(rate)} requests/s for {args.seconds:g} s "
                        f"(load average before: {load:.2f}; failures: {dict(failures) or 'none'})"
                    )
                    print(f"  {'kind':<14} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
                    for kind, row in rows.items():
                        print(
                            f"  {kind:<14} {row['requests']:>8} {row['errors']:>6} {row['p50']:>8} "
                            f"{row['p95']:>8} {row['p99']:>8}",
                            flush=True,
                        )
                    time.sleep(2)
        finally:
            stop_server(server)
    print("\n" + json.dumps(report))
    print("\n" + markdown(report))


if __name__ == "__main__":
    main()
