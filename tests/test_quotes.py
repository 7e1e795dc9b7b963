"""Quotations end to end: spans on non-ASCII text, kinds, cues and speakers as the user sees them."""

from __future__ import annotations

import json

import pytest

import newsfacts


def _check_offsets(text, r):
    for q in r["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"], q
        if q["speaker_start"] is not None:
            assert q["speaker_end"] > q["speaker_start"]
            # the words naming the speaker are in the text
            assert text[q["speaker_start"] : q["speaker_end"]].strip()
    for m in r["mentions"]:
        assert text[m["start"] : m["end"]] == m["text"], m


def _by_text(r, words):
    hits = [q for q in r["quotes"] if q["text"] == words]
    assert hits, (words, [q["text"] for q in r["quotes"]])
    return hits[0]


def test_curly_quotes_interrupted_by_attribution_on_accented_text():
    text = (
        "Élodie Fournier-Ångström arrived in Zürich on Tuesday.\n\n"
        "“Les négociations sont très difficiles,” she said in the Bundeshaus, "
        "“mais nous restons optimistes.”"
    )
    r = newsfacts.extract(text)
    _check_offsets(text, r)
    a = _by_text(r, "Les négociations sont très difficiles,")
    b = _by_text(r, "mais nous restons optimistes.")
    for q in (a, b):
        assert q["kind"] == "direct"
        assert q["cue"] == "said"
        assert text[q["speaker_start"] : q["speaker_end"]] == "she"


def test_inverted_attribution_and_indirect_speech_with_emoji_and_cjk():
    text = (
        "Protest 🚩 in 東京 grows\n\n"
        'Thousands marched through 東京 on Sunday 🚩. "We are not going home," said Kenji Müller-Sato, '
        "an organiser.\n\n"
        "Müller-Sato told reporters that the march would continue until the vote."
    )
    r = newsfacts.extract(text)
    _check_offsets(text, r)
    d = _by_text(r, "We are not going home,")
    assert d["kind"] == "direct"
    assert d["cue"] == "said"
    assert "Müller-Sato" in text[d["speaker_start"] : d["speaker_end"]]
    ind = _by_text(r, "that the march would continue until the vote")
    assert ind["kind"] == "indirect"
    assert ind["cue"] == "told"
    assert text[ind["speaker_start"] : ind["speaker_end"]] == "Müller-Sato"


def test_partial_quote_and_scare_quote_and_odd_marks():
    text = (
        "Ségolène Dubois condemned the “totally unacceptable” délai on Friday.\n\n"
        "The so-called “experts” met again.\n\n"
        "A stray ” mark and an open “ one never break the article."
    )
    r = newsfacts.extract(text)
    _check_offsets(text, r)
    p = _by_text(r, "totally unacceptable")
    assert p["kind"] == "partial"
    assert p["cue"] == "condemned"
    assert "Dubois" in text[p["speaker_start"] : p["speaker_end"]]
    assert all(q["text"] != "experts" for q in r["quotes"])


def test_nyt_marks_and_quote_over_paragraphs():
    text = (
        "Zoë Ørsted said:\n\n"
        "“The first point is the café tax.\n\n"
        "“The second point is the naïve budget.”\n\n"
        "''It is a better use of capital,'' Ørsted added."
    )
    r = newsfacts.extract(text)
    _check_offsets(text, r)
    direct = [q for q in r["quotes"] if q["kind"] == "direct"]
    assert len(direct) == 2, direct
    over = direct[0]
    assert over["text"].startswith("The first point") and over["text"].endswith("naïve budget.")
    assert "Ørsted" in text[over["speaker_start"] : over["speaker_end"]]
    nyt = _by_text(r, "It is a better use of capital,")
    assert nyt["cue"] == "added"


def test_quote_speaker_entity_refers_to_an_entity_when_set():
    text = "Chancellor Björn Åkesson spoke in Malmö.\n\n“We will build the bridge,” he said."
    r = newsfacts.extract(text)
    _check_offsets(text, r)
    ids = {e["id"] for e in r["entities"]}
    for q in r["quotes"]:
        assert q["speaker_entity"] is None or q["speaker_entity"] in ids
    q = _by_text(r, "We will build the bridge,")
    assert text[q["speaker_start"] : q["speaker_end"]] == "he"


@pytest.mark.shared
def test_polnear_sample_offsets_hold(shared):
    path = shared / "data" / "quotes" / "polnear_dev.jsonl"
    if not path.exists():
        pytest.skip(f"{path} absent")
    with open(path, encoding="utf-8") as fh:
        docs = [json.loads(line) for _, line in zip(range(40), fh, strict=False)]
    results = newsfacts.extract_many([{"id": d["id"], "text": d["text"]} for d in docs])
    n = 0
    for d, r in zip(docs, results, strict=True):
        assert r["error"] is None
        _check_offsets(d["text"], r)
        n += len(r["quotes"])
    assert n > 200


def test_nyt_marks_interrupted_with_a_shared_cue_and_a_split_indirect_report():
    text = (
        "Mayor Ingrid Sølvberg spoke at the harbour.\n\n"
        "''The ferries are too old,'' she said, ''and the new ones are late.''\n\n"
        "The new terminal, she said, will open in the spring."
    )
    r = newsfacts.extract(text)
    _check_offsets(text, r)
    for words in ("The ferries are too old,", "and the new ones are late."):
        q = _by_text(r, words)
        assert q["kind"] == "direct"
        assert q["cue"] == "said"
        assert text[q["speaker_start"] : q["speaker_end"]] == "she"
    for words in ("The new terminal", "will open in the spring"):
        q = _by_text(r, words)
        assert q["kind"] == "indirect"
        assert text[q["speaker_start"] : q["speaker_end"]] == "she"


def test_nominal_and_adjective_cues_on_non_ascii_text():
    text = (
        "Zoë Łukasiewicz-Brontë met voters in Kraków.\n\n"
        "Łukasiewicz-Brontë’s support for the Zürich accord was never firm.\n\n"
        "She is confident that the señores will back the plan."
    )
    r = newsfacts.extract(text)
    _check_offsets(text, r)
    n = _by_text(r, "the Zürich accord")
    assert n["kind"] == "indirect"
    assert n["cue"] == "support for"
    assert text[n["speaker_start"] : n["speaker_end"]] == "Łukasiewicz-Brontë"
    a = _by_text(r, "that the señores will back the plan")
    assert a["cue"] == "confident"
    assert text[a["speaker_start"] : a["speaker_end"]] == "She"


def test_known_as_and_a_continued_fragment_on_non_ascii_text():
    text = (
        "Zoë Łukasiewicz-Brontë won the string of contests known as Super Mardi in Kraków.\n\n"
        "The plan ''was a reply to the gloom of the last year,'' said Zoë Łukasiewicz-Brontë, "
        "a former adviser. ''Voters never elect a pessimist.''"
    )
    r = newsfacts.extract(text)
    _check_offsets(text, r)
    k = _by_text(r, "Super Mardi in Kraków")
    assert k["cue"] == "known as"
    assert k["speaker"] is None and k["speaker_start"] is None
    c = _by_text(r, "Voters never elect a pessimist.")
    assert text[c["speaker_start"] : c["speaker_end"]] == "Zoë Łukasiewicz-Brontë"


def test_relative_pronoun_is_the_speaker_span_and_names_its_phrase():
    text = "Zoë Ångström, who said the café would reopen in June, left early.\n"
    r = newsfacts.extract(text)
    _check_offsets(text, r)
    q = _by_text(r, "the café would reopen in June")
    assert text[q["speaker_start"] : q["speaker_end"]] == "who"
    assert q["speaker"] is not None and "Ångström" in q["speaker"]


def test_hearsay_and_transcript_turns_on_non_ascii_text():
    text = (
        "Zoë Ångström spoke at the forum in Malmö.\n\n"
        "The café chain has reportedly closed 40 shops in Sweden.\n\n"
        "The panel went on. Thanks, everyone. MS. ÅBERG: We heard you. We will act. "
        "GUEST: I think you will, too."
    )
    r = newsfacts.extract(text)
    _check_offsets(text, r)
    a = _by_text(r, "The café chain has")
    b = _by_text(r, "closed 40 shops in Sweden")
    for q in (a, b):
        assert q["cue"] == "reportedly" and q["speaker"] is None
    turn = _by_text(r, "We heard you. We will act")
    assert text[turn["speaker_start"] : turn["speaker_end"]] == "MS. ÅBERG"
    assert _by_text(r, "I think you will, too")["cue"] == ":"
