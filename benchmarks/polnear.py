"""Read PolNeAR (Newell, Margolin & Ruths, LREC 2018): article texts and brat attribution spans.

Used by ``benchmarks/bench_attribution.py`` and ``scripts/train_attribution.py``; standard library only,
so it also runs on a bare training machine.

Convention: an article annotated by several annotators is scored (and trained) against ONE of them,
the annotator whose ``.ann`` file name sorts first. A discontinuous brat span (``a b;c d``, e.g. the
two halves of a split quote) is treated as separate fragments, each scored as a span of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

ROLES = ("Source", "Cue", "Content")


@dataclass
class PolnearArticle:
    name: str
    text: str
    annotator: str
    #: (role, start, end) fragments, deduplicated, sorted
    spans: list[tuple[str, int, int]] = field(default_factory=list)


def read_ann(path: Path, text: str) -> list[tuple[str, int, int]]:
    """The Source/Cue/Content fragments of one brat file (other labels ignored)."""
    spans: set[tuple[str, int, int]] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        label, _, offsets = parts[1].partition(" ")
        if label not in ROLES:
            continue
        for frag in offsets.split(";"):
            start, end = (int(x) for x in frag.split())
            # trim whitespace the annotators sometimes include
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                spans.add((label, start, end))
    return sorted(spans, key=lambda s: (s[1], s[2], s[0]))


def read_split(root: Path, split: str) -> list[PolnearArticle]:
    """All articles of ``split`` ("train" or "dev") under the PolNeAR folder ``root``."""
    text_dir, ann_dir = root / split / "text", root / split / "attributions"
    by_article: dict[str, list[Path]] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        stem, _, _annotator = ann.stem.rpartition("_")
        by_article.setdefault(stem, []).append(ann)
    articles = []
    for stem, anns in sorted(by_article.items()):
        txt = text_dir / f"{stem}.txt"
        if not txt.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        ann = sorted(anns)[0]
        articles.append(PolnearArticle(stem, text, ann.stem.rpartition("_")[2], read_ann(ann, text)))
    return articles


_PARA = re.compile(r"\n[ \t]*\n")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Blank-line separated paragraphs (the same split ``dateline analyze --raw`` makes)."""
    splitter = _PARA if _PARA.search(text) else re.compile(r"\n")
    out, pos = [], 0
    for m in [*splitter.finditer(text), None]:
        end = m.start() if m else len(text)
        piece = text[pos:end]
        if piece.strip():
            start = pos + len(piece) - len(piece.lstrip())
            out.append((start, start + len(piece.strip())))
        if m:
            pos = m.end()
    return out
