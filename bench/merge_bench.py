"""Time merge-ingesting N documents into an existing store (e.g. one from make_store.py).

    nice .venv/bin/python bench/merge_bench.py /tmp/big.db --documents 20000 [--outlets 3] [--undated 0.3]

Documents are the extractor's own output on the shared dev and merge articles (extracted
once), each written as `--outlets` copies from different outlets on one day, so every
incident arrives as several reports that merge; each copy is saved through
store.save.save_document (blocking, clustering and writing the merged incidents) in
batches of 200, as ingest does. Prints documents per second and what merged.
"""
from __future__ import annotations

import argparse
import copy
import datetime as dt
import hashlib
import random
import sys
import time
from pathlib import Path

from benchenv import shared_corpus
from make_store import FIRST_DAY, LAST_DAY, templates

BATCH = 200


def document(number: int, outlets: int, tpl: list, rng_days: list[int], run: int = 0, undated: float = 0.0):
    """The `number`-th document: copy (number % outlets) of event group number // outlets;
    the first `undated` share of every 100 groups comes from pages with no date, their
    incidents undated (as most pages with no date in the address or a dateline are)."""
    from incidents.documents.model import Document
    from incidents.extract.model import DocMeta, Extraction
    from incidents.store.save import text_sha256
    group, copy_no = divmod(number, outlets)
    doc, text, _, ex = tpl[group % len(tpl)]
    text = f"{text}\n\n[merge bench {number} of run {run}]"
    sha = text_sha256(text)
    day = None if group % 100 < undated * 100 else dt.date.fromordinal(rng_days[group]).isoformat()
    incidents = []
    for j, inc in enumerate(ex.incidents):
        new = copy.copy(inc)
        new.id = "i-" + hashlib.sha1(f"{sha}:{j}".encode()).hexdigest()[:10]
        new.date, new.date_precision, new.date_inferred = day, "day" if day else None, False
        incidents.append(new)
    meta = DocMeta(f"mb{run}-{number:07d}_{doc}", outlet=f"bench outlet {copy_no}", published=day)
    return Document(meta, text, f"bench:{number}"), sha, Extraction(incidents, [])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", help="an existing store (documents are added to it)")
    ap.add_argument("--documents", type=int, default=20000)
    ap.add_argument("--outlets", type=int, default=3, help="reports of each event (copies on one day)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--undated", type=float, default=0.0,
                    help="share of events told only by pages with no date (their reports undated)")
    args = ap.parse_args()
    from incidents.extract.gazetteer import default_gazetteer
    from incidents.store.db import open_store
    from incidents.store.save import save_document
    tpl = templates([shared_corpus("dev.jsonl"), shared_corpus("merge.jsonl")])
    rng = random.Random(args.seed)
    days = [rng.randint(FIRST_DAY, LAST_DAY) for _ in range(args.documents // args.outlets + 1)]
    store = open_store(args.db)
    store.db.execute("PRAGMA cache_size = -262144")
    store.sync_gazetteer(default_gazetteer())
    before = store.counts()
    run = before["documents"]          # a second run into the same store makes new texts
    reports = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for start in range(0, args.documents, BATCH):
        with store.db.atomic():
            for n in range(start, min(args.documents, start + BATCH)):
                reports += save_document(store.db, *document(n, args.outlets, tpl, days, run, args.undated))[0]
        if sys.stderr.isatty():
            print(f"\r{min(args.documents, start + BATCH):,}/{args.documents:,} documents", end="", file=sys.stderr)
    took, cpu = time.perf_counter() - t0, time.process_time() - c0
    after = store.counts()
    store.close()
    print(f"\n{args.db}: {before['incidents']:,} incidents before; {args.documents:,} documents "
          f"({reports:,} reports, {args.outlets} outlets an event) merge-ingested in {took:.1f} s "
          f"({args.documents / took:,.0f} documents/s; CPU {cpu:.1f} s, {args.documents / cpu:,.0f} documents/CPU-s); "
          f"{after['incidents'] - before['incidents']:,} new incidents"
          + (f"; {args.undated:.0%} of events undated" if args.undated else ""))


if __name__ == "__main__":
    main()
