"""Named schema migrations, one SQL script per back end: ``NNNN_name.<backend>.sql``.

A store applies, in name order, every migration not yet listed in its ``migrations`` table, each in
one transaction, and records its name there.  Never edit a released migration: add the next one.
"""

from __future__ import annotations

from importlib import resources


def migrations(backend: str) -> list[tuple[str, str]]:
    """``(name, sql)`` of every migration for ``backend`` ("sqlite" or "postgres"), in order."""
    suffix = f".{backend}.sql"
    out = []
    for entry in resources.files(__package__).iterdir():
        if entry.name.endswith(suffix):
            out.append((entry.name[: -len(suffix)], entry.read_text(encoding="utf-8")))
    return sorted(out)


def statements(script: str) -> list[str]:
    """Split a migration script into statements (each ends with ';' at the end of a line)."""
    out: list[str] = []
    current: list[str] = []
    for line in script.splitlines():
        current.append(line)
        if line.split("--", 1)[0].rstrip().endswith(";"):
            statement = "\n".join(current).strip()
            out.append(statement)
            current = []
    rest = "\n".join(current).strip()
    if rest and not all(ln.strip().startswith("--") or not ln.strip() for ln in current):
        out.append(rest)
    return out
