"""Readers turn files, folders, stdin, JSON Lines, CSV/TSV tables and web archives into :class:`Input` items.

Readers do all the I/O; the analysis stages never touch a file.  A reader yields either an
:class:`Input` or an :class:`~dateline.errors.InputError` for an input it could not read, so a
batch can record the failure and go on.
"""

from __future__ import annotations

import os
import stat
import zlib
from collections.abc import Iterator
from pathlib import Path

from dateline.errors import Errors, InputError
from dateline.readers.input import Input
from dateline.readers.text import DEFAULT_MAX_BYTES, decode_bytes, looks_like_html

__all__ = ["DEFAULT_MAX_BYTES", "Input", "decode_bytes", "iter_inputs", "read_path"]

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".jsonl.gz", ".ndjson"}
WARC_SUFFIXES = {".warc", ".warc.gz"}
TABLE_SUFFIXES = {".csv", ".tsv", ".csv.gz", ".tsv.gz"}
#: the files a folder walk picks up (a file named on the command line is read whatever its suffix)
ARTICLE_SUFFIXES = {".txt", ".text"} | HTML_SUFFIXES | JSONL_SUFFIXES | TABLE_SUFFIXES | WARC_SUFFIXES


def input_suffix(path: Path) -> str:
    """The lower-case suffix that decides how ``path`` is read (``.jsonl.gz``, ``.warc.gz``... count as one)."""
    name = path.name.lower()
    for double in (".jsonl.gz", ".warc.gz", ".json.gz", ".csv.gz", ".tsv.gz"):
        if name.endswith(double):
            return double
    return path.suffix.lower()


def read_bytes(data: bytes, source: str, *, suffix: str = "", max_bytes: int = DEFAULT_MAX_BYTES) -> Input:
    """Decode one text or HTML document given as bytes."""
    text, encoding = decode_bytes(data, source, max_bytes=max_bytes)
    if suffix in HTML_SUFFIXES or (suffix not in {".txt", ".text"} and looks_like_html(text)):
        return Input(source=source, html=text, format="html", encoding=encoding)
    return Input(source=source, text=text, format="text", encoding=encoding)


def read_path(
    path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES, fields: dict[str, str] | None = None
) -> Iterator[Input | InputError]:
    """Read one path (a file, or ``-`` for stdin) into inputs; a folder is walked recursively.

    ``fields`` names the key or column of a field in JSON Lines and CSV/TSV input (``{"text": "body_text"}``).
    """
    from dateline.readers import csv, jsonl, warc

    if str(path) == "-":
        import sys

        data = sys.stdin.buffer.read(max_bytes + 1)
        try:
            if len(data) > max_bytes:
                raise InputError("-", Errors.E014.format(limit=max_bytes))
            yield read_bytes(data, "-", max_bytes=max_bytes)
        except InputError as err:
            yield err
        return
    p = Path(path)
    if p.is_dir():
        found = False
        for child in walk(p):
            found = True
            if isinstance(child, InputError):
                yield child
            else:
                yield from read_path(child, max_bytes=max_bytes, fields=fields)
        if not found:
            yield InputError(str(p), Errors.E013)
        return
    if problem := not_a_file(p):
        yield problem
        return
    suffix = input_suffix(p)
    try:
        if suffix in JSONL_SUFFIXES:
            yield from jsonl.read_jsonl(p, max_bytes=max_bytes, fields=fields)
        elif suffix in TABLE_SUFFIXES:
            yield from csv.read_table(p, max_bytes=max_bytes, fields=fields)
        elif suffix in WARC_SUFFIXES:
            yield from warc.read_warc(p, max_bytes=max_bytes)
        else:
            size = p.stat().st_size
            if size > max_bytes:
                raise InputError(str(p), Errors.E004.format(size=size, limit=max_bytes))
            with open(p, "rb") as handle:  # bounded: a device or FIFO has no size to check first
                data = handle.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise InputError(str(p), Errors.E014.format(limit=max_bytes))
            yield read_bytes(data, str(p), suffix=suffix, max_bytes=max_bytes)
    except InputError as err:
        yield err
    except (OSError, EOFError, zlib.error) as err:  # unreadable, or a truncated / corrupt .gz
        detail = err.strerror if isinstance(err, OSError) and err.strerror else str(err) or type(err).__name__
        yield InputError(str(p), Errors.E009.format(detail=detail))


_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def not_a_file(p: Path) -> InputError | None:
    """Why ``p`` cannot be read as an article file (missing, a broken link, a FIFO or device), or None."""
    try:
        mode = p.stat().st_mode
    except OSError as err:
        if p.is_symlink():
            return InputError(str(p), Errors.E064.format(detail=_link_problem(p, err)))
        if isinstance(err, FileNotFoundError):
            return InputError(str(p), Errors.E005)
        return InputError(str(p), Errors.E009.format(detail=err.strerror or str(err)))
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    return InputError(str(p), Errors.E063.format(kind=kind))


def _link_problem(p: Path, err: OSError) -> str:
    import errno

    if err.errno == errno.ELOOP:
        return "it points back to itself through a loop of links"
    try:
        target = os.readlink(p)
    except OSError:
        target = "?"
    return f"its target {target!r} does not exist"


def walk(folder: Path) -> Iterator[Path | InputError]:
    """The article files under ``folder``, sorted, recursively (links followed, each folder once);
    hidden files skipped; a broken or looping link named like an article file is an error, not skipped."""
    seen: set[tuple[int, int]] = set()
    found: list[Path | InputError] = []

    def visit(directory: Path) -> None:
        try:
            info = directory.stat()
            if (info.st_dev, info.st_ino) in seen:
                return
            seen.add((info.st_dev, info.st_ino))
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as err:
            found.append(InputError(str(directory), Errors.E009.format(detail=err.strerror or str(err))))
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            child = Path(entry.path)
            try:
                is_dir = entry.is_dir()
                is_file = entry.is_file()
            except OSError:
                is_dir = is_file = False
            if is_dir:
                visit(child)
            elif input_suffix(child) not in ARTICLE_SUFFIXES:
                continue
            elif is_file:
                found.append(child)
            elif entry.is_symlink():
                try:
                    child.stat()
                except OSError as err:
                    found.append(InputError(str(child), Errors.E064.format(detail=_link_problem(child, err))))
            else:
                found.append(child)  # a FIFO or device named like an article: read_path refuses it by name

    visit(folder)
    return iter(sorted(found, key=lambda x: str(x.source if isinstance(x, InputError) else x)))


def iter_inputs(
    paths: list[str], *, max_bytes: int = DEFAULT_MAX_BYTES, fields: dict[str, str] | None = None
) -> Iterator[Input | InputError]:
    """Read every path in turn (see :func:`read_path`)."""
    for path in paths:
        yield from read_path(path, max_bytes=max_bytes, fields=fields)
