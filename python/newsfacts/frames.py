"""Results as pandas DataFrames (one table per kind of fact)."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

ARTICLE_COLUMNS = ["id", "title", "published", "language", "sentences", "error", "boilerplate"]
ENTITY_COLUMNS = [
    "id", "entity", "name", "label", "mentions", "first", "salience", "role", "affiliation",
    "country", "geonameid", "lat", "lon", "members",
]  # fmt: skip
MENTION_COLUMNS = ["id", "start", "end", "text", "label", "entity", "kind", "stands_for"]
QUOTE_COLUMNS = [
    "id", "start", "end", "text", "kind", "cue", "speaker", "speaker_entity", "speaker_start", "speaker_end",
]  # fmt: skip
DATE_COLUMNS = ["id", "start", "end", "text", "type", "value"]

# Integer columns that may hold None: pandas' nullable Int64 keeps them integers.
_NULLABLE_INT = {"entity", "speaker_entity", "speaker_start", "speaker_end", "geonameid"}


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    df = pd.DataFrame.from_records(rows, columns=columns)
    for c in columns:
        if c in _NULLABLE_INT:
            df[c] = df[c].astype("Int64")
    return df


def to_frames(results: Iterable[dict]) -> dict[str, pd.DataFrame]:
    """``articles``, ``entities``, ``mentions``, ``quotes``, ``dates`` tables; each starts with
    the article's ``id``. In ``entities`` the entity's own id is the column ``entity`` (the
    column that ``mentions.entity`` and ``quotes.speaker_entity`` refer to)."""
    arts, ents, ments, quotes, dates = [], [], [], [], []
    for r in results:
        if not isinstance(r, dict) or "entities" not in r:
            raise TypeError(f"to_frames takes the dicts returned by extract_many, not {type(r).__name__}")
        aid = r["id"]
        arts.append({
            "id": aid, "title": r["title"], "published": r["published"], "language": r["language"],
            "sentences": r["sentences"], "error": r["error"],
            "boilerplate": [b["text"] for b in r["boilerplate"]],
        })  # fmt: skip
        for e in r["entities"]:
            row = dict(e)
            row["entity"] = row.pop("id")
            row["id"] = aid
            ents.append(row)
        ments.extend({"id": aid, **m} for m in r["mentions"])
        quotes.extend({"id": aid, **q} for q in r["quotes"])
        dates.extend({"id": aid, **d} for d in r["dates"])
    return {
        "articles": _frame(arts, ARTICLE_COLUMNS),
        "entities": _frame(ents, ENTITY_COLUMNS),
        "mentions": _frame(ments, MENTION_COLUMNS),
        "quotes": _frame(quotes, QUOTE_COLUMNS),
        "dates": _frame(dates, DATE_COLUMNS),
    }
