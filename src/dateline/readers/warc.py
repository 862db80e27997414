"""Web archives: the HTML ``response`` records of a ``.warc`` / ``.warc.gz`` file (via warcio)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from dateline.errors import Errors, InputError
from dateline.readers.text import decode_bytes

if TYPE_CHECKING:
    from dateline.readers import Input


def read_warc(path: Path, *, max_bytes: int) -> Iterator[Input | InputError]:
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
                    html, encoding = decode_bytes(data, source, max_bytes=max_bytes)
                except InputError as err:
                    yield err
                    continue
                yield Input(source=str(path), html=html, url=url, format="warc", encoding=encoding, line=number)
    except ArchiveLoadFailed as err:
        yield InputError(str(path), Errors.E011.format(detail=str(err).strip()))
