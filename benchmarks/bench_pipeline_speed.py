"""Throughput of ``analyze`` against bare spaCy, on BBC News, as a ratio measured in one run.

    .venv/bin/python benchmarks/bench_pipeline_speed.py [--docs N] [--seed S]

N articles (default 300, drawn with a fixed seed from all five folders) are read, and their clean
paragraphs made once (not timed). Timed, in turn, on the same process: bare spaCy (the pinned model,
all its components, ``nlp.pipe`` over each article's paragraphs, one article at a time, as the ``nlp``
stage does) and the whole default pipeline (``dateline.analyze`` per article: layout, clean, nlp,
entities, quotes, times, events). Each is run twice, alternating, and the faster run of each is kept.
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
    args = parser.parse_args()
    root = data_dir("bbc-news")
    files = sorted(root.glob("*/*.txt"))
    random.Random(args.seed).shuffle(files)
    texts = [f.read_bytes().decode("utf-8", errors="replace") for f in files[: args.docs]]

    import dateline
    from dateline.pipeline import TEXT_STAGES, Pipeline
    from dateline.stages import quotes as quotes_stage
    from dateline.stages.nlp import load_nlp

    nlp = load_nlp()
    text_only = Pipeline(stages=TEXT_STAGES)
    paragraphs = [text_only.analyze(text=t).paragraph_texts() for t in texts]
    dateline.analyze(text=texts[0])  # load everything once

    def bare() -> float:
        t0 = time.perf_counter()
        for paras in paragraphs:
            list(nlp.pipe(paras))
        return time.perf_counter() - t0

    def full() -> float:
        t0 = time.perf_counter()
        for t in texts:
            dateline.analyze(text=t)
        return time.perf_counter() - t0

    bare_s, full_s = [], []
    for _ in range(2):
        bare_s.append(bare())
        full_s.append(full())
    b, f = min(bare_s), min(full_s)
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
    print(
        f"tagger ran on       : {chosen}/{total} paragraphs ({100 * chosen / max(1, total):.0f}%, first 100 articles)"
    )


if __name__ == "__main__":
    main()
