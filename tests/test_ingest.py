"""Ingest tests: idempotence, batches that survive interruption, error reporting,
and the `incidents ingest` entry point. The extractor is the fake one of test_store."""
from __future__ import annotations

import io
import json
import sqlite3
import sys

import pytest

import incidents.store.ingest as ingest_mod
from incidents.store.db import open_store
from incidents.store.ingest import ingest_paths, main_ingest
from test_store import TEXT_A, TEXT_B, TEXT_C, extraction_for, fake_gazetteer

EXTRA = [f"خبر رقم {n} عن الميادين." for n in range(4)]   # extra documents, no incidents


def write_docs(folder, texts):
    folder.mkdir(parents=True, exist_ok=True)
    for n, text in enumerate(texts):
        (folder / f"{n:03d}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def fake(monkeypatch):
    """Make main_ingest and ingest_paths use the fake gazetteer and extractor."""
    monkeypatch.setattr(ingest_mod, "_default_gazetteer", fake_gazetteer)
    monkeypatch.setattr(ingest_mod, "_default_extractor", lambda: extraction_for)


def integrity(path) -> str:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def test_ingest_folder_then_again_is_idempotent(tmp_path, fake):
    folder = write_docs(tmp_path / "in", [TEXT_A, TEXT_B, TEXT_C])
    s = open_store(str(tmp_path / "db.sqlite"))
    first = ingest_paths(s, [str(folder)], progress=False)
    assert (first.new, first.unchanged, first.failed, first.incidents, first.quotes) == (3, 0, 0, 4, 1)
    counts = s.counts()
    export = list(s.export_incidents())
    second = ingest_paths(s, [str(folder)], progress=False)
    assert (second.new, second.unchanged, second.failed, second.incidents) == (0, 3, 0, 0)
    assert s.counts() == counts == {"documents": 3, "incidents": 4, "quotes": 1}
    assert list(s.export_incidents()) == export               # ids stable
    assert {r["sources"][0]["doc"] for r in export} == {"000.txt", "001.txt", "002.txt"}
    s.close()


def test_same_text_twice_in_one_run_counts_once(tmp_path, fake):
    folder = write_docs(tmp_path / "in", [TEXT_A, TEXT_A])
    s = open_store(str(tmp_path / "db.sqlite"))
    summary = ingest_paths(s, [str(folder)])
    assert (summary.new, summary.unchanged) == (1, 1)
    assert s.counts()["incidents"] == 1


def test_interrupted_batch_keeps_earlier_batches(tmp_path, fake, monkeypatch):
    texts = [TEXT_A, TEXT_B, TEXT_C] + EXTRA             # 7 documents, batches of 2
    folder = write_docs(tmp_path / "in", texts)
    path = str(tmp_path / "db.sqlite")
    s = open_store(path)
    real_save = ingest_mod.save_document
    calls = []

    def dying_save(db, document, sha, extraction):
        calls.append(document.meta.doc)
        if len(calls) == 4:                  # second document of the second batch
            raise KeyboardInterrupt
        return real_save(db, document, sha, extraction)

    monkeypatch.setattr(ingest_mod, "save_document", dying_save)
    with pytest.raises(KeyboardInterrupt):
        ingest_paths(s, [str(folder)], batch_size=2)
    assert s.counts()["documents"] == 2                  # batch 1 kept, batch 2 rolled back whole
    assert not s.db.conn.in_transaction
    s.close()
    assert integrity(path) == "ok"
    monkeypatch.setattr(ingest_mod, "save_document", real_save)
    s = open_store(path)
    summary = ingest_paths(s, [str(folder)], batch_size=2)
    assert (summary.new, summary.unchanged) == (5, 2)
    assert s.counts() == {"documents": 7, "incidents": 4, "quotes": 1}
    s.close()


def test_one_broken_save_fails_alone(tmp_path, fake, monkeypatch, capsys):
    folder = write_docs(tmp_path / "in", [TEXT_A, TEXT_B, TEXT_C])
    s = open_store(str(tmp_path / "db.sqlite"))
    real_save = ingest_mod.save_document

    def picky_save(db, document, sha, extraction):
        if document.meta.doc == "001.txt":
            with db.atomic():             # fail half-way through writing the document
                db.conn.execute("INSERT INTO documents (sha256, doc, text, ingested_at) VALUES ('x', 'x', 'x', 'x')")
                raise RuntimeError("boom")
        return real_save(db, document, sha, extraction)

    monkeypatch.setattr(ingest_mod, "save_document", picky_save)
    summary = ingest_paths(s, [str(folder)])
    assert (summary.new, summary.failed) == (2, 1)
    assert summary.errors == [f"{folder / '001.txt'}: could not save: boom"]
    assert capsys.readouterr().err.strip() == summary.errors[0]
    assert s.counts() == {"documents": 2, "incidents": 2, "quotes": 1}


def test_existing_data_survives_failed_ingest(tmp_path, fake, monkeypatch, capsys):
    path = str(tmp_path / "db.sqlite")
    assert main_ingest(path, [str(write_docs(tmp_path / "one", [TEXT_A, TEXT_B]))]) == 0
    before = list(open_store(path).export_incidents())

    def broken(text, meta, gazetteer=None):
        raise ValueError("extractor crashed")

    monkeypatch.setattr(ingest_mod, "_default_extractor", lambda: broken)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe broken")
    code = main_ingest(path, [str(write_docs(tmp_path / "two", [TEXT_C])), str(bad)])
    err = capsys.readouterr().err
    assert code == 1
    assert "002" not in err and "000.txt: extraction failed: extractor crashed" in err
    assert f"{bad}: not UTF-8" in err
    assert "(0 new, 0 unchanged, 2 failed)" in err
    s = open_store(path)
    assert list(s.export_incidents()) == before
    assert s.counts()["documents"] == 2
    assert integrity(path) == "ok"


def test_main_ingest_summary_line(tmp_path, fake, capsys):
    folder = write_docs(tmp_path / "in", [TEXT_A, TEXT_B, TEXT_C])
    path = tmp_path / "out" / "db.sqlite"
    assert main_ingest(str(path), [str(folder)]) == 0
    err = capsys.readouterr().err.strip().split("\n")
    assert err == [f"ingested 3 documents (3 new, 0 unchanged, 0 failed): 4 incidents, 1 quote → {path} "
                   "(the store holds 4 incidents)"]
    assert main_ingest(str(path), [str(folder)]) == 0
    assert "(0 new, 3 unchanged, 0 failed): 0 incidents" in capsys.readouterr().err


def test_main_ingest_bad_database_paths(tmp_path, fake, capsys):
    folder = write_docs(tmp_path / "in", [TEXT_A])
    junk = tmp_path / "junk.db"
    junk.write_text("hello, not a database\n" * 50)
    assert main_ingest(str(junk), [str(folder)]) == 1
    assert capsys.readouterr().err.strip() == f"error: {junk}: not an SQLite database"
    assert main_ingest(str(tmp_path), [str(folder)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {tmp_path}: ") and "Traceback" not in err
    assert main_ingest(str(tmp_path / "x.db"), []) == 1


def test_main_ingest_interrupted_exit_code(tmp_path, fake, monkeypatch, capsys):
    def interrupted(text, meta, gazetteer=None):
        raise KeyboardInterrupt

    monkeypatch.setattr(ingest_mod, "_default_extractor", lambda: interrupted)
    assert main_ingest(str(tmp_path / "db"), [str(write_docs(tmp_path / "in", [TEXT_A]))]) == 130
    assert "interrupted" in capsys.readouterr().err


def test_ingest_stdin_corpus(tmp_path, fake, monkeypatch):
    lines = [json.dumps({"id": "east_01", "text": TEXT_A, "outlet": "Some Outlet", "published": "2022-04-16"},
                        ensure_ascii=False),
             json.dumps({"text": TEXT_B}, ensure_ascii=False)]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("\n".join(lines).encode())))
    s = open_store(str(tmp_path / "db"))
    summary = ingest_paths(s, ["-"])
    assert summary.new == 2
    docs = {r["sources"][0]["doc"]: r["sources"][0]["outlet"] for r in s.export_incidents()}
    assert docs == {"east_01": "Some Outlet", "stdin:2": None}
    row = s.db.execute("SELECT published, published_source FROM documents WHERE doc = 'east_01'").fetchone()
    assert row == ("2022-04-16", "metadata")


def test_progress_bar_path_runs(tmp_path, fake):
    s = open_store(str(tmp_path / "db"))
    summary = ingest_paths(s, [str(write_docs(tmp_path / "in", [TEXT_A, TEXT_C]))], progress=True)
    assert summary.new == 2


def test_real_extractor_roundtrip(tmp_path):
    """With the lead's extractor and gazetteer: idempotent, contract-shaped, and every
    stored actor and place is found again by its Arabic name."""
    pytest.importorskip("incidents.extract.pipeline")
    from incidents.query.model import Query
    from test_store import CONTRACT_TYPES
    texts = [TEXT_A, TEXT_B, TEXT_C,
             "دير الزور – خاص\nقتل ثلاثة عناصر من قوات النظام السوري، أمس الإثنين 3 نيسان/ أبريل 2023، "
             "بهجوم لمسلحين مجهولين على حاجز في مدينة الميادين بريف دير الزور الشرقي، بحسب مصادر محلية."]
    folder = write_docs(tmp_path / "in", texts)
    s = open_store(str(tmp_path / "db"))
    first = ingest_paths(s, [str(folder)])
    assert (first.new, first.failed) == (4, 0)
    rows = list(s.export_incidents())
    assert first.incidents == len(rows) and first.quotes == s.counts()["quotes"]
    second = ingest_paths(s, [str(folder)])
    assert (second.new, second.unchanged) == (0, 4) and list(s.export_incidents()) == rows
    for row in rows:
        assert all(isinstance(row[k], t) for k, t in CONTRACT_TYPES.items())
        for a in row["actors"]:
            assert row["id"] in {i["id"] for i in s.find_incidents(Query(actors=[a["name_ar"] or a["name"]]))}
        if row["location"]:
            name = row["location"]["name_ar"] or row["location"]["name"]
            assert row["id"] in {i["id"] for i in s.find_incidents(Query(places=[name]))}
    other = open_store(str(tmp_path / "db2"))
    ingest_paths(other, [str(folder)])
    assert [r["id"] for r in other.export_incidents()] == [r["id"] for r in rows]   # stable ids


def test_the_summary_line_says_what_the_store_holds_once_reports_merge(tmp_path, capsys):
    """Two outlets' reports of one bombing are two incident reports and one incident: the line
    gives both, so the analyst is not left wondering where an incident went."""
    from test_merge import DOCS, write_jsonl
    corpus = write_jsonl(tmp_path / "two.jsonl", DOCS[:2])
    path = tmp_path / "db.sqlite"
    assert main_ingest(str(path), [corpus], workers=1) == 0
    err = capsys.readouterr().err.strip()
    assert err.startswith("ingested 2 documents (2 new, 0 unchanged, 0 failed): 2 incidents, ")
    assert err.endswith(f"→ {path} (the store holds 1 incident)")



def test_the_shell_ingest_command_says_what_the_store_holds_too(tmp_path):
    """The shell's `ingest` and the command line's give the same count of the store."""
    from incidents.shell.session import Session
    from test_merge import DOCS, write_jsonl
    corpus = write_jsonl(tmp_path / "two.jsonl", DOCS[:2])
    out = io.StringIO()
    s = Session(str(tmp_path / "db.sqlite"), out=out)
    try:
        s.execute(f"ingest {corpus}")
    finally:
        s.close()
    line = out.getvalue().strip()
    assert line.startswith("2 new, 0 unchanged, 0 failed; 2 incidents, ") and line.endswith(
        " (the store holds 1 incident)"), line
