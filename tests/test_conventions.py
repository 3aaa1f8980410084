"""Habits of the terminal tools analysts know: --version, tables/schema, stats in any
format, a closed pipe is no error, Ctrl-C exits 130, counts read right."""
import json
import os
import signal
import subprocess
import time

from test_commands_browse import run
from test_repl import _exe


def _env(tmp_path):
    env = dict(os.environ, HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_STATE_HOME=str(tmp_path / "state"))
    env.pop("INCIDENTS_DB", None)
    return env


def test_version(tmp_path):
    from incidents import __version__
    r = subprocess.run(_exe() + ["--version"], capture_output=True, text=True, env=_env(tmp_path), timeout=60)
    assert r.returncode == 0 and r.stdout.strip() == f"incidents {__version__}"


def test_tables_schema_and_stats_formats(seed_store):
    ok, out, _, _ = run(seed_store, "tables", fmt="json")
    tables = {r["table"]: r["rows"] for r in json.loads(out)}
    assert ok and tables["incidents"] == seed_store.counts()["incidents"] and "documents" in tables
    ok, out, _, _ = run(seed_store, "schema incidents")
    assert ok and out.startswith("CREATE TABLE incidents") and out.rstrip().endswith(";")
    ok, _, err, _ = run(seed_store, "schema nosuch")
    assert not ok and err == "error: no table 'nosuch'; try tables\n"
    ok, out, _, _ = run(seed_store, "stats", fmt="json")
    assert ok and json.loads(out) == {"store": seed_store.path, **seed_store.counts()}
    ok, out, _, _ = run(seed_store, "stats", fmt="csv")
    assert ok and out.splitlines()[0] == "store,documents,incidents,quotes"


def test_messages_count_right(tmp_path):
    from test_commands_browse import make_store
    store = make_store(tmp_path)
    try:
        store.db.conn.execute("DELETE FROM documents WHERE sha256 = 'sha-b'")
        store.db.conn.commit()
        ok, out, _, _ = run(store, "stats")
        assert ok and ": 1 document, " in out
        ok, out, _, _ = run(store, "sources")
        assert out.rstrip().endswith("1 document")
    finally:
        store.close()


def test_a_closed_pipe_ends_quietly_with_exit_0(seed_store, tmp_path):
    lines = "; ".join(["search"] * 8)           # more than a pipe buffer holds
    p = subprocess.Popen(_exe() + ["--db", seed_store.path, "--format", "jsonl", "-c", lines],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(tmp_path))
    first = p.stdout.readline()
    p.stdout.close()                            # `| head -1`
    err = p.stderr.read()
    assert p.wait(timeout=60) == 0, err
    assert json.loads(first)["id"] and err == b""


def test_ctrl_c_exits_130(seed_store, tmp_path):
    # Ctrl-C as from a terminal: a suite run as a background job (`land.sh &`) has SIGINT
    # ignored, the child would inherit that and never see the signal
    p = subprocess.Popen(_exe() + ["--db", seed_store.path], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=_env(tmp_path),
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    p.stdin.write(b"stats\n")
    p.stdin.flush()
    assert b"documents" in p.stdout.readline()  # running, now waiting for the next line
    time.sleep(0.2)
    p.send_signal(signal.SIGINT)
    assert p.wait(timeout=60) == 130
    assert b"interrupted" in p.stderr.read()
