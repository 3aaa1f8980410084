"""Nothing lost: what a session reports as stored is in the file after it ends (issue 8).

Every test here goes through the installed `incidents` program, piped and in a
pseudo-terminal, against a store of its own.
"""
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXE = ROOT / ".venv" / "bin" / "incidents"
CMD = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "incidents"]


def env_for(folder: Path) -> dict:
    e = dict(os.environ, COLUMNS="160", HOME=str(folder), XDG_DATA_HOME=str(folder / "data"),
             XDG_STATE_HOME=str(folder / "state"), XDG_CONFIG_HOME=str(folder / "config"),
             PAGER="cat", PROMPT_TOOLKIT_NO_CPR="1")
    e.pop("INCIDENTS_DB", None)
    return e


def run(db: Path, *args, stdin: str = "", timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run(CMD + ["--db", str(db), *args], input=stdin, capture_output=True, text=True,
                          env=env_for(db.parent), timeout=timeout, cwd=str(db.parent))


def write_corpus(path: Path, n: int, tag: str = "") -> Path:
    """n short articles written for these tests (each text different)."""
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            text = (f"دير الزور - قال مراسلنا إن اشتباكات اندلعت بين الدفاع الوطني وميليشيا القاطرجي "
                    f"في بلدة صبيخان، وأسفرت عن مقتل {i % 7 + 2} عناصر {tag} في اليوم {i}.")
            fh.write(json.dumps({"id": f"t{tag}{i}", "text": text}, ensure_ascii=False) + "\n")
    return path


def documents_in(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def store(tmp_path):
    """A store holding the five seed articles (by `incidents ingest`)."""
    db = tmp_path / "t.db"
    r = run(db, "ingest", str(ROOT / "seeds"))
    assert r.returncode == 0, r.stderr
    assert documents_in(db) == 5
    return db


def test_searching_twice_then_ingesting_keeps_the_ingest_piped(store):
    corpus = write_corpus(store.parent / "c.jsonl", 12)
    r = run(store, stdin=f"search الدفاع\nsearch الدفاع\ningest {corpus}\nstats\nquit\n")
    assert r.returncode == 0, r.stderr
    assert "17 documents" in r.stdout
    assert documents_in(store) == 17          # what the session said is in the file


def test_searching_twice_then_ingesting_keeps_the_ingest_in_a_pty(store):
    pexpect = pytest.importorskip("pexpect")
    corpus = write_corpus(store.parent / "c.jsonl", 12)
    child = pexpect.spawn(CMD[0], CMD[1:] + ["--db", str(store)], env=env_for(store.parent),
                          encoding="utf-8", timeout=60, dimensions=(40, 160), cwd=str(store.parent))
    try:
        child.expect("incidents>")
        for _ in range(2):
            child.sendline("search الدفاع")
            child.expect(r"\d+ hits?")
            child.expect("incidents>")
        child.sendline(f"ingest {corpus}")
        child.expect("12 new")
        child.expect("incidents>")
        child.sendline("stats")
        child.expect("17 documents")
        child.expect("incidents>")
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
    assert documents_in(store) == 17
