"""Ingest speed at scale: documents/s, MB/s of Arabic and peak memory for corpora of
1,000, 6,000 and 20,000 documents recombined from the shared corpora.

    .venv/bin/python bench/ingest_bench.py [--sizes 1000 6000 20000] [--workers N] [--dask local] [--profile]

Each corpus is generated at bench time into a temporary folder (never committed):
document k takes paragraphs from a few dev/merge articles, picked by a seeded random
generator, so every text (and sha256) is new while the wording stays real, and a
publication day between 2012 and 2026. Each size
runs `incidents --db NEW ingest CORPUS.jsonl` in a fresh process, timed from start to
exit; peak memory is that process tree's largest resident set (ru_maxrss of the
children: the largest single process); CPU seconds are the user + system time of that
process and its workers (the machine is shared: compare CPU seconds). --profile instead
runs the smallest size in-process under cProfile and prints the top functions.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchenv import incidents_command, shared_corpus

TARGET_CHARS = 1400          # about the size of the measured documents


def paragraphs() -> list[list[str]]:
    """Each dev / merge article as its list of non-empty paragraphs."""
    out = []
    for name in ("dev.jsonl", "merge.jsonl"):
        for line in shared_corpus(name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                paras = [p.strip() for p in json.loads(line)["text"].split("\n") if p.strip()]
                if paras:
                    out.append(paras)
    return out


def write_corpus(path: Path, n: int, seed: int = 10) -> int:
    """n recombined documents as JSON Lines; returns the bytes of text (UTF-8). Each has a
    publication day spread over 2012-2026, as a feed's documents have: the same
    paragraph told on two days is two incidents, so merging sees realistic clusters."""
    rng = random.Random(seed)
    first = datetime.date(2012, 1, 1).toordinal()
    days = datetime.date(2026, 11, 30).toordinal() - first
    arts = paragraphs()
    size = 0
    with path.open("w", encoding="utf-8") as f:
        for k in range(n):
            art = rng.choice(arts)
            parts = list(art[:2])                    # a lede: dateline and first paragraph
            while sum(len(p) for p in parts) < TARGET_CHARS:
                parts.append(rng.choice(rng.choice(arts)))
            text = "\n".join(parts)
            size += len(text.encode("utf-8"))
            published = datetime.date.fromordinal(first + rng.randrange(days)).isoformat()
            f.write(json.dumps({"id": f"bench-{k:06d}", "published": published, "text": text},
                               ensure_ascii=False) + "\n")
    return size


def run(corpus: Path, db: Path, workers: int | None, dask: str | None = None
        ) -> tuple[float, float, float, str]:
    """(seconds, CPU seconds, peak resident MB of the largest child process, summary line)."""
    cmd = incidents_command() + ["--db", str(db), "ingest", str(corpus)]
    if workers is not None:
        cmd += ["--workers", str(workers)]
    if dask:
        cmd += ["--dask", dask]
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    before, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - t
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime - cpu
    if proc.returncode not in (0, 1):
        sys.exit(f"bench: ingest failed ({proc.returncode}): {proc.stderr.strip()[-400:]}")
    return seconds, cpu, max(peak, before) / 1024, proc.stderr.strip().splitlines()[-1]


def profile(corpus: Path, db: Path) -> None:
    import cProfile
    import pstats
    from incidents.store.db import open_store
    from incidents.store.ingest import ingest_paths
    store = open_store(str(db))
    prof = cProfile.Profile()
    prof.runcall(ingest_paths, store, [str(corpus)])
    pstats.Stats(prof).sort_stats("tottime").print_stats(30)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 6000, 20000])
    ap.add_argument("--workers", type=int, help="passed to ingest --workers (default: ingest's own)")
    ap.add_argument("--dask", metavar="local|ADDRESS", help="passed to ingest --dask (the dask extra)")
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="ingest-bench-") as tmp:
        rows = []
        for n in args.sizes:
            corpus = Path(tmp) / f"corpus-{n}.jsonl"
            size = write_corpus(corpus, n)
            db = Path(tmp) / f"store-{n}.db"
            if args.profile:
                profile(corpus, db)
                return
            seconds, cpu, peak, said = run(corpus, db, args.workers, args.dask)
            rows.append((n, size, seconds, cpu, peak, said))
            for f in Path(tmp).glob(f"store-{n}.db*"):
                f.unlink()
            corpus.unlink()
    engine = f"dask {args.dask}" if args.dask else f"workers: {args.workers or 'ingest default'}"
    print(f"{engine} on {os.cpu_count()} cores")
    print(f"{'documents':>9} {'MB':>6} {'seconds':>8} {'docs/s':>7} {'MB/s':>6} {'CPU s':>7} "
          f"{'docs/CPU-s':>10} {'peak MB':>8}  ingest said")
    for n, size, seconds, cpu, peak, said in rows:
        print(f"{n:9,d} {size / 1e6:6.1f} {seconds:8.1f} {n / seconds:7.0f} {size / 1e6 / seconds:6.2f} "
              f"{cpu:7.1f} {n / cpu:10.0f} {peak:8.0f}  {said}")


if __name__ == "__main__":
    main()
