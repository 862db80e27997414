"""The tag set and the token windows shared by training and inference (no third-party imports)."""

from __future__ import annotations

ROLES: tuple[str, ...] = ("Source", "Cue", "Content")
#: BIO labels, index = class id of the model's output
LABELS: tuple[str, ...] = ("O", "B-Source", "I-Source", "B-Cue", "I-Cue", "B-Content", "I-Content")

CLS_ID, SEP_ID, PAD_ID = 101, 102, 0
#: word pieces per window, [CLS] and [SEP] not counted, and the step between windows
WINDOW, STRIDE = 254, 127


def windows(n: int, size: int = WINDOW, stride: int = STRIDE) -> list[tuple[int, int]]:
    """Token ranges covering ``n`` word pieces: one window, or overlapping windows ``stride`` apart."""
    if n <= size:
        return [(0, n)]
    out, start = [], 0
    while True:
        end = min(start + size, n)
        out.append((start, end))
        if end == n:
            return out
        start += stride


def owner(i: int, spans: list[tuple[int, int]]) -> int:
    """Index of the window in which token ``i`` sits farthest from an edge."""
    best, best_margin = 0, -1
    for k, (start, end) in enumerate(spans):
        if start <= i < end:
            margin = min(i - start, end - 1 - i)
            if margin > best_margin:
                best, best_margin = k, margin
    return best


def char_labels(n_tokens: int, offsets: list[tuple[int, int]], spans: list[tuple[str, int, int]]) -> list[int]:
    """BIO class ids for word pieces with char ``offsets``, given (role, start, end) char spans."""
    labels = [0] * n_tokens
    for role, start, end in spans:
        b = LABELS.index(f"B-{role}")
        first = True
        for i, (s, e) in enumerate(offsets):
            if s >= start and e <= end and e > s:
                labels[i] = b if first else b + 1
                first = False
    return labels


def whole_words(labels: list[int], word_ids: list[int | None]) -> list[int]:
    """Each word piece takes the role of the first labelled piece of its word, so that no span starts
    or ends inside a word: the model labels word pieces one by one and may give "remdesivir" Content on
    "re" and "iv" only, or a Source on "##rin" of "Sorin" alone. A word none of whose pieces is
    labelled stays outside; a word's first piece begins a span when the label it takes does."""
    out = list(labels)
    pieces: dict[int, list[int]] = {}
    for i, word in enumerate(word_ids):
        if word is not None:
            pieces.setdefault(word, []).append(i)
    for members in pieces.values():
        lead = next((labels[i] for i in members if labels[i] != 0), 0)
        if lead == 0:
            continue
        inside = lead if LABELS[lead].startswith("I-") else lead + 1  # B-X -> I-X
        out[members[0]] = labels[members[0]] if labels[members[0]] != 0 else lead
        for i in members[1:]:
            out[i] = inside
    return out


def decode(labels: list[int], offsets: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """(role, start, end) char spans from BIO class ids; an I- after a different role starts a span."""
    out: list[tuple[str, int, int]] = []
    cur: list = []  # [role, start, end]
    for lab, (s, e) in zip(labels, offsets, strict=False):
        if lab == 0 or e <= s:
            if lab == 0 and cur:
                out.append((cur[0], cur[1], cur[2]))
                cur = []
            continue
        role = LABELS[lab][2:]
        if LABELS[lab].startswith("B-") or not cur or cur[0] != role:
            if cur:
                out.append((cur[0], cur[1], cur[2]))
            cur = [role, s, e]
        else:
            cur[2] = e
    if cur:
        out.append((cur[0], cur[1], cur[2]))
    return out
