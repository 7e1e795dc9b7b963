"""Bad input gets a clear error and nothing is lost."""

from __future__ import annotations

import math

import pytest

import newsfacts
from newsfacts import ArticleTypeError, ArticleValueError, NewsfactsError


def test_wrong_item_type_names_index_and_type():
    with pytest.raises(TypeError, match=r"article 2: expected a str or a mapping with 'text', got int"):
        newsfacts.extract_many(["a", "b", 5])


def test_bytes_item_is_a_type_error_with_a_hint():
    with pytest.raises(TypeError, match=r"article 1: expected str, got bytes; decode it"):
        newsfacts.extract_many(["a", b"b"])


def test_mapping_without_text():
    with pytest.raises(TypeError, match=r"article 0: a mapping needs a 'text' key"):
        newsfacts.extract_many([{"body": "x"}])


def test_non_string_text_and_title():
    with pytest.raises(TypeError, match=r"article 0: text must be str, not int"):
        newsfacts.extract_many([{"text": 3}])
    with pytest.raises(TypeError, match=r"article 0: title must be str or None, not list"):
        newsfacts.extract_many([{"text": "x", "title": ["t"]}])


def test_nan_text_is_reported_not_skipped():
    with pytest.raises(TypeError, match=r"article 1: .*missing"):
        newsfacts.extract_many(["ok", math.nan])
    with pytest.raises(TypeError, match=r"article 0: text is missing"):
        newsfacts.extract_many([{"text": None}])


def test_bad_published_value_names_the_value():
    with pytest.raises(
        ValueError, match=r"article 1: published must be a date as 'YYYY-MM-DD' .*, got '17/11/2020'"
    ):
        newsfacts.extract_many(
            [{"text": "a"}, {"text": "b", "published": "17/11/2020"}], published_errors="raise"
        )
    with pytest.raises(ValueError, match=r"2020-02-30"):
        newsfacts.extract("x", published="2020-02-30")
    for bad in ("2/30/2020", "Smarch 3, 2020", "yesterday", "2020", ""):
        with pytest.raises(ValueError, match="published must be a date"):
            newsfacts.extract("x", published=bad)
    with pytest.raises(TypeError, match=r"published must be .* not int"):
        newsfacts.extract("x", published=20201117)


def test_unreadable_published_in_a_batch_warns_and_keeps_the_article():
    arts = [
        {"text": "On Monday it rained.", "published": p} for p in ("2020-11-17", "Dec 17, 20", "9:27 AM ET")
    ]
    with pytest.warns(
        newsfacts.PublishedDateWarning, match=r"2 article\(s\).*article 1: 'Dec 17, 20'.*article 2"
    ):
        out = newsfacts.extract_many(arts)
    assert [r["published"] for r in out] == ["2020-11-17", None, None]
    assert all(r["error"] is None and r["sentences"] == 1 for r in out)
    with pytest.warns(newsfacts.PublishedDateWarning):
        assert len(list(newsfacts.iter_extract(arts))) == 3
    with pytest.raises(ValueError, match="published_errors must be"):
        newsfacts.extract_many(arts, published_errors="ignore")


def test_errors_share_a_base_class():
    assert issubclass(ArticleTypeError, NewsfactsError) and issubclass(ArticleTypeError, TypeError)
    assert issubclass(ArticleValueError, NewsfactsError) and issubclass(ArticleValueError, ValueError)
    with pytest.raises(NewsfactsError):
        newsfacts.extract_many([1])


def test_non_iterables_and_single_strings():
    with pytest.raises(TypeError, match=r"articles must be iterable, not int"):
        newsfacts.extract_many(42)
    with pytest.raises(TypeError, match=r"not a single str"):
        newsfacts.extract_many("one article")
    with pytest.raises(TypeError, match=r"text must be str, not bytes"):
        newsfacts.extract(b"bytes")


@pytest.mark.parametrize("threads", [0, -1])
def test_bad_thread_counts(threads):
    with pytest.raises(ValueError, match="threads must be at least 1"):
        newsfacts.extract_many(["a"], threads=threads)


def test_huge_thread_count_is_capped_not_fatal():
    assert len(newsfacts.extract_many(["a", "b"], threads=10**9)) == 2


def test_thread_count_type():
    with pytest.raises(TypeError, match="threads must be an int"):
        newsfacts.extract_many(["a"], threads="2")


def test_non_string_ids_pass_through():
    out = newsfacts.extract_many([{"text": "a", "id": ("x", 1)}, {"text": "b", "id": 7.5}])
    assert [r["id"] for r in out] == [("x", 1), 7.5]


def test_nothing_is_processed_when_one_item_is_bad():
    calls = []

    def gen():
        for i in range(5):
            calls.append(i)
            yield "text" if i != 4 else None

    with pytest.raises(TypeError, match="article 4"):
        newsfacts.extract_many(gen())
    assert calls == [0, 1, 2, 3, 4]


def test_core_rejects_mismatched_lists():
    from newsfacts import _core

    with pytest.raises(ValueError, match="same length"):
        _core.extract_batch(["a"], [], [None])
    with pytest.raises(ValueError, match="published must be a date"):
        _core.extract_batch(["a"], [None], ["nope"])


def test_a_panic_in_one_article_becomes_its_error_and_the_batch_completes():
    from newsfacts import _core

    texts = [f"Headline {i}\n\nBody {i}." for i in range(50)]
    # 1: all on the calling thread; 2 and 3: the calling thread converts and extracts beside
    # one and two pool workers, so the panicking article may run on either kind of thread.
    for threads in (1, 2, 3):
        out = _core._panic_probe(texts, 17, threads)
        assert len(out) == 50
        assert out[17]["error"] == "internal error while processing this article: probe panic in article 17"
        assert out[17]["entities"] == [] and out[17]["title"] is None
        assert all(r["error"] is None and r["title"] == f"Headline {i}" for i, r in enumerate(out) if i != 17)


# CPython runs a signal's handler wherever the main thread next runs bytecode; when that is a
# weakref or finaliser callback, the KeyboardInterrupt is reported there as unraisable and lost
# (seen once in CI). The interrupt is therefore sent until the batch stops, and such a lost one
# is no failure of ours.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_ctrl_c_stops_a_long_batch_between_chunks():
    import os
    import signal
    import threading

    arts = [f"Headline {i}\n\n" + "Officials said the talks would resume. " * 20 for i in range(20_000)]
    done = 0
    stopped = threading.Event()

    def interrupt():
        while not stopped.wait(0.05):  # the signal arrives while a later chunk runs in the engine
            os.kill(os.getpid(), signal.SIGINT)

    def on_sigint(signum, frame):
        if not stopped.is_set():  # (one sent as the batch stopped is ignored)
            raise KeyboardInterrupt

    sender = threading.Thread(target=interrupt)
    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        with pytest.raises(KeyboardInterrupt):
            for _ in newsfacts.iter_extract(arts, chunk_size=32):
                if done == 0:
                    sender.start()
                done += 1
    finally:
        stopped.set()
        if sender.is_alive():
            sender.join()
        signal.signal(signal.SIGINT, previous)
    assert 0 < done < len(arts)  # stopped part-way, not after the whole batch
