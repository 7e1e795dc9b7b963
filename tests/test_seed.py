"""The seed article from ../shared: title and boilerplate (later issues add the rest)."""

from __future__ import annotations

import pytest

import newsfacts

pytestmark = pytest.mark.shared


def test_seed_title_and_boilerplate(seed_text):
    r = newsfacts.extract(seed_text, id="seed", published="2020-11-17")
    first_line = seed_text.split("\n", 1)[0]
    assert r["title"] == first_line
    assert [b["text"] for b in r["boilerplate"]] == ["Share it..."]
    bp = r["boilerplate"][0]
    assert seed_text[bp["start"] : bp["end"]] == "Share it..."
    assert r["sentences"] >= 15
