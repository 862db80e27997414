"""``dateline export``: one table of a store written as Parquet, CSV or JSON Lines, streamed in
batches (memory stays flat). :data:`EXPORT_COLUMNS` names each table's columns and their types."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Sequence
from typing import Any, Protocol

from dateline.errors import Errors, StoreError
from dateline.extras import missing_extra
from dateline.store.base import Row


class Exportable(Protocol):
    """What an export needs of a store: batches of a statement's rows, and the stories statement."""

    def stream(self, sql: str, params: Sequence[Any] = (), size: int = 1000) -> Iterator[list[Row]]: ...

    def stories_sql(self, where: str = "TRUE", tail: str = "") -> str: ...


#: The formats :func:`export` writes.
FORMATS = ("parquet", "csv", "jsonl")

#: Tables ``export`` writes, with their columns and column types ("str" or "int").
EXPORT_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("id", "str"),
        ("source", "str"),
        ("path", "str"),
        ("url", "str"),
        ("outlet", "str"),
        ("headline", "str"),
        ("published", "str"),
        ("story_id", "str"),
        ("fingerprint", "str"),
        ("text", "str"),
    ],
    "quotes": [
        ("article_id", "str"),
        ("qid", "str"),
        ("story_id", "str"),
        ("kind", "str"),
        ("text", "str"),
        ("speaker", "str"),
        ("speaker_entity", "str"),
        ("cue", "str"),
        ("date", "str"),
        ("day", "str"),
        ("start", "int"),
        ("end", "int"),
        ("outlet", "str"),
        ("headline", "str"),
        ("published", "str"),
        ("url", "str"),
    ],
    "entities": [
        ("id", "str"),
        ("type", "str"),
        ("name", "str"),
        ("articles", "int"),
        ("mentions", "int"),
        ("first_seen", "str"),
        ("last_seen", "str"),
    ],
    "times": [
        ("article_id", "str"),
        ("tid", "str"),
        ("text", "str"),
        ("type", "str"),
        ("value", "str"),
        ("mod", "str"),
        ("start", "int"),
        ("end", "int"),
    ],
    "events": [
        ("article_id", "str"),
        ("evid", "str"),
        ("kind", "str"),
        ("text", "str"),
        ("date", "str"),
        ("place", "str"),
        ("quote", "str"),
        ("participants", "str"),
        ("start", "int"),
        ("end", "int"),
    ],
    "stories": [
        ("story_id", "str"),
        ("size", "int"),
        ("first_seen", "str"),
        ("last_seen", "str"),
        ("headline", "str"),
        ("articles", "str"),
    ],
    "rejects": [("source", "str"), ("reason", "str")],
}


def table_sql(db: Exportable, table: str) -> str:
    """The statement that reads ``table``'s export rows, in a stable order (E043 for another table)."""
    if table == "articles":
        return "SELECT id, source_key, path, url, outlet, headline, published, story_id, fingerprint, text FROM articles ORDER BY id"
    if table == "quotes":
        return (
            "SELECT q.article_id, q.qid, a.story_id, q.kind, q.text, q.speaker, k.canonical, q.cue, q.date, q.day, "
            "q.start_offset, q.end_offset, a.outlet, a.headline, a.published, a.url FROM quotes q "
            "JOIN articles a ON a.id = q.article_id "
            "LEFT JOIN entity_keys k ON k.ckey = q.speaker_ckey ORDER BY q.article_id, q.qid"
        )
    if table == "entities":
        return "SELECT id, type, name, articles, mentions, first_seen, last_seen FROM corpus_entities ORDER BY id"
    if table == "times":
        return "SELECT article_id, tid, text, type, value, mod, start_offset, end_offset FROM times ORDER BY article_id, tid"
    if table == "events":
        return (
            "SELECT article_id, evid, kind, text, date, place, quote, participants, start_offset, end_offset "
            "FROM events ORDER BY article_id, evid"
        )
    if table == "stories":
        return (
            f"SELECT s.story_id, s.size, s.first_seen, s.last_seen, h.headline, s.ids FROM ({db.stories_sql()}) s "
            "LEFT JOIN articles h ON h.id = s.story_id ORDER BY s.story_id"
        )
    if table == "rejects":
        return "SELECT source, reason FROM rejects ORDER BY source"
    raise StoreError(Errors.E043.format(table=table, choices=", ".join(EXPORT_COLUMNS)))


def export(db: Exportable, table: str, format: str, path: str) -> int:
    """Write ``table`` to ``path`` as parquet, csv or jsonl (E044 for another format), streaming in
    batches; returns the row count."""
    if format not in FORMATS:
        raise StoreError(Errors.E044.format(format=format))
    sql = table_sql(db, table)
    columns = EXPORT_COLUMNS[table]
    names = [c for c, _ in columns]

    def batches() -> Iterator[list[Row]]:
        for rows in db.stream(sql, (), 2000):
            if table == "stories":
                rows = [(*r[:5], ",".join(sorted(str(r[5]).split(",")))) for r in rows]
            yield rows

    count = 0
    if format == "parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise missing_extra("pyarrow", "parquet", "a Parquet export") from None

        schema = pa.schema([(c, pa.int64() if t == "int" else pa.string()) for c, t in columns])
        with pq.ParquetWriter(path, schema) as writer:
            for rows in batches():
                cols = list(zip(*rows, strict=True))
                arrays = [pa.array(list(col), type=schema.field(i).type) for i, col in enumerate(cols)]
                writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=schema))
                count += len(rows)
        return count
    with open(path, "w", encoding="utf-8", newline="") as out:
        if format == "csv":
            writer_csv = csv.writer(out)
            writer_csv.writerow(names)
            for rows in batches():
                writer_csv.writerows(rows)
                count += len(rows)
        else:
            for rows in batches():
                for r in rows:
                    out.write(json.dumps(dict(zip(names, r, strict=True)), ensure_ascii=False) + "\n")
                count += len(rows)
    return count
