"""Dates as a reader checks them: ranges of days, seasons with a position word, schedules.

Crafted news sentences (no corpus text); each value is what a reader of the story would
write down for that date, given the publication day.
"""

from __future__ import annotations

import newsfacts

WEDNESDAY = "2026-11-18"


def dates_of(text: str, published=WEDNESDAY) -> list[tuple[str, str | None]]:
    result = newsfacts.extract(text, published=published)
    assert result["error"] is None
    for d in result["dates"]:
        assert text[d["start"] : d["end"]] == d["text"]
    return [(d["text"], d["value"]) for d in result["dates"]]


def test_a_range_of_weekdays_never_runs_backwards():
    # Present (a schedule under way), future, past: the end is never before the start.
    cases = {
        "The museum is open from Monday until Friday.": ["2026-11-16", "2026-11-20"],
        "The museum will be closed from Monday to Friday.": ["2026-11-23", "2026-11-27"],
        "Police arrested 40 people between Thursday and Monday.": ["2026-11-12", "2026-11-16"],
        "Heavy snow is forecast from Thursday evening through Saturday.": [
            "2026-11-19TEV",
            "2026-11-21",
        ],
    }
    for text, values in cases.items():
        found = dates_of(text)
        assert [v for _, v in found] == values, text
        assert found[0][1][:10] <= found[1][1][:10], text


def test_a_clock_that_starts_a_range_takes_the_day_of_its_end():
    found = dates_of("The dogs were taken between 2 a.m. and 4:30 a.m. Tuesday, police said.")
    assert found == [("2 a.m.", "2026-11-17T02:00"), ("4:30 a.m. Tuesday", "2026-11-17T04:30")]


def test_a_move_between_days_is_no_range():
    # Each end keeps the value it has alone.
    moved = dict(dates_of("The hearing was postponed from Monday to Friday."))
    alone = dict(dates_of("The hearing was postponed to Friday."))
    assert moved["Friday"] == alone["Friday"]


def test_early_and_late_seasons_follow_the_tense():
    assert dates_of("Crops were planted in early summer.") == [("early summer", "2026-SU")]
    assert dates_of("The park will reopen in early spring.") == [("early spring", "2027-SP")]
    assert dates_of("By late summer, she looked vulnerable.") == [("late summer", "2026-SU")]
    assert dates_of("The bridge opened in late autumn 2013.") == [("late autumn 2013", "2013-FA")]
    # A season that came early is no date.
    assert dates_of("We had an early spring.") == []
    # Without a publication date: found, but unresolved.
    assert dates_of("Crops were planted in early summer.", published=None) == [("early summer", None)]


def test_schedules_and_the_publication_week():
    found = dict(
        dates_of(
            "The trial begins Monday. Pre-orders open this Friday, and the tournament starts "
            "this weekend. Its shares have doubled since January. The Fed meets on Dec. 15-16."
        )
    )
    assert found["Monday"] == "2026-11-23"
    assert found["this Friday"] == "2026-11-20"
    assert found["this weekend"] == "2026-W47-WE"
    assert found["January"] == "2026-01"
    assert found["Dec. 15"] == "2026-12-15"
    assert found["16"] == "2026-12-16"


def test_non_ascii_around_a_range_keeps_offsets():
    text = "Le musée « Zoë » — is open from Monday to Friday… 🎉"
    assert [v for _, v in dates_of(text)] == ["2026-11-16", "2026-11-20"]
