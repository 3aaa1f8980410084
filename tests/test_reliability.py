"""Nothing lost: what a session reports as stored is in the file after it ends (issue 8).

Every test here goes through the installed `incidents` program, piped and in a
pseudo-terminal, against a store of its own.
"""
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pty_shell import env_for, pty_shell

ROOT = Path(__file__).resolve().parent.parent
EXE = ROOT / ".venv" / "bin" / "incidents"
CMD = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "incidents"]


def run(db: Path, *args, stdin: str = "", timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run(CMD + ["--db", str(db), *args], input=stdin, capture_output=True, text=True,
                          env=env_for(db.parent), timeout=timeout, cwd=str(db.parent))


def write_corpus(path: Path, n: int, tag: str = "") -> Path:
    """n short articles written for these tests (each text different, no incident in
    them, so extraction and merging stay cheap)."""
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            text = f"نشرت الصحيفة {tag} تقريراً عن الطقس في اليوم {i}، وقال الكاتب إن الأمطار كانت غزيرة."
            fh.write(json.dumps({"id": f"t{tag}{i}", "text": text}, ensure_ascii=False) + "\n")
    return path


def documents_in(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def seeds_db(seed_store, tmp_path_factory):
    """The five seed articles, from the suite's one seed store (conftest: ingested once per
    run, not once per file); tests get copies of this file."""
    seed_store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db = tmp_path_factory.mktemp("seeds") / "t.db"
    shutil.copyfile(seed_store.path, db)
    return db


@pytest.fixture
def store(seeds_db, tmp_path):
    """A store of its own holding the five seed articles."""
    db = tmp_path / "t.db"
    shutil.copyfile(seeds_db, db)
    assert documents_in(db) == 5
    return db


def test_searching_twice_then_ingesting_keeps_the_ingest_piped(store):
    corpus = write_corpus(store.parent / "c.jsonl", 12)
    r = run(store, stdin=f"search الدفاع\nsearch الدفاع\ningest {corpus}\nstats\nquit\n")
    assert r.returncode == 0, r.stderr
    assert "17 documents" in r.stdout
    assert documents_in(store) == 17          # what the session said is in the file


def test_searching_twice_then_ingesting_keeps_the_ingest_in_a_pty(store):
    corpus = write_corpus(store.parent / "c.jsonl", 12)
    with pty_shell(store, env_for(store.parent)) as child:
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
    assert child.exitstatus == 0
    assert documents_in(store) == 17


# -- reads never write (item 2) ---------------------------------------------------

def test_search_runs_while_another_process_holds_the_write_lock(store):
    writer = sqlite3.connect(str(store), isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")          # another ingest in the middle of a batch
        r = run(store, "-c", "search الدفاع", timeout=60)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert r.returncode == 0, r.stderr
    assert " hits in " in r.stdout


def test_ingest_writes_the_folded_copy_with_the_document(store):
    conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        missing = conn.execute("SELECT (SELECT count(*) FROM documents WHERE text_folded IS NULL) + "
                               "(SELECT count(*) FROM quotes WHERE text_folded IS NULL)").fetchone()[0]
    finally:
        conn.close()
    assert missing == 0


def test_search_finds_texts_stored_without_a_folded_copy_and_never_writes(store):
    conn = sqlite3.connect(str(store))
    conn.execute("UPDATE documents SET text_folded = NULL")     # as an older version stored them
    conn.commit()
    conn.close()
    before = store.read_bytes()
    r = run(store, "-c", "search الدفاع")
    assert r.returncode == 0, r.stderr and " hits in " in r.stdout
    conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    assert conn.execute("SELECT count(*) FROM documents WHERE text_folded IS NULL").fetchone()[0] == 5
    conn.close()
    assert store.read_bytes() == before


@pytest.fixture
def readonly_store(store, tmp_path):
    """The seed store seen through a read-only mount (root: a read-only bind mount;
    others: a folder and file without write permission, which SQLite treats alike)."""
    view = tmp_path / "ro"
    view.mkdir()
    if os.geteuid() == 0:
        bind = subprocess.run(["mount", "--bind", str(store.parent), str(view)], capture_output=True)
        if bind.returncode != 0:
            pytest.skip("cannot make a read-only mount here")
        subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], check=True)
        try:
            yield view / store.name
        finally:
            subprocess.run(["umount", str(view)], check=True)
    else:
        os.rmdir(view)
        store.chmod(0o444)
        store.parent.chmod(0o555)
        try:
            yield store
        finally:
            store.parent.chmod(0o755)
            store.chmod(0o644)


def test_a_read_only_store_answers_queries_and_refuses_writes(readonly_store, tmp_path):
    db = readonly_store
    assert not os.access(db, os.W_OK)
    r = run(db, "-c", "stats; search الدفاع")           # one process: both commands, as -c runs them
    assert r.returncode == 0, r.stderr
    assert "5 documents" in r.stdout and " hits in " in r.stdout
    r = run(db, stdin="actor NDF\nsearch الدفاع\n")
    assert r.returncode == 0 and "[1]" in r.stdout and " hits in " in r.stdout, r.stderr
    corpus = write_corpus(tmp_path / "c.jsonl", 3)
    r = run(db, "ingest", str(corpus))
    assert r.returncode == 1
    assert r.stderr.strip() == f"error: {db}: the store is read-only (its file or folder cannot be written): " \
                               "reading works, writes are impossible"
    r = run(db, stdin=f"ingest {corpus}\nstats\n")
    assert r.returncode == 1 and "writes are impossible" in r.stderr and "5 documents" in r.stdout
    assert "Error" not in r.stderr and "Traceback" not in r.stderr


def test_sql_cannot_create_files(store):
    for i, statement in enumerate([f"ATTACH DATABASE '{store.parent}/a.db' AS x",
                                   f"VACUUM INTO '{store.parent}/v.db'"]):
        r = run(store, "-c", f"sql {statement}")
        assert r.returncode == 1
        assert r.stderr.startswith("error: read-only:"), r.stderr
        assert "Error" not in r.stderr
    assert not (store.parent / "a.db").exists() and not (store.parent / "v.db").exists()
    r = run(store, "-c", "sql SELECT count(*) AS n FROM documents")
    assert r.returncode == 0 and "5" in r.stdout


# -- writers wait for each other (item 3) -----------------------------------------

def popen(db: Path, *args, stdin=subprocess.DEVNULL) -> subprocess.Popen:
    return subprocess.Popen(CMD + ["--db", str(db), *args], stdin=stdin, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env_for(db.parent), cwd=str(db.parent))


def test_two_ingests_and_a_searching_shell_at_once_store_each_document_once(store):
    corpus = write_corpus(store.parent / "c.jsonl", 120)
    shell = popen(store, stdin=subprocess.PIPE)
    first, second = popen(store, "ingest", str(corpus)), popen(store, "ingest", str(corpus))
    out, err = shell.communicate("search الدفاع\n" * 6 + "stats\n", timeout=300)
    results = [p.communicate(timeout=300) for p in (first, second)]
    assert shell.returncode == 0, err
    for p, (_, perr) in zip((first, second), results):
        assert p.returncode == 0, perr
        assert "0 failed" in perr and "UNIQUE" not in perr
    news = sorted(int(perr.split("(")[1].split(" new")[0]) for _, perr in results)
    assert sum(news) == 120                    # between them, each document once
    conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT count(*), count(DISTINCT sha256) FROM documents").fetchone() == (125, 125)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_kill_9_during_an_ingest_keeps_every_committed_batch(store):
    import signal
    import time
    corpus = write_corpus(store.parent / "c.jsonl", 400, tag="k")
    p = popen(store, "ingest", str(corpus))
    deadline = time.monotonic() + 120
    while documents_in(store) < 55 and p.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    p.send_signal(signal.SIGKILL)
    p.communicate()
    conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kept = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    assert (kept - 5) % 50 == 0 and 55 <= kept < 405     # whole batches, the seeds untouched
    r = run(store, "ingest", str(corpus))
    assert r.returncode == 0, r.stderr
    assert documents_in(store) == 405
