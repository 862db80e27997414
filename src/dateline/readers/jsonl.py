"""JSON Lines input: one article a line with ``text`` or ``html`` and optional metadata.

The metadata fields (``title``, ``author``/``authors``, ``published``, ``url``, ``outlet``/``publisher``,
``language``, ``id``) are found by name in any case, as listed in :mod:`dateline.readers.fields`.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from dateline.errors import Errors, InputError
from dateline.readers.fields import column_map, given_metadata

if TYPE_CHECKING:
    from dateline.readers import Input


def read_jsonl(path: Path, *, max_bytes: int, fields: dict[str, str] | None = None) -> Iterator[Input | InputError]:
    """One :class:`Input` per line (blank lines skipped); a bad line gives an error and the rest go on.

    ``fields`` maps a field to the key that holds it (``{"text": "body"}``), before the usual names."""
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
            columns = column_map([k for k in record if isinstance(k, str)], fields)
            text = record.get(columns["text"]) if "text" in columns else None
            html = record.get(columns["html"]) if "html" in columns else None
            if not isinstance(text, str) and not isinstance(html, str):
                yield InputError(source, Errors.E007)
                continue
            # prefer the text; fall back to the HTML when the text is missing or blank
            use_text = isinstance(text, str) and (bool(text.strip()) or not isinstance(html, str))
            body = text if use_text else html
            if not isinstance(body, str) or not body.strip():
                yield InputError(source, Errors.E001)
                continue
            meta = given_metadata(record, columns)
            yield Input(
                source=str(path),
                text=body if use_text else None,
                html=None if use_text else body,
                format="jsonl",
                line=number,
                **meta,
            )


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
