"""``python -m dateline``: the same command line as the ``dateline`` console script."""

from dateline.cli import main

main()
