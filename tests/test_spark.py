"""The documented Spark recipe (mapInPandas), run when pyspark is installed (marker `spark`)."""

from __future__ import annotations

import json
import os
import sys

import pandas as pd
import pytest

from newsfacts.cluster import SPARK_SCHEMA, extract_frame

pytestmark = [
    pytest.mark.spark,
    pytest.mark.slow,
    pytest.mark.filterwarnings("ignore::FutureWarning"),  # pyspark's own pandas-version notice
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
]


def test_spark_map_in_pandas_matches_pandas():
    pyspark = pytest.importorskip("pyspark", reason="pyspark not installed (optional: pip install pyspark)")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = pyspark.sql.SparkSession.builder.master("local[2]").appName("newsfacts-test").getOrCreate()
    try:
        pdf = pd.DataFrame(
            {"id": [f"s{i}" for i in range(50)], "text": [f"Title {i}\n\nBody {i}." for i in range(50)]}
        )
        sdf = spark.createDataFrame(pdf).repartition(3)
        out = sdf.mapInPandas(
            lambda it: (extract_frame(p, id_col="id") for p in it), schema=SPARK_SCHEMA
        ).toPandas()
    finally:
        spark.stop()
    out = out.sort_values("id").reset_index(drop=True)
    ref = extract_frame(pdf, id_col="id").sort_values("id").reset_index(drop=True)
    assert list(out["title"]) == list(ref["title"])
    assert [json.loads(x) for x in out["boilerplate"]] == [json.loads(x) for x in ref["boilerplate"]]
