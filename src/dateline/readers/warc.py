"""Web archives: the HTML ``response`` records of a ``.warc`` / ``.warc.gz`` file (via warcio)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from dateline.errors import Errors, InputError
from dateline.readers.text import decode_bytes

if TYPE_CHECKING:
    from dateline.readers import Input


def read_warc(path: Path, *, max_bytes: int) -> Iterator[Input | InputError]:
    """One :class:`Input` per HTML ``response`` record, numbered from 1 in ``Input.line``."""
    from dateline.readers import Input

    number = 0
    try:
        with open(path, "rb") as handle:
            for record in ArchiveIterator(handle):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                if "html" not in ctype:
                    continue
                number += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                source = f"{path}#{number}"
                try:
                    data = record.content_stream().read(max_bytes + 1)
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
    except (ValueError, KeyError, EOFError) as err:  # warcio's parsers raise these on damaged records
        yield InputError(f"{path}#{number + 1}", Errors.E011.format(detail=str(err).strip() or type(err).__name__))
        return
    if number == 0:
        yield InputError(str(path), Errors.E015)
