"""newsfacts: English news articles to structured facts.

Who appears (people, organisations, places, nationalities, each once under its full name, with
role and country), who said what (quotations and their speakers), and when (dates normalised
against the publication date), from a Rust core that runs in parallel with the interpreter
released.

    >>> import newsfacts
    >>> r = newsfacts.extract("Storm hits coast\\n\\nThe storm hit on Monday.", published="2021-03-03")
    >>> r["title"]
    'Storm hits coast'

The output contract is in docs/schema.md: one plain dict per article; every offset is a Python
string index into the text passed in, so ``text[m["start"]:m["end"]] == m["text"]``.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterable, Iterator
from typing import Any

from . import _core
from ._core import NewsfactsError
from ._input import (
    Article,
    ArticleTypeError,
    ArticleValueError,
    PublishedDateWarning,
    iter_articles,
    normalise,
    warn_unreadable,
)
from .render import render

__version__: str = _core.__version__

__all__ = [
    "ArticleTypeError",
    "ArticleValueError",
    "NewsfactsError",
    "PublishedDateWarning",
    "__version__",
    "extract",
    "extract_arrow",
    "extract_many",
    "iter_extract",
    "render",
    "to_frames",
]

#: Articles handed to the core at once when a batch is cut into chunks (for the progress bar,
#: for Ctrl-C, and for flat memory when streaming). Large enough to keep every core busy.
DEFAULT_CHUNK_SIZE = 2048


def _check_threads(threads: Any) -> int | None:
    if threads is None:
        return None
    if isinstance(threads, bool) or not isinstance(threads, int):
        raise ArticleTypeError(f"threads must be an int or None, not {type(threads).__name__}")
    if threads < 1:
        raise ArticleValueError(f"threads must be at least 1, got {threads}")
    # More threads than this is never useful and would only fail to start.
    return min(threads, 1024)


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a chunk's results are built.

    A chunk of 500 news articles makes about 100,000 dicts and lists. Each allocation counts
    towards the collector's threshold, so it would run hundreds of times, each time walking the
    young results (about a tenth of the dict path's time on one thread, and it runs on the
    thread that holds the interpreter). The results hold no reference cycles, so there is
    nothing for it to find. It is resumed afterwards, also on error, unless it was off already.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _run(chunk: list[Article], threads: int | None) -> list[dict]:
    """Run one validated chunk through the core; fill in ids and surrogate-safe item texts."""
    with _gc_paused():
        results = _core.extract_batch(
            [a.text for a in chunk], [a.title for a in chunk], [a.published for a in chunk], threads
        )
    for art, res in zip(chunk, results, strict=True):
        res["id"] = art.id
        if art.original is not None:
            _restore_texts(res, art.original)
    return results


def _restore_texts(result: dict, original: str) -> None:
    """Item texts of an article whose lone surrogates were replaced: slice the caller's string."""
    for key in ("boilerplate", "mentions", "quotes", "dates"):
        for item in result[key]:
            item["text"] = original[item["start"] : item["end"]]


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for a in items:
        chunk.append(a)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract(text: str, *, id: Any = None, title: str | None = None, published: Any = None) -> dict:
    """Extract the facts of one article.

    Args:
        text: the article text (a title line at the top is detected when ``title`` is None).
        id: passed through to the result (default 0).
        title: the headline, when you have it separately.
        published: publication date ("YYYY-MM-DD", ``date`` or ``datetime``): the reference for
            relative dates such as "on Tuesday".

    Returns:
        One dict as described in docs/schema.md.
    """
    if not isinstance(text, str):
        raise ArticleTypeError(f"text must be str, not {type(text).__name__}")
    art = normalise({"text": text, "id": id, "title": title, "published": published}, 0)
    return _run([art], 1)[0]


def iter_extract(
    articles: Iterable[Any],
    *,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    threads: int | None = None,
    progress: bool = False,
    total: int | None = None,
    published_errors: str = "warn",
) -> Iterator[dict]:
    """Extract facts from any iterable of articles lazily, yielding one dict per article in order.

    Input is pulled ``chunk_size`` articles at a time and each chunk runs in parallel, so memory
    stays flat however long the stream is. See :func:`extract_many` for the arguments.
    """
    if total is None and hasattr(articles, "__len__") and not isinstance(articles, str | bytes | dict):
        total = len(articles)  # type: ignore[arg-type]
    unreadable = _unreadable_list(published_errors)
    return _results(iter_articles(articles, unreadable), chunk_size, threads, progress, total, unreadable)


def _unreadable_list(published_errors: str) -> list | None:
    """Where unreadable `published` strings are collected ("warn"), or None to raise ("raise")."""
    if published_errors == "warn":
        return []
    if published_errors == "raise":
        return None
    raise ArticleValueError(f"published_errors must be 'warn' or 'raise', got {published_errors!r}")


def _results(
    arts: Iterable[Article],
    chunk_size: int,
    threads: int | None,
    progress: bool,
    total: int | None,
    unreadable: list | None = None,
) -> Iterator[dict]:
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        raise ArticleValueError(f"chunk_size must be a positive int, got {chunk_size!r}")
    threads = _check_threads(threads)
    return _generate(arts, chunk_size, threads, progress, total, unreadable)


def _generate(
    arts: Iterable[Article],
    chunk_size: int,
    threads: int | None,
    progress: bool,
    total: int | None,
    unreadable: list | None,
) -> Iterator[dict]:
    bar = None
    if progress:
        from tqdm.auto import tqdm  # noqa: PLC0415 - only when asked for

        bar = tqdm(total=total, unit="article", desc="newsfacts")
    try:
        for chunk in _chunks(arts, chunk_size):
            if unreadable:
                warn_unreadable(unreadable)
            results = _run(chunk, threads)
            if bar is not None:
                bar.update(len(chunk))
            yield from results
    finally:
        if bar is not None:
            bar.close()


def extract_many(
    articles: Iterable[Any],
    *,
    threads: int | None = None,
    progress: bool = False,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    published_errors: str = "warn",
) -> list[dict]:
    """Extract facts from many articles in parallel; one dict per input, in input order.

    Args:
        articles: an iterable (list, generator, pandas Series or DataFrame with a ``text``
            column) of ``str`` or mappings with ``text`` and optional ``id``, ``title``,
            ``published``.
        threads: worker threads (default: ``NEWSFACTS_NUM_THREADS`` or all cores). The output
            does not depend on it. Use 1 inside Dask/Spark/multiprocessing workers.
        progress: show a tqdm progress bar (draws in Jupyter too).
        chunk_size: articles per parallel chunk; Ctrl-C is honoured between chunks.
        published_errors: what a ``published`` string that is no readable date does: ``"warn"``
            (default; scraped metadata is messy and one bad row must not stop a million-article
            job): that article is processed without a reference date (``published`` None) and
            one :class:`PublishedDateWarning` per batch names the articles; ``"raise"``:
            :class:`ArticleValueError` naming the value, before any work starts. A value of a
            wrong type (not str, date or datetime) always raises ``ArticleTypeError``.

    Raises:
        ArticleTypeError (a ``TypeError``): an item is not a str or a mapping with a str ``text``;
            the message names its index. Nothing is processed then.
        ArticleValueError (a ``ValueError``): with ``published_errors="raise"``, a ``published``
            that is no date. (:func:`extract`, for one article, always raises.)

    An article that fails inside the engine gets a result with ``error`` set; the rest of the
    batch completes.
    """
    unreadable = _unreadable_list(published_errors)
    arts = list(iter_articles(articles, unreadable))  # every item is checked before any work starts
    warn_unreadable(unreadable or [])
    return list(_results(arts, chunk_size, threads, progress, len(arts)))


def extract_arrow(
    articles: Iterable[Any],
    *,
    threads: int | None = None,
    chunk_size: int = 4 * DEFAULT_CHUNK_SIZE,
    progress: bool = False,
    published_errors: str = "warn",
) -> dict:
    """The bulk path: extract and return the five tables of :func:`to_frames` as
    ``pyarrow.Table`` objects built in the engine, without a Python object per fact.

    Load them with ``t.to_pandas(types_mapper=pd.ArrowDtype)`` (zero-copy), ``polars.from_arrow``
    or keep them in Arrow; integers are signed int64, strings large_string. Texts of items are
    sliced from the analysed text: a lone surrogate in the input (not representable in Arrow's
    UTF-8) appears as U+FFFD there.
    """
    import pyarrow as pa  # noqa: PLC0415 - the bulk path's dependency, loaded on demand

    from .arrow import tables_from_core  # noqa: PLC0415

    unreadable = _unreadable_list(published_errors)
    arts = list(iter_articles(articles, unreadable))
    warn_unreadable(unreadable or [])
    threads = _check_threads(threads)
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        raise ArticleValueError(f"chunk_size must be a positive int, got {chunk_size!r}")
    parts: dict[str, list] = {}
    bar = None
    if progress:
        from tqdm.auto import tqdm  # noqa: PLC0415

        bar = tqdm(total=len(arts), unit="article", desc="newsfacts")
    try:
        for base in range(0, max(len(arts), 1), chunk_size):
            chunk = arts[base : base + chunk_size]
            raw = _core.extract_tables(
                [a.text for a in chunk], [a.title for a in chunk], [a.published for a in chunk], threads
            )
            for name, table in tables_from_core(raw, [a.id for a in chunk]).items():
                parts.setdefault(name, []).append(table)
            if bar is not None:
                bar.update(len(chunk))
    finally:
        if bar is not None:
            bar.close()
    return {name: pa.concat_tables(tables, promote_options="permissive") for name, tables in parts.items()}


def to_frames(results: Iterable[dict]) -> dict:
    """The results as pandas DataFrames: ``articles``, ``entities``, ``mentions``, ``quotes``,
    ``dates``; one row per item, the article's ``id`` as first column."""
    from .frames import to_frames as _to_frames  # noqa: PLC0415 - pandas is imported on demand

    return _to_frames(results)
