"""The one writer's shortcuts keep the store as it would be without them: the merge Context
taking a new actor or place in place equals one read afresh, a place scope kept equals one
computed again, and the word FTS follows a text's edits but not the links a merge writes."""
import sqlite3

import pytest

from incidents.extract.model import ActorRef, PlaceRef
from incidents.store.db import open_store
from incidents.store.merge_context import Context, _ids_param, context
from incidents.store.names import ensure_actor, ensure_place


@pytest.fixture
def store(tmp_path):
    s = open_store(str(tmp_path / "w.db"))
    from incidents.extract.gazetteer import default_gazetteer
    s.sync_gazetteer(default_gazetteer())
    yield s
    s.close()


def _fields(ctx: Context) -> tuple:
    return ctx.actor_kind, ctx.actor_parent, ctx.place_parent, ctx.place_kind, ctx.children


def test_a_new_actor_and_place_join_the_cached_context_as_a_fresh_read_has_them(store):
    db = store.db
    cached = context(db)
    with db.atomic():
        ensure_actor(db, ActorRef(name="Gunmen of the mill", name_ar="مسلحو الطاحونة", side=1,
                                  mention="مسلحو الطاحونة", kind="militia"))
        ensure_place(db, PlaceRef(name="The old mill", name_ar="الطاحونة القديمة", admin1="Idleb",
                                  lat=35.9, lon=36.6, mention="الطاحونة القديمة"))
    assert context(db) is cached                 # taken in place, not read again
    assert _fields(cached) == _fields(Context(db))


def test_a_context_two_changes_behind_is_read_again(store):
    db = store.db
    cached = context(db)
    from incidents.store.names import bump_context_version
    bump_context_version(db)                     # another writer changed a name
    ensure_actor(db, ActorRef(name="Men of the well", name_ar="رجال البئر", side=1, mention="رجال البئر"))
    again = context(db)
    assert again is not cached and _fields(again) == _fields(Context(db))


def test_a_kept_scope_is_the_scope_computed_again(store):
    ctx = context(store.db)
    for places in [("Idleb",), ("Aleppo", "Idleb"), tuple(sorted(ctx.place_kind)[:3])]:
        want = _ids_param(p for pid in places for p in ctx.place_scope(pid))
        assert ctx.scope_param(places) == want
        assert ctx.scope_param(places) is ctx.scope_param(places)


def _quote_hits(db, word: str) -> int:
    return db.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?", [word]).fetchone()[0]


def test_word_fts_follows_text_edits_not_links(store):
    db = store.db
    with db.atomic():
        db.execute("INSERT INTO documents (sha256, doc, text, ingested_at) VALUES ('s1', 'a.txt', 'نص', '2026-01-01')")
        db.execute("INSERT INTO quotes (id, document, speaker, text, start, \"end\") "
                   "VALUES ('q1', 's1', 'المرصد', 'قصف مدفعي على القرية', 0, 5)")
    sql: list[str] = []
    db.conn.set_trace_callback(sql.append)
    with db.atomic():
        db.execute("UPDATE quotes SET speaker_kind = 'monitor' WHERE id = 'q1'")   # as a merge's link is
    db.conn.set_trace_callback(None)
    assert not any("quotes_fts" in s for s in sql), sql
    assert _quote_hits(db, "مدفعي") == 1
    with db.atomic():
        db.execute("UPDATE quotes SET text = 'غارة جوية على القرية' WHERE id = 'q1'")
    assert _quote_hits(db, "مدفعي") == 0 and _quote_hits(db, "جوية") == 1
    db.execute("INSERT INTO quotes_fts (quotes_fts) VALUES ('integrity-check')")
    db.execute("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')")


def test_a_store_of_schema_11_gets_the_narrow_triggers(tmp_path):
    path = tmp_path / "old.db"
    open_store(str(path)).close()
    con = sqlite3.connect(str(path))
    con.execute('DROP TRIGGER "quotes_au"')
    con.execute('CREATE TRIGGER "quotes_au" AFTER UPDATE ON "quotes" BEGIN '
                'INSERT INTO "quotes_fts" ("quotes_fts", rowid, "text", "speaker") '
                "VALUES('delete', old.rowid, old.\"text\", old.\"speaker\"); "
                'INSERT INTO "quotes_fts" (rowid, "text", "speaker") VALUES (new.rowid, new."text", new."speaker"); END')
    con.execute("PRAGMA user_version = 11")
    con.commit()
    con.close()
    s = open_store(str(path))
    sql = s.db.execute("SELECT sql FROM sqlite_master WHERE name = 'quotes_au'").fetchone()[0]
    s.close()
    assert 'AFTER UPDATE OF "text", "speaker" ON "quotes"' in sql
