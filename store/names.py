"""Actors and places in the store: loading the gazetteer, ad-hoc entries, and name
lookup in either script through extract.normalise.key_text keys.

A name matches by exact key first (an attached و ب ل may be folded off, as in
articles); only when nothing matches exactly does the substring fallback run (the
name inside a key, or a key as whole words inside the name).
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache

from incidents.extract.normalise import fold, key_text, word_forms

ACTOR_COLUMNS = ("id", "name", "name_ar", "kind", "affiliation", "parent")
PLACE_COLUMNS = ("id", "name", "name_ar", "kind", "admin1", "lat", "lon", "parent")
NO_CHILDREN_BELOW = ("state_force", "foreign_state")   # see actor_ids
TOWN_KINDS = ("city", "town", "village", "neighbourhood")   # what "Idleb city" may mean
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


CONTEXT_VERSION = "context_version"     # meta key: bumped whenever actors or places change


def bump_context_version(db) -> str:
    """Mark the actors and places as changed, so store.merge.context() reads them again
    (one key looked up per settle instead of two counts over the whole tables); the new value."""
    return db.conn.execute("INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT(key) DO UPDATE "
                           "SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) RETURNING value",
                           [CONTEXT_VERSION]).fetchone()[0]


def _upsert(db, kind: str, records: list[dict]) -> None:
    """Insert or update records (gazetteer shape) and replace their name keys."""
    bump_context_version(db)
    _write(db, kind, records)


def _insert_new(db, kind: str, record: dict) -> None:
    """Insert one record the store lacks (ensure_actor, ensure_place): a cached merge Context
    takes it in place instead of reading every actor and place again."""
    from incidents.store.merge_context import context_added
    key = bump_context_version(db)
    _write(db, kind, [record])
    context_added(db, kind, record, key)


def _write(db, kind: str, records: list[dict]) -> None:
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
        _insert_new(db, "actor", {"id": actor_id, "name": ref.name or ref.name_ar or ref.mention,
                                  "name_ar": ref.name_ar, "kind": ref.kind,
                                  "affiliation": ref.affiliation, "parent": None})
    return actor_id


def ensure_place(db, ref) -> str:
    """Id of the place of a PlaceRef, inserting it when the store lacks it."""
    place_id = ref.place_id or adhoc_id(ref.name, ref.name_ar)
    if db.conn.execute("SELECT 1 FROM places WHERE id = ?", [place_id]).fetchone() is None:
        _insert_new(db, "place", {"id": place_id, "name": ref.name or ref.name_ar or ref.mention,
                                  "name_ar": ref.name_ar, "kind": None, "admin1": ref.admin1,
                                  "lat": ref.lat, "lon": ref.lon, "parent": None})
    return place_id


def _exact(db, names_table: str, fk: str, k: str) -> list[str]:
    rows = db.execute(f"SELECT DISTINCT {fk} FROM {names_table} WHERE key = ? ORDER BY {fk}", [k]).fetchall()
    return [r[0] for r in rows]


def _exact_or_clitic(db, names_table: str, fk: str, k: str) -> list[str]:
    """Exact key, else the key with an attached و ب ل … taken off its first word
    (`وقسد`, `بالحسكة`), as names are matched in articles."""
    ids = _exact(db, names_table, fk, k)
    if ids:
        return ids
    first, _, rest = k.partition(" ")
    forms = [f"{form} {rest}".strip() for form in word_forms(first)[1:]]
    if first.isascii():      # Hasakeh / Al-Hasakeh: the article on or off
        articles = _name_words()["articles_en"]
        forms += [rest] if first in articles and rest else [f"{a} {k}" for a in sorted(articles)]
    for form in forms:
        ids = _exact(db, names_table, fk, form)
        if ids:
            return ids
    return []


def match_ids(db, kind: str, name: str) -> list[str]:
    """Ids whose names match `name`: exact key (an attached particle may be folded
    off), else substring fallback (best first). A place name that is also its
    governorate's name means the governorate unless a city word picks the city
    (see `place_ids`)."""
    if kind == "place":
        return place_ids(db, name)
    return _match(db, kind, key_text(name or ""))


def _match(db, kind: str, k: str) -> list[str]:
    _, names_table, fk, _ = KINDS[kind]
    if not k:
        return []
    ids = _exact_or_clitic(db, names_table, fk, k)
    if ids:
        return ids
    rows = db.execute(
        f"SELECT {fk}, min(abs(length(key) - length(:k))) AS d FROM {names_table} "
        f"WHERE instr(key, :k) > 0 "
        f"   OR (length(key) >= :min AND instr(' ' || :k || ' ', ' ' || key || ' ') > 0) "
        f"GROUP BY {fk} ORDER BY d, {fk}", {"k": k, "min": MIN_REVERSE_KEY}).fetchall()
    return [r[0] for r in rows]


@lru_cache(maxsize=1)
def _name_words() -> dict[str, frozenset[str]]:
    """Folded words of a typed name that are not the name (extract/data/name_words.json)."""
    from incidents.extract.gazetteer import DATA
    data = json.loads((DATA / "name_words.json").read_text(encoding="utf-8"))
    return {part: frozenset(key_text(w) for w in data[part]) for part in ("city", "governorate", "articles_en")}


def _pick(k: str) -> tuple[str, str | None]:
    """(the name's key without a pick word, 'city' | 'governorate' | None)."""
    words = k.split()
    if len(words) > 1:
        for pick in ("city", "governorate"):
            vocab = _name_words()[pick]
            for at in (0, -1):
                if words[at] in vocab:
                    return " ".join(words[1:] if at == 0 else words[:-1]), pick
    return k, None


def _governorate_of(db, ids: list[str], namesake_only: bool) -> dict[str, str]:
    """{place id: its governorate's id} for the non-governorates among `ids`; with
    `namesake_only`, only places that share a name with their governorate (Idleb
    city and Idleb governorate, Deir-ez-Zor city and governorate)."""
    same_name = ("AND EXISTS (SELECT 1 FROM place_names a JOIN place_names b ON a.key = b.key "
                 "WHERE a.place_id = c.id AND b.place_id = g.id)") if namesake_only else ""
    rows = db.execute(
        "SELECT c.id, g.id FROM places c JOIN places g ON g.kind = 'governorate' AND g.admin1 = c.admin1 "
        "WHERE c.id IN (SELECT value FROM json_each(?)) AND coalesce(c.kind, '') != 'governorate' "
        f"{same_name}", [json.dumps(ids)]).fetchall()
    return dict(rows)


def _kinds(db, ids: list[str]) -> dict[str, str]:
    return dict(db.execute("SELECT id, kind FROM places WHERE id IN (SELECT value FROM json_each(?))",
                           [json.dumps(ids)]).fetchall())


def place_ids(db, name: str) -> list[str]:
    """Places a query's name means. Every spelling the gazetteer knows resolves the
    same way: a city that bears its governorate's name (`Idlib`, `إدلب`, `Deir Ezzor`)
    means the governorate; `Idleb city` / `مدينة إدلب` picks the city, `محافظة X` the
    governorate."""
    k = key_text(name or "")
    ids = _exact(db, "place_names", "place_id", k)
    bare, pick = _pick(k)
    if pick or not ids:
        ids = _match(db, "place", bare if pick else k)
    if not ids:
        return []
    # an ad-hoc place (a name extraction met without the gazetteer) that bears a known
    # place's name does not widen it: 'Ar-Raqqa' and 'Raqqa' give the same scope
    ids = [i for i in ids if not i.startswith("adhoc-")] or ids
    kinds = _kinds(db, ids)
    if pick == "city":
        towns = [i for i in ids if kinds.get(i) in TOWN_KINDS]
        return towns or [i for i in ids if kinds.get(i) != "governorate"] or ids
    govs = _governorate_of(db, ids, namesake_only=pick != "governorate")
    if pick == "governorate":
        chosen = [i for i in ids if kinds.get(i) == "governorate"] or sorted(set(govs.values()))
        return chosen or ids
    return sorted({govs.get(i, i) for i in ids})


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


# the distinct governorates of the incidents, one index seek each (a skip scan) rather
# than reading the admin1 index of every incident
DISTINCT_ADMIN1 = (
    "WITH RECURSIVE a(v) AS (SELECT min(admin1) FROM incidents WHERE admin1 IS NOT NULL "
    "UNION ALL SELECT (SELECT min(admin1) FROM incidents WHERE admin1 > a.v) FROM a WHERE a.v IS NOT NULL) "
    "SELECT v FROM a WHERE v IS NOT NULL")


def place_scope(db, names: list[str]) -> tuple[list[str], list[str]]:
    """(place ids with all their descendants, governorate admin1 values) for a query."""
    ids = sorted({i for n in names for i in match_ids(db, "place", n)})
    admin1 = set()
    if ids:
        admin1 |= {r[0] for r in db.execute(
            "SELECT DISTINCT admin1 FROM places WHERE kind = 'governorate' AND admin1 IS NOT NULL "
            "AND id IN (SELECT value FROM json_each(?))", [json.dumps(ids)]).fetchall()}
    wanted = {key_text(n) for n in names} - {""}
    for (value,) in db.execute(DISTINCT_ADMIN1).fetchall():
        if key_text(value) in wanted:
            admin1.add(value)
    return (_descendants(db, "places", ids) if ids else []), sorted(admin1)


def explain(db, actors: list[str], places: list[str]) -> list[str]:
    """One phrase per name saying what it resolved to:
    'where Idlib → Idleb governorate (412 places)', 'actor قسد → Syrian Democratic Forces (+3 sub-units)'."""
    out = []
    for clause, kind, names in (("actor", "actor", actors), ("where", "place", places)):
        for name in names:
            ids = match_ids(db, kind, name)
            if not ids:
                continue
            rows = _rows(db, kind, ids)
            if kind == "place":
                what = " + ".join(f"{r['name']} {r['kind'] or 'place'}" if r["kind"] == "governorate"
                                  else f"{r['name']} ({r['kind'] or 'place'}, {r['admin1'] or '?'})"
                                  for r in rows[:3])
                n = len(_descendants(db, "places", ids))
                extra = f" ({n} places)" if n > 1 else ""
            else:
                what = " + ".join(r["name"] for r in rows[:3])
                n = len(actor_ids(db, [name])) - len(ids)
                extra = f" (+{n} sub-unit{'s' if n != 1 else ''})" if n > 0 else ""
            more = f" + {len(rows) - 3} more" if len(rows) > 3 else ""
            out.append(f"{clause} {name} → {what}{more}{extra}")
    return out


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
    bump_context_version(db)
