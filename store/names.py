"""Actors and places in the store: loading the gazetteer, ad-hoc entries, and name
lookup in either script through extract.normalise.key_text keys.

A name matches by exact key first; only when nothing matches exactly does the
substring fallback run (the name inside a key, or a key as whole words inside the name).
"""
from __future__ import annotations

import hashlib
import json

from incidents.extract.normalise import fold, key_text

ACTOR_COLUMNS = ("id", "name", "name_ar", "kind", "affiliation", "parent")
PLACE_COLUMNS = ("id", "name", "name_ar", "kind", "admin1", "lat", "lon", "parent")
NO_CHILDREN_BELOW = ("state_force", "foreign_state")   # see actor_ids
MIN_REVERSE_KEY = 3          # a key this short never matches as "contained in the name"
KINDS = {"actor": ("actors", "actor_names", "actor_id", ACTOR_COLUMNS),
         "place": ("places", "place_names", "place_id", PLACE_COLUMNS)}


def adhoc_id(name: str, name_ar: str | None) -> str:
    """Stable id of an actor or place the gazetteer does not know."""
    digest = hashlib.sha1(f"{fold(name or '')}|{fold(name_ar or '')}".encode()).hexdigest()
    return "adhoc-" + digest[:12]


def record_keys(record: dict) -> set[str]:
    """Lookup keys of a gazetteer record: canonical names and aliases in both scripts."""
    names = [record.get("name"), record.get("name_ar"), record.get("id")]
    names += list(record.get("aliases_ar") or []) + list(record.get("aliases_en") or [])
    return {k for k in (key_text(str(n)) for n in names if n) if k}


def _upsert(db, kind: str, records: list[dict]) -> None:
    """Insert or update records (gazetteer shape) and replace their name keys."""
    table, names_table, fk, columns = KINDS[kind]
    rows = [tuple(r.get(c) for c in columns) for r in records]
    placeholders = ", ".join("?" for _ in columns)
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns[1:])
    db.conn.executemany(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates}", rows)
    ids = json.dumps([r["id"] for r in records])
    db.conn.execute(f"DELETE FROM {names_table} WHERE {fk} IN (SELECT value FROM json_each(?))", [ids])
    db.conn.executemany(f"INSERT OR IGNORE INTO {names_table} ({fk}, key) VALUES (?, ?)",
                        [(r["id"], k) for r in records for k in record_keys(r)])


def _fingerprint(gazetteer) -> str:
    blob = json.dumps([gazetteer.actors, gazetteer.places], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


def sync_gazetteer(db, gazetteer) -> bool:
    """Upsert every gazetteer actor and place; False when it was already loaded."""
    if gazetteer is None:
        return False
    fp = _fingerprint(gazetteer)
    row = db.execute("SELECT value FROM meta WHERE key = 'gazetteer'").fetchone()
    if row and row[0] == fp:
        return False
    actors = [dict(r, id=i) for i, r in (gazetteer.actors or {}).items()]
    places = [dict(r, id=i) for i, r in (gazetteer.places or {}).items()]
    with db.atomic():
        _upsert(db, "actor", actors)
        _upsert(db, "place", places)
        db.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('gazetteer', ?)", [fp])
    return True


def ensure_actor(db, ref) -> str:
    """Id of the actor of an ActorRef, inserting it when the store lacks it."""
    actor_id = ref.actor_id or adhoc_id(ref.name, ref.name_ar)
    if db.conn.execute("SELECT 1 FROM actors WHERE id = ?", [actor_id]).fetchone() is None:
        _upsert(db, "actor", [{"id": actor_id, "name": ref.name or ref.name_ar or ref.mention,
                               "name_ar": ref.name_ar, "kind": ref.kind,
                               "affiliation": ref.affiliation, "parent": None}])
    return actor_id


def ensure_place(db, ref) -> str:
    """Id of the place of a PlaceRef, inserting it when the store lacks it."""
    place_id = ref.place_id or adhoc_id(ref.name, ref.name_ar)
    if db.conn.execute("SELECT 1 FROM places WHERE id = ?", [place_id]).fetchone() is None:
        _upsert(db, "place", [{"id": place_id, "name": ref.name or ref.name_ar or ref.mention,
                               "name_ar": ref.name_ar, "kind": None, "admin1": ref.admin1,
                               "lat": ref.lat, "lon": ref.lon, "parent": None}])
    return place_id


def match_ids(db, kind: str, name: str) -> list[str]:
    """Ids whose names match `name`: exact key, else substring fallback (best first)."""
    _, names_table, fk, _ = KINDS[kind]
    k = key_text(name or "")
    if not k:
        return []
    rows = db.execute(f"SELECT DISTINCT {fk} FROM {names_table} WHERE key = ? ORDER BY {fk}", [k]).fetchall()
    if rows:
        return [r[0] for r in rows]
    rows = db.execute(
        f"SELECT {fk}, min(abs(length(key) - length(:k))) AS d FROM {names_table} "
        f"WHERE instr(key, :k) > 0 "
        f"   OR (length(key) >= :min AND instr(' ' || :k || ' ', ' ' || key || ' ') > 0) "
        f"GROUP BY {fk} ORDER BY d, {fk}", {"k": k, "min": MIN_REVERSE_KEY}).fetchall()
    return [r[0] for r in rows]


def _rows(db, kind: str, ids: list[str]) -> list[dict]:
    table, _, _, columns = KINDS[kind]
    cur = db.execute(f"SELECT {', '.join(columns)} FROM {table} "
                     f"WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(ids)])
    by_id = {r[0]: dict(zip(columns, r)) for r in cur.fetchall()}
    return [by_id[i] for i in ids if i in by_id]


def resolve_actor(db, name: str) -> list[dict]:
    """Rows of the actors table that `name` (either script, alias or id) matches."""
    return _rows(db, "actor", match_ids(db, "actor", name))


def resolve_place(db, name: str) -> list[dict]:
    """Rows of the places table that `name` (either script, alias or id) matches."""
    return _rows(db, "place", match_ids(db, "place", name))


def actor_ids(db, names: list[str], include_children: bool = True) -> list[str]:
    """Actor ids for a query's actor names (OR), with their child actors if asked.

    Children follow the gazetteer's parent links (SDF -> Asayish, YPG; SNA -> its
    factions), but never below a state or foreign armed force: the gazetteer files
    units, intelligence branches and allied militias (Fourth Armoured Division, NDF)
    under "Military Forces of Syria", and a query for the army stays exact."""
    ids = sorted({i for n in names for i in match_ids(db, "actor", n)})
    if not ids or not include_children:
        return ids
    return _descendants(db, "actors", ids, stop_kinds=NO_CHILDREN_BELOW)


def place_scope(db, names: list[str]) -> tuple[list[str], list[str]]:
    """(place ids with all their descendants, governorate admin1 values) for a query."""
    ids = sorted({i for n in names for i in match_ids(db, "place", n)})
    admin1 = set()
    if ids:
        admin1 |= {r[0] for r in db.execute(
            "SELECT DISTINCT admin1 FROM places WHERE kind = 'governorate' AND admin1 IS NOT NULL "
            "AND id IN (SELECT value FROM json_each(?))", [json.dumps(ids)]).fetchall()}
    wanted = {key_text(n) for n in names} - {""}
    for (value,) in db.execute("SELECT DISTINCT admin1 FROM incidents WHERE admin1 IS NOT NULL").fetchall():
        if key_text(value) in wanted:
            admin1.add(value)
    return (_descendants(db, "places", ids) if ids else []), sorted(admin1)


def _descendants(db, table: str, ids: list[str], stop_kinds: tuple[str, ...] = ()) -> list[str]:
    """`ids` and every row below them through the parent column (cycle-safe);
    rows of a kind in `stop_kinds` keep their children out."""
    rows = db.execute(
        f"WITH RECURSIVE sub(id) AS (SELECT value FROM json_each(?) "
        f"UNION SELECT t.id FROM {table} t JOIN sub ON t.parent = sub.id "
        f"JOIN {table} p ON p.id = sub.id "
        f"WHERE coalesce(p.kind, '') NOT IN (SELECT value FROM json_each(?))) "
        f"SELECT id FROM sub", [json.dumps(ids), json.dumps(list(stop_kinds))]).fetchall()
    return sorted({r[0] for r in rows})


def drop_unused_adhoc(db) -> None:
    """Forget ad-hoc actors and places no incident refers to any more (after a reindex
    with a richer gazetteer they would only clutter "did you mean")."""
    db.conn.execute("DELETE FROM actors WHERE id LIKE 'adhoc-%' AND id NOT IN "
                    "(SELECT actor_id FROM incident_actors)")
    db.conn.execute("DELETE FROM places WHERE id LIKE 'adhoc-%' AND id NOT IN "
                    "(SELECT place_id FROM incidents WHERE place_id IS NOT NULL)")
