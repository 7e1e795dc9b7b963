"""The bulk Arrow path agrees with the dict path."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pytest

import newsfacts
from newsfacts.arrow import RESULT_SCHEMA, results_to_table

ARTS = [
    {"id": f"a{i}", "text": f"Zürich talks {i}\n\n“Très bien,” said Ms. Müller on Monday. Item {i}.\n\nRead more: x {i}",
     "published": f"2021-02-0{1 + i % 9}"}
    for i in range(40)
] + [{"id": "empty", "text": ""}]  # fmt: skip


def test_arrow_tables_match_to_frames():
    tables = newsfacts.extract_arrow(ARTS, chunk_size=16, threads=2)
    frames = newsfacts.to_frames(newsfacts.extract_many(ARTS))
    assert set(tables) == set(frames)
    for name, table in tables.items():
        assert isinstance(table, pa.Table)
        assert table.column_names[0] == "id"
        df = table.to_pandas()
        ref = frames[name]
        assert list(df.columns) == list(ref.columns), name
        assert len(df) == len(ref), name
        for col in ref.columns:
            got = [None if (isinstance(v, float) and v != v) else v for v in df[col].tolist()]
            want = [None if v is pd.NA or (isinstance(v, float) and v != v) else v for v in ref[col].tolist()]
            if col in ("boilerplate", "members"):
                got = [list(v) for v in got]
            assert got == want, (name, col)


def test_arrow_integers_are_signed_and_load_zero_copy_into_pandas():
    tables = newsfacts.extract_arrow(ARTS[:3])
    arts = tables["articles"]
    assert arts.schema.field("sentences").type == pa.int64()
    assert arts.schema.field("title").type == pa.large_string()
    df = arts.to_pandas(types_mapper=pd.ArrowDtype)
    assert list(df["id"]) == ["a0", "a1", "a2"]
    assert list(df["title"]) == ["Zürich talks 0", "Zürich talks 1", "Zürich talks 2"]
    assert [list(b) for b in df["boilerplate"]] == [
        ["Read more: x 0"],
        ["Read more: x 1"],
        ["Read more: x 2"],
    ]


def test_arrow_path_validates_like_the_dict_path():
    with pytest.raises(TypeError, match="article 1"):
        newsfacts.extract_arrow(["ok", 3])


def test_mixed_id_types_become_strings():
    t = newsfacts.extract_arrow([{"text": "a", "id": 1}, {"text": "b", "id": "two"}])
    assert t["articles"].column("id").to_pylist() == ["1", "two"]


def test_result_schema_round_trip():
    res = newsfacts.extract_many(ARTS[:5])
    table = results_to_table(res)
    assert table.schema == RESULT_SCHEMA
    assert table.column("title").to_pylist() == [r["title"] for r in res]
