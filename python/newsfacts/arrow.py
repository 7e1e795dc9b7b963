"""Arrow form of the results: a typed schema, tables and Parquet output."""

from __future__ import annotations

from collections.abc import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

_SPAN = [("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())]

ENTITY = pa.struct([
    ("id", pa.int64()), ("name", pa.string()), ("label", pa.string()), ("mentions", pa.int64()),
    ("first", pa.int64()), ("salience", pa.float64()), ("role", pa.string()),
    ("affiliation", pa.string()), ("country", pa.string()), ("geonameid", pa.int64()),
    ("lat", pa.float64()), ("lon", pa.float64()), ("members", pa.list_(pa.string())),
])  # fmt: skip
MENTION = pa.struct([
    *_SPAN, ("label", pa.string()), ("entity", pa.int64()), ("kind", pa.string()), ("stands_for", pa.string()),
])  # fmt: skip
QUOTE = pa.struct([
    *_SPAN, ("kind", pa.string()), ("cue", pa.string()), ("speaker", pa.string()),
    ("speaker_entity", pa.int64()), ("speaker_start", pa.int64()), ("speaker_end", pa.int64()),
])  # fmt: skip
DATE = pa.struct([*_SPAN, ("type", pa.string()), ("value", pa.string())])

#: One row per article, nested lists of facts; ids are stored as strings (inputs mix types).
RESULT_SCHEMA = pa.schema([
    ("id", pa.string()), ("title", pa.string()), ("published", pa.string()), ("language", pa.string()),
    ("boilerplate", pa.list_(pa.struct(_SPAN))), ("sentences", pa.int64()),
    ("entities", pa.list_(ENTITY)), ("mentions", pa.list_(MENTION)), ("quotes", pa.list_(QUOTE)),
    ("dates", pa.list_(DATE)), ("error", pa.string()),
])  # fmt: skip


def results_to_table(results: Iterable[dict]) -> pa.Table:
    """Results (dicts) as one Arrow table of RESULT_SCHEMA."""
    rows = []
    for r in results:
        row = dict(r)
        row["id"] = None if r["id"] is None else str(r["id"])
        rows.append(row)
    return pa.Table.from_pylist(rows, schema=RESULT_SCHEMA)


def write_parquet(results: Iterable[dict], path, batch: int = 4096) -> tuple[int, int]:
    """Stream results into a Parquet file in row groups of ``batch``; returns (rows, errors)."""
    n = errors = 0
    buf: list[dict] = []
    with pq.ParquetWriter(path, RESULT_SCHEMA) as w:
        for r in results:
            buf.append(r)
            errors += r["error"] is not None
            if len(buf) >= batch:
                w.write_table(results_to_table(buf))
                n += len(buf)
                buf = []
        if buf:
            w.write_table(results_to_table(buf))
            n += len(buf)
    return n, errors
