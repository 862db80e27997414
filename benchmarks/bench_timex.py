"""Time expressions on TempEval-3 TimeBank + AQUAINT (TBAQ-cleaned), and the times stage's cost.

Scoring is TempEval-3 task A: a system expression matches a gold one when their spans overlap
(relaxed) or are equal (strict), one to one; value F1 counts matched expressions whose normalised
value equals the gold value (precision over system expressions, recall over gold ones); type accuracy
is over the relaxed matches.  The document creation time (``<DCT>``) is the anchor and is not scored.
Text is the ``<TEXT>`` element with the tags stripped; paragraphs are its blank-line-separated blocks.

Rows: dateline's ``times`` tagger (over spaCy's parse of each paragraph) and dateparser's
``search_dates`` with the DCT as ``RELATIVE_BASE`` (its values at day precision).  Then the cost of the
times stage beside the nlp stage on BBC News articles (``--speed N`` articles).

    .venv/bin/python benchmarks/bench_timex.py [--limit N] [--no-dateparser] [--speed 300] [--errors]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import data_dir, prf

TAG = re.compile(r"<(/?)(\w+)([^>]*)>")


@dataclass
class Gold:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass
class Doc:
    name: str
    dct: str
    text: str
    gold: list[Gold]
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    part: str = ""


def read_tml(path: Path) -> Doc:
    raw = path.read_text(encoding="utf-8")
    dct_m = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"([^\"]*)\"", raw)
    dct = dct_m.group(1) if dct_m else ""
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    out: list[str] = []
    pos = 0
    length = 0
    gold: list[Gold] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    for m in TAG.finditer(body):
        chunk = body[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if m.group(1) == "":
            open_timex = (length, dict(re.findall(r"(\w+)=\"([^\"]*)\"", m.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            gold.append(Gold(start, length, attrs.get("type", ""), attrs.get("value", ""), ""))
            open_timex = None
    out.append(body[pos:])
    text = "".join(out)
    text = text.replace("&amp;", "&&&&&")  # keep offsets: entities are rare; leave them as written
    text = "".join(out)
    for g in gold:
        g.text = text[g.start : g.end]
    paragraphs = []
    for m in re.finditer(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*$)", text, re.S):
        paragraphs.append((m.start(), m.end()))
    return Doc(path.stem, dct, text, gold, paragraphs, path.parent.name)


class Score:
    def __init__(self, name: str) -> None:
        self.name = name
        self.sys = self.gold = self.relaxed = self.strict = self.value = self.type = 0
        self.seconds = 0.0
        self.errors: list[str] = []

    def add(self, doc: Doc, found: list[tuple[int, int, str, str | None]]) -> None:
        self.sys += len(found)
        self.gold += len(doc.gold)
        used: set[int] = set()
        matched_gold: set[int] = set()
        for s, e, typ, value in found:
            best = None
            for i, g in enumerate(doc.gold):
                if i in used or g.end <= s or g.start >= e:
                    continue
                if best is None or (g.start == s and g.end == e):
                    best = i
            if best is None:
                self.errors.append(f"FP  {doc.name} {doc.dct} {doc.text[s:e]!r} {typ} {value}")
                continue
            g = doc.gold[best]
            used.add(best)
            matched_gold.add(best)
            self.relaxed += 1
            self.strict += int(g.start == s and g.end == e)
            self.value += int(value == g.value)
            self.type += int(typ == g.type)
            if value != g.value or (g.start, g.end) != (s, e):
                self.errors.append(
                    f"VAL {doc.name} {doc.dct} {doc.text[s:e]!r} {typ} {value}  gold {g.text!r} {g.type} {g.value}"
                )
        for i, g in enumerate(doc.gold):
            if i not in matched_gold:
                self.errors.append(
                    f"FN  {doc.name} {doc.dct} {g.text!r} {g.type} {g.value}  ...{doc.text[max(0, g.start - 40) : g.end + 40]!r}"
                )

    def row(self) -> str:
        def f1(tp: int) -> float:
            return prf(tp, self.sys - tp, self.gold - tp)[2] * 100

        rp, rr, rf = prf(self.relaxed, self.sys - self.relaxed, self.gold - self.relaxed)
        type_acc = self.type / self.relaxed * 100 if self.relaxed else 0.0
        return (
            f"| {self.name} | {rp * 100:.2f} | {rr * 100:.2f} | {rf * 100:.2f} | {f1(self.strict):.2f} | "
            f"{f1(self.value):.2f} | {type_acc:.1f} | {self.gold} | {self.sys} | {self.seconds:.1f} |"
        )


def run_dateline(docs: list[Doc], score: Score, parts: dict[str, Score] | None = None) -> None:
    from dateline.nlp import load_nlp
    from dateline.timex import tag

    nlp = load_nlp()
    for doc in docs:
        spacy_docs = list(nlp.pipe([doc.text[s:e] for s, e in doc.paragraphs]))
        t0 = time.perf_counter()
        times = tag(doc.text, doc.paragraphs, spacy_docs, doc.dct)
        score.seconds += time.perf_counter() - t0
        found = [(t.start, t.end, t.type, t.value) for t in times]
        score.add(doc, found)
        if parts is not None:
            parts.setdefault(doc.part, Score(f"dateline times, {doc.part} only")).add(doc, found)


def run_dateparser(docs: list[Doc], score: Score) -> None:
    from datetime import datetime

    from dateparser.search import search_dates

    for doc in docs:
        base = datetime.fromisoformat(doc.dct[:19]) if len(doc.dct) > 10 else datetime.fromisoformat(doc.dct)
        found = []
        t0 = time.perf_counter()
        for s, e in doc.paragraphs:
            para = doc.text[s:e]
            try:
                hits = search_dates(para, languages=["en"], settings={"RELATIVE_BASE": base}) or []
            except Exception:  # dateparser raises on some inputs
                hits = []
            pos = 0
            for sub, when in hits:
                i = para.find(sub, pos)
                if i < 0:
                    continue
                pos = i + len(sub)
                found.append((s + i, s + i + len(sub), "DATE", when.date().isoformat()))
        score.seconds += time.perf_counter() - t0
        score.add(doc, found)


def speed(n: int) -> None:
    from dateline.pipeline import Pipeline, make_document, registered_stages

    base = data_dir("bbc-news")
    files = sorted(base.glob("*/*.txt"))[:: max(1, len(sorted(base.glob("*/*.txt"))) // n)][:n]
    stages = registered_stages()
    prep = Pipeline(("layout", "clean"))
    totals = {"nlp": 0.0, "times": 0.0}
    for path in files:
        text = path.read_bytes().decode("utf-8", errors="replace")
        doc = make_document(text=text, published="2005-06-01")
        prep.run(doc)
        for name in ("nlp", "times"):
            t0 = time.perf_counter()
            stages[name].fn(doc)
            totals[name] += time.perf_counter() - t0
    ratio = totals["times"] / totals["nlp"] if totals["nlp"] else 0.0
    print(f"\ncost on {len(files)} BBC News articles: nlp {totals['nlp'] / len(files) * 1000:.1f} ms/article, "
          f"times {totals['times'] / len(files) * 1000:.2f} ms/article, times/nlp = {ratio * 100:.1f}%")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    ap.add_argument("--no-dateparser", action="store_true")
    ap.add_argument("--speed", type=int, default=300, help="BBC articles for the cost ratio (0: skip)")
    ap.add_argument("--errors", type=Path, help="write each mismatch to this file")
    args = ap.parse_args()
    root = data_dir("tempeval3", "Training", "TBAQ-cleaned")
    paths = sorted(root.glob("*/*.tml"))
    if args.limit:
        paths = paths[: args.limit]
    docs = [read_tml(p) for p in paths]
    print(
        f"TempEval-3 TBAQ-cleaned: {len(docs)} documents, {sum(len(d.gold) for d in docs)} gold expressions (DCT excluded)\n"
    )
    print("| system | relaxed P | relaxed R | relaxed F1 | strict F1 | value F1 | type acc | gold | found | seconds |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    ours = Score("dateline times")
    parts: dict[str, Score] = {}
    run_dateline(docs, ours, parts)
    print(ours.row(), flush=True)
    for name in sorted(parts):
        print(parts[name].row(), flush=True)
    if args.errors:
        args.errors.write_text("\n".join(ours.errors) + "\n", encoding="utf-8")
    if not args.no_dateparser:
        dp = Score("dateparser search_dates")
        run_dateparser(docs, dp)
        print(dp.row(), flush=True)
    if args.speed:
        speed(args.speed)


if __name__ == "__main__":
    main()
