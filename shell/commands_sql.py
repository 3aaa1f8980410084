"""Raw SQL against the store (read-only).

`sql` is the escape hatch for questions the commands do not ask. It runs on a separate
connection (store.db.readonly_connection: mode=ro, PRAGMA query_only, no attached
databases), so SQLite itself refuses any write and any new file (ATTACH, VACUUM INTO),
whatever the statement looks like; we never try to judge the SQL text.
"""
from __future__ import annotations

import os
import re

from incidents.query.parser import Command
from incidents.shell.registry import CommandError, command
from incidents.shell.results import plural, show_rows


def readonly_connection(path: str):
    """A new sqlite3 connection to the store file that cannot write."""
    import sqlite3

    from incidents.store.db import _reason
    from incidents.store.db import readonly_connection as connect
    if not path or path == ":memory:" or not os.path.exists(path):
        raise CommandError("sql needs a store file (not an in-memory store)")
    try:
        return connect(path)
    except sqlite3.Error as e:
        raise CommandError(f"sql: {path}: {_reason(path, e)}") from None


def run_sql(path: str, sql: str) -> tuple[list[str], list[dict]]:
    """(column names, rows) of a statement run read-only; errors are one-line CommandErrors."""
    import sqlite3
    conn = readonly_connection(path)
    try:
        cur = conn.execute(sql)
        names: list[str] = []
        for d in cur.description or []:
            name, n = d[0], 2
            while name in names:
                name, n = f"{d[0]}_{n}", n + 1
            names.append(name)
        rows = [dict(zip(names, r)) for r in cur.fetchall()]
        return names, rows
    except sqlite3.Error as e:
        msg = " ".join(str(e).split())
        if "readonly" in msg or "read-only" in msg or "query_only" in msg:
            raise CommandError(f"read-only: {msg}") from None
        if "not authorized" in msg or "authorization denied" in msg or "attached databases" in msg:
            raise CommandError("read-only: sql cannot attach or create database files "
                               "(ATTACH, VACUUM INTO)") from None
        raise CommandError(f"sql: {msg}") from None
    finally:
        conn.rollback()
        conn.close()


@command("sql", usage="SELECT ...", summary="run read-only SQL against the store",
         help="sql SELECT count(*) FROM incidents\n"
              "sql SELECT a.name, count(*) n FROM incident_actors ia JOIN actors a ON a.id = ia.actor_id "
              "GROUP BY a.name ORDER BY n DESC LIMIT 10\n"
              "The connection is read-only (SQLite refuses writes). Tables: documents, incidents, "
              "incident_actors, citations, quotes, actors, places, actor_names, place_names.")
def cmd_sql(session, cmd: Command) -> None:
    sql = re.sub(r"^\s*\S+", "", cmd.line or "", count=1).strip()
    if not sql:
        raise CommandError("sql needs a statement, e.g. sql SELECT count(*) FROM incidents")
    path = getattr(session.store, "path", None) or session.db_path
    names, rows = run_sql(path, sql)
    show_rows(session, rows, names, empty="no rows", footer=plural(len(rows), "row"), kind="sql")


@command("tables", summary="the store's tables and how many rows each holds (like sqlite3's .tables)")
def cmd_tables(session, cmd: Command) -> None:
    if cmd.args:
        raise CommandError(f"unexpected '{cmd.args[0]}'; e.g. tables")
    path = getattr(session.store, "path", None) or session.db_path
    _, tables = run_sql(path, "SELECT name FROM sqlite_master WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite_%' ORDER BY name")
    conn = readonly_connection(path)
    try:       # names come from sqlite_master itself, quoted as identifiers
        rows = [{"table": t["name"], "rows": conn.execute(
            'SELECT count(*) FROM "' + t["name"].replace('"', '""') + '"').fetchone()[0]} for t in tables]
    finally:
        conn.close()
    show_rows(session, rows, ["table", "rows"], empty="no tables", footer=plural(len(rows), "table"), kind="sql")


@command("schema", usage="[TABLE]", summary="the CREATE statements of the store (like sqlite3's .schema)",
         help="schema\nschema incidents")
def cmd_schema(session, cmd: Command) -> None:
    path = getattr(session.store, "path", None) or session.db_path
    sql = "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
    params: list = []
    if cmd.args:
        sql += " AND (name = ? OR tbl_name = ?)"
        params = [cmd.args[0], cmd.args[0]]
    conn = readonly_connection(path)
    try:
        # a table's CREATE TABLE first, then its indexes and triggers (store.dyads puts triggers on incidents)
        found = conn.execute(sql + " ORDER BY tbl_name, CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 "
                             "ELSE 2 END, name", params).fetchall()
    finally:
        conn.close()
    if not found:
        raise CommandError(f"no table '{cmd.args[0]}'; try tables" if cmd.args else "the store has no schema")
    if session.fmt == "table":
        session.out.write("".join(f"{statement};\n" for _, statement in found))
    else:
        show_rows(session, [{"name": n, "sql": q} for n, q in found], ["name", "sql"], empty="", kind="sql")
