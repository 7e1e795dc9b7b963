"""Temporal expressions end to end: values resolved against `published`, offsets into the str."""

from __future__ import annotations

import datetime
import json

import pytest

import newsfacts


def dates_of(text: str, published=None) -> dict[str, dict]:
    result = newsfacts.extract(text, published=published)
    assert result["error"] is None
    for d in result["dates"]:
        # Offsets index the Python string (code points), end exclusive.
        assert text[d["start"] : d["end"]] == d["text"]
    starts = [d["start"] for d in result["dates"]]
    assert starts == sorted(starts)
    return {d["text"]: d for d in result["dates"]}


def test_weekdays_follow_news_usage():
    text = (
        "Negotiators met on Monday and spoke again on Tuesday. They will meet on Wednesday, "
        "officials said, and a vote is scheduled for next Monday."
    )
    found = dates_of(text, published="2020-11-17")  # a Tuesday
    assert found["Monday"]["value"] == "2020-11-16"
    assert found["Tuesday"]["value"] == "2020-11-17"
    assert found["Wednesday"]["value"] == "2020-11-18"
    assert found["next Monday"]["value"] == "2020-11-23"
    assert {d["type"] for d in found.values()} == {"DATE"}


def test_offsets_index_the_python_string_after_non_ascii_text():
    text = "Zürich’s café — «Très bien», said Zoë — reopened on Monday, 🎉 three years after 1991."
    found = dates_of(text, published=datetime.date(2020, 11, 17))
    assert found["Monday"]["value"] == "2020-11-16"
    assert found["three years"] == {
        "start": text.index("three years"),
        "end": text.index("three years") + len("three years"),
        "text": "three years",
        "type": "DURATION",
        "value": "P3Y",
    }
    assert found["1991"]["start"] == text.index("1991")


def test_published_as_datetime_and_relative_expressions():
    text = "Prices rose last week, fell yesterday and may rise in the third quarter."
    found = dates_of(text, published=datetime.datetime(2021, 1, 5, 9, 30))
    assert found["last week"]["value"] == "2020-W53"
    assert found["yesterday"]["value"] == "2021-01-04"
    assert found["the third quarter"]["value"] == "2020-Q3"


def test_without_published_relatives_have_no_value():
    text = "The truce of Nov. 9, 2020 was signed on Tuesday, three days after talks began."
    found = dates_of(text)
    assert found["Nov. 9, 2020"]["value"] == "2020-11-09"
    assert found["Tuesday"]["value"] is None
    assert found["three days"]["value"] == "P3D"


def test_numbers_that_are_not_dates():
    text = "Officials counted 1,991 people and 2020 votes; inflation was 3.5 percent."
    assert dates_of(text, published="2020-11-17") == {}


def test_dates_in_a_batch_and_json():
    arts = [
        {"text": "The council meets every Tuesday.", "published": "2020-11-17"},
        {"text": "It happened in the 1990s and again last summer.", "published": "2020-11-17"},
    ]
    res = newsfacts.extract_many(arts)
    assert [(d["text"], d["type"], d["value"]) for d in res[0]["dates"]] == [
        ("every Tuesday", "SET", "XXXX-WXX-2")
    ]
    assert [(d["text"], d["value"]) for d in res[1]["dates"]] == [
        ("the 1990s", "199"),
        ("last summer", "2020-SU"),
    ]
    json.dumps(res)


@pytest.mark.shared
def test_seed_dates(shared, seed_text):
    gold_file = next((shared / "seed").glob("*.gold.json"))
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    result = newsfacts.extract(seed_text, published=gold["published"])
    got = {(d["start"], d["end"]): d["value"] for d in result["dates"]}
    for d in gold["dates"]:
        assert got.get((d["start"], d["end"])) == d["value"], d
