"""The Python API: schema keys and types, offsets, order, threads."""

from __future__ import annotations

import datetime as dt

import pytest

import newsfacts

ARTICLE = (
    "Port strike spreads to second terminal\n\n"
    "Dock workers walked out on Monday. “We will stay out,” a union official said.\n\n"
    "Share this article"
)

TOP_KEYS = {
    "id": object, "title": (str, type(None)), "published": (str, type(None)), "language": str,
    "boilerplate": list, "sentences": int, "entities": list, "mentions": list, "quotes": list,
    "dates": list, "error": (str, type(None)),
}  # fmt: skip


def test_result_has_every_schema_key_with_its_type():
    r = newsfacts.extract(ARTICLE, id="a1", published="2023-06-14")
    assert set(r) == set(TOP_KEYS)
    for key, typ in TOP_KEYS.items():
        assert isinstance(r[key], typ), key
    assert r["id"] == "a1"
    assert r["published"] == "2023-06-14"
    assert r["title"] == "Port strike spreads to second terminal"
    assert r["sentences"] == 3
    assert r["language"] == "en"
    assert r["error"] is None
    (bp,) = r["boilerplate"]
    assert set(bp) == {"start", "end", "text"}
    assert ARTICLE[bp["start"] : bp["end"]] == bp["text"] == "Share this article"


def test_title_given_by_caller_wins():
    r = newsfacts.extract("Some headline\n\nBody text.", title="Real title")
    assert r["title"] == "Real title"


def test_no_title_when_first_line_is_a_sentence():
    assert newsfacts.extract("The council met on Monday.\n\nIt voted.")["title"] is None


@pytest.mark.parametrize(
    "published",
    ["2020-11-17", dt.date(2020, 11, 17), dt.datetime(2020, 11, 17, 9, 30), "2020-11-17T09:30:00Z"],
)
def test_published_forms(published):
    assert newsfacts.extract("Text.", published=published)["published"] == "2020-11-17"


def test_offsets_index_the_python_string_for_non_ascii_text():
    text = "Zürich café — 東京 talks 🎉 resume\n\nThe “talks” resumed.\n\nRead more: Ünïcödé 🎉 stories"
    r = newsfacts.extract(text)
    (bp,) = r["boilerplate"]
    assert text[bp["start"] : bp["end"]] == bp["text"] == "Read more: Ünïcödé 🎉 stories"
    for key in ("mentions", "quotes", "dates"):
        for item in r[key]:
            assert text[item["start"] : item["end"]] == item["text"]


def test_lone_surrogates_do_not_crash_and_offsets_still_hold():
    text = "Bad \ud800 byte headline\n\nBody \udfff here.\n\nRead more: \ud83d"
    r = newsfacts.extract(text)
    assert r["error"] is None
    (bp,) = r["boilerplate"]
    assert text[bp["start"] : bp["end"]] == bp["text"]
    assert bp["text"].endswith("\ud83d")


def test_many_articles_keep_order_and_count():
    arts = [
        {"id": f"n{i}", "text": f"Headline {i}\n\nBody number {i}. " * (1 + i % 3)} for i in range(10_000)
    ]
    out = newsfacts.extract_many(arts)
    assert len(out) == 10_000
    assert [r["id"] for r in out] == [a["id"] for a in arts]
    assert all(r["title"] == f"Headline {i}" for i, r in enumerate(out))


def test_ids_default_to_position():
    out = newsfacts.extract_many(["One.", {"text": "Two."}, {"text": "Three.", "id": None}])
    assert [r["id"] for r in out] == [0, 1, 2]


def test_output_does_not_depend_on_thread_count():
    arts = [f"Title {i}\n\nMr. Smith said on Monday: “We agree {i}.” Read more: x" for i in range(300)]
    one = newsfacts.extract_many(arts, threads=1)
    assert one == newsfacts.extract_many(arts)
    assert one == newsfacts.extract_many(arts, threads=2, chunk_size=7)
    assert one == newsfacts.extract_many(arts, threads=3)


def test_generators_and_pandas_inputs():
    pd = pytest.importorskip("pandas")
    gen = (f"Text {i}." for i in range(5))
    assert len(newsfacts.extract_many(gen)) == 5
    s = pd.Series(["A.", "B."])
    assert len(newsfacts.extract_many(s)) == 2
    df = pd.DataFrame({"text": ["A.", "B."], "id": ["x", "y"], "published": ["2020-01-01", None]})
    out = newsfacts.extract_many(df)
    assert [r["id"] for r in out] == ["x", "y"]
    assert [r["published"] for r in out] == ["2020-01-01", None]


def test_iter_extract_is_lazy_and_ordered():
    pulled = []

    def source():
        for i in range(10):
            pulled.append(i)
            yield {"id": i, "text": f"Story {i}."}

    it = newsfacts.iter_extract(source(), chunk_size=4)
    first = next(it)
    assert first["id"] == 0
    assert len(pulled) == 4  # one chunk pulled, not the whole stream
    rest = list(it)
    assert [r["id"] for r in rest] == list(range(1, 10))


def test_progress_bar_runs(capsys):
    out = newsfacts.extract_many(["A.", "B.", "C."], progress=True, chunk_size=1)
    assert len(out) == 3
    assert "3/3" in capsys.readouterr().err


def test_version():
    assert newsfacts.__version__.count(".") == 2


def _child_run(n):
    return [r["title"] for r in newsfacts.extract_many([f"T{n}\n\nBody {i}." for i in range(50)], threads=2)]


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # 3.12+ warns about fork with threads
def test_forked_workers_do_not_deadlock():
    import multiprocessing as mp

    newsfacts.extract_many([f"Warm {i}." for i in range(100)], threads=2)  # the parent's pool exists
    ctx = mp.get_context("fork")
    with ctx.Pool(2) as pool:
        got = pool.map_async(_child_run, [1, 2, 3]).get(timeout=60)
    assert got == [[f"T{n}"] * 50 for n in (1, 2, 3)]


def test_garbage_collector_paused_during_a_chunk_and_restored(monkeypatch):
    import gc

    from newsfacts import _core

    seen = []
    real = _core.extract_batch

    def spy(*args):
        seen.append(gc.isenabled())
        return real(*args)

    monkeypatch.setattr(_core, "extract_batch", spy)
    assert gc.isenabled()
    newsfacts.extract_many(["One.", "Two.", "Three."], chunk_size=2)
    assert seen == [False, False] and gc.isenabled()

    # Resumed after an error too, and left off when the caller had turned it off.
    def boom(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(_core, "extract_batch", boom)
    with pytest.raises(KeyboardInterrupt):
        newsfacts.extract_many(["One."])
    assert gc.isenabled()
    monkeypatch.setattr(_core, "extract_batch", spy)
    gc.disable()
    try:
        newsfacts.extract_many(["One."])
        assert not gc.isenabled()
    finally:
        gc.enable()
