"""store.fts_batch: ingest indexes a batch's rows in full text at the batch's end; the
index holds what the insert triggers would have written, and the triggers come back."""
import json

import pytest

from incidents.store.db import immediate, open_store
from incidents.store.fts_batch import CATCH_UP, deferred_fts
from incidents.store.ingest import ingest_paths
from incidents.store.save import save_document, text_sha256

TEXTS = [
    "دمشق - قُتل ثلاثة مدنيين وأصيب خمسة آخرون بقصف مدفعي على بلدة في ريف إدلب الجنوبي. "
    "وقال مدير الدفاع المدني إن \"القصف استهدف سوقاً شعبية\".",
    "الحسكة - اندلعت اشتباكات بين قوات سوريا الديمقراطية ومسلحين في ريف الحسكة، "
    "وقال قيادي في الفصائل إن \"المعارك مستمرة منذ الصباح\".",
    "درعا - انفجرت عبوة ناسفة بسيارة عسكرية على طريق درعا، ما أدى إلى مقتل عنصرين.",
]
WORDS = ["القصف", "اشتباكات", "الحسكة", "عبوة", "المعارك", "قصف", "سوق"]
TABLES = ("documents_fts", "documents_fold_fts", "quotes_fts", "quotes_fold_fts")


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps({"id": f"d{k}", "published": f"2020-03-0{k + 1}", "text": t},
                                       ensure_ascii=False) + "\n" for k, t in enumerate(TEXTS)), encoding="utf-8")
    return path


def _index(store) -> dict:
    """Rows each full-text table finds for each word (or trigram substring)."""
    conn = store.db.conn
    out = {}
    for table in TABLES:
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
        for w in WORDS:
            out[table, w] = sorted(r[0] for r in conn.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ?",
                                                               [f'"{w}"']))
    return out


def _triggers(store) -> set:
    return {r[0] for r in store.db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}


def test_the_batch_index_is_what_the_triggers_write(tmp_path, corpus):
    batched = open_store(str(tmp_path / "batched.db"))
    ingest_paths(batched, [str(corpus)], workers=1)
    one_by_one = open_store(str(tmp_path / "triggers.db"))      # the insert triggers index each row
    from incidents.documents import iter_documents
    from incidents.extract.gazetteer import default_gazetteer
    from incidents.extract.pipeline import extract_document
    g = default_gazetteer()
    one_by_one.sync_gazetteer(g)
    with immediate(one_by_one.db):
        for doc in iter_documents([str(corpus)]):
            save_document(one_by_one.db, doc, text_sha256(doc.text), extract_document(doc.text, doc.meta, g))
    found = _index(batched)
    assert found == _index(one_by_one)
    assert found["documents_fold_fts", "قصف"] and found["quotes_fts", "المعارك"]    # the words are found
    assert set(CATCH_UP) <= _triggers(batched)


def test_a_second_batch_is_indexed_and_a_rolled_back_one_keeps_its_triggers(tmp_path, corpus):
    store = open_store(str(tmp_path / "s.db"))
    ingest_paths(store, [str(corpus)], workers=1, batch_size=1)     # three batches
    assert len(_index(store)["documents_fts", "الحسكة"]) == 1
    with pytest.raises(RuntimeError):
        with immediate(store.db), deferred_fts(store.db):
            assert not set(CATCH_UP) & _triggers(store)
            raise RuntimeError("a batch that fails")
    assert set(CATCH_UP) <= _triggers(store)


def test_it_needs_a_transaction(tmp_path):
    store = open_store(str(tmp_path / "s.db"))
    with pytest.raises(RuntimeError):
        with deferred_fts(store.db):
            pass


def test_the_writer_keeps_savepoint_journals_in_memory(tmp_path):
    """store.db.WRITER_PRAGMAS: a savepoint's journal is no temporary file, the page cache 16 MB."""
    store = open_store(str(tmp_path / "s.db"))
    assert store.db.conn.execute("PRAGMA temp_store").fetchone()[0] == 2       # MEMORY
    assert store.db.conn.execute("PRAGMA cache_size").fetchone()[0] == -16384
