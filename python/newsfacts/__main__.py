"""Command line: ``newsfacts extract INPUT -o OUTPUT`` and ``newsfacts demo``.

Also runnable as ``python -m newsfacts``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import newsfacts


def _read_rows(path: Path, text_col: str, id_col: str | None, date_col: str | None) -> Iterator[dict]:
    """Articles from JSONL, CSV or Parquet, streamed (Parquet by row group, CSV in chunks)."""
    suffix = "".join(path.suffixes[-2:]).lower() if path.suffix == ".gz" else path.suffix.lower()

    def row(rec: dict[str, Any], n: int) -> dict:
        if text_col not in rec:
            raise SystemExit(f"{path}: row {n} has no column {text_col!r} (use --text-col)")
        out = {"text": rec[text_col]}
        if id_col:
            out["id"] = rec.get(id_col)
        if date_col:
            out["published"] = rec.get(date_col)
        if "title" in rec and rec["title"] is not None and not isinstance(rec["title"], float):
            out["title"] = rec["title"]
        return out

    n = 0
    if suffix in (".jsonl", ".ndjson", ".json", ".jsonl.gz"):
        import gzip  # noqa: PLC0415

        opener = gzip.open if suffix.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield row(json.loads(line), n)
                    n += 1
    elif suffix in (".csv", ".tsv"):
        import pandas as pd  # noqa: PLC0415

        sep = "\t" if suffix == ".tsv" else ","
        for chunk in pd.read_csv(path, sep=sep, chunksize=10_000, dtype={text_col: "string"}):
            for rec in chunk.to_dict("records"):
                yield row(rec, n)
                n += 1
    elif suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq  # noqa: PLC0415

        pf = pq.ParquetFile(path)
        for batch in pf.iter_batches(batch_size=10_000):
            for rec in batch.to_pylist():
                yield row(rec, n)
                n += 1
    else:
        raise SystemExit(f"{path}: unknown input format {suffix!r} (use .jsonl, .csv, .tsv or .parquet)")


def _count_rows(path: Path) -> int | None:
    if path.suffix.lower() in (".parquet", ".pq"):
        import pyarrow.parquet as pq  # noqa: PLC0415

        return pq.ParquetFile(path).metadata.num_rows
    return None


def cmd_extract(a: argparse.Namespace) -> int:
    src, dst = Path(a.input), Path(a.output)
    rows = _read_rows(src, a.text_col, a.id_col, a.date_col)
    results = newsfacts.iter_extract(
        rows, threads=a.threads, progress=not a.quiet, total=_count_rows(src), chunk_size=a.chunk_size
    )
    n = errors = 0
    if dst.suffix.lower() in (".parquet", ".pq"):
        from .arrow import write_parquet  # noqa: PLC0415

        n, errors = write_parquet(results, dst)
    elif dst.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        with open(dst, "w", encoding="utf-8") as f:
            for r in results:
                f.write(json.dumps(r, ensure_ascii=False, default=str))
                f.write("\n")
                n += 1
                errors += r["error"] is not None
    else:
        raise SystemExit(f"{dst}: unknown output format (use .jsonl or .parquet)")
    print(f"{n} articles -> {dst} ({errors} with errors)", file=sys.stderr)
    return 0


def sample_articles() -> list[dict]:
    """The sample articles shipped with the package (written for newsfacts in wire style)."""
    out = []
    folder = resources.files("newsfacts") / "samples"
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".txt"):
            continue
        raw = entry.read_text(encoding="utf-8")
        # First line: "published: YYYY-MM-DD"; the article follows.
        head, _, body = raw.partition("\n")
        published = head.split(":", 1)[1].strip() if head.startswith("published:") else None
        out.append({"id": entry.name.removesuffix(".txt"), "text": body.lstrip("\n"), "published": published})
    return out


def _summary(r: dict) -> str:
    lines = [f"== {r['id']}: {r['title']!r} (published {r['published']}, {r['sentences']} sentences)"]
    if r["error"]:
        lines.append(f"   error: {r['error']}")
    if r["boilerplate"]:
        lines.append("   boilerplate: " + "; ".join(repr(b["text"]) for b in r["boilerplate"]))
    if r["entities"]:
        lines.append("   who:")
        for e in sorted(r["entities"], key=lambda e: -e["salience"]):
            extra = ", ".join(
                f"{k} {e[k]}" for k in ("role", "affiliation", "country") if e.get(k) is not None
            )
            geo = f" @ {e['lat']:.2f},{e['lon']:.2f}" if e.get("lat") is not None else ""
            lines.append(f"     {e['label']:4} {e['name']}" + (f" ({extra})" if extra else "") + geo)
    acting = [m for m in r["mentions"] if m.get("stands_for")]
    if acting:
        lines.append("   acting states: " + ", ".join(f"{m['text']}→{m['stands_for']}" for m in acting))
    if r["quotes"]:
        lines.append("   who said what:")
        for q in r["quotes"]:
            text = q["text"] if len(q["text"]) < 90 else q["text"][:87] + "..."
            lines.append(f"     [{q['kind']}] {q['speaker'] or '?'} ({q['cue'] or '-'}): {text}")
    if r["dates"]:
        lines.append("   when: " + ", ".join(f"{d['text']!r}={d['value']}" for d in r["dates"]))
    if not (r["entities"] or r["quotes"] or r["dates"]):
        lines.append("   (no entities, quotes or dates found)")
    return "\n".join(lines)


def cmd_demo(a: argparse.Namespace) -> int:
    arts = sample_articles()
    results = newsfacts.extract_many(arts, threads=a.threads)
    for r in results:
        print(_summary(r))
        print()
    print(f"newsfacts {newsfacts.__version__}: {len(results)} sample articles processed")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="newsfacts", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    ex = sub.add_parser("extract", help="extract facts from a JSONL, CSV or Parquet file of articles")
    ex.add_argument("input", help="articles: .jsonl, .csv, .tsv or .parquet")
    ex.add_argument("-o", "--output", required=True, help="results: .jsonl or .parquet")
    ex.add_argument("--text-col", default="text", help="column holding the article text (default: text)")
    ex.add_argument("--id-col", default=None, help="column holding the article id (default: row number)")
    ex.add_argument("--date-col", default=None, help="column holding the publication date")
    ex.add_argument("--threads", type=int, default=None, help="worker threads (default: all cores)")
    ex.add_argument("--chunk-size", type=int, default=newsfacts.DEFAULT_CHUNK_SIZE)
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    ex.set_defaults(func=cmd_extract)
    demo = sub.add_parser("demo", help="run on the sample articles shipped with the package")
    demo.add_argument("--threads", type=int, default=None)
    demo.set_defaults(func=cmd_demo)
    a = ap.parse_args(argv)
    return a.func(a)


if __name__ == "__main__":
    sys.exit(main())
