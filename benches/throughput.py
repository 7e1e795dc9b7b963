"""Throughput of the whole pipeline on copies of the shipped sample articles.

    python benches/throughput.py [--copies 3000] [--repeat 3]

Prints articles/s and MB/s (UTF-8 bytes of input) for 1 and 2 threads and the speed-up, the best
of --repeat runs each. Each copy gets a distinct id and a varied first sentence so no cache can
help. Measures the public API (`extract_many`), dict building included.
"""

from __future__ import annotations

import argparse
import os
import platform
import time

import newsfacts
from newsfacts.__main__ import sample_articles


def corpus(copies: int) -> list[dict]:
    base = sample_articles()
    out = []
    for i in range(copies):
        a = base[i % len(base)]
        out.append(
            {
                "id": i,
                "text": a["text"] + f"\n\nNote {i}: filed on day {i % 28 + 1}.",
                "published": a["published"],
            }
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=3000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    arts = corpus(a.copies)
    mb = sum(len(x["text"].encode("utf-8")) for x in arts) / 1e6
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}"
    )
    print(f"corpus: {len(arts)} articles, {mb:.2f} MB")
    newsfacts.extract_many(arts[:100])  # warm-up: model loading, pools
    rates = {}
    for threads in (1, 2):
        best = float("inf")
        for _ in range(a.repeat):
            t = time.perf_counter()
            newsfacts.extract_many(arts, threads=threads)
            best = min(best, time.perf_counter() - t)
        rates[threads] = len(arts) / best
        print(
            f"threads={threads}: {len(arts) / best:10.0f} articles/s  {mb / best:7.2f} MB/s  ({best:.3f} s)"
        )
    print(f"speed-up 1 -> 2 threads: {rates[2] / rates[1]:.2f}x")


if __name__ == "__main__":
    main()
