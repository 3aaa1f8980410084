"""The SQLite schema of the incident store, and how an older store is brought up to date.

Tables mirror extract.model; offsets are kept so every row can be traced to the
words of its document. PRAGMA user_version records the schema version.
"""
from __future__ import annotations

SCHEMA_VERSION = 13       # 2: folded text + trigram FTS for `search` (store.search)
                          # 3: composite indexes for listings at scale (SCALE_INDEXES)
                          # 4: reports merged into incidents, analyst corrections (store.merge)
                          # 5: quotes by report (a merge re-points its quotes without a scan)
                          # 6: quotes in document order (`quotes` streams without a full sort)
                          # 7: actors by side (`dyads` joins the two sides from one index)
                          # 8: documents.content_sha, what re-ingest compares (store.save.content_sha256)
                          # 9: report_roads, the two towns a report's road joins (store.merge blocking)
                          # 10: dyad counts kept on write by triggers (store.dyads)
                          # 11: incidents.date_text, the words that dated it (shown when no year resolves them)
                          # 12: word FTS re-indexes a row only when its indexed columns change (narrow_fts_triggers)
                          # 13: the order index holds place and governorate (a listing tests them from the index)

TABLES = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE IF NOT EXISTS documents (
    sha256 TEXT PRIMARY KEY,
    doc TEXT NOT NULL,
    outlet TEXT,
    title TEXT,
    url TEXT,
    published TEXT,
    published_source TEXT,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS actors (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_ar TEXT,
    kind TEXT,
    affiliation TEXT,
    parent TEXT
);
CREATE TABLE IF NOT EXISTS places (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_ar TEXT,
    kind TEXT,
    admin1 TEXT,
    lat REAL,
    lon REAL,
    parent TEXT
);
CREATE TABLE IF NOT EXISTS actor_names (
    actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    PRIMARY KEY (actor_id, key)
);
CREATE TABLE IF NOT EXISTS place_names (
    place_id TEXT NOT NULL REFERENCES places(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    PRIMARY KEY (place_id, key)
);
CREATE TABLE IF NOT EXISTS incidents (
    id TEXT PRIMARY KEY,
    document TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
    event_type TEXT,
    sub_event_type TEXT,
    date TEXT,
    date_precision TEXT,
    date_inferred INTEGER NOT NULL DEFAULT 0,
    date_text TEXT,
    killed INTEGER,
    injured INTEGER,
    casualties_combined INTEGER,
    background INTEGER NOT NULL DEFAULT 0,
    place_id TEXT REFERENCES places(id),
    location_name TEXT,
    location_name_ar TEXT,
    admin1 TEXT,
    lat REAL,
    lon REAL,
    location_mention TEXT,
    location_start INTEGER,
    location_end INTEGER,
    geo_precision INTEGER,
    corroboration INTEGER,
    corrected TEXT
);
CREATE TABLE IF NOT EXISTS incident_actors (
    incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL REFERENCES actors(id),
    position INTEGER NOT NULL,
    side INTEGER,
    mention TEXT,
    start INTEGER,
    "end" INTEGER,
    PRIMARY KEY (incident_id, position)
);
CREATE TABLE IF NOT EXISTS citations (
    incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    document TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    field TEXT NOT NULL DEFAULT 'event',
    PRIMARY KEY (incident_id, position)
);
CREATE TABLE IF NOT EXISTS quotes (
    id TEXT PRIMARY KEY,
    document TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
    speaker TEXT,
    speaker_kind TEXT,
    text TEXT NOT NULL,
    start INTEGER,
    "end" INTEGER,
    incident_id TEXT REFERENCES incidents(id) ON DELETE SET NULL,
    report TEXT
);
"""

# Version 4: every extracted incident is a report of one document; reports of one
# real-world incident are merged into one row of `incidents` (store.merge), and the
# analyst's corrections are kept apart and applied on top (store.corrections).
REPORTS = """
CREATE TABLE IF NOT EXISTS reports (
    id TEXT PRIMARY KEY,
    document TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
    incident_id TEXT,
    component TEXT,
    event_type TEXT,
    sub_event_type TEXT,
    family TEXT,
    date TEXT,
    day_lo TEXT,
    day_hi TEXT,
    admin1 TEXT,
    place_id TEXT,
    background INTEGER NOT NULL DEFAULT 0,
    published TEXT,
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS corrections (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    target TEXT NOT NULL,
    action TEXT NOT NULL,
    field TEXT,
    value TEXT,
    note TEXT,
    at TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0,
    undone_at TEXT
);
CREATE TABLE IF NOT EXISTS report_roads (
    report TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    place_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_reports_place ON reports(family, place_id, day_lo);
CREATE INDEX IF NOT EXISTS idx_report_roads_place ON report_roads(place_id);
CREATE INDEX IF NOT EXISTS idx_report_roads_report ON report_roads(report);
CREATE INDEX IF NOT EXISTS idx_reports_incident ON reports(incident_id);
CREATE INDEX IF NOT EXISTS idx_reports_component ON reports(component);
CREATE INDEX IF NOT EXISTS idx_reports_document ON reports(document);
CREATE INDEX IF NOT EXISTS idx_quotes_report ON quotes(report);
CREATE INDEX IF NOT EXISTS idx_corrections_target ON corrections(target);
"""
NEW_COLUMNS = {"incidents": {"corroboration": "INTEGER", "corrected": "TEXT"}, "quotes": {"report": "TEXT"}}

INDEXES = """
CREATE INDEX IF NOT EXISTS idx_documents_doc ON documents(doc);
CREATE INDEX IF NOT EXISTS idx_incidents_document ON incidents(document);
CREATE INDEX IF NOT EXISTS idx_incidents_date ON incidents(date);
CREATE INDEX IF NOT EXISTS idx_citations_incident ON citations(incident_id);
CREATE INDEX IF NOT EXISTS idx_citations_document ON citations(document);
CREATE INDEX IF NOT EXISTS idx_quotes_incident ON quotes(incident_id);
CREATE INDEX IF NOT EXISTS idx_quotes_document ON quotes(document);
CREATE INDEX IF NOT EXISTS idx_places_parent ON places(parent);
CREATE INDEX IF NOT EXISTS idx_actors_parent ON actors(parent);
CREATE INDEX IF NOT EXISTS idx_actor_names_key ON actor_names(key);
CREATE INDEX IF NOT EXISTS idx_place_names_key ON place_names(key);
"""
UNFOLDED_INDEX = ("CREATE INDEX IF NOT EXISTS idx_{t}_unfolded ON {t}(text_folded) "     # store.search._unfolded
                  "WHERE text_folded IS NULL")

# Version 3: what a listing on a million incidents needs (store.read). The order index
# leads with exactly the terms of store.read.ORDER, so a listing (with or without a date
# range) reads in order and its first screen needs no sort of every match; since version
# 13 it also holds place_id and admin1, so a wide place clause is tested on the index
# entries read in order, not on a table row fetched for each (`actor NDF where Al-Hasakeh
# between 2023 2024` read 125,000 rows of a million-incident store for 3,400); actor ->
# incident and place/governorate -> date are covering; `search` finds the texts still
# to fold through a partial index instead of reading every article.
SCALE_INDEXES = """
DROP INDEX IF EXISTS idx_incidents_place;
DROP INDEX IF EXISTS idx_incidents_admin1;
DROP INDEX IF EXISTS idx_incident_actors_actor;
DROP INDEX IF EXISTS idx_incident_actors_incident;
DROP INDEX IF EXISTS idx_incidents_order;
CREATE INDEX IF NOT EXISTS idx_incidents_order_at ON incidents(date IS NULL, date, id, place_id, admin1);
CREATE INDEX IF NOT EXISTS idx_incidents_place_date ON incidents(place_id, date);
CREATE INDEX IF NOT EXISTS idx_incidents_admin1_date ON incidents(admin1, date);
CREATE INDEX IF NOT EXISTS idx_incident_actors_actor_incident ON incident_actors(actor_id, incident_id);
CREATE INDEX IF NOT EXISTS idx_documents_unfolded ON documents(sha256) WHERE text_folded IS NULL;
CREATE INDEX IF NOT EXISTS idx_quotes_unfolded ON quotes(id) WHERE text_folded IS NULL;
CREATE INDEX IF NOT EXISTS idx_quotes_document_start ON quotes(document, start, id);
CREATE INDEX IF NOT EXISTS idx_incident_actors_side ON incident_actors(side, incident_id, actor_id);
"""

FTS = {"documents": ["text", "title"], "quotes": ["text", "speaker"]}

# Version 2: `search` matches spelling-normalised text (extract.normalise.fold), so
# documents and quotes carry a text_folded column, indexed by an external-content
# trigram FTS5 table (substring matching also finds words with attached و ب ل ال).
# The triggers are plain SQL so any connection may write rows. Ingest writes
# text_folded with the row (store.save, same transaction); a row without it (an
# older store, a changed text) is folded on the fly by search and filled by the next
# ingest (store.search.fill_folded): a search itself never writes.
FOLDED = ("documents", "quotes")
FOLD_TRIGGERS = (     # an FTS5 'delete' of a row that was never indexed corrupts it: NULLs are skipped
    "CREATE TRIGGER IF NOT EXISTS {t}_fold_ai AFTER INSERT ON {t} BEGIN "
    "INSERT INTO {t}_fold_fts (rowid, text_folded) SELECT new.rowid, new.text_folded "
    "WHERE new.text_folded IS NOT NULL; END",
    "CREATE TRIGGER IF NOT EXISTS {t}_fold_ad AFTER DELETE ON {t} BEGIN "
    "INSERT INTO {t}_fold_fts ({t}_fold_fts, rowid, text_folded) SELECT 'delete', old.rowid, old.text_folded "
    "WHERE old.text_folded IS NOT NULL; END",
    "CREATE TRIGGER IF NOT EXISTS {t}_fold_au AFTER UPDATE ON {t} WHEN old.text_folded IS NOT new.text_folded BEGIN "
    "INSERT INTO {t}_fold_fts ({t}_fold_fts, rowid, text_folded) SELECT 'delete', old.rowid, old.text_folded "
    "WHERE old.text_folded IS NOT NULL; "
    "INSERT INTO {t}_fold_fts (rowid, text_folded) SELECT new.rowid, new.text_folded "
    "WHERE new.text_folded IS NOT NULL; END",
    # a changed text is folded again on the next search
    "CREATE TRIGGER IF NOT EXISTS {t}_fold_stale AFTER UPDATE OF text ON {t} WHEN old.text IS NOT new.text BEGIN "
    "UPDATE {t} SET text_folded = NULL WHERE rowid = new.rowid; END",
)


def narrow_fts_triggers(db) -> None:
    """Schema 12: sqlite-utils' update trigger re-indexes a row's words on an UPDATE of any
    column, so linking each new quote to its incident (store.materialize) deleted and
    re-inserted its FTS row (0.5 CPU s of a 1,000-document ingest). The trigger fires only
    when a column the index holds changes; the index stays the same."""
    for table, columns in FTS.items():
        cols = ", ".join(f'"{c}"' for c in columns)
        old = ", ".join(f'old."{c}"' for c in columns)
        new = ", ".join(f'new."{c}"' for c in columns)
        db.execute(f'DROP TRIGGER IF EXISTS "{table}_au"')
        db.execute(f'CREATE TRIGGER "{table}_au" AFTER UPDATE OF {cols} ON "{table}" BEGIN '
                   f'INSERT INTO "{table}_fts" ("{table}_fts", rowid, {cols}) VALUES (\'delete\', old.rowid, {old}); '
                   f'INSERT INTO "{table}_fts" (rowid, {cols}) VALUES (new.rowid, {new}); END')


def _trigram_ok() -> bool:
    """SQLite >= 3.34 has the trigram tokenizer; older ones fall back to words."""
    import sqlite3
    return sqlite3.sqlite_version_info >= (3, 34, 0)


def add_folded_search(db) -> None:
    """Schema 2: text_folded columns, their FTS5 tables and triggers; existing rows
    are folded now so a migrated store searches completely at once."""
    tokenizer = "trigram" if _trigram_ok() else "unicode61 remove_diacritics 2"
    for t in FOLDED:
        columns = {r[1] for r in db.execute(f"PRAGMA table_info({t})").fetchall()}
        if "text_folded" not in columns:
            db.execute(f"ALTER TABLE {t} ADD COLUMN text_folded TEXT")
        db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {t}_fold_fts USING fts5(text_folded, "
                   f"content='{t}', content_rowid='rowid', tokenize='{tokenizer}')")
        for sql in FOLD_TRIGGERS + (UNFOLDED_INDEX,):
            db.execute(sql.format(t=t))
    from incidents.store.search import fill_folded
    fill_folded(db)


def add_reports(db) -> None:
    """Schema 4: the reports and corrections tables; a store of older versions has its
    incidents turned into reports and merged."""
    for table, columns in NEW_COLUMNS.items():
        have = {r[1] for r in db.execute(f"PRAGMA table_info({table})").fetchall()}
        for name, kind in columns.items():
            if name not in have:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")
    for sql in _statements(REPORTS):
        db.execute(sql)
    from incidents.store.save import reports_from_incidents
    reports_from_incidents(db)


def add_content_hash(db) -> None:
    """Schema 8: documents.content_sha (the sha256 of the normalised text) and its index;
    the documents of an older store get theirs now."""
    from incidents.store.save import content_sha256
    if "content_sha" not in {r[1] for r in db.execute("PRAGMA table_info(documents)").fetchall()}:
        db.execute("ALTER TABLE documents ADD COLUMN content_sha TEXT")
    db.execute("CREATE INDEX IF NOT EXISTS idx_documents_content ON documents(content_sha)")
    while rows := db.execute("SELECT rowid, text FROM documents WHERE content_sha IS NULL LIMIT 500").fetchall():
        db.conn.executemany("UPDATE documents SET content_sha = ? WHERE rowid = ?",
                            [(content_sha256(text), rowid) for rowid, text in rows])


def add_date_text(db) -> None:
    """Schema 11: incidents.date_text, the words its date was read from ("الخميس 17 أيلول"), so
    `show` keeps the day and month when no year resolves them. An older store's incidents take
    the first date citation they already keep (citations.field); it runs before add_reports,
    whose merge writes the column."""
    if "date_text" in {r[1] for r in db.execute("PRAGMA table_info(incidents)").fetchall()}:
        return
    db.execute("ALTER TABLE incidents ADD COLUMN date_text TEXT")
    db.execute("UPDATE incidents SET date_text = (SELECT trim(c.text) FROM citations c WHERE c.incident_id = incidents.id "
               "AND c.field = 'date' ORDER BY c.position LIMIT 1)")


def _analyze_new_indexes(db) -> None:
    """A store analysed before (a large ingest) gets statistics for the indexes this version
    made, so the planner does not guess at them (idx_incidents_order_at, version 13)."""
    from incidents.store.ingest import ANALYSIS_LIMIT
    if not db["sqlite_stat1"].exists():
        return
    have = {r[0] for r in db.execute("SELECT DISTINCT idx FROM sqlite_stat1")}
    missing = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
               if r[0] not in have]
    if missing:
        db.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
        for name in missing:
            db.execute(f'ANALYZE "{name}"')


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def _current(db) -> bool:
    """Whether `db` is at this program's schema (raises on a newer one)."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise RuntimeError(f"store has schema version {version}, newer than this program ({SCHEMA_VERSION})")
    return version == SCHEMA_VERSION and db["incidents"].exists()


def create_schema(db) -> None:
    """Create or update the schema of `db` (a sqlite_utils.Database) in one transaction."""
    from incidents.store.db import immediate
    if _current(db):
        return
    with immediate(db):          # the write lock first: two first runs at once take turns
        if _current(db):
            return
        for sql in _statements(TABLES) + _statements(INDEXES):
            db.execute(sql)
        for table, columns in FTS.items():
            if not db[f"{table}_fts"].exists():
                db[table].enable_fts(columns, create_triggers=True)
        narrow_fts_triggers(db)
        add_folded_search(db)
        for sql in _statements(SCALE_INDEXES):
            db.execute(sql)
        add_date_text(db)
        add_reports(db)
        add_content_hash(db)
        from incidents.store.dyads import install
        install(db)
        _analyze_new_indexes(db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                   [str(SCHEMA_VERSION)])
