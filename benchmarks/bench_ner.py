"""NER on CoNLL-2003 English: the ``entities`` stage against bare spaCy, in the same run.

Usage::

    .venv/bin/python benchmarks/bench_ner.py [--split eng.testa] [--docs N]

Each CoNLL document (``-DOCSTART-``) becomes one article whose paragraphs are its sentences
(tokens joined by single spaces), so that spaCy never runs across a sentence break and the
entities stage sees the whole document.  Types are mapped to CoNLL's four: PERSON -> PER,
ORG -> ORG, GPE/LOC/FAC -> LOC, NORP/EVENT/PRODUCT/LAW/MISC -> MISC.  Bare spaCy's DATE, TIME,
CARDINAL, ... spans are left out (CoNLL does not annotate them).  Scored: entity-level exact
span + type micro P/R/F1 (conlleval's definition), over the spans of each side.  Role-noun and
pronoun mentions of the stage ("the diplomat", "he") are not names and are not scored.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import data_dir, prf
from dateline.nlp import load_nlp
from dateline.stages.entities import LABELS, find_entities

CONLL_TYPE = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "LAW": "MISC",
    "MISC": "MISC",
}
NOT_NAMES = frozenset(["the", "he", "she", "they", "him", "her", "them", "it"])

Span = tuple[int, int, str]  # first token, one past the last token, type (document token indices)


def read_conll(path: Path) -> list[list[list[tuple[str, str]]]]:
    """Documents -> sentences -> (token, IOB1 tag)."""
    docs: list[list[list[tuple[str, str]]]] = []
    sentence: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if sentence:
                if not docs:
                    docs.append([])
                docs[-1].append(sentence)
                sentence = []
            continue
        if parts[0] == "-DOCSTART-":
            if sentence:
                docs[-1].append(sentence)
                sentence = []
            docs.append([])
            continue
        sentence.append((parts[0], parts[-1]))
    if sentence:
        docs[-1].append(sentence)
    return [d for d in docs if d]


def gold_spans(tags: list[str]) -> set[Span]:
    """IOB1 (and IOB2) tags of one document -> entity spans."""
    spans: set[Span] = set()
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        if start >= 0 and (prefix in ("O", "B") or label != kind):
            spans.add((start, i, kind))
            start, kind = -1, ""
        if prefix in ("I", "B") and start < 0:
            start, kind = i, label
    return spans


def char_to_token(starts: list[int], ends: list[int], start: int, end: int) -> tuple[int, int] | None:
    """Token range whose characters are exactly ``start..end``, or None when it cuts a token."""
    try:
        return starts.index(start), ends.index(end) + 1
    except ValueError:
        return None


def score(pred: Counter[str], gold: Counter[str], tp: Counter[str]) -> dict[str, tuple[float, float, float]]:
    out = {}
    for t in [*sorted(gold), "ALL"]:
        if t == "ALL":
            p, r, f = prf(
                sum(tp.values()), sum(pred.values()) - sum(tp.values()), sum(gold.values()) - sum(tp.values())
            )
        else:
            p, r, f = prf(tp[t], pred[t] - tp[t], gold[t] - tp[t])
        out[t] = (p, r, f)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="eng.testa")
    parser.add_argument("--docs", type=int, default=0, help="only the first N documents (0: all)")
    parser.add_argument("--errors", action="store_true", help="print the stage's wrong and missed spans")
    args = parser.parse_args()
    path = data_dir("conll2003", args.split)
    documents = read_conll(path)
    if args.docs:
        documents = documents[: args.docs]
    nlp = load_nlp()

    counts = {name: (Counter[str](), Counter[str](), Counter[str]()) for name in ("dateline", "spacy")}
    t_nlp = t_ent = 0.0
    n_tokens = 0
    for sentences in documents:
        texts = [" ".join(tok for tok, _ in s) for s in sentences]
        tags = [tag for s in sentences for _, tag in s]
        starts: list[int] = []
        ends: list[int] = []
        offsets: list[int] = []
        position = 0
        for s in sentences:
            offsets.append(position)
            for tok, _ in s:
                starts.append(position)
                ends.append(position + len(tok))
                position += len(tok) + 1
            position += 1  # the paragraph break: "\n\n" replaces the last space
        text = "\n\n".join(texts)
        n_tokens += len(tags)
        t0 = time.perf_counter()
        docs = list(nlp.pipe(texts))
        t1 = time.perf_counter()
        entities = find_entities(docs, offsets, text)
        t2 = time.perf_counter()
        t_nlp += t1 - t0
        t_ent += t2 - t1

        gold = gold_spans(tags)
        ours: set[Span] = set()
        for entity in entities:
            for m in entity.mentions:
                if m.text.split()[0].lower() in NOT_NAMES:
                    continue
                span = char_to_token(starts, ends, m.start, m.end)
                if span is not None:
                    ours.add((*span, CONLL_TYPE[entity.type]))
                else:
                    ours.add((-m.start, -m.end, CONLL_TYPE[entity.type]))  # never matches gold
        bare: set[Span] = set()
        for sdoc, offset in zip(docs, offsets, strict=True):
            for ent in sdoc.ents:
                etype = LABELS.get(ent.label_)
                if etype is None:
                    continue
                span = char_to_token(starts, ends, offset + ent.start_char, offset + ent.end_char)
                bare.add((*span, CONLL_TYPE[etype]) if span else (-ent.start_char - offset, -1, CONLL_TYPE[etype]))
        if args.errors:
            tokens = [tok for s in sentences for tok, _ in s]
            for a, b, t in sorted(ours - gold, key=lambda x: abs(x[0])):
                print("  FP", t, " ".join(tokens[a:b]) if a >= 0 else "(cuts a token)")
            for a, b, t in sorted(gold - ours):
                print("  FN", t, " ".join(tokens[a:b]))
        for name, pred in (("dateline", ours), ("spacy", bare)):
            p_count, g_count, tp_count = counts[name]
            p_count.update(t for _, _, t in pred)
            g_count.update(t for _, _, t in gold)
            tp_count.update(t for _, _, t in pred & gold)

    print(
        f"CoNLL-2003 {args.split}: {len(documents)} documents, {n_tokens} tokens, {sum(counts['spacy'][1].values())} gold entities"
    )
    print("entity-level exact span+type, P / R / F1 (%)")
    header = f"{'type':6} | {'dateline entities stage':>26} | {'bare spaCy sm (mapped)':>26}"
    print(header)
    print("-" * len(header))
    ours_scores = score(*counts["dateline"])
    bare_scores = score(*counts["spacy"])
    for t in ours_scores:
        a, b = ours_scores[t], bare_scores[t]
        print(
            f"{t:6} | {a[0] * 100:7.1f} {a[1] * 100:7.1f} {a[2] * 100:7.1f}   | {b[0] * 100:7.1f} {b[1] * 100:7.1f} {b[2] * 100:7.1f}"
        )
    print(f"time: spaCy nlp.pipe {t_nlp:.1f} s, entities stage {t_ent:.2f} s ({t_ent / t_nlp * 100:.1f}% of spaCy)")


if __name__ == "__main__":
    main()
