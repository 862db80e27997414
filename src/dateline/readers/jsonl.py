"""JSON Lines input: one article a line with ``text`` or ``html`` and optional ``url``, ``published``."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from dateline.errors import Errors, InputError

if TYPE_CHECKING:
    from dateline.readers import Input


def read_jsonl(path: Path, *, max_bytes: int) -> Iterator[Input | InputError]:
    """One :class:`Input` per line (blank lines skipped); a bad line gives an error and the rest go on."""
    from dateline.readers import Input

    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as handle:
        for number, (raw, size) in enumerate(_lines(handle, max_bytes), start=1):
            source = f"{path}:{number}"
            if size > max_bytes:
                yield InputError(source, Errors.E004.format(size=size, limit=max_bytes))
                continue
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as err:
                yield InputError(source, Errors.E006.format(detail=str(err)))
                continue
            if not isinstance(record, dict):
                yield InputError(source, Errors.E007)
                continue
            text, html = record.get("text"), record.get("html")
            if not isinstance(text, str) and not isinstance(html, str):
                yield InputError(source, Errors.E007)
                continue
            # prefer the text; fall back to the HTML when the text is missing or blank
            use_text = isinstance(text, str) and (bool(text.strip()) or not isinstance(html, str))
            body = text if use_text else html
            if not isinstance(body, str) or not body.strip():
                yield InputError(source, Errors.E001)
                continue
            url = record.get("url") if isinstance(record.get("url"), str) else None
            published = record.get("published") if isinstance(record.get("published"), str) else None
            if use_text:
                yield Input(source=str(path), text=text, url=url, published=published, format="jsonl", line=number)
            else:
                yield Input(source=str(path), html=html, url=url, published=published, format="jsonl", line=number)


class _Readable(Protocol):
    def readline(self, size: int = -1, /) -> bytes: ...


def _lines(handle: _Readable, max_bytes: int) -> Iterator[tuple[bytes, int]]:
    """Each line with its length; a line over ``max_bytes`` is skipped through, never held whole."""
    while raw := handle.readline(max_bytes + 1):
        if len(raw) <= max_bytes or raw.endswith(b"\n"):
            yield raw, len(raw)
            continue
        size = len(raw)
        while (more := handle.readline(max_bytes + 1)) and not more.endswith(b"\n"):
            size += len(more)
        yield b"", size + len(more)
