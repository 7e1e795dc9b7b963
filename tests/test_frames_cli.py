"""to_frames tables, the CLI and the demo."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

import newsfacts
from newsfacts.__main__ import main, sample_articles


def test_to_frames_columns_and_ids():
    res = newsfacts.extract_many([{"id": "a", "text": "Headline\n\nBody."}, {"id": "b", "text": "x"}])
    frames = newsfacts.to_frames(res)
    assert set(frames) == {"articles", "entities", "mentions", "quotes", "dates"}
    arts = frames["articles"]
    assert list(arts["id"]) == ["a", "b"]
    assert list(arts.columns[:4]) == ["id", "title", "published", "language"]
    assert list(frames["mentions"].columns) == [
        "id",
        "start",
        "end",
        "text",
        "label",
        "entity",
        "kind",
        "stands_for",
    ]
    assert list(frames["quotes"].columns)[:5] == ["id", "start", "end", "text", "kind"]
    assert list(frames["dates"].columns) == ["id", "start", "end", "text", "type", "value"]
    assert frames["entities"].columns[0] == "id" and "entity" in frames["entities"].columns
    assert all(isinstance(f, pd.DataFrame) for f in frames.values())


def test_to_frames_rejects_other_objects():
    with pytest.raises(TypeError, match="to_frames takes the dicts"):
        newsfacts.to_frames(["not a result"])


def test_cli_extract_jsonl_csv_parquet(tmp_path):
    src = tmp_path / "in.jsonl"
    rows = [
        {"doc": f"d{i}", "body": f"Headline {i}\n\nBody {i}.", "day": f"2021-05-0{i + 1}"} for i in range(3)
    ]
    src.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert (
        main(
            [
                "extract",
                str(src),
                "-o",
                str(out),
                "--text-col",
                "body",
                "--id-col",
                "doc",
                "--date-col",
                "day",
                "-q",
            ]
        )
        == 0
    )
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [g["id"] for g in got] == ["d0", "d1", "d2"]
    assert [g["published"] for g in got] == ["2021-05-01", "2021-05-02", "2021-05-03"]
    assert got[2]["title"] == "Headline 2"

    csv = tmp_path / "in.csv"
    pd.DataFrame(rows).to_csv(csv, index=False)
    pq_out = tmp_path / "out.parquet"
    assert main(["extract", str(csv), "-o", str(pq_out), "--text-col", "body", "--id-col", "doc", "-q"]) == 0
    table = pd.read_parquet(pq_out)
    assert list(table["id"]) == ["d0", "d1", "d2"]
    assert list(table["title"]) == ["Headline 0", "Headline 1", "Headline 2"]

    pq_in = tmp_path / "in.parquet"
    pd.DataFrame(rows).to_parquet(pq_in)
    out2 = tmp_path / "out2.jsonl"
    assert main(["extract", str(pq_in), "-o", str(out2), "--text-col", "body", "-q"]) == 0
    assert len(out2.read_text(encoding="utf-8").splitlines()) == 3


def test_cli_reports_missing_column(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"body": "x"}) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="no column 'text'"):
        main(["extract", str(src), "-o", str(tmp_path / "o.jsonl"), "-q"])


def test_samples_ship_with_the_package():
    arts = sample_articles()
    assert len(arts) >= 3
    assert all(a["published"] and len(a["text"]) > 500 for a in arts)


def test_demo_runs_as_a_module():
    p = subprocess.run(
        [sys.executable, "-m", "newsfacts", "demo"], capture_output=True, text=True, timeout=120
    )
    assert p.returncode == 0, p.stderr
    assert "sample articles processed" in p.stdout
    assert "Dock workers extend strike" in p.stdout
