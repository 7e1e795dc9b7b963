"""Property tests: for arbitrary Unicode text the result is well-formed and a pure function of
the input."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsfacts

# Text built from pieces news parsers trip over, mixed with arbitrary code points.
PIECES = [
    "“", "”", "\"", "'", "‘", "’", "«", "»", "''", "``", ",", ".", "!", "?", ":", ";", " - ", "—",
    "(", ")", "\n", "\n\n", " ", "Mr.", "U.S.", "said", "he said", "according to", "on Tuesday",
    "Nov. 9, 2020", "1,991", "3.5", "Moscow", "Paris Hilton", "the minister", "Angela Merkel",
    "e\u0301", "🎉", "ש", "العربية", "\u200f", "\u0000", "\ufeff", "Share it...", "Read more: x",
]  # fmt: skip
text_strategy = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map("".join)

PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_result(text: str, r: dict) -> None:
    assert r["error"] is None, r["error"]
    n = len(text)
    ids = {e["id"] for e in r["entities"]}
    assert len(ids) == len(r["entities"])
    for key in ("boilerplate", "mentions", "quotes", "dates"):
        for item in r[key]:
            assert 0 <= item["start"] <= item["end"] <= n, (key, item)
            assert text[item["start"] : item["end"]] == item["text"], (key, item)
    for m in r["mentions"]:
        assert m["entity"] is None or m["entity"] in ids
    for q in r["quotes"]:
        assert q["speaker_entity"] is None or q["speaker_entity"] in ids
        if q["speaker_start"] is not None:
            assert 0 <= q["speaker_start"] <= q["speaker_end"] <= n
    for e in r["entities"]:
        assert 0 <= e["first"] <= n
        assert 0.0 <= e["salience"] <= 1.0


@PROPS
@given(text_strategy)
def test_any_text_gives_a_well_formed_result(text):
    check_result(text, newsfacts.extract(text, published="2020-11-17"))


@PROPS
@given(st.text(max_size=300))
def test_arbitrary_unicode(text):
    check_result(text, newsfacts.extract(text))


@settings(max_examples=25, deadline=None)
@given(st.lists(text_strategy, min_size=1, max_size=12))
def test_pure_function_of_input(texts):
    one = newsfacts.extract_many(texts, threads=1)
    assert one == newsfacts.extract_many(texts, threads=2, chunk_size=3)
    assert one == newsfacts.extract_many(texts, threads=1)
