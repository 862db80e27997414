"""CSV and TSV input: one article a row, its fields found by column name (see :mod:`dateline.readers.fields`).

The header row names the columns; ``text`` (or ``body_text``, ``body``, ``content``...) or ``html`` holds
the article, and ``title``, ``author``, ``published``, ``url``, ``outlet``/``publisher``, ``language`` and
``id`` its metadata, in any case.  ``--field text=COLUMN`` names a column outright.  A table without a
text or HTML column is refused as a whole (E017): it is never read as one article.  A row's source key
is ``path:N``, N counting data rows from 1.
"""

from __future__ import annotations

import csv
import gzip
import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.errors import Errors, InputError
from dateline.readers.fields import column_map, given_metadata
from dateline.readers.text import check_text

if TYPE_CHECKING:
    from dateline.readers.input import Input


def _delimiter(path: Path, sample: str) -> str:
    if path.name.lower().endswith((".tsv", ".tsv.gz")):
        return "\t"
    try:
        return csv.Sniffer().sniff(sample.split("\n", 1)[0], delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def read_table(path: Path, *, max_bytes: int, fields: dict[str, str] | None = None) -> Iterator[Input | InputError]:
    """One :class:`Input` per data row; a bad row gives an error and the rest go on."""
    from dateline.readers.input import Input

    kind = "TSV" if path.name.lower().endswith((".tsv", ".tsv.gz")) else "CSV"
    csv.field_size_limit(max(max_bytes + 1, min(sys.maxsize, 2**31 - 1)))
    raw = gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")  # noqa: SIM115
    with raw, io.TextIOWrapper(raw, encoding="utf-8-sig", errors="strict", newline="") as handle:
        try:
            sample = handle.read(65536)
        except UnicodeDecodeError:
            yield InputError(str(path), Errors.E003 + " (CSV and TSV files must be UTF-8)")
            return
        except (OSError, EOFError) as err:  # a damaged .gz
            yield InputError(str(path), Errors.E019.format(kind=kind, detail=str(err)))
            return
        rest = _Chained(sample, handle)
        reader = csv.reader(rest, delimiter=_delimiter(path, sample))
        try:
            header = next(reader, None)
        except (csv.Error, UnicodeDecodeError) as err:
            yield InputError(str(path), Errors.E019.format(kind=kind, detail=f"header: {err}"))
            return
        if not header or not any(h.strip() for h in header):
            yield InputError(str(path), Errors.E001)
            return
        columns = column_map(header, fields)
        if "text" not in columns and "html" not in columns:
            shown = ", ".join(repr(h) for h in header[:20]) + (", ..." if len(header) > 20 else "")
            yield InputError(str(path), Errors.E017.format(kind=kind, columns=shown))
            return
        index = {h: i for i, h in reversed(list(enumerate(header)))}
        number = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except (csv.Error, UnicodeDecodeError, OSError, EOFError) as err:  # OSError, EOFError: a damaged .gz
                yield InputError(f"{path}:{number + 1}", Errors.E019.format(kind=kind, detail=str(err)))
                return
            if not any(cell.strip() for cell in row):
                continue
            number += 1
            source = f"{path}:{number}"
            record = {h: row[i] for h, i in index.items() if i < len(row)}
            text = record.get(columns["text"]) if "text" in columns else None
            html = record.get(columns["html"]) if "html" in columns else None
            use_text = bool(text and text.strip()) or not (html and html.strip())
            body = text if use_text else html
            if not body or not body.strip():
                yield InputError(source, Errors.E001)
                continue
            try:  # the policy of files: no NUL, no lone surrogate, not mostly control characters
                check_text(body, source)
            except InputError as err:
                yield err
                continue
            size = len(body.encode("utf-8"))
            if size > max_bytes:
                yield InputError(source, Errors.E004.format(size=size, limit=max_bytes))
                continue
            yield Input(
                source=str(path),
                text=body if use_text else None,
                html=None if use_text else body,
                format="csv",
                line=number,
                **given_metadata(record, columns),
            )


class _Chained(io.TextIOBase):
    """The sample already read, then the rest of the file: what csv.reader iterates over, line by line."""

    def __init__(self, head: str, tail: io.TextIOWrapper) -> None:
        self._head = io.StringIO(head)
        self._tail = tail

    def readline(self, size: int | None = -1, /) -> str:  # type: ignore[override]
        line = self._head.readline()
        if line.endswith("\n") or line.endswith("\r"):
            return line
        return line + self._tail.readline()

    def __iter__(self) -> Iterator[str]:  # type: ignore[override]
        while line := self.readline():
            yield line

    def __next__(self) -> str:  # type: ignore[override]
        line = self.readline()
        if not line:
            raise StopIteration
        return line
