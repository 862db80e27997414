"""Web archives: the HTML ``response`` records of a ``.warc`` / ``.warc.gz`` file (via warcio).

A damaged archive is never read silently short: a record cut off by the end of the file (E065) or
one whose Content-Length does not match where it ends (E066) is reported with its record number,
after the records before it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from dateline.errors import Errors, InputError
from dateline.readers.text import decode_bytes

if TYPE_CHECKING:
    from dateline.readers.input import Input


class _QuietIterator(ArchiveIterator):
    """warcio's iterator without its warning on standard error: the reader reports the damage itself."""

    INC_RECORD = ""


def _missing(record: Any) -> int:
    """Bytes the record's Content-Length promised that the file did not hold (0 when complete)."""
    return max(0, int(getattr(record.raw_stream, "limit", 0) or 0))


def read_warc(path: Path, *, max_bytes: int) -> Iterator[Input | InputError]:
    """One :class:`Input` per HTML ``response`` record, numbered from 1 in ``Input.line``."""
    from dateline.readers.input import Input

    number = 0
    try:
        with open(path, "rb") as handle:
            archive = _QuietIterator(handle)
            for record in archive:
                is_html = (
                    record.rec_type == "response"
                    and record.http_headers is not None
                    and "html" in (record.http_headers.get_header("Content-Type") or "").lower()
                )
                if is_html:
                    number += 1
                source = f"{path}#{number if is_html else number + 1}"
                data = record.content_stream().read(max_bytes + 1) if is_html else b""
                errors = archive.err_count
                archive.read_to_end()
                if missing := _missing(record):
                    yield InputError(source, Errors.E065.format(missing=missing))
                    return
                if archive.err_count > errors:
                    yield InputError(source, Errors.E066)
                    return
                if not is_html:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                try:
                    if len(data) > max_bytes:
                        raise InputError(source, Errors.E014.format(limit=max_bytes))
                    html, encoding = decode_bytes(data, source, max_bytes=max_bytes)
                except InputError as err:
                    yield err
                    continue
                yield Input(source=str(path), html=html, url=url, format="warc", encoding=encoding, line=number)
    except ArchiveLoadFailed as err:
        yield InputError(str(path), Errors.E011.format(detail=str(err).strip()))
        return
    except (OSError, InputError):
        raise
    except Exception as err:  # warcio's parsers raise ValueError, KeyError, EOFError, AttributeError... on damage
        detail = f"{type(err).__name__}: {str(err).strip()}" if str(err).strip() else type(err).__name__
        yield InputError(f"{path}#{number + 1}", Errors.E011.format(detail=detail))
        return
    if number == 0:
        yield InputError(str(path), Errors.E015)
