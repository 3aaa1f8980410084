"""Opening the store: one SQLite file (WAL, foreign keys on) behind a small Store API.

The Store object is what the shell, export and ingest share; the queries live in
store.read and store.names so this module stays the thin entry point.
"""
from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from typing import Iterator

WRITE_WAIT_MS = 60_000    # a writer waits this long for another one's transaction to end
# Ingest saves each document in a savepoint of its batch's transaction: SQLite keeps the
# pages a savepoint may roll back in a statement journal, a temporary file by default
# (600,000 pwrite calls for 1,000 documents, a fifth of the writer's CPU in the kernel);
# in memory it is a few MB a batch. The page cache (default 2 MB) is where the indexes'
# B-trees are walked for every report's merge candidates: 16 MB keeps the reads off the
# OS for a store of some thousands of documents, and caps memory flat past that.
WRITER_PRAGMAS = ("PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -16384")


class StoreError(Exception):
    """A store that cannot be opened or written; str() is one line "PATH: reason"."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def _reason(path: str, err: BaseException) -> str:
    """One short reason for an sqlite3 or OS error about the store at `path`."""
    if isinstance(err, OSError) and err.strerror:
        where = f" ({err.filename})" if err.filename and str(err.filename) != path else ""
        return err.strerror.lower() + where
    msg = str(err)
    if os.path.isdir(path):
        return "is a directory, not an SQLite database"
    if "file is not a database" in msg or "not a database" in msg:
        return "not an SQLite database"
    if "unable to open" in msg:
        return "cannot open the database file"
    if "readonly" in msg or "read-only" in msg:
        return "the database is read-only"
    if "locked" in msg or "busy" in msg:
        return "the database is locked by another process"
    if "disk is full" in msg:
        return "the disk is full"
    return msg or "the database reported an error"


@contextmanager
def immediate(db):
    """A write transaction that takes the write lock at BEGIN (BEGIN IMMEDIATE), waiting
    out other writers (busy_timeout) instead of failing when a read inside it would
    have to turn into a write; inside an open transaction, a savepoint of it."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.rollback()
        raise
    db.conn.commit()


READ_ONLY = "the store is read-only (its file or folder cannot be written): reading works, writes are impossible"


def _uri(path: str, query: str) -> str:
    from urllib.parse import quote
    return f"file:{quote(os.path.abspath(path))}?{query}"


def _deny_attach(action, *_args):
    """SQLite authorizer: a reading connection never attaches a file (ATTACH, VACUUM INTO)."""
    return sqlite3.SQLITE_DENY if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH) else sqlite3.SQLITE_OK


def readonly_connection(path: str) -> sqlite3.Connection:
    """A new connection to the store file that can neither write it nor create any file:
    mode=ro and query_only, no attached databases (so ATTACH and VACUUM INTO are
    refused before they touch the disk). A WAL store whose folder cannot hold the -shm
    file is opened immutable. Raises sqlite3.Error."""
    last: sqlite3.Error | None = None
    for query in ("mode=ro", "mode=ro&immutable=1"):
        conn = sqlite3.connect(_uri(path, query), uri=True, check_same_thread=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as e:
            conn.close()
            last = e
            continue
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        conn.set_authorizer(_deny_attach)
        return conn
    assert last is not None
    raise last


def writable(path: str) -> bool:
    """Whether the store at `path` can be written: a new file can be made, or the file
    and its folder (for the -wal and -shm files) are writable (False on a read-only mount)."""
    if path == ":memory:" or not os.path.exists(path):
        return True
    folder = os.path.dirname(os.path.abspath(path))
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK)


def describe(err: BaseException) -> str:
    """What went wrong, in words, for an error line: never the exception's class name."""
    if isinstance(err, sqlite3.Error):
        return _reason("", err)
    if isinstance(err, KeyError) and err.args:
        return f"missing {err.args[0]!r}"
    if isinstance(err, OSError) and err.strerror:
        return _reason("", err)
    if isinstance(err, RecursionError):
        return "nested too deeply"
    if isinstance(err, MemoryError):
        return "out of memory"
    if isinstance(err, UnicodeError):
        return "text that is not valid Unicode (" + str(err).split(": ", 1)[-1] + ")"
    text = " ".join(str(err).split())
    return text or "an internal error"


class Store:
    """The incident store. `db` is the sqlite_utils.Database that writes (ingest, reindex);
    `reader` a second one on a read-only connection that every query runs on, so a
    query never takes the write lock. On a read-only store both are the same
    read-only connection and `readonly` is True."""

    def __init__(self, db, path: str, readonly: bool = False):
        self.db = db
        self.path = path
        self.readonly = readonly
        self._reader = db if readonly or path == ":memory:" else None

    @property
    def reader(self):
        """The read-only sqlite_utils.Database queries use (opened on first use)."""
        if self._reader is None:
            import sqlite_utils
            self._reader = sqlite_utils.Database(readonly_connection(self.path))
        return self._reader

    def require_writable(self) -> None:
        """Raise StoreError (one line) when the store cannot be written."""
        if self.readonly:
            raise StoreError(self.path, READ_ONLY)

    # -- reading -----------------------------------------------------------
    def find_incidents(self, q, include_children: bool = True) -> list[dict]:
        """Incidents matching a query.model.Query, in the contract shape, ordered by
        date (nulls last) then id. Actor names also match the actors whose parent
        is a matched actor (an SDF query finds Asayish) unless include_children=False."""
        from incidents.store.read import find_incidents
        return find_incidents(self.reader, q, include_children=include_children)

    def iter_incidents(self, q, include_children: bool = True) -> Iterator[dict]:
        """find_incidents as a generator: rows are built a chunk at a time as read."""
        from incidents.store.read import iter_incidents
        return iter_incidents(self.db, q, include_children=include_children)

    def count_incidents(self, q, include_children: bool = True) -> int:
        """len(find_incidents(q)) without building a row (store.read.count_incidents)."""
        from incidents.store.read import count_incidents
        return count_incidents(self.reader, q, include_children=include_children)

    def incident_ids(self, q, include_children: bool = True) -> Iterator[str]:
        """Only the ids of find_incidents, in the same order."""
        from incidents.store.read import iter_incident_ids
        return iter_incident_ids(self.db, q, include_children=include_children)

    def get_incident(self, incident_id: str) -> dict | None:
        from incidents.store.read import get_incident
        return get_incident(self.reader, incident_id)

    def export_incidents(self) -> Iterator[dict]:
        from incidents.store.read import export_incidents
        return export_incidents(self.reader)

    def export_quotes(self) -> Iterator[dict]:
        from incidents.store.read import export_quotes
        return export_quotes(self.reader)

    def search(self, phrases: list[str], limit: int = 200):
        """Full-text hits (store.search.search) read on the read-only connection."""
        from incidents.store.search import search
        return search(self.reader, phrases, limit=limit)

    def resolve_actor(self, name: str) -> list[dict]:
        from incidents.store.names import resolve_actor
        return resolve_actor(self.reader, name)

    def resolve_place(self, name: str) -> list[dict]:
        from incidents.store.names import resolve_place
        return resolve_place(self.reader, name)

    def explain(self, q) -> list[str]:
        """What each name of a query resolved to, one phrase per name (store.names.explain)."""
        from incidents.store.names import explain
        return explain(self.reader, list(q.actors), list(q.places))

    def counts(self) -> dict:
        return {t: self.reader.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "incidents", "quotes")}

    # -- writing -----------------------------------------------------------
    def sync_gazetteer(self, gazetteer) -> bool:
        """Before writing documents: upsert the gazetteer's actors and places (skipped
        when unchanged) and fold any stored text still missing its folded copy."""
        from incidents.store.names import sync_gazetteer
        from incidents.store.search import fill_folded
        self.require_writable()
        with immediate(self.db):
            fill_folded(self.db)          # texts an older version stored without their folded copy
            return sync_gazetteer(self.db, gazetteer)

    def close(self) -> None:
        if self._reader is not None and self._reader is not self.db:
            self._reader.close()
        self.db.close()


def _open_readonly(path: str):
    """The store on a read-only file or mount: no schema change is possible, so it must
    already be at this program's schema version."""
    import sqlite_utils
    from incidents.store.schema import SCHEMA_VERSION

    db = sqlite_utils.Database(readonly_connection(path))
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version != SCHEMA_VERSION or not db["incidents"].exists():
        db.close()
        raise StoreError(path, f"the store is read-only and has schema version {version}, "
                               f"not {SCHEMA_VERSION}: it cannot be brought up to date")
    return Store(db, path, readonly=True)


def open_store(path: str) -> Store:
    """Open (creating folders, file and schema as needed) the store at `path`; a store
    that cannot be written is opened read-only (Store.readonly).
    Raises StoreError with a one-line reason instead of sqlite3 errors."""
    import sqlite_utils
    from incidents.store.schema import create_schema

    path = str(path)
    db = None
    try:
        if path != ":memory:":
            parent = os.path.dirname(os.path.abspath(path))
            ancestor = parent
            while not os.path.exists(ancestor) and os.path.dirname(ancestor) != ancestor:
                ancestor = os.path.dirname(ancestor)
            if not os.path.isdir(ancestor):
                raise StoreError(path, f"{ancestor} is not a folder")
            os.makedirs(parent, exist_ok=True)
            if os.path.isdir(path):
                raise StoreError(path, "is a directory, not an SQLite database")
            if not writable(path):
                return _open_readonly(path)
        db = sqlite_utils.Database(path)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA busy_timeout = {WRITE_WAIT_MS}")
        for pragma in WRITER_PRAGMAS:
            db.execute(pragma)
        with db.ensure_autocommit_on():
            db.execute("PRAGMA journal_mode = WAL")
        create_schema(db)
    except StoreError:
        if db is not None:
            db.close()
        raise
    except (sqlite3.Error, OSError, RuntimeError) as e:
        if db is not None:
            db.close()
        raise StoreError(path, _reason(path, e)) from None
    return Store(db, path)
