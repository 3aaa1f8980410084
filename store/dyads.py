"""Dyad counts kept on write: `dyads` without clauses reads a table of a few hundred rows
instead of joining both sides of every incident (2.9 s on 632k incidents).

`dyad_counts` holds, per (side-1 actor, side-2 actor), the incidents that name both and
the killed in them (an incident's killed counted once per pair), exactly what
shell.commands_analysis.dyad_rows counts over the whole store. SQLite triggers keep it
up to date, so every writer (ingest, merge, split, retract, edit, undo, reindex, a
document replaced or deleted) updates it in its own transaction without knowing of it:

- a row of incident_actors inserted, deleted or changed: the pairs of its incident are
  taken out before the change and put back after it (an incident has a few actors);
- an incident deleted: its actors are deleted first, while the incident (and its killed)
  is still there, so each pair leaves once;
- an incident's killed changed: its pairs' killed move by the difference.

Pairs whose count falls to 0 stay as rows of 0 (readers skip them); `rebuild` (reindex,
schema migration) recounts the table from incident_actors.
"""
from __future__ import annotations

TABLE = """
CREATE TABLE IF NOT EXISTS dyad_counts (
    actor_1 TEXT NOT NULL,
    actor_2 TEXT NOT NULL,
    incidents INTEGER NOT NULL DEFAULT 0,
    killed INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (actor_1, actor_2)
) WITHOUT ROWID
"""

# the distinct (side-1, side-2) pairs of one incident {inc}, with its killed
_PAIRS = ("SELECT DISTINCT x.actor_id AS a1, y.actor_id AS a2, "
          "coalesce((SELECT killed FROM incidents WHERE id = {inc}), 0) AS k "
          "FROM incident_actors x JOIN incident_actors y ON y.incident_id = x.incident_id AND y.side = 2 "
          "WHERE x.incident_id = {inc} AND x.side = 1{also}")


def _move(inc: str, sign: str, also: str = "") -> str:
    """Add (sign '+') or take out (sign '-') the pairs of incident `inc` (an SQL expression
    over the trigger's row), when the condition `also` holds."""
    pairs = _PAIRS.format(inc=inc, also=f" AND {also}" if also else "")
    return (f"INSERT INTO dyad_counts (actor_1, actor_2, incidents, killed) "
            f"SELECT a1, a2, {sign}1, {sign}k FROM ({pairs}) WHERE true "
            f"ON CONFLICT (actor_1, actor_2) DO UPDATE SET incidents = incidents + excluded.incidents, "
            f"killed = killed + excluded.killed;")


def _around(name: str, event: str, when: str, *incs: tuple[str, str]) -> tuple[str, str]:
    """A BEFORE trigger taking the pairs of each incident out and an AFTER one putting them back."""
    return tuple(f"CREATE TRIGGER IF NOT EXISTS dyads_{name}_{when_.lower()} {when_} {event} ON incident_actors {when} "
                 f"BEGIN {' '.join(_move(inc, sign, also) for inc, also in incs)} END"
                 for when_, sign in (("BEFORE", "-"), ("AFTER", "+")))


_CHANGED = "new.incident_id IS NOT old.incident_id"
TRIGGERS = (
    *_around("insert", "INSERT", "WHEN new.side IN (1, 2)", ("new.incident_id", "")),
    *_around("delete", "DELETE", "WHEN old.side IN (1, 2)", ("old.incident_id", "")),
    *_around("update", "UPDATE OF incident_id, actor_id, side", "", ("old.incident_id", ""),
             ("new.incident_id", _CHANGED)),
    # the actors go first, while the incident's killed can still be read
    "CREATE TRIGGER IF NOT EXISTS dyads_incident_delete BEFORE DELETE ON incidents "
    "BEGIN DELETE FROM incident_actors WHERE incident_id = old.id; END",
    "CREATE TRIGGER IF NOT EXISTS dyads_incident_killed AFTER UPDATE OF killed ON incidents "
    "WHEN old.killed IS NOT new.killed BEGIN "
    "UPDATE dyad_counts SET killed = killed + coalesce(new.killed, 0) - coalesce(old.killed, 0) "
    "WHERE (actor_1, actor_2) IN (SELECT a1, a2 FROM (" + _PAIRS.format(inc="new.id", also="") + ")); END",
)

# every pair over the whole store: what the triggers keep, counted from scratch
RECOUNT = ("SELECT a1, a2, count(*), sum(k) FROM (SELECT DISTINCT i.id, coalesce(i.killed, 0) AS k, "
           "x.actor_id AS a1, y.actor_id AS a2 FROM incidents i "
           "JOIN incident_actors x ON x.incident_id = i.id AND x.side = 1 "
           "JOIN incident_actors y ON y.incident_id = i.id AND y.side = 2) GROUP BY a1, a2")


def install(db) -> None:
    """Create the table and its triggers (schema 9), and count it from the store."""
    db.execute(TABLE)
    for sql in TRIGGERS:
        db.execute(sql)
    rebuild(db)


def rebuild(db) -> None:
    """Recount dyad_counts from incident_actors (reindex, migration): drops the rows of 0."""
    db.execute("DELETE FROM dyad_counts")
    db.execute(f"INSERT INTO dyad_counts (actor_1, actor_2, incidents, killed) {RECOUNT}")


def kept(db) -> dict[tuple[str, str], tuple[int, int]]:
    """The table as (actor_1, actor_2) -> (incidents, killed), without pairs of 0."""
    return {(a, b): (n, k) for a, b, n, k in db.execute(
        "SELECT actor_1, actor_2, incidents, killed FROM dyad_counts WHERE incidents > 0")}


def recounted(db) -> dict[tuple[str, str], tuple[int, int]]:
    """The same, counted from incident_actors now (what kept() must equal)."""
    return {(a, b): (n, k) for a, b, n, k in db.execute(RECOUNT)}
