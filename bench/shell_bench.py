"""How fast the shell feels: time to a ready prompt, `incidents -c help`, and one
typical combined query through the library next to the same SQL in the sqlite3 shell.

Prints a small table; no asserts (numbers depend on the machine). Usage:

    .venv/bin/python bench/shell_bench.py [--db STORE]    # default: a temp store of the seeds

The library query does more than the SQL below: it resolves names with a substring
fallback, checks unknown names, and builds contract dicts in Python. QUERY_SQL is the
SQL equivalent of the exact-key path (the same conditions store.read builds), with
actors and citations joined in, so the comparison shows what the Python layer costs.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchenv import incidents_command, seed_paths

PROMPT = "incidents>"          # prompt_toolkit may redraw the trailing space separately
QUERY_LINE = "actor NDF where Al-Hasakeh between 2023 2024"
ACTOR_KEY, PLACE_KEY = "ndf", "deir ez zor"      # extract.normalise.key_text of NDF / Deir-ez-Zor
QUERY_SQL = """
WITH RECURSIVE
  a0(id) AS (SELECT actor_id FROM actor_names WHERE key = 'ndf'),
  a(id) AS (SELECT id FROM a0 UNION SELECT t.id FROM actors t JOIN a ON t.parent = a.id
            JOIN actors p ON p.id = a.id WHERE coalesce(p.kind, '') NOT IN ('state_force', 'foreign_state')),
  p0(id) AS (SELECT place_id FROM place_names WHERE key = 'al hasakeh'),
  p(id) AS (SELECT id FROM p0 UNION SELECT t.id FROM places t JOIN p ON t.parent = p.id),
  g(admin1) AS (SELECT DISTINCT admin1 FROM places WHERE kind = 'governorate' AND id IN (SELECT id FROM p0))
SELECT i.id, i.date, i.event_type, i.sub_event_type, i.location_name, i.admin1, i.killed, i.injured,
  (SELECT group_concat(x.name, ' & ') FROM incident_actors ia JOIN actors x ON x.id = ia.actor_id
    WHERE ia.incident_id = i.id) AS actors,
  (SELECT group_concat(d.doc || ':' || c.start || '-' || c."end", '; ') FROM citations c
    JOIN documents d ON d.sha256 = c.document WHERE c.incident_id = i.id) AS sources
FROM incidents i
WHERE i.id IN (SELECT incident_id FROM incident_actors WHERE actor_id IN (SELECT id FROM a))
  AND (i.place_id IN (SELECT id FROM p) OR i.admin1 IN (SELECT admin1 FROM g))
  AND i.date IS NOT NULL AND i.date >= '2023' AND i.date <= '2024~'
ORDER BY i.date IS NULL, i.date, i.id;
""".strip()


def _env(db_dir: str) -> dict:
    env = dict(os.environ, TERM="xterm", COLUMNS="120", LINES="40", HOME=db_dir,
               XDG_STATE_HOME=os.path.join(db_dir, "state"), XDG_DATA_HOME=os.path.join(db_dir, "data"))
    env.pop("INCIDENTS_DB", None)
    return env


def _exe() -> list[str]:
    return incidents_command()


def time_prompt(db: str, runs: int = 5) -> list[float]:
    """Seconds from spawning `incidents --db DB` in a pty until the prompt text shows."""
    try:
        import pexpect
    except ImportError:
        sys.exit("shell_bench.py needs pexpect: .venv/bin/pip install -e '.[test]'")
    cmd = _exe()
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        child = pexpect.spawn(cmd[0], cmd[1:] + ["--db", db], env=_env(os.path.dirname(db)),
                              encoding="utf-8", dimensions=(40, 120), timeout=60)
        child.expect_exact(PROMPT)
        out.append(time.perf_counter() - t)
        child.sendline("quit")
        child.expect(pexpect.EOF)
        child.close()
    return out


def time_help(db: str, runs: int = 5) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(_exe() + ["--db", db, "-c", "help"], capture_output=True, env=_env(os.path.dirname(db)),
                       check=True)
        out.append(time.perf_counter() - t)
    return out


def time_library(db: str, runs: int = 20) -> tuple[list[float], int]:
    from incidents.query.parser import parse
    from incidents.store.db import open_store
    store = open_store(db)
    q = parse(QUERY_LINE).query
    store.find_incidents(q)                      # warm the page cache once
    out, n = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        n = len(store.find_incidents(q))
        out.append(time.perf_counter() - t)
    store.close()
    return out, n


def time_sqlite_cli(db: str, runs: int = 20) -> tuple[list[float], list[float], int, str]:
    """(process wall times, sqlite's own `.timer` real times, rows, label)."""
    import re
    cli = shutil.which("sqlite3")
    if cli is None:
        return [], [], 0, "sqlite3 CLI missing"
    walls, reals, rows = [], [], 0
    script = ".timer on\n" + QUERY_SQL + "\n"
    for _ in range(runs):
        t = time.perf_counter()
        p = subprocess.run([cli, "-readonly", db], input=script, capture_output=True, text=True, check=True)
        walls.append(time.perf_counter() - t)
        m = re.search(r"Run Time: real ([\d.]+)", p.stdout)
        if m:
            reals.append(float(m.group(1)))
        rows = sum(1 for line in p.stdout.splitlines() if line and not line.startswith("Run Time"))
    return walls, reals, rows, f"sqlite3 CLI {subprocess.run([cli, '--version'], capture_output=True, text=True).stdout.split()[0]}"


def time_python_sqlite(db: str, runs: int = 20) -> tuple[list[float], int]:
    import sqlite3
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    out, n = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        n = len(conn.execute(QUERY_SQL).fetchall())
        out.append(time.perf_counter() - t)
    conn.close()
    return out, n


def _ms(xs: list[float]) -> str:
    return f"{statistics.median(xs) * 1000:8.2f} ms" if xs else "     n/a"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="an existing store (default: a temp store of the seed articles)")
    args = ap.parse_args()
    tmp = None
    if args.db:
        db = os.path.abspath(args.db)
    else:
        from incidents.store.db import open_store
        from incidents.store.ingest import ingest_paths
        tmp = tempfile.mkdtemp(prefix="shell-bench-")
        db = os.path.join(tmp, "bench.db")
        store = open_store(db)
        ingest_paths(store, seed_paths(), progress=False)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
    from incidents.extract.normalise import key_text
    if (key_text("NDF"), key_text("Deir-ez-Zor")) != (ACTOR_KEY, PLACE_KEY):
        print("warning: the normaliser's keys changed; QUERY_SQL no longer matches the library query")
    from incidents.store.db import open_store
    s = open_store(db)
    counts = s.counts()
    s.close()
    print(f"store: {db} ({counts['documents']} documents, {counts['incidents']} incidents)")
    print(f"query: {QUERY_LINE}\n")
    rows = [("ready prompt (pty, median of 5)", _ms(time_prompt(db)), ""),
            ("incidents -c help (median of 5)", _ms(time_help(db)), "")]
    lib, n = time_library(db)
    rows.append(("Store.find_incidents (median of 20)", _ms(lib), f"{n} incidents"))
    walls, reals, m, label = time_sqlite_cli(db)
    if walls:
        rows.append((f"{label}: process incl. start (median of 20)", _ms(walls), f"{m} rows"))
        rows.append((f"{label}: .timer real (median of 20)", _ms(reals), ""))
    else:
        print("note: the sqlite3 command-line shell is not installed (apt-get install sqlite3); "
              "the SQL below ran through Python's sqlite3 module instead")
    py, k = time_python_sqlite(db)
    rows.append(("same SQL via Python sqlite3 (median of 20)", _ms(py), f"{k} rows"))
    width = max(len(r[0]) for r in rows)
    for name, t, note in rows:
        print(f"{name:<{width}}  {t}  {note}")
    print("\nQUERY_SQL:\n" + QUERY_SQL)
    if tmp:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
