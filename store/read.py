"""Reading the store back in the contract shape (see /work/shared/contract.md):
queries for the shell and the JSON Lines export.

Rows are fetched in chunks and their actors and citations in one query per
chunk, so an export streams without one query per incident.
"""
from __future__ import annotations

import itertools
import json
from typing import Iterable, Iterator

from incidents.store.filters import order_by, sql_conditions
from incidents.store.names import actor_ids, place_scope

CHUNK = 500
FIRST_CHUNK = 51         # incidents built before the first ones are handed on: a page of the table
                         # (render.table.PAGE) and the one more it looks at, so the first page does
                         # not wait for the next CHUNK to be built
# the order of every listing; idx_incidents_order_at (schema) leads with exactly these terms, so
# a listing reads in index order and its first rows come without sorting every match
ORDER = "ORDER BY i.date IS NULL, i.date, i.id"
DATED = "(i.date IS NULL) = 0"
DATED_ORDER = "ORDER BY i.date, i.id"
DATE_END = "~"           # sorts after digits and "-": "2022-04~" is the end of April 2022


def _incident(row: dict, actors: list[dict], sources: list[dict], reports: list[dict] | None = None) -> dict:
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
        "reports": reports or [], "corroboration": row.get("corroboration") or 1,
        "corrected": json.loads(row["corrected"]) if row.get("corrected") else [],
        "date_text": row.get("date_text"),     # the words that dated it (a read-only older store has none)
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
        reports = _reports(db, chunk)
        out += [_incident(rows[i], actors.get(i, []), sources.get(i, []), reports.get(i))
                for i in ids[n:n + CHUNK] if i in rows]
    return out


def _reports(db, chunk: str) -> dict[str, list[dict]]:
    """Each incident's reports: what every document said of it (its own figures)."""
    out: dict[str, list] = {}
    for r in db.execute(
            "SELECT r.incident_id, r.id, d.doc, d.outlet, r.event_type, r.date, "
            "json_extract(r.data, '$.killed'), json_extract(r.data, '$.injured'), r.background FROM reports r "
            "JOIN documents d ON d.sha256 = r.document WHERE r.incident_id IN (SELECT value FROM json_each(?)) "
            "ORDER BY r.incident_id, coalesce(r.published, '~'), r.id", [chunk]).fetchall():
        out.setdefault(r[0], []).append({"report": r[1], "doc": r[2], "outlet": r[3], "event_type": r[4],
                                         "date": r[5], "killed": r[6], "injured": r[7],
                                         "background": bool(r[8])})
    return out


def _list(values: list) -> tuple[str, list]:
    """`(?, ?, …)` and its parameters: the planner sees how many values there are and
    looks each up in an index (json_each(?) hides that and can cost a full scan)."""
    return "(" + ", ".join("?" for _ in values) + ")", list(values)


WIDE = 5000      # a clause matching at least this many incidents is tested row by row in order


def _wide(db, sql: str, params: list) -> bool:
    """Does the counting query `sql` reach WIDE rows? (it reads at most WIDE index entries)"""
    return db.execute(f"SELECT count(*) FROM ({sql} LIMIT {WIDE})", params).fetchone()[0] >= WIDE


def _where(db, q, include_children: bool, ordered: bool = True) -> tuple[list[str], list] | None:
    """SQL conditions and parameters for a Query; None when nothing can match.

    A narrow clause (few incidents) drives the query through its index and the few rows
    are sorted; a wide one is a test on rows read in ORDER through idx_incidents_order_at
    (the unary + keeps the planner off the other indexes), so the first screen of a
    wide query comes after a few hundred rows instead of after sorting 100,000; the index
    holds place_id and admin1, so a place is tested without reading the incident's row.
    Not `ordered` (a count), an actor clause alone drives: no row has to come first, and
    its index holds the count (tested in order, it looked up the actors of every row), and
    so does a place clause without an actor."""
    clauses: list[tuple[str, str, list, bool]] = []   # (driving form, tested form, parameters, wide)
    # the place first: tested on the order index's own entries, it spares the actor's test
    # (a lookup in incident_actors) the rows of other places
    if q.places:
        ids, admin1 = place_scope(db, list(q.places))
        if not ids and not admin1:
            return None
        either, tested, values, wide = [], [], [], False
        for column, group in (("place_id", ids), ("admin1", admin1)):
            if group:
                sql, group = _list(group)
                either.append(f"i.{column} IN {sql}")
                tested.append(f"+i.{column} IN {sql}")
                values += group
                # unordered without an actor (a count) the place's own indexes hold the answer:
                # 26 ms for 63,773 incidents of 1M, 136 ms tested along the order index
                wide = wide or ((ordered or bool(q.actors))
                                and _wide(db, f"SELECT 1 FROM incidents WHERE {column} IN {sql}", group))
        clauses.append((" OR ".join(either), " OR ".join(tested), values, wide))
    if q.actors:
        ids = actor_ids(db, list(q.actors), include_children)
        if not ids:
            return None
        sql, values = _list(ids)
        clauses.append((f"i.id IN (SELECT ia.incident_id FROM incident_actors ia WHERE ia.actor_id IN {sql})",
                        f"EXISTS (SELECT 1 FROM incident_actors ia WHERE ia.incident_id = i.id "
                        f"AND ia.actor_id IN {sql})", values,
                        (ordered or bool(q.places))
                        and _wide(db, f"SELECT 1 FROM incident_actors WHERE actor_id IN {sql}", values)))
    conds = [tested if wide else driving for driving, tested, _, wide in clauses]
    params = [v for *_, values, _ in clauses for v in values]
    if q.date_from or q.date_to:
        conds.append(DATED)        # the leading term of idx_incidents_order_at
    if q.date_from:
        conds.append("i.date >= ?")
        params.append(str(q.date_from))
    if q.date_to:
        conds.append("i.date <= ?")
        params.append(str(q.date_to) + DATE_END)
    more, values = sql_conditions(q)
    return conds + more, params + values


def select_ids(db, q, include_children: bool = True, ordered: bool = True) -> tuple[str, list] | None:
    """The SELECT of the ids of a Query's incidents in ORDER (with its LIMIT) and its
    parameters; None when nothing can match. Other queries use it as a subquery.
    Not `ordered`: in no particular order, each clause through its own index (a count)."""
    where = _where(db, q, include_children, ordered)
    if where is None:
        return None
    conds, params = where
    sql = "SELECT i.id FROM incidents i"
    if conds:
        sql += " WHERE " + " AND ".join(f"({c})" for c in conds)
    # dated only, the default order drops its leading term, which the order index's
    # equality already fixes (SQLite sorts again if the term is left in)
    if ordered:
        sql += " " + (order_by(q.sort) or (DATED_ORDER if q.date_from or q.date_to else ORDER))
    if q.limit is not None:
        sql += " LIMIT ?"
        params.append(int(q.limit))
    return sql, params


def iter_incident_ids(db, q, include_children: bool = True) -> Iterator[str]:
    """Ids of a Query's incidents in order, read from the cursor as they come."""
    found = select_ids(db, q, include_children)
    if found is None:
        return
    cur = db.execute(*found)
    while batch := cur.fetchmany(FIRST_CHUNK):
        yield from (r[0] for r in batch)


def iter_incidents(db, q, include_children: bool = True) -> Iterator[dict]:
    """Incidents of a Query (contract shape) in order, built chunk by chunk as their ids
    are read: the first FIRST_CHUNK (a screen) before the rest is looked at."""
    ids = iter_incident_ids(db, q, include_children)
    size = FIRST_CHUNK
    while chunk := list(itertools.islice(ids, size)):
        yield from _build(db, chunk)
        size = CHUNK


def count_incidents(db, q, include_children: bool = True) -> int:
    """How many incidents a Query selects (its limit included), counted in SQL: `count`
    on a million incidents builds none of them, and reads each clause's index in no order."""
    found = select_ids(db, q, include_children, ordered=False)
    if found is None:
        return 0
    return db.execute(f"SELECT count(*) FROM ({found[0]})", found[1]).fetchone()[0]


def find_incidents(db, q, include_children: bool = True) -> list[dict]:
    """Incidents matching a query.model.Query (clauses AND, names within a clause OR)."""
    return list(iter_incidents(db, q, include_children))


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
    if found is None:       # a report's id names the incident it was merged into
        found = db.execute("SELECT i.id FROM reports r JOIN incidents i ON i.id = r.incident_id "
                           "WHERE r.id = ?", [wanted]).fetchone()
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


def export_incidents(db) -> Iterator[dict]:
    """Every incident in the contract shape, ordered like find_incidents, streamed."""
    cur = db.execute(f"SELECT i.id FROM incidents i {ORDER}")
    while chunk := [r[0] for r in cur.fetchmany(CHUNK)]:
        yield from _build(db, chunk)


def export_quotes(db) -> Iterator[dict]:
    """Every quote in the contract shape, by document and position."""
    cur = db.execute(QUOTES_SQL + "ORDER BY d.doc, q.document, q.start, q.id")
    names = [d[0] for d in cur.description]
    while batch := cur.fetchmany(CHUNK):
        for r in batch:
            yield _quote(dict(zip(names, r)))


def iter_jsonl(rows: Iterable[dict]) -> Iterator[str]:
    """JSON Lines with Arabic unescaped, C1 and bidi controls of articles as \\u escapes
    (render.formats.to_json): the data is kept, the terminal never sees them raw."""
    from incidents.render.formats import to_json
    for row in rows:
        yield to_json(row)
