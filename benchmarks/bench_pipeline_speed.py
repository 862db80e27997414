"""Throughput of ``analyze`` against bare spaCy, on BBC News, as a ratio measured in one run.

    .venv/bin/python benchmarks/bench_pipeline_speed.py [--docs N] [--seed S]

N articles (default 300, drawn with a fixed seed from all five folders) are read, and their clean
paragraphs made once (not timed). Timed, in turn, on the same process: bare spaCy (the pinned model,
all its components, ``nlp.pipe`` over each article's paragraphs, one article at a time, as the ``nlp``
stage does) and the whole default pipeline (``dateline.analyze`` per article: layout, clean, nlp,
entities, quotes, times, events). The articles go in blocks of ``--block`` (default 10): each block
is run bare, whole, bare, whole, and the faster of its two runs of each is kept, so that a burst of
load from other processes on a shared machine slows both sides alike rather than one of them.
Two ratios: of wall-clock time, and of the process's CPU time (both sides run on one thread, so
the CPU-time ratio is the same measure with time spent waiting for a core left out).
Also reported: the share of paragraphs the attribution tagger ran on.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import data_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--block", type=int, default=10, help="articles per alternation block")
    args = parser.parse_args()
    root = data_dir("bbc-news")
    files = sorted(root.glob("*/*.txt"))
    random.Random(args.seed).shuffle(files)
    texts = [f.read_bytes().decode("utf-8", errors="replace") for f in files[: args.docs]]

    import dateline
    from dateline.nlp import load_nlp
    from dateline.pipeline import TEXT_STAGES, Pipeline
    from dateline.stages import quotes as quotes_stage

    nlp = load_nlp()
    text_only = Pipeline(stages=TEXT_STAGES)
    paragraphs = [text_only.analyze(text=t).paragraph_texts() for t in texts]
    dateline.analyze(text=texts[0])  # load everything once

    def bare(lo: int, hi: int) -> tuple[float, float]:
        w0, c0 = time.perf_counter(), time.process_time()
        for paras in paragraphs[lo:hi]:
            list(nlp.pipe(paras))
        return time.perf_counter() - w0, time.process_time() - c0

    def full(lo: int, hi: int) -> tuple[float, float]:
        w0, c0 = time.perf_counter(), time.process_time()
        for t in texts[lo:hi]:
            dateline.analyze(text=t)
        return time.perf_counter() - w0, time.process_time() - c0

    b = f = b_cpu = f_cpu = 0.0
    for lo in range(0, len(texts), args.block):
        hi = lo + args.block
        runs = [(bare(lo, hi), full(lo, hi)) for _ in range(2)]
        b += min(r[0][0] for r in runs)
        f += min(r[1][0] for r in runs)
        b_cpu += min(r[0][1] for r in runs)
        f_cpu += min(r[1][1] for r in runs)
    n_paras = sum(len(p) for p in paragraphs)
    docs = [list(nlp.pipe(p)) for p in paragraphs[:100]]
    chosen = sum(
        quotes_stage._may_quote(t, d)
        for p, ds in zip(paragraphs, docs, strict=False)
        for t, d in zip(p, ds, strict=False)
    )
    total = sum(len(p) for p in paragraphs[:100])
    print(f"BBC News, {len(texts)} articles, {n_paras} paragraphs")
    print(f"bare spaCy nlp.pipe : {len(texts) / b:6.1f} articles/s  ({b:.1f} s)")
    print(f"dateline analyze    : {len(texts) / f:6.1f} articles/s  ({f:.1f} s)")
    print(f"ratio               : {b / f:.2f} of bare spaCy's throughput")
    print(f"ratio, CPU time     : {b_cpu / f_cpu:.2f} (bare {b_cpu:.1f} s, analyze {f_cpu:.1f} s of CPU)")
    print(
        f"tagger ran on       : {chosen}/{total} paragraphs ({100 * chosen / max(1, total):.0f}%, first 100 articles)"
    )


if __name__ == "__main__":
    main()
