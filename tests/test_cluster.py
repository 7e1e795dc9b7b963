"""The cluster function (pandas in, pandas out) and a real Dask LocalCluster run."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import newsfacts
from newsfacts.cluster import NESTED_COLUMNS, SCALAR_COLUMNS, extract_frame, result_meta


def _articles(n: int) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc": [f"d{i}" for i in range(n)],
            "body": [
                f"Headline number {i}\n\nMr. Smith spoke on Monday about item {i}.\n\nShare this article"
                for i in range(n)
            ],
            "day": [f"2021-03-0{1 + i % 9}" for i in range(n)],
        },
        index=pd.RangeIndex(100, 100 + n),
    )


def test_extract_frame_keeps_rows_index_and_order():
    df = _articles(25)
    out = extract_frame(df, text_col="body", id_col="doc", date_col="day")
    assert list(out.columns) == SCALAR_COLUMNS + NESTED_COLUMNS
    assert out.index.equals(df.index)
    assert list(out["id"]) == list(df["doc"])
    assert list(out["title"]) == [f"Headline number {i}" for i in range(25)]
    assert list(out["published"]) == list(df["day"])
    assert json.loads(out["boilerplate"].iloc[3])[0]["text"] == "Share this article"
    # Same facts as the dict API.
    direct = newsfacts.extract_many(
        [{"text": t, "id": d, "published": p} for t, d, p in zip(df.body, df.doc, df.day, strict=True)]
    )
    assert [json.loads(x) for x in out["mentions"]] == [r["mentions"] for r in direct]


def test_extract_frame_nested_objects_and_meta():
    out = extract_frame(_articles(3), text_col="body", nested="objects")
    assert isinstance(out["boilerplate"].iloc[0], list)
    assert list(out["id"]) == [100, 101, 102]  # the index labels when no id column is given
    meta = result_meta()
    assert list(meta.columns) == list(out.columns)
    assert meta["sentences"].dtype == out["sentences"].dtype


def test_extract_frame_names_a_missing_column():
    with pytest.raises(KeyError, match="no column 'text'"):
        extract_frame(pd.DataFrame({"body": ["x"]}))


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # dask's own use of pandas APIs
@pytest.mark.filterwarnings("ignore::FutureWarning")
def test_dask_local_cluster_matches_one_process(tmp_path):
    dd = pytest.importorskip("dask.dataframe", reason="dask is in the test extras")
    distributed = pytest.importorskip("distributed")
    df = _articles(400)
    src = tmp_path / "articles"
    dd.from_pandas(df, npartitions=4).to_parquet(src)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        with distributed.Client(cluster):
            ddf = dd.read_parquet(src)
            assert ddf.npartitions == 4
            out = ddf.map_partitions(
                extract_frame, text_col="body", id_col="doc", date_col="day", meta=result_meta()
            ).compute()
    local = extract_frame(df, text_col="body", id_col="doc", date_col="day")
    out = out.sort_values("id").reset_index(drop=True)
    local = local.sort_values("id").reset_index(drop=True)
    pd.testing.assert_frame_equal(out, local, check_dtype=False)
