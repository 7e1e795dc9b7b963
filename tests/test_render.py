"""The notebook view: structure of the HTML."""

from __future__ import annotations

import html.parser

import pytest

from newsfacts import render

TEXT = "Talks resume in Lisbon\n\n“We want a deal,” Ana Costa said on Monday <now>.\n\nShare this article"


def _result():
    """A hand-made result (the view must render any schema-true result, whatever found it)."""
    t = TEXT
    s = t.index("Ana Costa")
    lis = t.index("Lisbon")
    mon = t.index("Monday")
    q = t.index("We want")
    bp = t.index("Share this")
    return {
        "id": 0, "title": "Talks resume in Lisbon", "published": "2023-06-14", "language": "en",
        "boilerplate": [{"start": bp, "end": len(t), "text": t[bp:]}], "sentences": 3,
        "entities": [
            {"id": 0, "name": "Ana Costa", "label": "PER", "role": "Minister"},
            {"id": 1, "name": "Lisbon", "label": "LOC", "role": None},
        ],
        "mentions": [
            {"start": lis, "end": lis + 6, "text": "Lisbon", "label": "LOC", "entity": 1, "kind": "name", "stands_for": None},
            {"start": s, "end": s + 9, "text": "Ana Costa", "label": "PER", "entity": 0, "kind": "name", "stands_for": None},
        ],
        "quotes": [{"start": q, "end": q + 14, "text": "We want a deal", "kind": "direct", "cue": "said",
                    "speaker": "Ana Costa", "speaker_entity": 0, "speaker_start": s, "speaker_end": s + 9}],
        "dates": [{"start": mon, "end": mon + 6, "text": "Monday", "type": "DATE", "value": "2023-06-12"}],
        "error": None,
    }  # fmt: skip


class _Tags(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.spans, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        if tag == "span":
            self.spans.append(dict(attrs))

    def handle_endtag(self, tag):
        assert self.stack.pop() == tag, f"misnested </{tag}>"

    def handle_data(self, data):
        if "style" not in self.stack:
            self.text.append(data)


def test_render_marks_entities_quotes_dates_and_nests_properly():
    out = render(_result(), TEXT)
    assert out._repr_html_() == str(out)
    p = _Tags()
    p.feed(str(out))
    assert p.stack == []  # every tag closed, in order
    classes = [s.get("class", "") for s in p.spans]
    assert "nf-m nf-PER" in classes and "nf-m nf-LOC" in classes and "nf-m nf-DATE" in classes
    assert "nf-q" in classes and "nf-bp" in classes
    titles = [s.get("title", "") for s in p.spans]
    assert "Ana Costa — Minister" in titles
    assert "DATE 2023-06-12" in titles
    assert "direct: Ana Costa (said)" in titles
    body = "".join(p.text)
    assert "<now>" in body  # text is escaped, not interpreted
    assert "— Ana Costa (said)" in body


def test_render_rejects_non_results():
    with pytest.raises(TypeError):
        render("text", TEXT)
