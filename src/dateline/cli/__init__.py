"""The ``dateline`` command line: thin wrappers over the Python API.

:mod:`dateline.cli.base` holds the typer :data:`app`, the options several commands share and
:func:`fail`; it imports no command.  Each module below adds its commands to the app; importing them
here, in this order, is what puts them in ``dateline --help`` (analyze and schema first, then ingest,
then the questions asked of a corpus, then serve).  The console entry point is :func:`main`.
"""

from __future__ import annotations

# the command modules, in the order of ``dateline --help``
from dateline.cli import analyze

# isort: split
from dateline.cli import ingest

# isort: split
from dateline.cli import corpus

# isort: split
from dateline.cli import serve

# isort: split
from dateline.cli.base import app, fail, main

__all__ = ["analyze", "app", "corpus", "fail", "ingest", "main", "serve"]
