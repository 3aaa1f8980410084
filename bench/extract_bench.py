"""Extraction speed: the dev corpus once, then a corpus N times larger made by
repeating its texts (default 1,000x), reported as documents per CPU-second and per
wall-clock second.

    .venv/bin/python bench/extract_bench.py [CORPUS.jsonl] [--scale 1000] [--ingest]

No asserts: this prints measurements. The machine is shared, so the CPU seconds of
this process (time.process_time) are the figure to compare; wall time is shown beside
them. --ingest also times a full ingest of the corpus into a fresh store (extraction +
SQLite), which is what an analyst waits for.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from benchenv import shared_corpus


def load(path: Path) -> list[tuple[str, str]]:
    docs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            row = json.loads(line)
            docs.append((str(row.get("id") or n), row["text"]))
    return docs


def run(docs: list[tuple[str, str]], repeat: int) -> tuple[float, float, int, int]:
    """(CPU seconds, wall seconds, documents, incidents) of extracting docs `repeat` times."""
    from incidents.extract.model import DocMeta
    from incidents.extract.pipeline import extract_document
    incidents = 0
    cpu, wall = time.process_time(), time.perf_counter()
    for r in range(repeat):
        for doc_id, text in docs:
            incidents += len(extract_document(text, DocMeta(f"{doc_id}#{r}")).incidents)
    return time.process_time() - cpu, time.perf_counter() - wall, len(docs) * repeat, incidents


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", help="JSON Lines with a 'text' field (default: shared dev.jsonl)")
    ap.add_argument("--scale", type=int, default=1000, help="how many times to repeat the corpus")
    ap.add_argument("--ingest", action="store_true", help="also time an ingest into a fresh store")
    args = ap.parse_args()
    path = Path(args.corpus) if args.corpus else shared_corpus("dev.jsonl")
    if not path.exists():
        sys.exit(f"bench: {path}: no such corpus")
    docs = load(path)
    size = sum(len(t) for _, t in docs)

    t0 = time.process_time()
    from incidents.extract.gazetteer import default_gazetteer
    default_gazetteer()
    load_s = time.process_time() - t0

    cpu, wall, n, inc = run(docs, 1)
    print(f"corpus            {path.name}: {n} documents, {size:,} characters")
    print(f"gazetteer load    {load_s:.3f} CPU s (once per process)")
    print(f"extract 1x        {cpu:.3f} CPU s  {n / cpu:,.0f} docs/CPU-s  ({wall:.3f} s wall; {inc} incidents)")
    if args.scale > 1:
        cpu, wall, n, inc = run(docs, args.scale)
        print(f"extract {args.scale}x{'':<{max(0, 8 - len(str(args.scale)))}}{cpu:.1f} CPU s  "
              f"{n / cpu:,.0f} docs/CPU-s  {size * args.scale / cpu / 1e6:.2f} MB/CPU-s  "
              f"({wall:.1f} s wall, {n / wall:,.0f} docs/s; {n:,} documents, {inc:,} incidents)")
    if args.ingest:
        from incidents.store.db import open_store
        from incidents.store.ingest import ingest_paths
        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(Path(tmp) / "bench.db")
            t0 = time.perf_counter()
            summary = ingest_paths(store, [str(path)], progress=False)
            secs = time.perf_counter() - t0
            print(f"ingest 1x         {secs:.3f} s wall  {summary.new} documents, {summary.incidents} incidents")


if __name__ == "__main__":
    main()
