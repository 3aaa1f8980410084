"""Writing many documents at once whose incidents are already told apart: a synthetic
store of a million incidents (bench/make_store.py) in minutes instead of an hour and a half.

store.save writes one document at a time and settles each new report against the store
(store.merge: blocking queries, clustering, materialising), a few hundred statements per
document. A batch here is built in memory and written with one executemany per table:
each report is an incident of its own, so its row is what store.materialize.build makes
of a cluster of one, and the rows are exactly those save.save_document writes for a
document none of whose reports is compatible with a stored one (tests/test_bulk.py
compares the two). A later ingest merges new reports with these as with any others.

A document an analyst's correction names (a re-ingested article) goes through
save.save_document, so its corrections apply as always.

deferred_indexes() drops the secondary indexes and the triggers of the written tables
for the length of a large load into a new store (random-id B-trees and per-row trigger
statements are most of the cost at scale) and rebuilds them, the full-text indexes and
the dyad counts after it, with the very SQL they were created by.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from typing import Iterable, Iterator

from incidents.store import save
from incidents.store.materialize import (INSERT_ACTOR, INSERT_CITATION, INSERT_INCIDENT, build,
                                         incident_rows)
from incidents.store.names import ensure_actor, ensure_place

TABLES = ("documents", "reports", "report_roads", "incidents", "incident_actors", "citations", "quotes")
INSERT_QUOTE = ('INSERT INTO quotes (id, document, speaker, speaker_kind, text, text_folded, start, "end", '
                "report, incident_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


class _Names:
    """ensure_actor / ensure_place remembered for one call: a million references name a few
    hundred actors and places, each looked up once."""

    def __init__(self):
        self.actors: dict[tuple, str] = {}
        self.places: dict[tuple, str] = {}

    def actor(self, db, ref) -> str:
        key = (ref.actor_id, ref.name, ref.name_ar)
        if key not in self.actors:
            self.actors[key] = ensure_actor(db, ref)
        return self.actors[key]

    def place(self, db, ref) -> str:
        key = (ref.place_id, ref.name, ref.name_ar)
        if key not in self.places:
            self.places[key] = ensure_place(db, ref)
        return self.places[key]


class _Batch:
    """The rows of the documents gathered so far, per table."""

    def __init__(self):
        self.rows: dict[str, list] = {t: [] for t in ("documents", "reports", "roads", "incidents",
                                                      "actors", "citations", "quotes")}
        self.ids: set[str] = set()          # report ids taken by the batch's documents
        self.quote_ids: set[str] = set()

    def write(self, db) -> None:
        r = self.rows
        for sql, key in ((save.INSERT_DOCUMENT, "documents"), (save.INSERT_REPORT, "reports"),
                         (save.INSERT_ROAD, "roads"), (INSERT_INCIDENT, "incidents"), (INSERT_ACTOR, "actors"),
                         (INSERT_CITATION, "citations"), (INSERT_QUOTE, "quotes")):
            if r[key]:
                db.conn.executemany(sql, r[key])
        self.__init__()


def _add(db, batch: _Batch, document, sha: str, extraction, names: _Names,
         corrected: set[str]) -> tuple[int, int] | None:
    """The rows of one document into `batch`; None (nothing added) when a correction names
    one of its ids, for save.save_document to write."""
    from incidents.store.merge_context import context
    meta = document.meta
    taken: set[str] = set()
    ids: dict[str, str] = {}
    reports = []
    for inc in extraction.incidents:
        new_id = save._free_id(db, "reports", inc.id, sha, taken, "i-", batch.ids)
        ids.setdefault(inc.id, new_id)
        reports.append((new_id, save._report_data(db, inc, names.actor, names.place)))
    qtaken: set[str] = set()
    qids = [save._free_id(db, "quotes", q.id, sha, qtaken, "q-", batch.quote_ids) for q in extraction.quotes]
    if corrected & (taken | qtaken):
        return None
    batch.ids |= taken
    batch.quote_ids |= qtaken
    r = batch.rows
    r["documents"].append(save.document_row(sha, meta, document.text, document.published_source))
    ctx = context(db)
    for rid, data in reports:
        r["reports"].append(save.report_row(rid, sha, data, meta.published, merged=rid))
        r["roads"] += save.road_rows(rid, data)
        # the report as store.merge loads it (its data is plain JSON values) and built as a cluster of one
        rep = {"id": rid, "document": sha, "event_type": data["event_type"], "sub_event_type": data["sub_event_type"],
               "place_id": (data["location"] or {}).get("place_id"), "background": bool(data["background"]),
               "published": meta.published, "data": data}
        row, actors, citations = incident_rows(build([rep], ctx), 1)
        r["incidents"].append(row)
        r["actors"] += actors
        r["citations"] += citations
    for qid, q in zip(qids, extraction.quotes):
        report = ids.get(q.incident) if q.incident else None
        r["quotes"].append((qid, sha, q.speaker, q.speaker_kind, q.text, save.fold(q.text), q.start, q.end,
                            report, report))
    return len(reports), len(qids)


def _corrected_ids(db) -> set[str]:
    """Every report or incident id a correction in force names (its target, the ids it merges
    or splits): a new document with one of them is written by save.save_document."""
    ids = set()
    for target, action, value in db.conn.execute("SELECT target, action, value FROM corrections WHERE undone = 0"):
        ids.add(target)
        value = json.loads(value) if value else None
        if action == "merge":
            ids |= set(value)
        elif action == "split":
            ids |= set(value["out"]) | set(value["rest"])
    return ids


def save_distinct(db, items: Iterable[tuple]) -> tuple[int, int]:
    """Write new documents, each (documents.Document, sha256, Extraction), in the caller's
    transaction, every report an incident of its own (no merging with stored reports or
    with each other); returns (reports, quotes) written."""
    names, batch, corrected = _Names(), _Batch(), _corrected_ids(db)
    reports = quotes = 0
    for document, sha, extraction in items:
        added = _add(db, batch, document, sha, extraction, names, corrected)
        if added is None:           # written as always, after the rows before it
            batch.write(db)
            added = save.save_document(db, document, sha, extraction)
        reports, quotes = reports + added[0], quotes + added[1]
    batch.write(db)
    return reports, quotes


def _deferred(db) -> list[tuple[str, str, str]]:
    """(type, name, sql) of the indexes and triggers of the written tables."""
    marks = ", ".join("?" * len(TABLES))
    return db.conn.execute(
        f"SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY type = 'trigger', rowid", TABLES).fetchall()


@contextmanager
def deferred_indexes(db) -> Iterator[None]:
    """Write without the secondary indexes and triggers of the written tables, then create
    them again and rebuild what the triggers keep (full-text indexes, folded copies, dyad
    counts). For a large load into a new or small store: rebuilding costs the whole store."""
    from incidents.store import dyads, search
    from incidents.store.schema import FTS
    saved = _deferred(db)
    with db.atomic():
        for kind, name, _sql in saved:
            db.conn.execute(f'DROP {kind.upper()} "{name}"')
    try:
        yield
    finally:
        with db.atomic():
            for _kind, _name, sql in saved:
                db.conn.execute(sql)
            search.fill_folded(db)
            for table in FTS:
                db.conn.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('rebuild')")
            search.rebuild(db)
            dyads.rebuild(db)
