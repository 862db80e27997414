"""Every message dateline shows a user about bad input lives here.

Each error names the input and says what is wrong and, where it helps, what to do.
The CLI prints ``str(error)`` on one line and exits with :data:`EXIT_BAD_INPUT`.
"""

from __future__ import annotations

import re

EXIT_BAD_INPUT = 2

_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(name: str) -> str:
    """``name`` safe to show on a terminal: control characters (an escape sequence in a file name) and
    text-direction overrides written as ``\\x1b`` / ``\\u202e``, the rest unchanged."""
    return _UNPRINTABLE.sub(lambda m: ascii(m.group())[1:-1], name)


class DatelineError(Exception):
    """Base class of the errors dateline raises on purpose."""


class InputError(DatelineError):
    """An input that cannot be analysed: empty, binary, undecodable, too large, malformed."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{printable(source)}: {problem}")


class UsageError(DatelineError):
    """A wrong combination of arguments or settings."""


class StoreError(DatelineError):
    """A problem with the corpus store (connection, migration, query)."""


class AmbiguousNameError(StoreError):
    """A name that may mean several corpus entities; ``candidates`` lists them (id, name, type, articles)."""

    def __init__(self, name: str, candidates: list[dict[str, object]]) -> None:
        self.name = name
        self.candidates = candidates
        listed = "; ".join(f"{c['name']} ({c['type']}, {c['articles']} articles, id {c['id']})" for c in candidates)
        super().__init__(Errors.E046.format(name=name, candidates=listed))


class Errors:
    """Message templates, numbered so users can search for them."""

    E001 = "E001 empty input: there is no text to analyse"
    E002 = "E002 binary input: this looks like a binary file ({detail}), not text or HTML"
    E003 = "E003 undecodable input: could not detect a text encoding"
    E004 = "E004 input too large: {size:,} bytes is over the limit of {limit:,} bytes (raise it with --max-bytes)"
    E005 = "E005 not found: no such file or directory"
    E006 = "E006 malformed JSON on this line: {detail}"
    E007 = "E007 a JSON Lines record needs a 'text' or an 'html' field"
    E008 = "E008 bad publication time {value!r}: give an ISO 8601 date or date-time, e.g. 2022-01-10T02:51:00+00:00"
    E009 = "E009 unreadable: {detail}"
    E010 = "E010 unsupported input type {suffix!r}: give .txt, .html, .htm, .jsonl, .jsonl.gz, .csv, .tsv, .warc or .warc.gz"
    E011 = "E011 a WARC record could not be read: {detail}"
    E012 = "E012 cannot write the output file: {detail}"
    E013 = "E013 no article files in this folder (looked for .txt, .html, .htm, .jsonl, .jsonl.gz, .csv, .tsv, .warc, .warc.gz)"
    E014 = "E014 the input is over the limit of {limit:,} bytes (raise it with --max-bytes)"
    E015 = "E015 no HTML response records in this web archive"
    E016 = "E016 --url names one article: give it with a single text or HTML file (or -), not {what}"
    # hostile input: limits and damaged files (E060-E069)
    E060 = "E060 invalid Unicode: a lone surrogate {code} at character {position:,} (fix the producer of this text)"
    E061 = "E061 JSON nested deeper than {limit} levels: a record is a flat object with 'text' or 'html'"
    E062 = "E062 a JSON number of {digits:,} digits (the limit is {limit}): a record is a flat object with 'text' or 'html'"
    E063 = "E063 not a regular file ({kind}): give a file, a folder or - for standard input"
    E064 = "E064 a broken symbolic link: {detail}"
    E065 = "E065 the web archive ends in the middle of this record ({missing:,} of its bytes are missing): it was cut short; the records before it were read"
    E066 = "E066 this web archive record does not end where its Content-Length says: the archive is damaged from here on; the records before it were read"
    E067 = "E067 analysing this article took more than --timeout {seconds:g} s and was stopped (raise --timeout for very long texts)"
    E017 = "E017 this {kind} file has no text column (columns: {columns}): name one with --field text=COLUMN (or html=COLUMN)"
    E018 = "E018 bad --field {value!r}: give FIELD=COLUMN with FIELD one of {fields}"
    E019 = "E019 malformed {kind} row: {detail}"
    E099 = "E099 internal error while analysing ({detail}); please report it"
    # ingest and executors (E030-E039)
    E030 = "E030 cannot reach the Dask scheduler {address!r}: {detail} (check the address, or leave --scheduler out for a local cluster)"
    E031 = "E031 a worker process died while analysing this input ({detail})"
    E032 = "E032 the Dask task analysing this input failed ({detail})"
    E033 = "E033 --workers must be at least 1 (got {value})"
    E034 = "E034 --scheduler needs --executor dask"
    E035 = "E035 {what} needs the optional package {package!r}, which is not installed: pip install 'dateline[{extra}]'"
    # corpus store and its questions (E040-E049)
    E040 = 'E040 bad search query {query!r}: {detail}; check quotes and operators (words, "a phrase", a OR b, -word)'
    E041 = "E041 bad date {value!r}: give a date as YYYY-MM-DD"
    E042 = "E042 cannot open the store {url}: {detail}"
    E043 = "E043 unknown table {table!r}: choose one of {choices}"
    E044 = "E044 unknown export format {format!r}: choose parquet, csv or jsonl"
    E046 = "E046 {name!r} is ambiguous: it may mean {candidates}; give the full name (or merge them: dateline entities merge)"
    E047 = "E047 no entity called {name!r} in this store"
    E048 = "E048 no article {ref!r} in this store: give an article id (or its first characters), a source key or the input's own id"
    E049 = "E049 no entity override #{number} to undo (dateline entities overrides lists them)"
    E050 = "E050 bad {name} {value!r}: choose direct, indirect or mixed"
    E045 = "E045 this store was written by a newer dateline (migration {name!r} is unknown here); upgrade dateline"
    # the web face, `dateline serve` (E070-E079)
    E070 = "E070 bad parameter {name!r}: {detail}"
    E071 = "E071 unknown parameter {names}: this address takes {accepted}"
    E072 = "E072 not found: there is no {what} {key!r} in this store"
    E073 = "E073 analysing a text is off on this server: start it with `dateline serve --allow-analyze`"
    E074 = "E074 the text to analyse is {size:,} bytes, over this server's limit of {limit:,} (--max-analyze-bytes)"
    E075 = "E075 the query took longer than {seconds:g} s and was stopped: narrow it with filters or fewer words"
    E076 = "E076 internal error ({detail}); please report it"
    E077 = "E077 give the text to analyse as a 'text' or an 'html' field (JSON or a form)"
    E078 = "E078 unknown export format {format!r}: choose csv or json"
