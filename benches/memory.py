"""Peak memory while streaming many articles through ``iter_extract``.

    python benches/memory.py [--articles 100000] [--chunk-size 2048] [--max-chars N]

Articles are generated on the fly (the sample articles with a varying tail), results are
consumed and dropped, and the resident set size is printed every tenth of the run: flat RSS
means memory does not grow with the corpus. ``--max-chars 400`` cuts each article to its first
400 characters (at a space): a million small articles in a reasonable time.
"""

from __future__ import annotations

import argparse
import resource
import time

import newsfacts
from newsfacts.__main__ import sample_articles


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--chunk-size", type=int, default=2048)
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--max-chars", type=int, default=None)
    a = ap.parse_args()
    base = sample_articles()
    if a.max_chars:
        for art in base:
            art["text"] = art["text"][: a.max_chars].rsplit(" ", 1)[0]
    sizes = [len(art["text"]) for art in base]
    print(f"articles: {a.articles}, {min(sizes)}-{max(sizes)} characters before the varying tail")

    def stream():
        for i in range(a.articles):
            art = base[i % len(base)]
            yield {
                "id": i,
                "text": art["text"] + f"\n\nUpdate {i}: more on day {i % 28 + 1}.",
                "published": art["published"],
            }

    print(f"start: RSS {rss_mb():.0f} MB")
    t = time.perf_counter()
    step = max(1, a.articles // 10)
    n = facts = 0
    for r in newsfacts.iter_extract(stream(), chunk_size=a.chunk_size, threads=a.threads):
        n += 1
        facts += len(r["mentions"]) + len(r["quotes"]) + len(r["dates"])
        if n % step == 0:
            print(f"{n:9d} articles  RSS {rss_mb():7.0f} MB  {n / (time.perf_counter() - t):8.0f} art/s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"done: {n} articles, {facts} facts, {time.perf_counter() - t:.1f} s; peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
