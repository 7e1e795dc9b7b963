"""Entities end to end: the tagger's names resolved into people, organisations and places."""

from __future__ import annotations

import newsfacts


def by_name(result: dict) -> dict[str, dict]:
    return {e["name"]: e for e in result["entities"]}


def mention(result: dict, text: str, nth: int = 0) -> dict:
    hits = [m for m in result["mentions"] if m["text"] == text and m["kind"] == "name"]
    assert len(hits) > nth, (text, [m["text"] for m in result["mentions"]])
    return hits[nth]


def test_people_roles_aliases_and_countries():
    text = (
        "German Foreign Minister Heiko Brandt met Spanish Prime Minister Lucia Ortega in Berlin "
        "on Monday.\n\n"
        "Brandt said the talks went well. Ortega, who flew back to Madrid, did not comment."
    )
    r = newsfacts.extract(text)
    ents = by_name(r)
    brandt = ents["Heiko Brandt"]
    assert brandt["label"] == "PER"
    assert brandt["role"] == "German Foreign Minister"
    assert brandt["country"] == "DE"
    assert brandt["mentions"] == 2
    assert mention(r, "Brandt")["entity"] == brandt["id"]
    assert ents["Lucia Ortega"]["country"] == "ES"
    for e in r["entities"]:
        assert 0.0 <= e["salience"] <= 1.0
        firsts = [m["start"] for m in r["mentions"] if m["entity"] == e["id"]]
        assert e["first"] == min(firsts)
    # The person named in the headline-free lead and again later outranks the city named once.
    assert brandt["salience"] > ents["Madrid"]["salience"]


def test_places_linked_and_acting_states():
    text = (
        "Moscow said on Friday it would send envoys to Ankara. "
        "The talks will be held in Moscow next week, officials in Paris said."
    )
    r = newsfacts.extract(text)
    ents = by_name(r)
    moscow = ents["Moscow"]
    assert (moscow["label"], moscow["country"]) == ("LOC", "RU")
    assert moscow["geonameid"] is not None and abs(moscow["lat"] - 55.75) < 0.5
    assert ents["Ankara"]["country"] == "TR"
    assert mention(r, "Moscow", 0)["stands_for"] == "RU"
    assert mention(r, "Ankara")["stands_for"] is None  # "to Ankara"
    assert mention(r, "Moscow", 1)["stands_for"] is None  # "in Moscow"
    assert mention(r, "Paris")["stands_for"] is None  # "in Paris"


def test_names_that_are_not_places_act_for_no_state():
    text = "Paris Hilton arrived late. The Washington Post reported that Michael Jordan said he would retire."
    r = newsfacts.extract(text)
    assert all(m["stands_for"] is None for m in r["mentions"])
    labels = {m["text"]: m["label"] for m in r["mentions"] if m["kind"] == "name"}
    assert labels.get("Paris Hilton") == "PER"
    assert labels.get("Michael Jordan") == "PER"


def test_wire_dateline_and_state_abbreviation():
    text = "TAMPA, Fla. (AP) — A storm hit the coast near Tampa on Sunday."
    r = newsfacts.extract(text)
    fla = mention(r, "Fla.")
    ent = r["entities"][fla["entity"]]
    assert (ent["name"], ent["country"]) == ("Fla.", "US")
    tampa = by_name(r).get("TAMPA") or by_name(r).get("Tampa")
    assert tampa is not None and tampa["country"] == "US" and abs(tampa["lat"] - 27.95) < 0.5


def test_organisations_carry_the_place_they_are_named_after():
    text = (
        "Researchers at the University of Nebraska said on Tuesday that the Ohio Turnpike "
        "would close for a week. The European Union did not comment."
    )
    r = newsfacts.extract(text)
    ents = by_name(r)
    uni = ents["University of Nebraska"]
    assert uni["label"] == "ORG"
    # A newsfacts addition: an organisation named after a place carries that place.
    assert uni["country"] == "US" and uni["geonameid"] is not None
    assert 40.0 < uni["lat"] < 43.0 and -104.0 < uni["lon"] < -95.0
    eu = next((e for n, e in ents.items() if "European Union" in n), None)
    if eu is not None:
        assert eu["geonameid"] is None
    # The organisation keeps its mention; the state named inside it is a place mention of its
    # own, inside the organisation's, of the state's entity.
    outer = next(m for m in r["mentions"] if m["text"] == "University of Nebraska")
    inner = [m for m in r["mentions"] if m["text"] == "Nebraska"]
    assert len(inner) == 1 and inner[0]["label"] == "LOC"
    assert outer["start"] < inner[0]["start"] and inner[0]["end"] == outer["end"]
    state = r["entities"][inner[0]["entity"]]
    assert (state["name"], state["label"], state["country"]) == ("Nebraska", "LOC", "US")
    # It acts for no state, and the European Union holds no place of the ocean's or a town's.
    assert inner[0]["stands_for"] is None
    assert not any(m["label"] == "LOC" and m["text"] in ("European", "Union") for m in r["mentions"])
