"""Provenance and coverage on a set built from BBC News: statement grouping and event grouping.

The set: ``--limit`` BBC News articles (the first of each folder in turn; an article sharing a fifth
of its word 4-shingles with an earlier one is left out: BBC re-reports a story with the same quotes), five a day, each as "bbc.co.uk" on day d, plus a **rewritten copy** as another outlet
("Rewrite Daily") a day later, built here so that it is not a copy in the store's sense (word
4-shingle Jaccard with the original well under 0.5): its paragraphs reordered (the first kept first),
every third paragraph without a quote dropped, the prose reworded (articles and tenses swapped:
"the" -> "a", "is" -> "was", "will" -> "would"...; content words kept in order; not a capitalised
word, nor one inside a name or before one), and each quotation
changed the way re-quoting changes it, in turn: curly quote marks, a lower-case first word, one word
changed ("the" -> "this", else a word dropped), or cut to its first two thirds.

Both are analysed by the full pipeline and stored (SQLite, in a temporary folder).

* **Statements** (``Store.quotes``): truth pairs are a quote of the copy and the quote of the original
  its paragraph came from (the original's quote in that paragraph sharing the most words, at least
  half of the copy's; and any other quote of that paragraph the copy's quote holds four fifths of: a
  quote split in two records by one article and printed whole by the other); quotes of different
  originals are different statements. Pairwise precision and
  recall over every pair of quotes with a truth label.
* **Coverage** (``Store.coverage`` 's term model) beside a **plain TF-IDF** baseline (body words, no
  headline weight, entities or time window; same threshold, and its best threshold from a sweep, both
  in the same run): pairwise F1 over articles, truth = the original and its copy.

Synthetic rewrites are a proxy for real re-reporting; the numbers say how well the rules recover
planted links, not how often real outlets re-quote.

``--scraped``: coverage on real multi-outlet copy instead: the 310 scraped bodies (``scraped-bodies``)
published 2020-05-14..16 by 20-odd outlets, analysed up to entities, and scored on the pairs of
``benchmarks/gold/coverage_scraped.json`` (pooled from both models, judged by hand from the
headlines; recall is relative to that pool), for both models at the default threshold and over a
sweep.

    .venv/bin/python benchmarks/bench_provenance.py [--limit 100] [--cache FILE]
    .venv/bin/python benchmarks/bench_provenance.py --scraped
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import data_dir, prf

QUOTED = re.compile(r'"[^"]{8,}"')


def originals(limit: int) -> list[tuple[str, str, str]]:
    """(name, headline, body) of BBC articles, round-robin over the folders, duplicates left out."""
    from dateline import dedup

    kept_shingles: list[set[str]] = []
    root = data_dir() / "bbc-news"
    folders = sorted(p for p in root.iterdir() if p.is_dir())
    files = [sorted(f.glob("*.txt")) for f in folders]
    out, seen = [], set()
    for i in range(max(len(f) for f in files)):
        for group in files:
            if i < len(group) and len(out) < limit:
                raw = group[i].read_text(encoding="utf-8", errors="replace")
                headline, _, body = raw.strip().partition("\n")
                body = "\n\n".join(p.strip() for p in body.split("\n") if p.strip())
                fp = dedup.fingerprint(body)
                if fp in seen or body.count('"') < 2:
                    continue
                mine = dedup.shingles(body)
                if any(dedup.jaccard(mine, other) >= 0.2 for other in kept_shingles):
                    continue  # a version of an earlier story: the same quotes, so not a different statement
                seen.add(fp)
                kept_shingles.append(mine)
                out.append((f"{group[i].parent.name}/{group[i].name}", headline.strip(), body))
    return out


def vary_quote(text: str, how: int) -> str:
    inner = text[1:-1]
    words = inner.split()
    if how == 0:
        return f"\u201c{inner}\u201d"
    if how == 1:
        return '"' + inner[:1].lower() + inner[1:] + '"'
    if how == 2:
        if " the " in f" {inner} ":
            return '"' + re.sub(r"\bthe\b", "this", inner, count=1) + '"'
        return '"' + " ".join(words[:-2] + words[-1:]) + '"' if len(words) > 3 else text
    keep = max(4, (2 * len(words)) // 3)
    return '"' + " ".join(words[:keep]) + '"'


SWAP = {"the": "a", "a": "the", "an": "the", "is": "was", "are": "were", "has": "had", "will": "would", "of": "for"}


def reword(prose: str) -> str:
    """Prose in other words, the way a rewrite changes it: articles and tenses swapped (the content
    words stay, in order), which breaks most word 4-shingles."""
    out = []
    words = prose.split()
    for k, word in enumerate(words):
        core = word.strip(".,;:!?")
        swap = SWAP.get(core.lower())
        before_name = k < len(words) - 1 and words[k + 1][:1].isupper()  # "the Federal Labor Agency"
        inside_name = before_name and k > 0 and words[k - 1][:1].isupper()
        if core.lower() in ("the", "a", "an") and before_name:
            inside_name = True
        if swap is not None and not inside_name and not core[:1].isupper():  # "Chamber of Commerce" keeps its "of"
            swap = swap.capitalize() if core[:1].isupper() else swap
            word = word.replace(core, swap, 1)
        out.append(word)
    return " ".join(out)


def rewrite(body: str, seed: int) -> tuple[str, list[int]]:
    """The copy's body and, for each of its paragraphs, the original paragraph it came from."""
    rng = random.Random(seed)
    paras = body.split("\n\n")
    order = [0, *rng.sample(range(1, len(paras)), len(paras) - 1)] if len(paras) > 1 else [0]
    out, origin, how = [], [], seed
    for n, i in enumerate(order):
        p = paras[i]
        if '"' not in p and n % 3 == 2:
            continue
        pieces, last = [], 0
        for m in QUOTED.finditer(p):
            pieces.append(reword(p[last : m.start()]))
            pieces.append(vary_quote(m.group(0), how % 4))
            how += 1
            last = m.end()
        pieces.append(reword(p[last:]))
        out.append(" ".join(x for x in pieces if x))
        origin.append(i)
    return "\n\n".join(out), origin


def paragraph_index(text: str, start: int) -> int:
    return text.count("\n\n", 0, start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=100, help="BBC originals (each gets a rewritten copy)")
    parser.add_argument("--why", action="store_true", help="print some wrong and missed pairs")
    parser.add_argument("--cache", help="keep the analysed set in this JSON Lines file (reused when it exists)")
    parser.add_argument("--scraped", action="store_true", help="coverage on real scraped bodies (judged pairs)")
    args = parser.parse_args()
    if args.scraped:
        scraped_coverage()
        return

    from dateline.corpus import coverage as cov
    from dateline.corpus import open_store
    from dateline.dedup import normalise
    from dateline.pipeline import Given, default_pipeline

    pipe = default_pipeline()
    base = dt.date(2024, 1, 1)
    started = time.perf_counter()
    pairs = []
    cache = Path(args.cache) if args.cache else None
    if cache is not None and cache.exists():
        from dateline.model import Article

        for line in cache.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            pairs.append((Article.from_dict(item["original"]), Article.from_dict(item["copy"]), item["origin"]))
    for k, (name, headline, body) in enumerate(originals(args.limit) if not pairs else []):
        day = base + dt.timedelta(days=k // 5)  # five stories a day: the time window alone cannot tell them apart
        copy_body, origin = rewrite(body, k)
        orig = pipe.analyze(
            text=body,
            raw=True,
            url=f"https://www.bbc.co.uk/news/{name}",
            given=Given(headline=headline, published=f"{day}T08:00:00+00:00"),
        )
        copy = pipe.analyze(
            text=copy_body,
            raw=True,
            url=f"https://rewrite.example.com/{name}",
            given=Given(
                headline=f"{headline}, reports say",
                published=f"{day + dt.timedelta(days=1)}T09:00:00+00:00",
                outlet="Rewrite Daily",
            ),
        )
        pairs.append((orig, copy, origin))
    if cache is not None and not cache.exists():
        with open(cache, "w", encoding="utf-8") as out:
            for o, c, origin in pairs:
                out.write(json.dumps({"original": o.to_dict(), "copy": c.to_dict(), "origin": origin}) + "\n")
    analysed = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as tmp, open_store(f"{tmp}/p.db") as store:
        store.add_articles([a for o, c, _ in pairs for a in (o, c)])
        statements = store.quotes(limit=10**6)
        same_story = sum(
            1 for o, c, _ in pairs if store.find_article(o.id) and _story(store, o.id) == _story(store, c.id)
        )
        # truth: each quote of a copy -> the original's quote it re-quotes
        truth: dict[str, str] = {}
        same_as: dict[str, str] = {}
        for orig, copy, origin in pairs:
            for q in orig.quotes:
                truth[f"{orig.id}/{q.id}"] = f"{orig.id}/{q.id}"
            for q in copy.quotes:
                para = (
                    origin[paragraph_index(copy.text, q.start)]
                    if paragraph_index(copy.text, q.start) < len(origin)
                    else -1
                )
                words = set(normalise(q.text).split())
                best, score = None, 0.0
                for oq in orig.quotes:
                    if paragraph_index(orig.text, oq.start) != para or not words:
                        continue
                    shared = len(words & set(normalise(oq.text).split())) / len(words)
                    if shared > score:
                        best, score = oq, shared
                if best is not None and score >= 0.5:
                    truth[f"{copy.id}/{q.id}"] = f"{orig.id}/{best.id}"
                    # a quote the original split in two records and the copy printed whole: one statement
                    for oq in orig.quotes:
                        theirs = set(normalise(oq.text).split())
                        mine = oq is not best and paragraph_index(orig.text, oq.start) == para and len(theirs) >= 4
                        if mine and len(theirs & words) / len(theirs) >= 0.8:
                            same_as[f"{orig.id}/{oq.id}"] = f"{orig.id}/{best.id}"
        for _ in range(3):  # follow the links between an original's parts
            truth = {q: same_as.get(t, t) for q, t in truth.items()}
        predicted = {}
        for s in statements:
            for qid in s["quote_ids"]:
                predicted[qid] = s["statement_id"]
        labelled = sorted(q for q in truth if q in predicted)
        words_of = {f"{a.id}/{q.id}": len(q.text.split()) for o, c, _ in pairs for a in (o, c) for q in a.quotes}

        def pairwise(quotes: list[str]) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
            by_truth: dict[str, list[str]] = {}
            by_pred: dict[str, list[str]] = {}
            for q in quotes:
                by_truth.setdefault(truth[q], []).append(q)
                by_pred.setdefault(predicted[q], []).append(q)
            pred = {frozenset(p) for g in by_pred.values() for p in combinations(g, 2)}
            true = {frozenset(p) for g in by_truth.values() for p in combinations(g, 2)}
            return pred, true

        print(f"set: {len(pairs)} BBC originals + {len(pairs)} rewritten copies, analysed in {analysed:.0f} s")
        print(f"copies in the same story as their original (near duplicates): {same_story}")
        copied = sum(1 for q in truth if truth[q] != q)
        print(f"statements: {len(labelled)} labelled quotes ({copied} re-quoted in a copy)")
        for label, quotes in (
            ("all labelled quotes", labelled),
            ("quotes of 3+ words (no fragments)", [q for q in labelled if words_of[q] >= 3]),
        ):
            pred_pairs, true_pairs = pairwise(quotes)
            tp, fp, fn = len(pred_pairs & true_pairs), len(pred_pairs - true_pairs), len(true_pairs - pred_pairs)
            p, r, f = prf(tp, fp, fn)
            print(f"  {label}: pairwise P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp}, fp {fp}, fn {fn})")
        if "--why" in sys.argv:
            rows_q = {
                f"{a}/{q}": (sp, k, t)
                for a, q, sp, k, t in store.query(
                    "SELECT q.article_id, q.qid, q.speaker_ckey, q.kind, q.text FROM quotes q"
                )
            }
            for tag, wrong in (("FP", pred_pairs - true_pairs), ("FN", true_pairs - pred_pairs)):
                for pair in sorted(wrong, key=sorted)[:15]:
                    x, y = sorted(pair)
                    print(f"  {tag}", rows_q[x], "||", rows_q[y])

        rows = store.query("SELECT id, story_id, outlet, published, headline, text FROM articles ORDER BY id")
        ents: dict[str, list[str]] = {}
        for art, canonical in store.query(
            "SELECT e.article_id, k.canonical FROM entities e JOIN entity_keys k ON k.ckey = e.ckey"
        ):
            ents.setdefault(art, []).append(canonical)
        docs = [cov.Doc(r[0], r[1], r[2], r[3], r[4], r[5], ents.get(r[0], [])) for r in rows]
        gold = {}
        for orig, copy, _ in pairs:
            gold[orig.id] = gold[copy.id] = orig.id
        true_cov = {frozenset((a.id, b.id)) for a, b in combinations(docs, 2) if gold[a.id] == gold[b.id]}

        def score(plain: bool, threshold: float) -> tuple[float, float, float]:
            events = cov.group(docs, plain=plain, threshold=threshold)
            got = {frozenset((a.id, b.id)) for e in events for a, b in combinations(e, 2)}
            return prf(len(got & true_cov), len(got - true_cov), len(true_cov - got))

        print(f"coverage: {len(docs)} articles, {len(true_cov)} true pairs")
        ours = score(False, cov.THRESHOLD)
        print(f"  dateline term model (threshold {cov.THRESHOLD}): P {ours[0]:.3f}  R {ours[1]:.3f}  F1 {ours[2]:.3f}")
        base_same = score(True, cov.THRESHOLD)
        print(
            f"  plain TF-IDF, same threshold:        P {base_same[0]:.3f}  R {base_same[1]:.3f}  F1 {base_same[2]:.3f}"
        )
        sweep = {t: score(True, t) for t in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)}
        best = max(sweep, key=lambda t: sweep[t][2])
        b = sweep[best]
        print(f"  plain TF-IDF, best threshold {best}:   P {b[0]:.3f}  R {b[1]:.3f}  F1 {b[2]:.3f}")


def scraped_coverage() -> None:
    from dateline.api import analyze_inputs
    from dateline.corpus import coverage as cov
    from dateline.identity import name_key
    from dateline.model import Article
    from dateline.pipeline import Pipeline
    from dateline.readers import Input, iter_inputs

    gold_file = Path(__file__).resolve().parent / "gold" / "coverage_scraped.json"
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    days = set(gold["days"])
    items: list[Input] = []
    for path in sorted(data_dir("scraped-bodies").glob("*/*.csv")):
        items += [i for i in iter_inputs([str(path)]) if isinstance(i, Input) and (i.published or "")[:10] in days]
    started = time.perf_counter()
    pipe = Pipeline(stages=("layout", "clean", "nlp", "entities"))
    arts = [a for a in analyze_inputs(items, pipeline=pipe) if isinstance(a, Article)]
    docs = [
        cov.Doc(
            a.id,
            a.id,
            a.outlet,
            a.published,
            a.headline,
            a.text,
            [f"{e.type}:{name_key(e.name, e.type)}" for e in a.entities],
        )
        for a in arts
    ]
    index = {a.source.url: k for k, a in enumerate(arts)}
    judged = [
        (index[p["a"]], index[p["b"]], bool(p["same_event"]))
        for p in gold["pairs"]
        if p["a"] in index and p["b"] in index
    ]
    print(
        f"scraped bodies {sorted(days)[0]}..{sorted(days)[-1]}: {len(arts)} articles, {len({d.outlet for d in docs})} outlets, "
        f"analysed in {time.perf_counter() - started:.0f} s; {len(judged)} judged pairs ({sum(g for *_, g in judged)} same event)"
    )

    def score(plain: bool, threshold: float) -> tuple[float, float, float]:
        comp = {}
        for k, event in enumerate(cov.group(docs, plain=plain, threshold=threshold)):
            for d in event:
                comp[d.id] = k
        tp = sum(1 for i, j, g in judged if g and comp[docs[i].id] == comp[docs[j].id])
        fp = sum(1 for i, j, g in judged if not g and comp[docs[i].id] == comp[docs[j].id])
        fn = sum(1 for i, j, g in judged if g and comp[docs[i].id] != comp[docs[j].id])
        return prf(tp, fp, fn)

    for name, plain in (("dateline term model", False), ("plain TF-IDF", True)):
        p, r, f = score(plain, cov.THRESHOLD)
        sweep = {t: score(plain, t) for t in (0.2, 0.25, 0.3, 0.35, 0.4, 0.5)}
        best = max(sweep, key=lambda t: sweep[t][2])
        print(
            f"  {name}: threshold {cov.THRESHOLD} P {p:.3f} R {r:.3f} F1 {f:.3f}; best threshold {best}: F1 {sweep[best][2]:.3f}"
        )


def _story(store: object, article_id: str) -> str:
    return store.query("SELECT story_id FROM articles WHERE id = ?", (article_id,))[0][0]


if __name__ == "__main__":
    main()
