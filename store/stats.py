"""Counting over the store for the analyst commands (actors, places, dyads, timeline,
sources, quotes) and for completion, which wants every actor and place name with
how often it occurs so the most used names come first.

Each function takes the sqlite_utils Database (Store.db) and optionally the ids of
the incidents to count (the result of the current clauses); None means all incidents.
Counting is done in SQL so it stays one query however large the store is.
"""
from __future__ import annotations

import json

# the incidents counted: every one, or those in a JSON array bound as :ids
_ALL = "SELECT id, place_id FROM incidents"
_SOME = "SELECT id, place_id FROM incidents WHERE id IN (SELECT value FROM json_each(:ids))"


def _scope(incident_ids: list[str] | None) -> tuple[str, dict]:
    """The SELECT of counted incidents and its parameters."""
    if incident_ids is None:
        return _ALL, {}
    return _SOME, {"ids": json.dumps(list(incident_ids))}


def _dicts(cursor) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r)) for r in cursor.fetchall()]


def actor_rows(db, incident_ids: list[str] | None = None, only_used: bool = False) -> list[dict]:
    """Every actor (id, name, name_ar, kind, affiliation, parent, incidents) with the
    number of distinct incidents it takes part in, most frequent first.
    With `incident_ids` only those incidents are counted; `only_used` drops zeros."""
    scope, params = _scope(incident_ids)
    rows = _dicts(db.execute(
        f"WITH inc AS ({scope}), n AS (SELECT ia.actor_id, count(DISTINCT ia.incident_id) AS c "
        f"FROM incident_actors ia JOIN inc ON inc.id = ia.incident_id GROUP BY ia.actor_id) "
        f"SELECT a.id, a.name, a.name_ar, a.kind, a.affiliation, a.parent, coalesce(n.c, 0) AS incidents "
        f"FROM actors a LEFT JOIN n ON n.actor_id = a.id "
        f"{'WHERE n.c > 0' if only_used else ''} ORDER BY incidents DESC, a.name, a.id", params))
    return rows


def place_rows(db, incident_ids: list[str] | None = None, only_used: bool = False) -> list[dict]:
    """Every place (id, name, name_ar, kind, admin1, parent, incidents, here) with the
    number of incidents at the place or anywhere below it (a governorate counts the
    incidents in its towns); `here` counts only those directly at it. The walk goes up
    from each incident's place through the parent links, so it is cycle-safe and costs
    one row per (incident, ancestor) rather than a closure over the whole gazetteer."""
    scope, params = _scope(incident_ids)
    rows = _dicts(db.execute(
        f"WITH RECURSIVE inc AS ({scope}), "
        f"up(incident_id, place_id) AS (SELECT id, place_id FROM inc WHERE place_id IS NOT NULL "
        f"  UNION SELECT up.incident_id, p.parent FROM up JOIN places p ON p.id = up.place_id "
        f"  WHERE p.parent IS NOT NULL), "
        f"n AS (SELECT place_id, count(DISTINCT incident_id) AS c FROM up GROUP BY place_id), "
        f"h AS (SELECT place_id, count(*) AS c FROM inc WHERE place_id IS NOT NULL GROUP BY place_id) "
        f"SELECT p.id, p.name, p.name_ar, p.kind, p.admin1, p.parent, "
        f"coalesce(n.c, 0) AS incidents, coalesce(h.c, 0) AS here "
        f"FROM places p LEFT JOIN n ON n.place_id = p.id LEFT JOIN h ON h.place_id = p.id "
        f"{'WHERE n.c > 0' if only_used else ''} ORDER BY incidents DESC, p.name, p.id", params))
    return rows
