"""Every message dateline shows a user about bad input lives here.

Each error names the input and says what is wrong and, where it helps, what to do.
The CLI prints ``str(error)`` on one line and exits with :data:`EXIT_BAD_INPUT`.
"""

from __future__ import annotations

EXIT_BAD_INPUT = 2


class DatelineError(Exception):
    """Base class of the errors dateline raises on purpose."""


class InputError(DatelineError):
    """An input that cannot be analysed: empty, binary, undecodable, too large, malformed."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class UsageError(DatelineError):
    """A wrong combination of arguments or settings."""


class StoreError(DatelineError):
    """A problem with the corpus store (connection, migration, query)."""


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
    E010 = "E010 unsupported input type {suffix!r}: give .txt, .html, .htm, .jsonl, .jsonl.gz, .warc or .warc.gz"
    E011 = "E011 a WARC record could not be read: {detail}"
    E012 = "E012 cannot write the output file: {detail}"
    E013 = "E013 no article files in this folder (looked for .txt, .html, .htm, .jsonl, .jsonl.gz, .warc, .warc.gz)"
    E014 = "E014 the input is over the limit of {limit:,} bytes (raise it with --max-bytes)"
    E015 = "E015 no HTML response records in this web archive"
    E016 = "E016 --url names one article: give it with a single text or HTML file (or -), not {what}"
    E099 = "E099 internal error while analysing ({detail}); please report it"
    # ingest and executors (E030-E039)
    E030 = "E030 cannot reach the Dask scheduler {address!r}: {detail} (check the address, or leave --scheduler out for a local cluster)"
    E031 = "E031 a worker process died while analysing this input ({detail})"
    E032 = "E032 the Dask task analysing this input failed ({detail})"
    E033 = "E033 --workers must be at least 1 (got {value})"
    E034 = "E034 --scheduler needs --executor dask"
    # corpus store and its questions (E040-E049)
    E040 = 'E040 bad search query {query!r}: {detail}; check quotes and operators (words, "a phrase", a OR b, -word)'
    E041 = "E041 bad date {value!r}: give a date as YYYY-MM-DD"
    E042 = "E042 cannot open the store {url}: {detail}"
    E043 = "E043 unknown table {table!r}: choose one of {choices}"
    E044 = "E044 unknown export format {format!r}: choose parquet, csv or jsonl"
    E045 = "E045 this store was written by a newer dateline (migration {name!r} is unknown here); upgrade dateline"
    # the web face, `dateline serve` (E050-E059)
    E050 = "E050 bad parameter {name!r}: {detail}"
    E051 = "E051 unknown parameter {names}: this address takes {accepted}"
    E052 = "E052 not found: there is no {what} {key!r} in this store"
    E053 = "E053 analysing a text is off on this server: start it with `dateline serve --allow-analyze`"
    E054 = "E054 the text to analyse is {size:,} bytes, over this server's limit of {limit:,} (--max-analyze-bytes)"
    E055 = "E055 the query took longer than {seconds:g} s and was stopped: narrow it with filters or fewer words"
    E056 = "E056 internal error ({detail}); please report it"
    E057 = "E057 give the text to analyse as a 'text' or an 'html' field (JSON or a form)"
    E058 = "E058 unknown export format {format!r}: choose csv or json"
