"""Listing commands as whole commands on a big store next to the seed store: time to the
first screen (the first SCREEN lines written) and to the last line.

    .venv/bin/python bench/make_store.py --incidents 1000000 /tmp/big.db
    .venv/bin/python bench/query_bench.py /tmp/big.db [--format table|jsonl] [--runs 3] [--only dyads] [--clock cpu]

Each command runs through shell.session.Session.execute (parse, resolve names, query,
render) in this process, writing to a sink that notes the clock; the store is opened
and warmed once first. Each command's row is printed as soon as it is timed on both stores,
so a long run shows its figures as it goes. No asserts: this prints measurements
(medians of --runs).
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
    "count",
    "actor NDF where Al-Hasakeh count",
    "where Deir-ez-Zor count",
    "actor NDF where Al-Hasakeh between 2023 2024 limit 50",
    "where Deir-ez-Zor limit 50",
    "search اشتباكات limit 50",
    "quotes limit 50",
    "actor NDF limit 50",
    "where Al-Hasakeh limit 50",
)


CLOCK = [time.perf_counter]     # --clock cpu: time.process_time, this process's CPU (load-proof)


class Sink:
    """A text stream that remembers when the first and the SCREEN-th line were written."""

    def __init__(self) -> None:
        self.start = CLOCK[0]()
        self.lines = 0
        self.first_screen: float | None = None

    def write(self, s: str) -> int:
        self.lines += s.count("\n")
        if self.first_screen is None and self.lines >= SCREEN:
            self.first_screen = CLOCK[0]() - self.start
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
    total = CLOCK[0]() - sink.start
    return (sink.first_screen if sink.first_screen is not None else total), total, sink.lines


class Bench:
    """One store opened once in a Session, timing whole commands on it."""

    def __init__(self, db: str, fmt: str) -> None:
        from incidents.shell.session import Session
        self.session = Session(db, fmt=fmt, out=Sink(), err=open(os.devnull, "w"))
        self.session.width = 120
        first = self.session.store.db.execute("SELECT id FROM incidents ORDER BY rowid LIMIT 1").fetchone()
        self.first_id = first[0] if first else "none"
        self.incidents = self.session.store.counts()["incidents"]

    def time(self, template: str, runs: int) -> tuple[float, float, int]:
        """(first screen, all, lines) of one command: medians of `runs` after a warming run."""
        line = template.format(first_id=self.first_id)
        run_once(self.session, line)                      # warm the page cache and the name caches
        times = [run_once(self.session, line) for _ in range(runs)]
        return (statistics.median(t[0] for t in times), statistics.median(t[1] for t in times), times[0][2])

    def close(self) -> None:
        self.session.close()


def seed_store(tmp: str) -> str:
    from incidents.store.db import open_store
    from incidents.store.ingest import ingest_paths
    path = os.path.join(tmp, "seed.db")
    store = open_store(path)
    ingest_paths(store, seed_paths())
    store.close()
    return path


def row(line: str, s: tuple[float, float, int], b: tuple[float, float, int]) -> str:
    """A command's figures on both stores. A page drawn from the small store can hold fewer
    lines than the big store's (fewer matches; incidents of one article there share their
    citations, on the big store each comes from a copy of its own), and drawing is most of a
    whole command, so `x line` compares the cost of a line written: the page's cost with
    its length taken out."""
    per_line = (b[1] / max(b[2], 1)) / (s[1] / max(s[2], 1)) if s[1] else float("inf")
    return (f"{line:48} {s[0] * 1e3:10.1f} {s[1] * 1e3:9.1f} {s[2]:7d} {b[0] * 1e3:10.1f} {b[1] * 1e3:10.1f} "
            f"{b[2]:7d} {b[0] / s[0]:8.2f} {b[1] / s[1]:7.2f} {per_line:7.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", help="the big store (bench/make_store.py)")
    ap.add_argument("--format", default="table", choices=("table", "jsonl", "json", "csv"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", action="append", metavar="TEXT", help="only the commands containing TEXT")
    ap.add_argument("--small", metavar="DB", help="the store to compare with (default: the seed store, "
                    "built anew); the seeds' 13 incidents fill no page of 50, a small make_store store does")
    ap.add_argument("--clock", default="wall", choices=("wall", "cpu"),
                    help="wall time, or this process's CPU time (on a loaded machine)")
    args = ap.parse_args()
    if args.clock == "cpu":
        CLOCK[0] = time.process_time
    if not Path(args.db).exists():
        sys.exit(f"bench: {args.db}: no such store")
    lines = [c for c in COMMANDS if not args.only or any(o in c for o in args.only)]
    with tempfile.TemporaryDirectory() as tmp:
        small, big = Bench(args.small or seed_store(tmp), args.format), Bench(args.db, args.format)
        print(f"{big.incidents:,} incidents next to {'the seed store' if not args.small else args.small}'s "
              f"{small.incidents:,}; format {args.format}; "
              f"first = first {SCREEN} lines written; all = to the last line, or to line {STOP} where the "
              f"reader quits; medians of {args.runs} runs; ms of {args.clock} time; x = big / seed; "
              f"x line = ms per line written, big / seed", flush=True)
        print(f"{'command':48} {'seed first':>10} {'seed all':>9} {'lines':>7} {'big first':>10} {'big all':>10} "
              f"{'lines':>7} {'x first':>8} {'x all':>7} {'x line':>7}", flush=True)
        for template in lines:            # a row as soon as its command is timed on both stores
            print(row(template, small.time(template, args.runs), big.time(template, args.runs)), flush=True)
        small.close()
        big.close()


if __name__ == "__main__":
    main()
