"""Listing commands as whole commands on a big store next to the seed store: time to the
first screen (the first SCREEN lines written) and to the last line.

    .venv/bin/python bench/make_store.py --incidents 1000000 /tmp/big.db
    .venv/bin/python bench/query_bench.py /tmp/big.db [--format table|jsonl] [--runs 3]

Each command runs through shell.session.Session.execute (parse, resolve names, query,
render) in this process, writing to a sink that notes the clock; the store is opened
and warmed once first. No asserts: this prints measurements (medians of --runs).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchenv import seed_paths

SCREEN = 40            # lines: what a terminal shows before the pager takes over
STOP = 5000            # lines: then the reader "quits the pager" (BrokenPipeError), as in the shell
COMMANDS = (
    "actor NDF where Al-Hasakeh between 2023 2024",
    "where Deir-ez-Zor",
    "search اشتباكات",
    "quotes",
    "dyads",
    "timeline",
    "show {first_id}",
    "actor NDF limit 50",
    "where Al-Hasakeh limit 50",
)


class Sink:
    """A text stream that remembers when the first and the SCREEN-th line were written."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.lines = 0
        self.first_screen: float | None = None

    def write(self, s: str) -> int:
        self.lines += s.count("\n")
        if self.first_screen is None and self.lines >= SCREEN:
            self.first_screen = time.perf_counter() - self.start
        if self.lines >= STOP:
            raise BrokenPipeError
        return len(s)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


def run_once(session, line: str) -> tuple[float, float, int]:
    sink = Sink()
    session.out = sink
    try:
        session.execute(line)
    except BrokenPipeError:
        pass
    total = time.perf_counter() - sink.start
    return (sink.first_screen if sink.first_screen is not None else total), total, sink.lines


def bench(db: str, fmt: str, runs: int) -> dict[str, tuple[float, float, int]]:
    from incidents.shell.session import Session
    session = Session(db, fmt=fmt, out=Sink(), err=open(os.devnull, "w"))
    session.width = 120
    first_id = session.store.db.execute("SELECT id FROM incidents ORDER BY rowid LIMIT 1").fetchone()[0]
    out = {}
    for template in COMMANDS:
        line = template.format(first_id=first_id)
        run_once(session, line)                      # warm the page cache and the name caches
        times = [run_once(session, line) for _ in range(runs)]
        out[template] = (statistics.median(t[0] for t in times), statistics.median(t[1] for t in times),
                         times[0][2])
    session.close()
    return out


def seed_store(tmp: str) -> str:
    from incidents.store.db import open_store
    from incidents.store.ingest import ingest_paths
    path = os.path.join(tmp, "seed.db")
    store = open_store(path)
    ingest_paths(store, seed_paths())
    store.close()
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", help="the big store (bench/make_store.py)")
    ap.add_argument("--format", default="table", choices=("table", "jsonl", "json", "csv"))
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if not Path(args.db).exists():
        sys.exit(f"bench: {args.db}: no such store")
    with tempfile.TemporaryDirectory() as tmp:
        small = bench(seed_store(tmp), args.format, args.runs)
    big = bench(args.db, args.format, args.runs)
    from incidents.store.db import open_store
    n = open_store(args.db).counts()["incidents"]
    print(f"format {args.format}; first screen = first {SCREEN} lines written; all = to the last line, or "
          f"to line {STOP} where the reader quits; medians of {args.runs} runs; ms")
    print(f"{'command':48} {'seed first':>10} {'seed all':>9} {f'{n:,} first':>14} {'all':>9} {'lines':>8} {'x seed':>7}")
    for line in COMMANDS:
        s, b = small[line], big[line]
        print(f"{line:48} {s[0] * 1e3:10.1f} {s[1] * 1e3:9.1f} {b[0] * 1e3:14.1f} {b[1] * 1e3:9.1f} "
              f"{b[2]:8d} {b[1] / s[1]:7.2f}")


if __name__ == "__main__":
    main()
