#!/usr/bin/env python3
"""Score only some kinds of newsfacts' quotes against quote gold, like for like with a peer.

    python scripts/score_quotes_by_kind.py ../shared/data/quotes/polnear_dev.jsonl \
        --kinds direct --gold-types direct

The shared scorer (`../shared/eval/score_quotes.py`) runs the whole output. With
`--gold-types direct`, its exact mode still counts every partial and indirect quote we report
as a false positive unless it equals a gold segment exactly. A direct-only peer (textacy)
reports direct quotes only, so that figure compares its direct quotes with all of ours. This
script runs newsfacts once, keeps only the quotes of the `--kinds` given, and scores them with
the shared scorer's own `score` function (imported, not copied), so both figures come from the
same code. It prints the same headline format.
"""
import argparse
import json
import os
import sys

import newsfacts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--kinds", default="direct", help="our quote kinds to keep, e.g. direct,partial")
    ap.add_argument("--gold-types", default=None, help="gold quote types to keep, e.g. direct")
    ap.add_argument(
        "--eval-dir",
        default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval"),
        help="folder holding score_quotes.py (default: ../shared/eval beside the project)",
    )
    a = ap.parse_args()
    if not os.path.exists(os.path.join(a.eval_dir, "score_quotes.py")):
        sys.exit(f"score_quotes.py not found in {a.eval_dir}: pass --eval-dir")
    sys.path.insert(0, a.eval_dir)
    from score_quotes import load, score  # the shared scorer's own functions

    kinds = set(a.kinds.split(","))
    gold = load(a.gold)
    arts = [
        {"id": d["id"], "text": d["text"], "title": d.get("title"), "published": d.get("publication_date")}
        for d in gold
    ]
    pred = [
        {"id": d["id"], "quotes": [q for q in r["quotes"] if q["kind"] in kinds]}
        for d, r in zip(gold, newsfacts.extract_many(arts), strict=True)
    ]
    s = score(gold, pred, set(a.gold_types.split(",")) if a.gold_types else None)
    print(json.dumps(s, indent=1))
    ex, exs = s["quote_exact_segment"]["F1"], s["quote+speaker_exact_segment"]["F1"]
    ov, ovs = s["quote_overlap"]["F1"], s["quote+speaker_overlap"]["F1"]
    print(f"kinds {a.kinds}, gold {a.gold_types or 'all'}: "
          f"quotes: exact F1 {ex}, +speaker F1 {exs} (overlap F1 {ov}, +speaker {ovs})")


if __name__ == "__main__":
    main()
