"""How many speakers can be tied to an entity: PolNeAR dev Sources that overlap an entity mention.

Usage::

    .venv/bin/python benchmarks/bench_speakers.py [--docs N]

The ``quotes`` stage ties a quote to the entity that has a mention overlapping its speaker span, so
a speaker written "he" or "the deputy foreign minister" is only resolvable when the ``entities``
stage made that a mention.  For every annotated Source span of the PolNeAR dev split (one annotator
per article, as ``benchmarks/polnear.py`` reads it), this counts whether some mention of the stage
overlaps it, against bare spaCy's entity spans (same Docs, same run), by the form of the Source:
a pronoun, a role noun phrase ("the spokeswoman"), or anything else (names, "sources", ...).
It measures coverage, not whether the entity is the right one.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import data_dir
from dateline.pipeline import Pipeline, make_document
from dateline.roles import ROLE_NOUNS
from dateline.stages.entities import LABELS
from polnear import read_split

PRONOUNS = frozenset(["he", "she", "they", "him", "her", "them", "i", "we", "you", "it"])


def form(text: str) -> str:
    words = text.lower().split()
    if len(words) == 1 and words[0] in PRONOUNS:
        return "pronoun"
    if words and words[0] in ("the", "a", "an") and any(w.strip(",.'’s") in ROLE_NOUNS for w in words):
        return "role noun"
    return "other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=0, help="only the first N articles (0: all)")
    args = parser.parse_args()
    articles = read_split(data_dir("polnear"), "dev")
    if args.docs:
        articles = articles[: args.docs]
    pipeline = Pipeline(stages=("layout", "clean", "nlp", "entities"))
    skipped = 0
    total: Counter[str] = Counter()
    ours: Counter[str] = Counter()
    bare: Counter[str] = Counter()
    for art in articles:
        doc = make_document(text=art.text, raw=True)
        article = pipeline.run(doc)
        shift = art.text.find(article.text)  # raw: the text as given (0), whitespace aside
        if shift < 0:
            skipped += 1
            continue
        mentions = [(m.start + shift, m.end + shift) for e in article.entities for m in e.mentions]
        ents = [
            (p.start + shift + ent.start_char, p.start + shift + ent.end_char)
            for p, sdoc in zip(article.paragraphs, doc.docs, strict=True)
            for ent in sdoc.ents
            if ent.label_ in LABELS
        ]
        for role, start, end in art.spans:
            if role != "Source":
                continue
            kind = form(art.text[start:end])
            total[kind] += 1
            ours[kind] += any(s < end and start < e for s, e in mentions)
            bare[kind] += any(s < end and start < e for s, e in ents)
    print(f"PolNeAR dev: {len(articles) - skipped} articles, {sum(total.values())} Source spans")
    print(f"{'Source written as':18} {'n':>5} | {'entities stage':>15} | {'bare spaCy ents':>15}")
    for kind in ("other", "role noun", "pronoun"):
        n = total[kind]
        print(f"{kind:18} {n:5d} | {ours[kind] / n * 100:14.1f}% | {bare[kind] / n * 100:14.1f}%")
    n = sum(total.values())
    print(f"{'all':18} {n:5d} | {sum(ours.values()) / n * 100:14.1f}% | {sum(bare.values()) / n * 100:14.1f}%")


if __name__ == "__main__":
    main()
