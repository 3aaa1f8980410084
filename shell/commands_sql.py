"""Raw SQL against the store (read-only).

`sql` is the escape hatch for questions the commands do not ask. It runs on a separate
connection opened with mode=ro and PRAGMA query_only, so SQLite itself refuses any
write, whatever the statement looks like; we never try to judge the SQL text.
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
    from urllib.parse import quote
    if not path or path == ":memory:" or not os.path.exists(path):
        raise CommandError("sql needs a store file (not an in-memory store)")
    conn = sqlite3.connect(f"file:{quote(os.path.abspath(path))}?mode=ro", uri=True)
    conn.execute("PRAGMA query_only = ON")
    return conn


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
