"""A body as lines: every non-empty line of the text becomes a :class:`~dateline.document.Line`,
a paragraph over the length limit is cut into several, and lines past the read limits are marked
unread (the ``clean`` stage lists them in removed)."""

from __future__ import annotations

import re

from dateline.document import Line
from dateline.layout.config import DEFAULT, LayoutConfig

LONG_LINE_WARNING = "{count} paragraph(s) over {limit:,} characters were cut into paragraphs of at most {limit:,}"
UNREAD_WARNING = (
    "the text has {lines:,} paragraphs and {chars:,} characters: the layout and cleaning rules read the first "
    "{read:,} paragraphs ({limit_lines:,} / {limit_chars:,} characters at most); the rest is listed in removed ('past the text limit')"
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]* ")


def cut_long(text: str, limit: int = DEFAULT.max_line_chars) -> list[str]:
    """``text`` as pieces of at most ``limit`` characters, cut after a sentence end or a space when the
    piece has one; the pieces joined by single spaces give ``text`` back (but where cut inside a word)."""
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start : start + limit + 1]
        ends = [m.end() for m in _SENTENCE_END.finditer(window, limit // 2)]
        cut = ends[-1] if ends else window.rfind(" ", limit // 2) + 1
        cut = cut if cut > 0 else limit
        pieces.append(text[start : start + cut].rstrip())
        start += cut
    pieces.append(text[start:])
    return [p for p in pieces if p]


def split_lines(body: str, config: LayoutConfig = DEFAULT) -> list[Line]:
    """The non-empty lines of ``body``, spaces collapsed, a paragraph over the limit cut in pieces."""
    lines: list[Line] = []
    for number, raw in enumerate(body.splitlines(), start=1):
        text = " ".join(raw.replace("\ufeff", " ").split())  # a byte-order mark is not text
        if len(text) > config.max_line_chars:
            lines.extend(Line(text=piece, number=number) for piece in cut_long(text, config.max_line_chars))
        elif text:
            lines.append(Line(text=text, number=number))
    return lines


def mark_unread(lines: list[Line], config: LayoutConfig = DEFAULT) -> tuple[int, str | None]:
    """How many of ``lines`` the rules read (the rest get ``read = False``), and the warning when some
    are left unread."""
    read, chars = 0, 0
    for line in lines:
        if read >= config.max_lines or chars + len(line.text) > config.max_layout_chars:
            break
        read, chars = read + 1, chars + len(line.text)
    unread = lines[read:]
    for line in unread:
        line.read = False
    if not unread:
        return read, None
    warning = UNREAD_WARNING.format(
        lines=len(lines),
        chars=sum(len(line.text) for line in lines),
        read=read,
        limit_lines=config.max_lines,
        limit_chars=config.max_layout_chars,
    )
    return read, warning


def long_line_warning(body: str, config: LayoutConfig = DEFAULT) -> str | None:
    """The warning for paragraphs of ``body`` that were cut, or None."""
    limit = config.max_line_chars
    long = sum(
        1 for raw in body.splitlines() if len(raw) > limit and len(raw.split()) and len(" ".join(raw.split())) > limit
    )
    return LONG_LINE_WARNING.format(count=long, limit=limit) if long else None
