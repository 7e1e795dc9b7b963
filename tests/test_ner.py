"""Named entities: the shipped tagger through the installed package."""

from __future__ import annotations

import pytest

import newsfacts


def names(result: dict) -> set[tuple[str, str]]:
    return {(m["text"], m["label"]) for m in result["mentions"] if m["kind"] == "name"}


def test_tags_people_organisations_places_and_nationalities():
    text = (
        "Angela Merkel arrived in Berlin on Tuesday for talks with the Italian prime minister.\n\n"
        "Shares in Siemens AG fell 3 percent in Frankfurt, while John Smith of Acme Corp said "
        "the company would open a plant in Canada."
    )
    r = newsfacts.extract(text)
    got = names(r)
    for want in [
        ("Angela Merkel", "PER"),
        ("Berlin", "LOC"),
        ("Italian", "NORP"),
        ("Siemens AG", "ORG"),
        ("Frankfurt", "LOC"),
        ("John Smith", "PER"),
        ("Acme Corp", "ORG"),
        ("Canada", "LOC"),
    ]:
        assert want in got, (want, sorted(got))
    for m in r["mentions"]:
        assert text[m["start"] : m["end"]] == m["text"]
    # Lower-case words and dates are not names.
    assert not any(t in {"Tuesday", "prime minister", "company"} for t, _ in got)


def test_offsets_on_non_ascii_text():
    text = "Der Bürgermeister von München, Dieter Reiter, traf François Hollande in Zürich."
    r = newsfacts.extract(text)
    for m in r["mentions"]:
        assert text[m["start"] : m["end"]] == m["text"]
    got = names(r)
    assert ("Zürich", "LOC") in got, sorted(got)


def test_all_caps_headline_uses_the_article():
    text = (
        "PORTUGAL BEAT NORWAY IN QUALIFIER\n\n"
        "Portugal beat Norway 2-1 in a World Cup qualifier in Lisbon on Saturday, "
        "with Rui Costa scoring twice."
    )
    got = names(newsfacts.extract(text))
    assert ("PORTUGAL", "LOC") in got and ("NORWAY", "LOC") in got, sorted(got)
    assert ("Rui Costa", "PER") in got and ("Lisbon", "LOC") in got, sorted(got)


@pytest.mark.parametrize("n", [1, 7])
def test_same_output_for_one_and_two_threads(n):
    texts = [
        f"Report {i}: Maria Lopez of the World Health Organization met officials in Nairobi "
        f"and Geneva. The French and German delegations left on day {i}."
        for i in range(40)
    ] * n
    one = newsfacts.extract_many(texts, threads=1)
    two = newsfacts.extract_many(texts, threads=2)
    assert [r["mentions"] for r in one] == [r["mentions"] for r in two]
    assert all(names(r) for r in one)
