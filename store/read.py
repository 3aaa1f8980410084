"""Reading the store back in the contract shape (see /work/shared/contract.md):
queries for the shell and the JSON Lines export.

Rows are fetched in chunks and their actors and citations in one query per
chunk, so an export streams without one query per incident.
"""
from __future__ import annotations

import json
from typing import Iterable, Iterator

from incidents.store.filters import order_by, sql_conditions
from incidents.store.names import actor_ids, place_scope

CHUNK = 500
ORDER = "ORDER BY i.date IS NULL, i.date, i.id"
DATE_END = "~"           # sorts after digits and "-": "2022-04~" is the end of April 2022


def _incident(row: dict, actors: list[dict], sources: list[dict]) -> dict:
    has_location = any(row[k] is not None for k in ("place_id", "location_name", "location_name_ar", "location_mention"))
    location = {"name": row["location_name"], "name_ar": row["location_name_ar"],
                "admin1": row["admin1"], "lat": row["lat"], "lon": row["lon"],
                "mention": row["location_mention"]} if has_location else None
    if not sources:
        sources = [{"doc": row["doc_name"], "outlet": row["doc_outlet"],
                    "start": None, "end": None, "quote": None}]
    return {
        "id": row["id"], "event_type": row["event_type"], "sub_event_type": row["sub_event_type"],
        "date": row["date"], "date_precision": row["date_precision"],
        "actors": actors, "location": location,
        "killed": row["killed"], "injured": row["injured"], "sources": sources,
        "date_inferred": bool(row["date_inferred"]), "background": bool(row["background"]),
        "casualties_combined": row["casualties_combined"],
        "geo_precision": row["geo_precision"] if has_location else None,
    }


def _dicts(cursor) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r)) for r in cursor.fetchall()]


def _build(db, ids: list[str]) -> list[dict]:
    """Contract dicts for `ids`, in the given order."""
    out: list[dict] = []
    for n in range(0, len(ids), CHUNK):
        chunk = json.dumps(ids[n:n + CHUNK])
        rows = {r["id"]: r for r in _dicts(db.execute(
            "SELECT i.*, d.doc AS doc_name, d.outlet AS doc_outlet FROM incidents i "
            "JOIN documents d ON d.sha256 = i.document WHERE i.id IN (SELECT value FROM json_each(?))", [chunk]))}
        actors: dict[str, list] = {}
        for r in db.execute(
                "SELECT ia.incident_id, a.name, a.name_ar, ia.side, ia.mention FROM incident_actors ia "
                "JOIN actors a ON a.id = ia.actor_id WHERE ia.incident_id IN (SELECT value FROM json_each(?)) "
                "ORDER BY ia.incident_id, ia.position", [chunk]).fetchall():
            actors.setdefault(r[0], []).append({"name": r[1], "name_ar": r[2], "side": r[3], "mention": r[4]})
        sources: dict[str, list] = {}
        for r in db.execute(
                'SELECT c.incident_id, d.doc, d.outlet, c.start, c."end", c.text FROM citations c '
                "JOIN documents d ON d.sha256 = c.document WHERE c.incident_id IN (SELECT value FROM json_each(?)) "
                "ORDER BY c.incident_id, c.position", [chunk]).fetchall():
            sources.setdefault(r[0], []).append(
                {"doc": r[1], "outlet": r[2], "start": r[3], "end": r[4], "quote": r[5]})
        out += [_incident(rows[i], actors.get(i, []), sources.get(i, [])) for i in ids[n:n + CHUNK] if i in rows]
    return out


def _where(db, q, include_children: bool) -> tuple[list[str], list] | None:
    """SQL conditions and parameters for a Query; None when nothing can match."""
    conds: list[str] = []
    params: list = []
    if q.actors:
        ids = actor_ids(db, list(q.actors), include_children)
        if not ids:
            return None
        conds.append("i.id IN (SELECT incident_id FROM incident_actors "
                     "WHERE actor_id IN (SELECT value FROM json_each(?)))")
        params.append(json.dumps(ids))
    if q.places:
        ids, admin1 = place_scope(db, list(q.places))
        if not ids and not admin1:
            return None
        conds.append("(i.place_id IN (SELECT value FROM json_each(?)) "
                     "OR i.admin1 IN (SELECT value FROM json_each(?)))")
        params += [json.dumps(ids), json.dumps(admin1)]
    if q.date_from:
        conds.append("i.date IS NOT NULL AND i.date >= ?")
        params.append(str(q.date_from))
    if q.date_to:
        conds.append("i.date IS NOT NULL AND i.date <= ?")
        params.append(str(q.date_to) + DATE_END)
    more, values = sql_conditions(q)
    return conds + more, params + values


def find_incidents(db, q, include_children: bool = True) -> list[dict]:
    """Incidents matching a query.model.Query (clauses AND, names within a clause OR)."""
    where = _where(db, q, include_children)
    if where is None:
        return []
    conds, params = where
    sql = "SELECT i.id FROM incidents i"
    if conds:
        sql += " WHERE " + " AND ".join(f"({c})" for c in conds)
    sql += " " + (order_by(q.sort) or ORDER)
    if q.limit is not None:
        sql += " LIMIT ?"
        params.append(int(q.limit))
    return _build(db, [r[0] for r in db.execute(sql, params).fetchall()])


def _quote(row: dict) -> dict:
    return {"id": row["id"], "doc": row["doc_name"], "speaker": row["speaker"],
            "speaker_kind": row["speaker_kind"], "text": row["text"],
            "start": row["start"], "end": row["end"], "incident": row["incident_id"]}


QUOTES_SQL = ("SELECT q.*, d.doc AS doc_name FROM quotes q JOIN documents d ON d.sha256 = q.document ")


def get_incident(db, incident_id: str) -> dict | None:
    """One incident with its "quotes"; a unique id prefix (with or without "i-") is enough."""
    wanted = (incident_id or "").strip()
    if not wanted:
        return None
    found = db.execute("SELECT id FROM incidents WHERE id = ?", [wanted]).fetchone()
    if found is None:
        for prefix in dict.fromkeys([wanted, "i-" + wanted]):
            rows = db.execute("SELECT id FROM incidents WHERE substr(id, 1, ?) = ? LIMIT 2",
                              [len(prefix), prefix]).fetchall()
            if len(rows) == 1:
                found = rows[0]
                break
    if found is None:
        return None
    incident = _build(db, [found[0]])[0]
    incident["quotes"] = [_quote(r) for r in _dicts(db.execute(
        QUOTES_SQL + 'WHERE q.incident_id = ? ORDER BY q.start, q.id', [found[0]]))]
    return incident


def _ids(db) -> list[str]:
    return [r[0] for r in db.execute(f"SELECT i.id FROM incidents i {ORDER}").fetchall()]


def export_incidents(db) -> Iterator[dict]:
    """Every incident in the contract shape, ordered like find_incidents."""
    ids = _ids(db)
    for n in range(0, len(ids), CHUNK):
        yield from _build(db, ids[n:n + CHUNK])


def export_quotes(db) -> Iterator[dict]:
    """Every quote in the contract shape, by document and position."""
    cur = db.execute(QUOTES_SQL + "ORDER BY d.doc, q.document, q.start, q.id")
    names = [d[0] for d in cur.description]
    while batch := cur.fetchmany(CHUNK):
        for r in batch:
            yield _quote(dict(zip(names, r)))


def iter_jsonl(rows: Iterable[dict]) -> Iterator[str]:
    """JSON Lines with Arabic unescaped."""
    for row in rows:
        yield json.dumps(row, ensure_ascii=False)
