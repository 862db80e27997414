"""JSON Lines input: one article a line with ``text`` or ``html`` and optional metadata.

The metadata fields (``title``, ``author``/``authors``, ``published``, ``url``, ``outlet``/``publisher``,
``language``, ``id``) are found by name in any case, as listed in :mod:`dateline.readers.fields`.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from dateline.errors import Errors, InputError
from dateline.readers.fields import column_map, given_metadata
from dateline.readers.text import check_text

if TYPE_CHECKING:
    from dateline.readers.input import Input


#: the deepest nesting a line may have (a record is a flat object: 1 level, a few more for extra fields)
MAX_JSON_DEPTH = 64
#: the most digits a JSON number may have (Python's int() refuses over 4,300; a record needs none)
MAX_JSON_DIGITS = 100
_JSON_TOKEN = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]')


class _JSONLimit(ValueError):
    """A line over one of the limits above; the message is the numbered error."""


def _bounded_number(text: str) -> int | float:
    if len(text) > MAX_JSON_DIGITS:
        raise _JSONLimit(Errors.E062.format(digits=len(text.lstrip("-")), limit=MAX_JSON_DIGITS))
    return float(text) if any(c in text for c in ".eE") else int(text)


def _too_deep(raw: bytes) -> bool:
    """Whether ``raw`` nests brackets deeper than MAX_JSON_DEPTH (strings skipped); linear in its length."""
    if raw.count(b"[") + raw.count(b"{") <= MAX_JSON_DEPTH:
        return False
    depth = 0
    for match in _JSON_TOKEN.finditer(raw):
        token = match.group()
        if token in (b"[", b"{"):
            depth += 1
            if depth > MAX_JSON_DEPTH:
                return True
        elif token in (b"]", b"}"):
            depth -= 1
    return False


def parse_line(raw: bytes) -> object:
    """One JSON value within the limits; raises ValueError (a numbered message for a limit)."""
    if _too_deep(raw):
        raise _JSONLimit(Errors.E061.format(limit=MAX_JSON_DEPTH))
    return json.loads(raw, parse_int=_bounded_number, parse_float=_bounded_number)


def read_jsonl(path: Path, *, max_bytes: int, fields: dict[str, str] | None = None) -> Iterator[Input | InputError]:
    """One :class:`Input` per line (blank lines skipped); a bad line gives an error and the rest go on.

    ``fields`` maps a field to the key that holds it (``{"text": "body"}``), before the usual names."""
    from dateline.readers.input import Input

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
                record = parse_line(raw)
            except _JSONLimit as err:
                yield InputError(source, str(err))
                continue
            except (ValueError, RecursionError) as err:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
                yield InputError(source, Errors.E006.format(detail=str(err) or type(err).__name__))
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
            if not isinstance(body, str):
                yield InputError(source, Errors.E001)
                continue
            try:  # the policy of files: no NUL, no lone surrogate, not mostly control characters
                check_text(body, source)
            except InputError as err:
                yield err
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
