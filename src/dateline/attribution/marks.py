"""Quotation marks: the quoted stretches of a paragraph, in every common style.

Handles “…” "…" ‘…’ '…' «…» „…“ ‚…‘ and »…« (German order); apostrophes (Clinton’s, voters’, ’90s)
are not marks. A quote opened and not closed before the paragraph ends *runs on*: news style
then opens the next paragraph with a mark again, and the quote goes on there.
"""

from __future__ import annotations

from dataclasses import dataclass

#: closing mark(s) for each opening mark
PAIRS: dict[str, str] = {
    "“": "”",
    "„": "“”",
    "«": "»",
    "»": "«",
    '"': '"',
    "‘": "’",
    "‚": "‘’",
    "'": "'",
    "‟": "”",
}
#: the closer of the other style a double quote may end on when none of its own follows
MIXED_CLOSERS: dict[str, str] = {"“": '"', '"': "”"}
DOUBLE_OPEN = frozenset('“„«»"‟')
SINGLE_OPEN = frozenset("‘‚'")
ALL_MARKS = frozenset("“”„«»\"‘’‚'‟")
QUOTE_CHARS = frozenset('“”„«»"‟')  # a paragraph holding one of these may quote someone
_BEFORE_OPEN = set(" \t\n([{—–-:/") | {""}


@dataclass(frozen=True)
class Quoted:
    """A quoted stretch: ``start`` at the opening mark, ``end`` one past the closing mark
    (or the paragraph's end when the quote runs on). Offsets into the paragraph."""

    start: int
    end: int
    closed: bool

    @property
    def inner(self) -> tuple[int, int]:
        return (self.start + 1, self.end - 1 if self.closed else self.end)


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if after == " " and before in ("", " ", "\n") and text[i + 2 : i + 3].strip():
        # '... complications. " I was forced to move out ...," she said', '“ … We all play a vital role':
        # a mark with a space after it opens a quote where it can only open one: a left mark, or a
        # straight one that starts the paragraph or a sentence before a capital
        if text[i] in "“„«":
            return True
        return text[i] == '"' and text[i + 2].isupper() and text[:i].rstrip()[-1:] in ("", ".", "!", "?")
    return (before in _BEFORE_OPEN or not before.isalnum()) and after != "" and not after.isspace()


def _closes(text: str, i: int, mark: str) -> bool:
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if mark in "’'":  # an apostrophe inside or at the end of a word is not a closing mark
        if after.isalpha():
            return False
        return before != "" and not before.isspace() and (before in ".,!?;:…—-" or not before.isspace())
    return (before != "" and not before.isspace()) or after in ("", " ", "\n")


def _right_mark_opens(text: str, i: int) -> int:
    """Where a right double mark that stands as an opener closes, or -1.

    '”It might look like anger ...,” she says', 'confirmed Blum’s death: ”It is with ...”', 'added that, ” Many
    of ...”': some scrapes set the right mark on both sides. It opens only where no closer can stand (at the
    paragraph's start or after a space or a bracket, before a word, or a space and a capital) and only where
    another right mark closes it in the same paragraph."""
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1 : i + 3]
    if before not in ("", " ", "\n", "(") or not after:
        return -1
    if not (after[0].isalnum() or (after[0] == " " and after[1:].isupper())):
        return -1
    return next((j for j in range(i + 2, len(text)) if text[j] == "”" and _closes(text, j, "”")), -1)


def find_quoted(text: str) -> list[Quoted]:
    """The outermost quoted stretches of ``text`` (one paragraph), left to right."""
    out: list[Quoted] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "”" and (end := _right_mark_opens(text, i)) > 0:
            out.append(Quoted(i, end + 1, True))
            i = end + 1
            continue
        if (ch in DOUBLE_OPEN and _opens(text, i)) or (ch in SINGLE_OPEN and _opens(text, i) and ch != "'"):
            closers = PAIRS[ch]
            depth_inner: str | None = None  # an inner quote of the other kind
            j = i + 1
            found = -1
            while j < n:
                c = text[j]
                if depth_inner is None and c in closers and j > i + 1 and _closes(text, j, c):
                    found = j
                    break
                if depth_inner is None and c in "‘“«" and c not in closers and _opens(text, j):
                    depth_inner = PAIRS[c]
                elif depth_inner is not None and c in depth_inner and _closes(text, j, c):
                    depth_inner = None
                j += 1
            if found < 0 and ch in MIXED_CLOSERS:
                # '“There is going to be a premium ...," he said': a quote opened in one style and closed in
                # the other (scraped text mixes them); taken only where no closer of its own style follows
                found = next(
                    (j for j in range(i + 2, n) if text[j] == MIXED_CLOSERS[ch] and _closes(text, j, text[j])), -1
                )
            if found >= 0:
                out.append(Quoted(i, found + 1, True))
                i = found + 1
                continue
            if ch in DOUBLE_OPEN:  # runs on to the end of the paragraph
                out.append(Quoted(i, n, False))
                return out
        i += 1
    return out


def has_quote_mark(text: str) -> bool:
    return any(c in QUOTE_CHARS for c in text)


def starts_with_quote(text: str) -> bool:
    stripped = text.lstrip()
    return bool(stripped) and stripped[0] in DOUBLE_OPEN
