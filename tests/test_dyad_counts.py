"""`dyads` without clauses reads counts kept on write (store.dyads): after ingest, merge,
split, edit, retract, undo, reindex and deletes the kept table equals a recount from
incident_actors, and the command shows the same rows as counting every incident."""
from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from incidents.shell.commands_analysis import dyad_rows
from incidents.shell.session import Session
from incidents.store import dyads
from incidents.store.db import open_store
from incidents.store.ingest import ingest_paths, reindex

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "d.db"
    s = open_store(str(p))
    ingest_paths(s, [str(SEEDS)], progress=False)
    s.close()
    return p


def same_as_recount(path) -> dict:
    s = open_store(str(path))
    try:
        kept = dyads.kept(s.db)
        assert kept == dyads.recounted(s.db)
        every = [r[0] for r in s.db.execute("SELECT id FROM incidents")]
        assert dyad_rows(s.db) == dyad_rows(s.db, every)       # the kept table and the full count agree
        return kept
    finally:
        s.close()


def two_sided(path) -> list[tuple[str, str]]:
    """(incident id, document name) of the incidents with an actor on each side."""
    s = open_store(str(path))
    try:
        return s.db.execute(
            "SELECT i.id, d.doc FROM incidents i JOIN documents d ON d.sha256 = i.document WHERE i.id IN "
            "(SELECT incident_id FROM incident_actors WHERE side = 1 INTERSECT "
            " SELECT incident_id FROM incident_actors WHERE side = 2) ORDER BY d.doc, i.id").fetchall()
    finally:
        s.close()


def shell(path, line: str) -> None:
    s = Session(str(path), out=io.StringIO(), err=io.StringIO())
    assert s.run(line), s.err.getvalue()
    s.close()


def test_kept_counts_equal_a_recount_after_every_kind_of_write(path):
    start = same_as_recount(path)
    sided = two_sided(path)
    assert start and len(sided) >= 3
    (a, _), (b, doc_b), (c, _) = sided[0], next(x for x in sided if x[1] != sided[0][1]), sided[-1]
    steps = [f"edit {a} killed 17", f"merge {a} {b}", f"edit {a} actor 1 الدفاع الوطني",
             f"split {a} {doc_b}", f"retract {c}", "undo", f"edit {a} killed 0", "undo"]
    seen = set()
    for line in steps:
        shell(path, line)
        seen.add(tuple(sorted(same_as_recount(path).items())))
    assert len(seen) > 2                               # the steps did change the counts
    s = open_store(str(path))
    reindex(s, None)
    s.close()
    same_as_recount(path)


def test_kept_counts_follow_writes_made_in_plain_sql(path):
    s = open_store(str(path))
    db = s.db
    try:
        with db.conn:
            db.execute("UPDATE incidents SET killed = coalesce(killed, 0) + 5")
            assert dyads.kept(db) == dyads.recounted(db)
            db.execute("UPDATE incident_actors SET side = 3 - side WHERE side IN (1, 2) AND position = 0")
            assert dyads.kept(db) == dyads.recounted(db)
            db.execute("INSERT INTO incident_actors (incident_id, actor_id, position, side) "
                       "SELECT incident_id, actor_id, 90 + position, side FROM incident_actors")   # the same actors twice
            assert dyads.kept(db) == dyads.recounted(db)
            db.execute("DELETE FROM documents WHERE sha256 = (SELECT min(document) FROM incidents WHERE id IN "
                       "(SELECT incident_id FROM incident_actors WHERE side = 2))")       # cascades to incidents
            assert dyads.kept(db) == dyads.recounted(db)
            db.execute("DELETE FROM incidents")
            assert dyads.kept(db) == {} and db.execute("SELECT count(*) FROM incident_actors").fetchone()[0] == 0
    finally:
        s.close()


def test_a_store_from_before_the_table_gets_it_counted(path):
    con = sqlite3.connect(str(path))
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'dyads_%'"):
        con.execute(f"DROP TRIGGER {name}")
    con.execute("DROP TABLE dyad_counts")
    con.execute("PRAGMA user_version = 9")
    con.commit()
    con.close()
    assert same_as_recount(path)


def test_dyads_without_clauses_reads_only_the_kept_table(path):
    s = open_store(str(path))
    sql: list[str] = []
    s.db.conn.set_trace_callback(sql.append)
    try:
        rows = dyad_rows(s.db)
    finally:
        s.db.conn.set_trace_callback(None)
    assert rows and len(sql) == 1 and "dyad_counts" in sql[0] and "incident_actors" not in sql[0]
    s.close()
