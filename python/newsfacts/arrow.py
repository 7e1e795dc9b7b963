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


# ---------------------------------------------------------------------------------------------
# The bulk path: tables built in Rust (src/tables.rs), wrapped without copying.
# ---------------------------------------------------------------------------------------------


def _buf(b: bytes | None) -> pa.Buffer | None:
    return None if b is None else pa.py_buffer(b)


def _array(spec: tuple) -> pa.Array:
    kind, length, nulls, validity, *bufs = spec
    if kind == "int64":
        return pa.Array.from_buffers(pa.int64(), length, [_buf(validity), _buf(bufs[0])], null_count=nulls)
    if kind == "float64":
        return pa.Array.from_buffers(pa.float64(), length, [_buf(validity), _buf(bufs[0])], null_count=nulls)
    if kind == "large_string":
        return pa.Array.from_buffers(
            pa.large_string(), length, [_buf(validity), _buf(bufs[0]), _buf(bufs[1])], null_count=nulls
        )
    if kind == "large_list<large_string>":
        child = _array(bufs[1])
        return pa.Array.from_buffers(
            pa.large_list(pa.large_string()), length, [None, _buf(bufs[0])], null_count=0, children=[child]
        )
    raise ValueError(f"unknown column kind {kind!r}")  # pragma: no cover - the binding's contract


def _ids_array(ids: list) -> pa.Array:
    """The article ids as one Arrow array: their own type when they share one, else strings."""
    try:
        return pa.array(ids)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return pa.array([None if i is None else str(i) for i in ids], type=pa.string())


def tables_from_core(raw: dict, ids: list) -> dict[str, pa.Table]:
    """Wrap the binding's raw columns as pyarrow Tables whose first column is the article id."""
    id_arr = _ids_array(ids)
    out = {}
    for name, cols in raw.items():
        names = [n for n, _ in cols]
        arrays = [_array(spec) for _, spec in cols]
        position = arrays[names.index("article")]
        table = pa.Table.from_arrays(arrays, names=names).drop_columns(["article"])
        out[name] = table.add_column(0, "id", id_arr.take(position))
    return out
