"""A notebook view of one result: the article text with entity mentions highlighted by label,
quotations marked with their speaker, and dates with their value (in the manner of displacy).

    from newsfacts import render
    render(result, text)          # displays in Jupyter; str(...) is the HTML

Colours are translucent so the text keeps the notebook's own colour: readable in light and dark
themes alike.
"""

from __future__ import annotations

import html

_CSS = """
.nf-doc{line-height:2.1;font-family:inherit;white-space:pre-wrap;max-width:60em}
.nf-doc .nf-title{font-weight:bold;font-size:1.15em}
.nf-m{padding:0.1em 0.25em;border-radius:0.3em;border:1px solid rgba(127,127,127,0.35)}
.nf-m .nf-lab{font-size:0.62em;font-weight:bold;margin-left:0.3em;opacity:0.75;vertical-align:middle}
.nf-PER{background:rgba(255,99,71,0.28)}.nf-ORG{background:rgba(65,105,225,0.28)}
.nf-LOC{background:rgba(46,160,67,0.30)}.nf-NORP{background:rgba(218,165,32,0.32)}
.nf-MISC{background:rgba(148,103,189,0.30)}.nf-DATE{background:rgba(23,190,207,0.30)}
.nf-q{border-bottom:2px solid rgba(255,140,0,0.85);background:rgba(255,140,0,0.08)}
.nf-spk{font-size:0.7em;font-weight:bold;color:rgba(255,140,0,1);margin-left:0.3em}
.nf-bp{opacity:0.45;text-decoration:line-through}
.nf-legend span{margin-right:0.6em}
"""


class Rendered(str):
    """HTML that displays itself in Jupyter."""

    def _repr_html_(self) -> str:
        return str(self)


def _non_overlapping(spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Keep spans in text order, dropping any that overlaps one already kept."""
    out: list[tuple[int, int, str, str]] = []
    end = -1
    for s in sorted(spans, key=lambda x: (x[0], -x[1])):
        if s[0] >= end and s[1] > s[0]:
            out.append(s)
            end = s[1]
    return out


def render(result: dict, text: str, *, legend: bool = True) -> Rendered:
    """HTML of ``text`` with the facts of ``result`` (from ``extract``) marked up."""
    if not isinstance(result, dict) or "mentions" not in result:
        raise TypeError("render takes a result dict from newsfacts.extract and the article text")
    entities = {e["id"]: e for e in result.get("entities", [])}
    marks: list[tuple[int, int, str, str]] = []
    for m in result["mentions"]:
        e = entities.get(m.get("entity"))
        tip = e["name"] if e else m["text"]
        if e and e.get("role"):
            tip += f" — {e['role']}"
        if m.get("stands_for"):
            tip += f" (stands for {m['stands_for']})"
        marks.append((m["start"], m["end"], m["label"], tip))
    for d in result["dates"]:
        marks.append((d["start"], d["end"], "DATE", f"{d['type']} {d['value']}"))
    quotes = [
        (
            q["start"],
            q["end"],
            q["kind"],
            f"{q['speaker'] or 'unknown speaker'}" + (f" ({q['cue']})" if q["cue"] else ""),
        )
        for q in result["quotes"]
    ]
    quotes = _non_overlapping(quotes)
    marks = _non_overlapping(marks)
    boiler = _non_overlapping([(b["start"], b["end"], "bp", "boilerplate") for b in result["boilerplate"]])

    # Cut the text at every boundary, then emit properly nested tags: quote > mark.
    cuts = {0, len(text)}
    for s, e, _, _ in quotes + marks + boiler:
        cuts.update((max(0, min(s, len(text))), max(0, min(e, len(text)))))
    points = sorted(cuts)

    def find(spans, pos):
        for s in spans:
            if s[0] <= pos < s[1]:
                return s
        return None

    parts = [f"<style>{_CSS}</style><div class='nf-doc'>"]
    open_quote = open_mark = None
    for a, b in zip(points, points[1:], strict=False):
        q, mk, bp = find(quotes, a), find(marks, a), find(boiler, a)
        if open_mark is not None and mk is not open_mark:
            parts.append(f"<span class='nf-lab'>{html.escape(open_mark[2])}</span></span>")
            open_mark = None
        if open_quote is not None and q is not open_quote:
            parts.append(f"<span class='nf-spk'>— {html.escape(open_quote[3])}</span></span>")
            open_quote = None
        if q is not None and open_quote is None:
            parts.append(
                f"<span class='nf-q' data-kind='{q[2]}' title='{html.escape(q[2] + ': ' + q[3], quote=True)}'>"
            )
            open_quote = q
        if mk is not None and open_mark is None:
            parts.append(f"<span class='nf-m nf-{mk[2]}' title='{html.escape(mk[3], quote=True)}'>")
            open_mark = mk
        chunk = html.escape(text[a:b])
        parts.append(f"<span class='nf-bp'>{chunk}</span>" if bp is not None else chunk)
    if open_mark is not None:
        parts.append(f"<span class='nf-lab'>{html.escape(open_mark[2])}</span></span>")
    if open_quote is not None:
        parts.append(f"<span class='nf-spk'>— {html.escape(open_quote[3])}</span></span>")
    parts.append("</div>")
    if legend:
        labels = ["PER", "ORG", "LOC", "NORP", "MISC", "DATE"]
        keys = "".join(f"<span class='nf-m nf-{lab}'>{lab}</span>" for lab in labels)
        parts.append(f"<div class='nf-legend'>{keys}<span class='nf-q'>quotation — speaker</span></div>")
    return Rendered("".join(parts))
