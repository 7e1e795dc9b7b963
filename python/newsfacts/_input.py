"""Validation and normalisation of the articles handed to newsfacts.

Everything the Rust core receives has been checked here, so that a bad item is reported with
its position and type before any work starts, and nothing is ever skipped silently.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ._core import NewsfactsError

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


class ArticleTypeError(NewsfactsError, TypeError):
    """An article, or one of its fields, has the wrong type (the message names its index)."""


class ArticleValueError(NewsfactsError, ValueError):
    """An article field has a wrong value, such as a `published` that is no date."""


@dataclass(slots=True)
class Article:
    """One validated article, ready for the core."""

    id: Any
    text: str
    title: str | None
    published: str | None
    original: str | None = None  # the caller's text when it held lone surrogates


def _is_missing(value: Any) -> bool:
    """None, NaN and pandas' NA/NaT: the values a data frame uses for 'no value'."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return type(value).__name__ in ("NAType", "NaTType")


def normalise_published(value: Any, where: str = "") -> str | None:
    """'YYYY-MM-DD' for a str, date or datetime; None for a missing value; else an error."""
    if _is_missing(value):
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        parsed = _parse_date_string(value.strip())
        if parsed is None:
            raise ArticleValueError(
                f"{where}published must be a date as 'YYYY-MM-DD' (or M/D/YYYY, 'November 17, 2020', "
                f"an ISO or RFC 2822 timestamp), got {value!r}"
            )
        return parsed.isoformat()
    # pandas.Timestamp is a datetime subclass (handled above); numpy.datetime64 is not.
    if type(value).__name__ == "datetime64":
        import pandas as pd  # noqa: PLC0415

        return pd.Timestamp(value).date().isoformat()
    raise ArticleTypeError(
        f"{where}published must be a str 'YYYY-MM-DD', a date or a datetime, not {type(value).__name__}"
    )


_US_SLASH = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}  # fmt: skip
_MONTH_NAME = re.compile(r"(?:(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})|([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4}))")


def _month(name: str) -> int | None:
    name = name.lower()
    for full, n in _MONTHS.items():
        if len(name) >= 3 and full.startswith(name):
            return n
    return None


def _parse_date_string(s: str) -> _dt.date | None:
    """The forms publication dates come in: ISO date or timestamp, US M/D/YYYY (the order English
    news metadata uses), "November 17, 2020" / "17 Nov 2020", RFC 2822 ("Tue, 17 Nov 2020 ...").
    None when it is none of these or no real day."""
    try:
        if _DATE.fullmatch(s):
            return _dt.date.fromisoformat(s)
        if len(s) > 10 and _DATE.match(s) and s[10] in "T ":
            return _dt.date.fromisoformat(s[:10])
        m = _US_SLASH.fullmatch(s)
        if m:
            return _dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = _MONTH_NAME.fullmatch(s)
        if m:
            day, mon, year = (m[1], m[2], m[3]) if m[1] else (m[5], m[4], m[6])
            month = _month(mon)
            return _dt.date(int(year), month, int(day)) if month else None
    except ValueError:
        return None
    if "," in s and any(c.isalpha() for c in s):
        import email.utils  # noqa: PLC0415

        try:
            return email.utils.parsedate_to_datetime(s).date()
        except (TypeError, ValueError, IndexError):
            return None
    return None


def _clean_text(text: str) -> tuple[str, str | None]:
    """Lone surrogates (which no UTF-8 text can hold) become U+FFFD, one code point for one, so
    offsets still index the caller's string; the original is kept to slice item texts from."""
    if text.isascii():
        return text, None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text), text
    return text, None


class PublishedDateWarning(UserWarning):
    """Some articles of a batch had a `published` string that is no readable date; they were
    processed without a reference date (their `published` is None)."""


def normalise(item: Any, index: int, *, id: Any = None, unreadable: list | None = None) -> Article:
    """One input item (a str or a mapping with `text`) as an Article; `index` names it in errors.

    With ``unreadable`` (a list), a `published` string that is no readable date is recorded there
    as ``(index, value)`` and the article gets no reference date; without it, it raises."""
    where = f"article {index}: "
    if isinstance(item, str):
        text, original = _clean_text(item)
        return Article(
            id=index if id is None else id, text=text, title=None, published=None, original=original
        )
    if isinstance(item, Mapping):
        if "text" not in item:
            raise ArticleTypeError(
                f"{where}a mapping needs a 'text' key; it has {sorted(map(str, item))[:8]}"
            )
        raw = item["text"]
        if _is_missing(raw):
            raise ArticleTypeError(
                f"{where}text is missing ({raw!r}); pass an empty string for an empty article"
            )
        if not isinstance(raw, str):
            raise ArticleTypeError(f"{where}text must be str, not {type(raw).__name__}")
        title = item.get("title")
        if _is_missing(title):
            title = None
        elif not isinstance(title, str):
            raise ArticleTypeError(f"{where}title must be str or None, not {type(title).__name__}")
        else:
            title = _clean_text(title)[0]
        art_id = item.get("id")
        if _is_missing(art_id):
            art_id = index
        text, original = _clean_text(raw)
        return Article(
            id=art_id,
            text=text,
            title=title,
            published=_published_or_record(item.get("published"), where, index, unreadable),
            original=original,
        )
    if isinstance(item, bytes | bytearray | memoryview):
        raise ArticleTypeError(
            f"{where}expected str, got {type(item).__name__}; decode it first (e.g. .decode('utf-8'))"
        )
    raise ArticleTypeError(
        f"{where}expected a str or a mapping with 'text', got {type(item).__name__}"
        + (" (missing text?)" if _is_missing(item) else "")
    )


def _published_or_record(value: Any, where: str, index: int, unreadable: list | None) -> str | None:
    try:
        return normalise_published(value, where)
    except ArticleValueError:
        if unreadable is None:
            raise
        unreadable.append((index, value))
        return None


def warn_unreadable(unreadable: list) -> None:
    """One warning for the articles of a batch whose `published` could not be read."""
    if unreadable:
        import warnings  # noqa: PLC0415

        shown = ", ".join(f"article {i}: {v!r}" for i, v in unreadable[:5])
        more = f" and {len(unreadable) - 5} more" if len(unreadable) > 5 else ""
        warnings.warn(
            f"{len(unreadable)} article(s) have a published value that is no readable date ({shown}{more}); "
            "they were processed without a reference date (published None). "
            "Pass published_errors='raise' to stop instead.",
            PublishedDateWarning,
            stacklevel=3,
        )
        unreadable.clear()


def iter_articles(articles: Iterable[Any], unreadable: list | None = None) -> Iterator[Article]:
    """Validate every item of an iterable of articles, lazily, in order (the iterable itself is
    checked at once)."""
    if isinstance(articles, str | bytes | Mapping):
        raise ArticleTypeError(
            f"articles must be an iterable of articles, not a single {type(articles).__name__}; "
            "use extract() for one article or wrap it in a list"
        )
    if type(articles).__name__ == "DataFrame" and hasattr(articles, "to_dict"):
        articles = articles.to_dict("records")
    try:
        iterator = iter(articles)
    except TypeError:
        raise ArticleTypeError(f"articles must be iterable, not {type(articles).__name__}") from None
    return (normalise(item, i, unreadable=unreadable) for i, item in enumerate(iterator))
