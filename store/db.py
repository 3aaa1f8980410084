"""Opening the store: one SQLite file (WAL, foreign keys on) behind a small Store API.

The Store object is what the shell, export and ingest share; the queries live in
store.read and store.names so this module stays the thin entry point.
"""
from __future__ import annotations

import os
import sqlite3
from typing import Iterator


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
    if "locked" in msg:
        return "the database is locked by another process"
    return msg or type(err).__name__


class Store:
    """The incident store. `db` is the sqlite_utils.Database."""

    def __init__(self, db, path: str):
        self.db = db
        self.path = path

    # -- reading -----------------------------------------------------------
    def find_incidents(self, q, include_children: bool = True) -> list[dict]:
        """Incidents matching a query.model.Query, in the contract shape, ordered by
        date (nulls last) then id. Actor names also match the actors whose parent
        is a matched actor (an SDF query finds Asayish) unless include_children=False."""
        from incidents.store.read import find_incidents
        return find_incidents(self.db, q, include_children=include_children)

    def iter_incidents(self, q, include_children: bool = True) -> Iterator[dict]:
        """find_incidents as a generator: rows are built a chunk at a time as read."""
        from incidents.store.read import iter_incidents
        return iter_incidents(self.db, q, include_children=include_children)

    def incident_ids(self, q, include_children: bool = True) -> Iterator[str]:
        """Only the ids of find_incidents, in the same order."""
        from incidents.store.read import iter_incident_ids
        return iter_incident_ids(self.db, q, include_children=include_children)

    def get_incident(self, incident_id: str) -> dict | None:
        from incidents.store.read import get_incident
        return get_incident(self.db, incident_id)

    def export_incidents(self) -> Iterator[dict]:
        from incidents.store.read import export_incidents
        return export_incidents(self.db)

    def export_quotes(self) -> Iterator[dict]:
        from incidents.store.read import export_quotes
        return export_quotes(self.db)

    def resolve_actor(self, name: str) -> list[dict]:
        from incidents.store.names import resolve_actor
        return resolve_actor(self.db, name)

    def resolve_place(self, name: str) -> list[dict]:
        from incidents.store.names import resolve_place
        return resolve_place(self.db, name)

    def explain(self, q) -> list[str]:
        """What each name of a query resolved to, one phrase per name (store.names.explain)."""
        from incidents.store.names import explain
        return explain(self.db, list(q.actors), list(q.places))

    def counts(self) -> dict:
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "incidents", "quotes")}

    # -- writing -----------------------------------------------------------
    def sync_gazetteer(self, gazetteer) -> bool:
        """Upsert the gazetteer's actors and places (skipped when unchanged)."""
        from incidents.store.names import sync_gazetteer
        return sync_gazetteer(self.db, gazetteer)

    def close(self) -> None:
        self.db.close()


def open_store(path: str) -> Store:
    """Open (creating folders, file and schema as needed) the store at `path`.
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
        db = sqlite_utils.Database(path)
        db.execute("PRAGMA foreign_keys = ON")
        with db.ensure_autocommit_on():
            db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA busy_timeout = 5000")
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
