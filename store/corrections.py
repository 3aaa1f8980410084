"""The analyst's corrections: their own table, applied on top of what extraction and
merging produced, so they survive reindex, re-ingest and new reports joining.

A correction names its incident by a report id (every incident id is one of its
reports' ids), so it keeps finding the incident when the incident's id moves to an
earlier report. `merge` and `split` are links the clustering obeys (store.merge);
`edit` and `retract` are applied when the incident is written (store.materialize).
Nothing is deleted: `undo` marks the last correction undone, `history` shows all.
"""
from __future__ import annotations

import datetime as dt
import json
import re

FIELDS = ("event_type", "sub_event_type", "date", "killed", "injured", "place", "actor", "side")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PRECISION = {4: "year", 7: "month", 10: "day"}


class CorrectionError(ValueError):
    """A correction that cannot be made; str() is the one-line reason."""


def acled_types() -> dict[str, list[str]]:
    """ACLED's event types and their sub-event types (extract/data/acled_types.json)."""
    from incidents.query.filters import acled_types as load
    return load()


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


# -- naming incidents -----------------------------------------------------------

def resolve(db, wanted: str) -> tuple[str, list[str]]:
    """(incident id, its report ids) for an incident id, a report id or a unique prefix,
    retracted incidents included."""
    wanted = (wanted or "").strip()
    row = None
    for prefix in dict.fromkeys([wanted, "i-" + wanted]):
        row = db.execute("SELECT incident_id FROM reports WHERE id = ?", [prefix]).fetchone()
        if row:
            break
        rows = db.execute("SELECT DISTINCT incident_id FROM reports WHERE substr(incident_id, 1, ?) = ? LIMIT 2",
                          [len(prefix), prefix]).fetchall()
        if len(rows) == 1:
            row = rows[0]
            break
    if not wanted or row is None or row[0] is None:
        raise CorrectionError(f"no incident '{wanted}'")
    reports = [r[0] for r in db.execute("SELECT id FROM reports WHERE incident_id = ? ORDER BY id", [row[0]])]
    return row[0], reports


def _record(db, target: str, action: str, field: str | None, value, note: str | None) -> int:
    cur = db.conn.execute(
        "INSERT INTO corrections (target, action, field, value, note, at) VALUES (?, ?, ?, ?, ?, ?)",
        [target, action, field, json.dumps(value, ensure_ascii=False), note, _now()])
    return cur.lastrowid


# -- checking values ------------------------------------------------------------

def _event_type(value: str) -> str:
    for name in acled_types():
        if name.lower() == value.strip().lower():
            return name
    raise CorrectionError(f"'{value}' is not an ACLED event type ({', '.join(acled_types())})")


def _sub_event_type(value: str) -> str:
    for subs in acled_types().values():
        for name in subs:
            if name.lower() == value.strip().lower():
                return name
    raise CorrectionError(f"'{value}' is not an ACLED sub-event type")


def _date(value: str) -> str:
    if not DATE.match(value):
        raise CorrectionError(f"'{value}' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    try:
        dt.date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value)
    except ValueError:
        raise CorrectionError(f"'{value}' is not a real date") from None
    return value


def _count(value: str) -> int | None:
    if value.lower() in ("none", "null", "-", "—"):
        return None
    if not value.isdigit():
        raise CorrectionError(f"'{value}' is not a count (a whole number, or none)")
    return int(value)


def _named(db, kind: str, value: str) -> dict:
    """A known actor/place by any of its names, else a new one named `value`."""
    from incidents.store.names import adhoc_id, match_ids
    table = "actors" if kind == "actor" else "places"
    ids = match_ids(db, kind, value)
    if ids:
        row = db.execute(f"SELECT id, name, name_ar FROM {table} WHERE id = ?", [ids[0]]).fetchone()
        return {"id": row[0], "name": row[1], "name_ar": row[2], "new": False}
    arabic = bool(re.search("[\u0600-\u06ff]", value))
    name, name_ar = (None, value) if arabic else (value, None)
    return {"id": adhoc_id(name or "", name_ar), "name": name or value, "name_ar": name_ar, "new": True}


def check_edit(db, field: str, value: str, position: int | None) -> dict:
    """The stored form of an edit; raises CorrectionError on a value that cannot be meant."""
    if field not in FIELDS:
        raise CorrectionError(f"cannot edit '{field}'; fields: {', '.join(FIELDS)} (actor N, side N)")
    if field in ("actor", "side") and (position is None or position < 1):
        raise CorrectionError(f"{field} needs a position: {field} N VALUE (1 is the first actor)")
    if field == "event_type":
        return {"value": _event_type(value)}
    if field == "sub_event_type":
        return {"value": _sub_event_type(value)}
    if field == "date":
        return {"value": _date(value)}
    if field in ("killed", "injured"):
        return {"value": _count(value)}
    if field == "side":
        if value.lower() not in ("1", "2", "none"):
            raise CorrectionError(f"side is 1, 2 or none, not '{value}'")
        return {"value": None if value.lower() == "none" else int(value), "position": position}
    named = _named(db, "actor" if field == "actor" else "place", value)
    return {"value": named, "position": position}


# -- recording ------------------------------------------------------------------

def _resettle(db, reports) -> None:
    from incidents.store.merge import settle_reports
    settle_reports(db, reports)


def _ensure_named(db, kind: str, named: dict) -> None:
    if not named.get("new"):
        return
    from incidents.store.names import _upsert
    table = "actors" if kind == "actor" else "places"
    if db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [named["id"]]).fetchone() is None:
        record = {"id": named["id"], "name": named["name"], "name_ar": named["name_ar"]}
        _upsert(db, kind, [record])


def edit(db, wanted: str, field: str, value: str, note: str | None, position: int | None = None) -> str:
    incident, reports = resolve(db, wanted)
    stored = check_edit(db, field, value, position)
    with db.atomic():
        if field in ("actor", "place"):
            _ensure_named(db, field, stored["value"])
        _record(db, incident, "edit", field, stored, note)
        _resettle(db, reports)
    return incident


def merge(db, wanted: list[str], note: str | None) -> str:
    if len(wanted) < 2:
        raise CorrectionError("merge needs two incident ids or more, e.g. merge i-3f9c i-8a01")
    groups = [resolve(db, w) for w in wanted]
    if len({g[0] for g in groups}) < 2:
        raise CorrectionError("these ids name one incident already")
    reports = sorted({r for _, rs in groups for r in rs})
    with db.atomic():
        _record(db, groups[0][0], "merge", None, reports, note)
        _resettle(db, reports)
    return db.execute("SELECT incident_id FROM reports WHERE id = ?", [reports[0]]).fetchone()[0]


def split(db, wanted: str, doc: str, note: str | None) -> str:
    incident, reports = resolve(db, wanted)
    rows = db.execute("SELECT r.id, d.doc FROM reports r JOIN documents d ON d.sha256 = r.document "
                      "WHERE r.incident_id = ?", [incident]).fetchall()
    out = [r for r, name in rows if name == doc or r == doc]
    if not out:
        docs = ", ".join(sorted({name for _, name in rows}))
        raise CorrectionError(f"incident {incident} has no report from '{doc}' (its documents: {docs})")
    rest = [r for r, _ in rows if r not in out]
    if not rest:
        raise CorrectionError(f"incident {incident} has only reports from '{doc}'; nothing to split")
    with db.atomic():
        _record(db, incident, "split", None, {"out": sorted(out), "rest": sorted(rest)}, note)
        _resettle(db, reports)
    return db.execute("SELECT incident_id FROM reports WHERE id = ?", [sorted(out)[0]]).fetchone()[0]


def retract(db, wanted: str, note: str | None) -> str:
    incident, reports = resolve(db, wanted)
    with db.atomic():
        _record(db, incident, "retract", None, True, note)
        _resettle(db, reports)
    return incident


def _touched(target: str, action: str, value) -> set[str]:
    """The report ids a correction names."""
    if action == "merge":
        return {target} | set(value)
    if action == "split":
        return {target} | set(value["out"]) | set(value["rest"])
    return {target}


def undo(db) -> dict | None:
    """Undo the last correction still in force; returns it (None when there is none)."""
    row = db.execute("SELECT seq, target, action, field, value, note FROM corrections "
                     "WHERE undone = 0 ORDER BY seq DESC LIMIT 1").fetchone()
    if row is None:
        return None
    seq, target, action, field, value, note = row
    value = json.loads(value)
    touched = _touched(target, action, value)
    with db.atomic():
        db.conn.execute("UPDATE corrections SET undone = 1, undone_at = ? WHERE seq = ?", [_now(), seq])
        members = {r[0] for r in db.execute(
            "SELECT id FROM reports WHERE incident_id IN (SELECT incident_id FROM reports "
            "WHERE id IN (SELECT value FROM json_each(?)))", [json.dumps(sorted(touched))])}
        _resettle(db, members | touched)
    return {"seq": seq, "target": target, "action": action, "field": field, "value": value, "note": note}


def history(db, wanted: str) -> list[dict]:
    """Every correction touching the incident, oldest first."""
    incident, reports = resolve(db, wanted)
    mine = set(reports) | {incident}
    out = []
    for seq, target, action, field, value, note, at, undone, undone_at in db.execute(
            "SELECT seq, target, action, field, value, note, at, undone, undone_at FROM corrections ORDER BY seq"):
        value = json.loads(value)
        if _touched(target, action, value) & mine:
            out.append({"seq": seq, "incident": target, "action": action, "field": field, "value": value,
                        "note": note, "at": at, "undone": bool(undone), "undone_at": undone_at})
    return out


# -- applying -------------------------------------------------------------------

def active_links(db, ids: set[str]) -> tuple[list[tuple[str, ...]], set[frozenset]]:
    """Merges (groups) and splits (forbidden pairs) in force that touch `ids`."""
    must, cannot = [], set()
    for action, value in db.execute("SELECT action, value FROM corrections WHERE undone = 0 AND "
                                    "action IN ('merge', 'split') ORDER BY seq"):
        value = json.loads(value)
        if action == "merge" and ids & set(value):
            must.append(tuple(value))
        elif action == "split" and ids & (set(value["out"]) | set(value["rest"])):
            cannot |= {frozenset((a, b)) for a in value["out"] for b in value["rest"]}
    return must, cannot


def _apply_edit(db, inc: dict, field: str, stored: dict) -> None:
    value = stored["value"]
    if field == "date":
        inc["date"], inc["date_precision"], inc["date_inferred"] = value, PRECISION[len(value)], False
    elif field == "place":
        row = db.execute("SELECT id, name, name_ar, admin1, lat, lon FROM places WHERE id = ?",
                         [value["id"]]).fetchone()
        if row:
            inc["location"] = {"place_id": row[0], "name": row[1], "name_ar": row[2], "admin1": row[3],
                               "lat": row[4], "lon": row[5], "mention": None, "start": None, "end": None,
                               "geo_precision": 1}
    elif field in ("actor", "side"):
        pos = stored["position"] - 1
        actors = inc["actors"]
        if field == "side":
            if pos < len(actors):
                actors[pos]["side"] = value
            return
        new = {"actor_id": value["id"], "side": actors[pos]["side"] if pos < len(actors) else None,
               "mention": None, "start": None, "end": None}
        if pos < len(actors):
            actors[pos] = new
        else:
            actors.append(new)
    else:
        inc[field] = value


def apply_corrections(db, inc: dict) -> None:
    """Edits and retractions in force for the incident's reports, oldest first."""
    rows = db.execute(
        "SELECT action, field, value FROM corrections WHERE undone = 0 AND action IN ('edit', 'retract') "
        "AND target IN (SELECT value FROM json_each(?)) ORDER BY seq", [json.dumps(inc["reports"])]).fetchall()
    fields = []
    for action, field, value in rows:
        if action == "retract":
            inc["retracted"] = True
            continue
        _apply_edit(db, inc, field, json.loads(value))
        if field not in fields:
            fields.append(field)
    inc["corrected"] = fields
