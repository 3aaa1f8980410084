"""Idempotence is over the article, not its bytes (issue 8, item 9): the same article with
a trailing newline, CRLF line endings or a decomposed (NFD) hamza is not stored again;
the stored text stays exactly as first given. Through the installed program."""
import json
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from incidents.store.schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent
EXE = ROOT / ".venv" / "bin" / "incidents"
CMD = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "incidents"]
# written for this test: hamza forms (أ إ ؤ ئ) that NFD decomposes, two lines
ARTICLE = ("أفاد مراسلنا بأن اشتباكات اندلعت بين قوات النظام وفصائل المعارضة في ريف إدلب.\n"
           "وأسفرت الاشتباكات عن مقتل ثلاثة عناصر وإصابة آخرين، بحسب مصادر محلية في المدينة.")
VARIANTS = {"trailing.txt": ARTICLE + "\n\n", "crlf.txt": ARTICLE.replace("\n", "\r\n"),
            "nfd.txt": unicodedata.normalize("NFD", ARTICLE), "spaces.txt": "  \n" + ARTICLE + " \t\n"}


def run(db: Path, *args) -> subprocess.CompletedProcess:
    return subprocess.run(CMD + ["--db", str(db), *args], capture_output=True, text=True, timeout=120,
                          cwd=str(db.parent))


def rows(db: Path) -> list[tuple]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT doc, text FROM documents").fetchall()
    finally:
        conn.close()


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


@pytest.fixture
def first(tmp_path) -> Path:
    assert unicodedata.normalize("NFD", ARTICLE) != ARTICLE
    db = tmp_path / "t.db"
    r = run(db, "ingest", str(write(tmp_path, "a.txt", ARTICLE)))
    assert r.returncode == 0, r.stderr
    return db


def test_the_same_article_in_other_bytes_is_not_stored_again(first, tmp_path):
    paths = [str(write(tmp_path, name, text)) for name, text in VARIANTS.items()]
    r = run(first, "ingest", *paths)
    assert r.returncode == 0, r.stderr
    assert "(0 new, 4 unchanged, 0 failed)" in r.stderr
    assert rows(first) == [("a.txt", ARTICLE)]               # the text as first given


def test_variants_inside_one_run_and_one_corpus_are_one_document(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": n, "text": t}, ensure_ascii=False) + "\n"
                              for n, t in VARIANTS.items()), encoding="utf-8")
    db = tmp_path / "t.db"
    r = run(db, "ingest", str(corpus))
    assert r.returncode == 0 and "(1 new, 3 unchanged, 0 failed)" in r.stderr, r.stderr
    assert rows(db) == [("trailing.txt", VARIANTS["trailing.txt"])]


def test_load_compares_the_content_too(first, tmp_path):
    made = subprocess.run(CMD + ["extract", str(write(tmp_path, "crlf.txt", VARIANTS["crlf.txt"]))],
                          capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    records = tmp_path / "r.jsonl"
    records.write_text(made.stdout, encoding="utf-8")
    r = run(first, "load", str(records))
    assert r.returncode == 0 and "(0 new, 1 unchanged, 0 failed)" in r.stderr, r.stderr


def test_a_store_of_the_previous_schema_gets_content_hashes(first, tmp_path):
    conn = sqlite3.connect(str(first))
    conn.execute("DROP INDEX idx_documents_content")
    conn.execute("ALTER TABLE documents DROP COLUMN content_sha")     # as the schema before stored it
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.commit()
    conn.close()
    r = run(first, "ingest", str(write(tmp_path, "crlf.txt", VARIANTS["crlf.txt"])))
    assert r.returncode == 0 and "(0 new, 1 unchanged, 0 failed)" in r.stderr, r.stderr
    conn = sqlite3.connect(f"file:{first}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT count(*) FROM documents WHERE content_sha IS NULL").fetchone()[0] == 0
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
