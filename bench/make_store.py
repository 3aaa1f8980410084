"""A realistic synthetic store of N incidents, written through the store's own write path.

    .venv/bin/python bench/make_store.py --incidents 1000000 /tmp/big.db [--corpus dev.jsonl]

The dev corpus (and merge corpus) is extracted once; each synthetic document is one of
those articles (its text with a line naming the copy, so its sha256 is new) whose
incidents are repeated with new ids and dates spread over 2011-2026, so actors, places,
citations (with offsets into the text) and quotes are the extractor's own. Documents go
through the store's bulk path (store.bulk.save_distinct: the rows save.save_document writes,
each report an incident of its own, a batch per executemany) with the secondary indexes and
triggers deferred (store.bulk.deferred_indexes) and rebuilt at the end, then ANALYZE runs,
as after any large ingest. Copies of one article with random dates are not merged: at a
million incidents over 16 years the merge step would fold most copies of an article into
one another, which no real store of a million distinct incidents looks like. Prints what
it made and how long it took.
"""
from __future__ import annotations

import argparse
import copy
import datetime as dt
import hashlib
import json
import random
import sys
import time
from pathlib import Path

from benchenv import shared_corpus

PER_DOC = 50           # incidents per synthetic document (a template's incidents repeated): a
                       # 1M store stays under a GB; the listings' cost is in incidents, not articles
BATCH = 200            # documents per transaction (10,000 incidents)
FIRST_DAY = dt.date(2011, 1, 1).toordinal()
LAST_DAY = dt.date(2026, 12, 31).toordinal()


def templates(paths: list[Path]):
    """(doc id, text, extraction) of every corpus article that yields an incident."""
    from incidents.extract.gazetteer import default_gazetteer
    from incidents.extract.model import DocMeta
    from incidents.extract.pipeline import extract_document
    g = default_gazetteer()
    out = []
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            doc = str(row.get("id") or n)
            try:
                ex = extract_document(row["text"], DocMeta(doc, outlet=row.get("outlet")), g)
            except Exception as e:   # an extractor bug on one article: it is not a template
                print(f"bench: {path.name}:{n}: extraction failed: {type(e).__name__}: {e}", file=sys.stderr)
                continue
            if ex.incidents:
                out.append((doc, row["text"], row.get("outlet"), ex))
    return out


def synthetic(number: int, template, rng: random.Random):
    """The `number`-th synthetic document: (Document, sha256, Extraction)."""
    from incidents.documents.model import Document
    from incidents.extract.model import DocMeta, Extraction
    from incidents.store.save import text_sha256
    doc, text, outlet, ex = template
    text = f"{text}\n\n[synthetic copy {number}]"
    sha = text_sha256(text)
    copies = max(1, round(PER_DOC / len(ex.incidents)))
    incidents, first_ids = [], {}
    for c in range(copies):
        for j, inc in enumerate(ex.incidents):
            new = copy.copy(inc)
            new.id = "i-" + hashlib.sha1(f"{sha}:{c}:{j}".encode()).hexdigest()[:10]
            day = dt.date.fromordinal(rng.randint(FIRST_DAY, LAST_DAY))
            new.date, new.date_precision, new.date_inferred = day.isoformat(), "day", False
            incidents.append(new)
            if c == 0:
                first_ids[inc.id] = new.id
    quotes = []
    for k, q in enumerate(ex.quotes):
        new = copy.copy(q)
        new.id = "q-" + hashlib.sha1(f"{sha}:q{k}".encode()).hexdigest()[:10]
        new.incident = first_ids.get(q.incident) if q.incident else None
        quotes.append(new)
    meta = DocMeta(f"syn{number:07d}_{doc}", outlet=outlet,
                   published=incidents[0].date if incidents else None)
    return Document(meta, text, f"synthetic:{number}"), sha, Extraction(incidents, quotes)


def make(db_path: str, n_incidents: int, corpora: list[Path], seed: int = 1) -> dict:
    """Build the store; returns counts and timings."""
    from incidents.extract.gazetteer import default_gazetteer
    from incidents.store.db import open_store
    from incidents.store.ingest import finish_large_ingest
    from incidents.store.bulk import deferred_indexes, save_distinct
    t0 = time.perf_counter()
    tpl = templates(corpora)
    t_extract = time.perf_counter() - t0
    store = open_store(db_path)
    store.db.execute("PRAGMA cache_size = -262144")      # 256 MB: random-id B-trees outgrow the default 2 MB
    with store.db.ensure_autocommit_on():    # a new file: written once, not logged page by page (WAL again at the end)
        store.db.execute("PRAGMA journal_mode = OFF")
    store.db.execute("PRAGMA synchronous = OFF")
    store.sync_gazetteer(default_gazetteer())
    rng = random.Random(seed)
    made = docs = 0
    t1 = time.perf_counter()
    with deferred_indexes(store.db):
        while made < n_incidents:
            batch = []
            for _ in range(BATCH):
                if made >= n_incidents:
                    break
                document, sha, ex = synthetic(docs, tpl[docs % len(tpl)], rng)
                ex.incidents = ex.incidents[:n_incidents - made]
                batch.append((document, sha, ex))
                made += len(ex.incidents)
                docs += 1
            with store.db.atomic():
                save_distinct(store.db, batch)
            if sys.stderr.isatty():
                print(f"\r{made:,}/{n_incidents:,} incidents, {docs:,} documents", end="", file=sys.stderr)
        t_write = time.perf_counter() - t1
    t_index = time.perf_counter() - t1 - t_write
    t2 = time.perf_counter()
    finish_large_ingest(store.db)
    t_finish = time.perf_counter() - t2
    with store.db.ensure_autocommit_on():
        store.db.execute("PRAGMA journal_mode = WAL")
    counts = store.counts()
    store.close()
    return {"counts": counts, "templates": len(tpl), "extract_s": t_extract,
            "write_s": t_write, "index_s": t_index, "finish_s": t_finish}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", help="the store to create (must not exist)")
    ap.add_argument("--incidents", type=int, required=True, help="how many incidents")
    ap.add_argument("--corpus", action="append", help="template corpus (default: shared dev + merge)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if Path(args.db).exists():
        sys.exit(f"bench: {args.db}: exists; give a new file")
    corpora = [Path(c) for c in args.corpus] if args.corpus else [shared_corpus("dev.jsonl"),
                                                                   shared_corpus("merge.jsonl")]
    r = make(args.db, args.incidents, corpora, args.seed)
    c = r["counts"]
    size = Path(args.db).stat().st_size / 1e6
    print(f"\n{args.db}: {c['incidents']:,} incidents, {c['documents']:,} documents, {c['quotes']:,} quotes, "
          f"{size:,.0f} MB (from {r['templates']} template articles)")
    print(f"extract templates {r['extract_s']:.1f} s, write {r['write_s']:.1f} s "
          f"({c['incidents'] / r['write_s']:,.0f} incidents/s), indexes + full text + dyads {r['index_s']:.1f} s, "
          f"ANALYZE {r['finish_s']:.1f} s")


if __name__ == "__main__":
    main()
