"""Running newsfacts on a cluster: one function from a pandas DataFrame of articles to a
DataFrame of results, for Dask's ``map_partitions`` and Spark's ``mapInPandas``.

Dask::

    import dask.dataframe as dd
    from newsfacts.cluster import extract_frame, result_meta

    ddf = dd.read_parquet("articles/")                        # columns: id, text, published
    out = ddf.map_partitions(extract_frame, id_col="id", date_col="published", meta=result_meta())
    out.to_parquet("facts/")                                  # nested columns as JSON text

Spark (``PYSPARK_PYTHON`` must point at the Python that has newsfacts installed)::

    from newsfacts.cluster import extract_frame, SPARK_SCHEMA
    facts = df.mapInPandas(lambda it: (extract_frame(p, id_col="id", nested="json") for p in it),
                           schema=SPARK_SCHEMA)

Each worker process runs one engine thread by default (``threads=1``): the cluster already
runs one task per core, and more threads per task would only oversubscribe the machine.
"""

from __future__ import annotations

import json
from typing import Any, Literal

import pandas as pd

import newsfacts

#: The scalar columns of a result row, then the nested ones.
SCALAR_COLUMNS = ["id", "title", "published", "language", "sentences", "error"]
NESTED_COLUMNS = ["boilerplate", "entities", "mentions", "quotes", "dates"]

#: Spark DDL schema of ``extract_frame(..., nested="json")`` with a string id column.
SPARK_SCHEMA = (
    "id string, title string, published string, language string, sentences long, error string, "
    "boilerplate string, entities string, mentions string, quotes string, dates string"
)


def _value(v: Any) -> Any:
    return None if v is None or (isinstance(v, float) and v != v) else v


def extract_frame(
    df: pd.DataFrame,
    *,
    text_col: str = "text",
    id_col: str | None = None,
    date_col: str | None = None,
    title_col: str | None = None,
    threads: int | None = 1,
    nested: Literal["objects", "json"] = "json",
) -> pd.DataFrame:
    """One row of results per row of ``df`` (same order, same index).

    Args:
        df: articles, one per row.
        text_col, id_col, date_col, title_col: the columns to read; without ``id_col`` the id is
            the row's index label.
        threads: engine threads per call (default 1, right for one task per core).
        nested: ``"json"`` (default) stores the lists of entities, mentions, quotes, dates and
            boilerplate as JSON text, which every engine and file format carries; ``"objects"``
            keeps them as Python lists of dicts.
    """
    if text_col not in df.columns:
        raise KeyError(f"no column {text_col!r} in the partition (columns: {list(df.columns)})")
    ids = df[id_col] if id_col else pd.Series(df.index, index=df.index)
    arts = []
    for i, text in enumerate(df[text_col]):
        art: dict[str, Any] = {"text": text, "id": _value(ids.iloc[i])}
        if date_col:
            art["published"] = df[date_col].iloc[i]
        if title_col:
            art["title"] = _value(df[title_col].iloc[i])
        arts.append(art)
    results = newsfacts.extract_many(arts, threads=threads)
    out = pd.DataFrame.from_records(
        [{k: r[k] for k in SCALAR_COLUMNS + NESTED_COLUMNS} for r in results],
        columns=SCALAR_COLUMNS + NESTED_COLUMNS,
        index=df.index,
    )
    if nested == "json":
        for c in NESTED_COLUMNS:
            out[c] = [json.dumps(v, ensure_ascii=False) for v in out[c]]
    out["sentences"] = out["sentences"].astype("int64")
    return out


def result_meta(nested: Literal["objects", "json"] = "json") -> pd.DataFrame:
    """An empty frame with the columns and dtypes of :func:`extract_frame` (Dask's ``meta``)."""
    cols: dict[str, Any] = {c: pd.Series(dtype="object") for c in SCALAR_COLUMNS + NESTED_COLUMNS}
    cols["sentences"] = pd.Series(dtype="int64")
    return pd.DataFrame(cols)
