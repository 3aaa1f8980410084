"""Raw SQL against the store (read-only) and writing results to files (`export FILE`).

`sql` is the escape hatch for questions the commands do not ask. It runs on a separate
connection opened with mode=ro and PRAGMA query_only, so SQLite itself refuses any
write, whatever the statement looks like; we never try to judge the SQL text.
`export FILE` writes what the user just looked at (or the clauses' incidents) in a
format chosen by the file name, including ACLED's CSV layout.
"""
from __future__ import annotations

import os
import re
from typing import Optional

from incidents.query.parser import Command
from incidents.shell.registry import CommandError, command

EXPORT_FORMATS = ("csv", "tsv", "json", "jsonl", "md", "acled")


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
    from incidents.shell.commands_browse import show_rows
    show_rows(session, rows, names, empty="no rows",
              footer=f"{len(rows)} row{'s' if len(rows) != 1 else ''}", kind="sql")


# -- export FILE -----------------------------------------------------------------
def _format_for(path: str, forced: Optional[str]) -> str:
    if forced:
        if forced not in EXPORT_FORMATS:
            raise CommandError(f"unknown export format '{forced}'; choose one of {', '.join(EXPORT_FORMATS)}")
        return forced
    low = path.lower()
    if low.endswith(".acled.csv"):
        return "acled"
    ext = os.path.splitext(low)[1].lstrip(".")
    if ext in EXPORT_FORMATS:
        return ext
    raise CommandError(f"export needs incidents or quotes, or a file ending .csv .tsv .json .jsonl .md "
                       f".acled.csv (or --format FORMAT); got '{path}'")


def parse_export_args(args: list[str]) -> tuple[str, Optional[str]]:
    """(FILE, --format value or None) from `export FILE [--format F]`."""
    path, forced, rest = None, None, list(args)
    while rest:
        a = rest.pop(0)
        if a.startswith("--format"):
            forced = a.split("=", 1)[1] if "=" in a else (rest.pop(0) if rest else "")
            if not forced:
                raise CommandError("--format needs a value, e.g. export out.csv --format acled")
            forced = forced.lower()
        elif path is None:
            path = a
        else:
            raise CommandError(f"unexpected '{a}'; e.g. export results.csv actor NDF")
    if not path:
        raise CommandError("export needs a file, e.g. export results.csv")
    return os.path.expanduser(path), forced


def _plain(v):
    return v.plain if hasattr(v, "plain") and not isinstance(v, str) else v


def export_file(session, cmd: Command) -> None:
    """`export FILE [--format F] [CLAUSES]`: the clauses' incidents, else the last
    result shown, else every incident, written to FILE."""
    path, forced = parse_export_args(cmd.args)
    fmt = _format_for(path, forced)
    q = cmd.query
    last = getattr(session, "last_result", None)
    if not q.is_empty() or q.limit is not None:
        from incidents.shell.commands import find
        kind, rows, columns = "incidents", find(session, q), []
    elif last:
        kind, rows, columns = last["kind"], last["rows"], last["columns"]
    else:
        kind, rows, columns = "incidents", list(session.store.export_incidents()), []
    if fmt == "acled" and kind != "incidents":
        raise CommandError(f"the last result is {kind}, not incidents; ACLED needs incidents "
                           f"(e.g. export {os.path.basename(path)} actor NDF)")
    rows = [{k: _plain(v) for k, v in r.items()} for r in rows]
    try:
        with open(path, "w", encoding="utf-8", newline="") as out:
            write_export(session, out, fmt, kind, rows, columns)
    except OSError as e:
        raise CommandError(f"{path}: {(e.strerror or str(e)).lower()}") from None
    session.err.write(f"wrote {len(rows)} {kind if kind in ('incidents', 'quotes') else 'rows'} "
                      f"to {path} ({fmt})\n")
    session.err.flush()


def write_export(session, out, fmt: str, kind: str, rows: list[dict], columns: list[str]) -> None:
    from incidents.render import rows as R
    from incidents.render.formats import to_json, write_jsonl
    if fmt == "json":
        out.write(to_json(rows if kind == "incidents" else [{c: r.get(c) for c in columns} for r in rows],
                          indent=2) + "\n")
    elif fmt == "jsonl":
        write_jsonl(rows if kind == "incidents" else ({c: r.get(c) for c in columns} for r in rows), out)
    elif fmt == "acled":
        from incidents.render.acled import COLUMNS, actor_info, acled_rows
        R.write_csv(acled_rows(rows, actor_info(session.store.db)), COLUMNS, out)
    elif kind == "incidents":
        from incidents.render.formats import COLUMNS, _flat, write_md
        if fmt == "md":
            write_md(rows, out)
        else:
            R.write_csv([_flat(i) for i in rows], COLUMNS, out, "," if fmt == "csv" else "\t")
    elif fmt == "md":
        R.write_md(rows, columns, out)
    else:
        R.write_csv(rows, columns, out, "," if fmt == "csv" else "\t")

