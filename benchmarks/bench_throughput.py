"""Throughput (articles/s) and peak memory, one process, for text and HTML input.

Text input: the BBC News articles (``bbc-news/``); HTML input: trafilatura-eval pages.  Each is run
with the text stages only (``layout``, ``clean``; HTML includes trafilatura) and with the full
pipeline (spaCy and the later stages).  Peak memory is the process's maximum resident set size
(``ru_maxrss``) after each run, so it only grows: the full-pipeline rows include the spaCy model.

    .venv/bin/python benchmarks/bench_throughput.py [--n 200] [--full-n 50]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import data_dir
from benchmarks.text_twin import load_eval, read_html


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bbc_texts(n: int) -> list[str]:
    folder = data_dir("bbc-news")
    paths = sorted(folder.rglob("*.txt"))[:n]
    return [p.read_bytes().decode("utf-8", errors="replace") for p in paths]


def html_pages(n: int) -> list[str]:
    items = list(load_eval().values())[:n]
    return [read_html(item["file"]) for item in items]


def run(name: str, stages: tuple[str, ...], kind: str, docs: list[str]) -> None:
    from dateline.pipeline import Pipeline

    pipe = Pipeline(stages=stages)
    pipe.analyze(**{kind: docs[0]})  # warm-up (loads models)
    start = time.perf_counter()
    for doc in docs:
        pipe.analyze(**{kind: doc})
    seconds = time.perf_counter() - start
    print(f"| {name} | {len(docs)} | {len(docs) / seconds:.1f} | {peak_mb():.0f} |", flush=True)


def main() -> None:
    from dateline.pipeline import DEFAULT_STAGES, TEXT_STAGES

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="articles for the text-stage rows")
    parser.add_argument("--full-n", type=int, default=50, help="articles for the full-pipeline rows")
    args = parser.parse_args()
    texts, pages = bbc_texts(args.n), html_pages(args.n)
    print("| input, stages | articles | articles/s | peak RSS (MB) |")
    print("|---|---|---|---|")
    run("text (BBC), layout+clean", TEXT_STAGES, "text", texts)
    run("HTML (trafilatura-eval), trafilatura+layout+clean", TEXT_STAGES, "html", pages)
    run("text (BBC), full pipeline", DEFAULT_STAGES, "text", texts[: args.full_n])
    run("HTML (trafilatura-eval), full pipeline", DEFAULT_STAGES, "html", pages[: args.full_n])


if __name__ == "__main__":
    main()
