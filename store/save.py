"""Writing one document and its extraction. Callers wrap these in db.atomic():
a document is saved whole or not at all.

Each extracted incident is saved as a report of its document (table `reports`);
store.merge then folds reports of one real-world incident into one `incidents` row.
The folded copies search reads (text_folded, indexed by the FTS triggers) are written
with their rows, in the same transaction: a search never has to write.

Report and quote ids come from the extractor (stable for the same text); an id
already used by another document gets a suffix from this document's sha256 so
two documents never overwrite each other's rows.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import unicodedata

from incidents.extract.normalise import fold
from incidents.store.names import ensure_actor, ensure_place


def text_sha256(text: str) -> str:
    """The document's key: the sha256 of its text exactly as given (its ids derive from it)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def content_sha256(text: str) -> str:
    """What makes two texts the same article (issue 8, item 9): the sha256 of the text in
    NFC, with LF line endings and no surrounding whitespace, so the same article with a
    trailing newline, CRLF endings or a decomposed hamza is not stored again."""
    same = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    return hashlib.sha256(same.encode("utf-8")).hexdigest()


def document_exists(db, sha: str) -> bool:
    return db.conn.execute("SELECT 1 FROM documents WHERE sha256 = ?", [sha]).fetchone() is not None


def content_stored(db, text: str) -> bool:
    """Whether an article with this content (content_sha256) is stored, in any bytes."""
    return db.conn.execute("SELECT 1 FROM documents WHERE content_sha = ? LIMIT 1",
                           [content_sha256(text)]).fetchone() is not None


def document_row(sha: str, meta, text: str, published_source: str | None) -> list:
    """The documents row of a new document, folded copy and content hash with it."""
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    return [sha, meta.doc, meta.outlet, meta.title, meta.url, meta.published, published_source, text,
            fold(text), content_sha256(text), now]


INSERT_DOCUMENT = ("INSERT INTO documents (sha256, doc, outlet, title, url, published, published_source, text, "
                   "text_folded, content_sha, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def insert_document(db, sha: str, meta, text: str, published_source: str | None) -> None:
    db.conn.execute(INSERT_DOCUMENT, document_row(sha, meta, text, published_source))


def delete_extraction(db, sha: str) -> None:
    """Remove a document's reports and quotes; the incidents they were part of are
    rebuilt from the reports that remain (store.merge)."""
    from incidents.store.merge import settle
    rows = db.conn.execute("SELECT incident_id, component FROM reports WHERE document = ?", [sha]).fetchall()
    db.conn.execute("DELETE FROM quotes WHERE document = ?", [sha])
    db.conn.execute("DELETE FROM reports WHERE document = ?", [sha])
    db.conn.execute("DELETE FROM citations WHERE document = ?", [sha])
    stale = {r[0] for r in rows if r[0]} | {r[0] for r in db.conn.execute(
        "SELECT id FROM incidents WHERE document = ?", [sha])}
    settle(db, touched_components={r[1] for r in rows if r[1]}, stale_incidents=stale)


def _free_id(db, table: str, wanted: str, sha: str, taken: set[str], prefix: str,
             elsewhere: frozenset | set = frozenset()) -> str:
    """`wanted` unless another document (or this extraction, or an id in `elsewhere`: other
    documents of a batch not written yet) already uses it."""
    base = wanted or f"{prefix}{sha[:12]}"
    candidate, n = base, 1
    while candidate in taken or candidate in elsewhere or db.conn.execute(
            f"SELECT 1 FROM {table} WHERE id = ? AND document != ?", [candidate, sha]).fetchone():
        n += 1
        candidate = f"{base}-{sha[:6]}" if n == 2 else f"{base}-{sha[:6]}-{n}"
    taken.add(candidate)
    return candidate


def _span(span) -> tuple[int | None, int | None]:
    return (span.start, span.end) if span is not None else (None, None)


def _report_data(db, inc, actor_id=ensure_actor, place_id=ensure_place) -> dict:
    """What one document says about one incident, with the evidence offsets (reports.data);
    `actor_id`/`place_id` give the stored id of a reference (store.bulk passes cached ones)."""
    loc = inc.location
    location = None
    if loc is not None:
        ls, le = _span(loc.span)
        location = {"place_id": place_id(db, loc), "name": loc.name, "name_ar": loc.name_ar,
                    "admin1": loc.admin1, "lat": loc.lat, "lon": loc.lon, "mention": loc.mention,
                    "start": ls, "end": le, "geo_precision": loc.geo_precision}
        if loc.along:
            location["along"] = list(loc.along)     # "طريق طفس – المزيريب": at either town
        if getattr(loc, "within", None):
            location["within"] = loc.within         # "قرية X التابعة لمدينة Y": a village we lack, in Y
    return {"event_type": inc.event_type, "sub_event_type": inc.sub_event_type, "date": inc.date,
            "date_precision": inc.date_precision, "date_inferred": bool(inc.date_inferred),
            "killed": inc.killed, "injured": inc.injured, "casualties_combined": inc.casualties_combined,
            "background": bool(inc.background), "weekday": inc.weekday, "location": location,
            "actors": [{"actor_id": actor_id(db, a), "side": a.side, "mention": a.mention,
                        "start": _span(a.span)[0], "end": _span(a.span)[1]} for a in inc.actors],
            "citations": [{"start": c.start, "end": c.end, "text": c.quote, "field": c.field or "event"}
                          for c in inc.citations]}


INSERT_REPORT = ("INSERT INTO reports (id, document, event_type, sub_event_type, family, date, day_lo, day_hi, "
                 "admin1, place_id, background, published, data, incident_id, component) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
INSERT_ROAD = "INSERT INTO report_roads (report, place_id) VALUES (?, ?)"


def report_row(report_id: str, sha: str, data: dict, published: str | None, merged: str | None = None) -> list:
    """The reports row of one report; `merged` the incident and component it already is
    (store.bulk: a report of its own), None for store.merge to settle."""
    from incidents.store.merge import day_range, family
    loc = data["location"] or {}
    lo, hi = day_range(data["date"], data["date_precision"])
    return [report_id, sha, data["event_type"], data["sub_event_type"], family(data["event_type"]),
            data["date"], lo, hi, loc.get("admin1"), loc.get("place_id"), int(data["background"]),
            published, json.dumps(data, ensure_ascii=False), merged, merged]


def road_rows(report_id: str, data: dict) -> list[tuple[str, str]]:
    """The report_roads rows of a report: where blocking finds it besides its own place
    (store.merge.candidates): the two towns of its road, or the town its unknown village
    is told in ("قرية X التابعة لمدينة Y")."""
    loc = data["location"] or {}
    beside = list(loc.get("along") or ()) + ([loc["within"]] if loc.get("within") else [])
    return [(report_id, p) for p in dict.fromkeys(beside)]


def insert_report(db, report_id: str, sha: str, data: dict, published: str | None) -> None:
    db.conn.execute(INSERT_REPORT, report_row(report_id, sha, data, published))
    db.conn.executemany(INSERT_ROAD, road_rows(report_id, data))


def save_extraction(db, sha: str, extraction) -> tuple[int, int]:
    """Insert an extraction for stored document `sha` as reports, merge them into the
    incidents they tell (store.merge); returns (reports, quotes)."""
    from incidents.store.merge import settle
    published = db.conn.execute("SELECT published FROM documents WHERE sha256 = ?", [sha]).fetchone()[0]
    taken: set[str] = set()
    ids: dict[str, str] = {}
    for inc in extraction.incidents:
        new_id = _free_id(db, "reports", inc.id, sha, taken, "i-")
        ids.setdefault(inc.id, new_id)
        insert_report(db, new_id, sha, _report_data(db, inc), published)
    qtaken: set[str] = set()
    rows = []
    for q in extraction.quotes:
        qid = _free_id(db, "quotes", q.id, sha, qtaken, "q-")
        rows.append((qid, sha, q.speaker, q.speaker_kind, q.text, fold(q.text), q.start, q.end,
                     ids.get(q.incident) if q.incident else None))
    db.conn.executemany(
        'INSERT INTO quotes (id, document, speaker, speaker_kind, text, text_folded, start, "end", report) '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    settle(db, new_ids=sorted(taken), rewrite=False)
    return len(extraction.incidents), len(rows)


def reports_from_incidents(db) -> None:
    """Migration to schema 3: each stored incident becomes its document's report, then
    the reports are merged."""
    from incidents.store.merge import settle
    if db.conn.execute("SELECT 1 FROM reports LIMIT 1").fetchone():
        return
    rows = db.conn.execute("SELECT i.id, i.document, d.published FROM incidents i "
                           "JOIN documents d ON d.sha256 = i.document ORDER BY i.id").fetchall()
    if not rows:
        return
    for incident_id, sha, published in rows:
        r = db.conn.execute(
            "SELECT event_type, sub_event_type, date, date_precision, date_inferred, killed, injured, "
            "casualties_combined, background, place_id, location_name, location_name_ar, admin1, lat, lon, "
            "location_mention, location_start, location_end, geo_precision FROM incidents WHERE id = ?",
            [incident_id]).fetchone()
        location = None
        if any(v is not None for v in (r[9], r[10], r[11], r[15])):
            location = dict(zip(("place_id", "name", "name_ar", "admin1", "lat", "lon", "mention", "start",
                                 "end", "geo_precision"), r[9:19]))
        actors = [dict(zip(("actor_id", "side", "mention", "start", "end"), a)) for a in db.conn.execute(
            'SELECT actor_id, side, mention, start, "end" FROM incident_actors WHERE incident_id = ? '
            "ORDER BY position", [incident_id])]
        cites = [dict(zip(("start", "end", "text", "field"), c)) for c in db.conn.execute(
            'SELECT start, "end", text, field FROM citations WHERE incident_id = ? ORDER BY position',
            [incident_id])]
        data = dict(zip(("event_type", "sub_event_type", "date", "date_precision", "date_inferred", "killed",
                         "injured", "casualties_combined", "background"), r[:9]))
        data.update(date_inferred=bool(data["date_inferred"]), background=bool(data["background"]),
                    location=location, actors=actors, citations=cites)
        insert_report(db, incident_id, sha, data, published)
    db.conn.execute("UPDATE quotes SET report = incident_id WHERE report IS NULL")
    settle(db, new_ids=[r[0] for r in rows])


def save_document(db, document, sha: str, extraction) -> tuple[int, int]:
    """Insert a new document (documents.Document) with its extraction, atomically."""
    with db.atomic():
        insert_document(db, sha, document.meta, document.text, document.published_source)
        return save_extraction(db, sha, extraction)
