"""Writing one document and its extraction. Callers wrap these in db.atomic():
a document is saved whole or not at all.

Incident and quote ids come from the extractor (stable for the same text); an id
already used by another document gets a suffix from this document's sha256 so
two documents never overwrite each other's rows.
"""
from __future__ import annotations

import datetime as dt
import hashlib

from incidents.store.names import ensure_actor, ensure_place


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_exists(db, sha: str) -> bool:
    return db.conn.execute("SELECT 1 FROM documents WHERE sha256 = ?", [sha]).fetchone() is not None


def insert_document(db, sha: str, meta, text: str, published_source: str | None) -> None:
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    db.conn.execute(
        "INSERT INTO documents (sha256, doc, outlet, title, url, published, published_source, text, ingested_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [sha, meta.doc, meta.outlet, meta.title, meta.url, meta.published, published_source, text, now])


def delete_extraction(db, sha: str) -> None:
    """Remove a document's incidents, their actors and citations, and its quotes."""
    db.conn.execute("DELETE FROM quotes WHERE document = ?", [sha])
    db.conn.execute("DELETE FROM citations WHERE document = ? OR incident_id IN "
                    "(SELECT id FROM incidents WHERE document = ?)", [sha, sha])
    db.conn.execute("DELETE FROM incident_actors WHERE incident_id IN "
                    "(SELECT id FROM incidents WHERE document = ?)", [sha])
    db.conn.execute("DELETE FROM incidents WHERE document = ?", [sha])


def _free_id(db, table: str, wanted: str, sha: str, taken: set[str], prefix: str) -> str:
    """`wanted` unless another document (or this extraction) already uses it."""
    base = wanted or f"{prefix}{sha[:12]}"
    candidate, n = base, 1
    while candidate in taken or db.conn.execute(
            f"SELECT 1 FROM {table} WHERE id = ? AND document != ?", [candidate, sha]).fetchone():
        n += 1
        candidate = f"{base}-{sha[:6]}" if n == 2 else f"{base}-{sha[:6]}-{n}"
    taken.add(candidate)
    return candidate


def _span(span) -> tuple[int | None, int | None]:
    return (span.start, span.end) if span is not None else (None, None)


def _save_incident(db, sha: str, inc, incident_id: str) -> None:
    loc = inc.location
    place_id = ensure_place(db, loc) if loc is not None else None
    ls, le = _span(loc.span) if loc is not None else (None, None)
    db.conn.execute(
        "INSERT INTO incidents (id, document, event_type, sub_event_type, date, date_precision, "
        "date_inferred, killed, injured, casualties_combined, background, place_id, location_name, "
        "location_name_ar, admin1, lat, lon, location_mention, location_start, location_end, geo_precision) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [incident_id, sha, inc.event_type, inc.sub_event_type, inc.date, inc.date_precision,
         int(bool(inc.date_inferred)), inc.killed, inc.injured, inc.casualties_combined,
         int(bool(inc.background)), place_id,
         loc.name if loc else None, loc.name_ar if loc else None, loc.admin1 if loc else None,
         loc.lat if loc else None, loc.lon if loc else None, loc.mention if loc else None,
         ls, le, loc.geo_precision if loc else None])
    db.conn.executemany(
        'INSERT INTO incident_actors (incident_id, actor_id, position, side, mention, start, "end") '
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(incident_id, ensure_actor(db, a), pos, a.side, a.mention, *_span(a.span))
         for pos, a in enumerate(inc.actors)])
    db.conn.executemany(
        'INSERT INTO citations (incident_id, document, position, start, "end", text, field) '
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(incident_id, sha, pos, c.start, c.end, c.quote, c.field or "event")
         for pos, c in enumerate(inc.citations)])


def save_extraction(db, sha: str, extraction) -> tuple[int, int]:
    """Insert an extraction for stored document `sha`; returns (incidents, quotes)."""
    taken: set[str] = set()
    ids: dict[str, str] = {}
    for inc in extraction.incidents:
        new_id = _free_id(db, "incidents", inc.id, sha, taken, "i-")
        ids.setdefault(inc.id, new_id)
        _save_incident(db, sha, inc, new_id)
    qtaken: set[str] = set()
    rows = []
    for q in extraction.quotes:
        qid = _free_id(db, "quotes", q.id, sha, qtaken, "q-")
        rows.append((qid, sha, q.speaker, q.speaker_kind, q.text, q.start, q.end,
                     ids.get(q.incident) if q.incident else None))
    db.conn.executemany(
        'INSERT INTO quotes (id, document, speaker, speaker_kind, text, start, "end", incident_id) '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return len(extraction.incidents), len(rows)


def save_document(db, document, sha: str, extraction) -> tuple[int, int]:
    """Insert a new document (documents.Document) with its extraction, atomically."""
    with db.atomic():
        insert_document(db, sha, document.meta, document.text, document.published_source)
        return save_extraction(db, sha, extraction)
