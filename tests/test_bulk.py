"""store.bulk writes the rows store.save writes: a store built in batches (indexes and
triggers deferred) answers every command as the same documents saved one at a time."""
import dataclasses
import io
from pathlib import Path

import pytest

from incidents.shell.session import Session
from incidents.store import bulk
from incidents.store.db import open_store
from incidents.store.ingest import finish_large_ingest
from incidents.store.save import save_document, text_sha256

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
COPIES = 3        # each seed article three times, dated 5 years apart (undated incidents
                  # given a day: undated reports at one place merge whenever told)
COMMANDS = ["where Deir-ez-Zor", "actor NDF", "actor SDF where Al-Hasakeh between 2015 2030", "between 2020 2040",
            "search قصف", "quotes", "dyads", "timeline", "count", "sources", "actors", "places"]


def _shifted(date, years):
    return f"{int(date[:4]) + years}{date[4:]}" if date else date


@pytest.fixture(scope="module")
def corpus():
    """(Document, sha256, Extraction) of the seeds and their copies; a copy's incidents keep the
    original's ids (so both paths must give them the same fresh ones)."""
    from incidents.documents import iter_documents
    from incidents.documents.model import Document
    from incidents.extract.gazetteer import default_gazetteer
    from incidents.extract.pipeline import extract_document
    g = default_gazetteer()
    items = []
    for copy in range(COPIES):
        for doc in iter_documents([str(SEEDS)]):
            text = doc.text + (f"\n\nنسخة {copy}" if copy else "")
            meta = dataclasses.replace(doc.meta, doc=f"{doc.meta.doc}-{copy}", outlet=f"outlet {copy}",
                                       published=_shifted(doc.meta.published or "2013-06-01", 5 * copy))
            ex = extract_document(doc.text, doc.meta, g)
            ex.incidents = [dataclasses.replace(i, date=_shifted(i.date or "2013-06-01", 5 * copy),
                                                date_precision=i.date_precision or "day") for i in ex.incidents]
            items.append((Document(meta, text, doc.source, doc.published_source), text_sha256(text), ex))
    return items


def _one_by_one(path, items):
    s = open_store(str(path))
    with s.db.atomic():
        for item in items:
            save_document(s.db, *item)
    finish_large_ingest(s.db)
    return s


def _in_bulk(path, items, deferred=True):
    s = open_store(str(path))
    if deferred:
        with bulk.deferred_indexes(s.db):
            with s.db.atomic():
                bulk.save_distinct(s.db, items[:4])
            with s.db.atomic():
                bulk.save_distinct(s.db, items[4:])
    else:
        with s.db.atomic():
            bulk.save_distinct(s.db, items)
    finish_large_ingest(s.db)
    return s


def _answers(store) -> dict[str, str]:
    out = {}
    for line in COMMANDS:
        for fmt in ("json", "table"):
            o, e = io.StringIO(), io.StringIO()
            Session(store.path, fmt=fmt, out=o, err=e, store=store, terminal=False).run(line)
            out[f"{fmt}: {line}"] = o.getvalue() + e.getvalue()
    for (iid,) in store.db.execute("SELECT id FROM incidents ORDER BY id"):
        o = io.StringIO()
        Session(store.path, fmt="json", out=o, err=o, store=store).run(f"show {iid}")
        out[f"show {iid}"] = o.getvalue()
    return out


def _tables(store) -> dict[str, list]:
    """Every row of the written tables, but the time a document was written."""
    rows = {t: store.db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in bulk.TABLES if t != "documents"}
    rows["documents"] = store.db.execute("SELECT sha256, doc, outlet, published, text, text_folded, content_sha "
                                         "FROM documents ORDER BY sha256").fetchall()
    rows["dyad_counts"] = store.db.execute("SELECT * FROM dyad_counts WHERE incidents > 0 ORDER BY 1, 2").fetchall()
    return rows


@pytest.fixture(scope="module")
def normal(tmp_path_factory, corpus):
    s = _one_by_one(tmp_path_factory.mktemp("normal") / "one.db", corpus)
    yield s
    s.close()


def test_the_corpus_has_no_merges_and_reuses_ids(normal, corpus):
    """What the comparison needs: every report its own incident in the normal path too, and
    copies whose extractor ids collide (so fresh ids are given the same way)."""
    n_reports = normal.db.execute("SELECT count(*) FROM reports").fetchone()[0]
    assert n_reports == normal.counts()["incidents"] == sum(len(ex.incidents) for _, _, ex in corpus) > 10
    assert normal.db.execute("SELECT count(*) FROM reports WHERE id LIKE '%-%-%'").fetchone()[0]
    assert normal.db.execute("SELECT count(*) FROM quotes WHERE incident_id IS NOT NULL").fetchone()[0]


@pytest.mark.parametrize("deferred", [True, False])
def test_a_bulk_store_answers_as_one_saved_document_by_document(tmp_path, normal, corpus, deferred):
    s = _in_bulk(tmp_path / "bulk.db", corpus, deferred)
    try:
        assert _tables(s) == _tables(normal)
        assert _answers(s) == _answers(normal)
    finally:
        s.close()


def test_deferred_indexes_come_back_as_they_were(tmp_path, corpus):
    from incidents.store.dyads import kept, recounted
    s = open_store(str(tmp_path / "b.db"))
    schema = s.db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    with bulk.deferred_indexes(s.db):
        assert not s.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'idx_incidents_order_at'").fetchone()
        with s.db.atomic():
            bulk.save_distinct(s.db, corpus)
    assert s.db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall() == schema
    assert kept(s.db) == recounted(s.db) and kept(s.db)
    assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for t in ("documents", "quotes"):       # the full-text indexes hold every row
        s.db.execute(f"INSERT INTO {t}_fold_fts ({t}_fold_fts) VALUES ('integrity-check')")
        s.db.execute(f"INSERT INTO {t}_fts ({t}_fts) VALUES ('integrity-check')")
    s.close()


def test_a_document_a_correction_names_is_saved_as_always(tmp_path, corpus):
    """A retraction in force for an id the new document takes (an article deleted and
    ingested again) still applies."""
    from incidents.store.corrections import _record
    first = corpus[0][2].incidents[0].id
    stores = []
    for name, write in (("one", lambda s, items: [save_document(s.db, *i) for i in items]),
                        ("bulk", lambda s, items: bulk.save_distinct(s.db, items))):
        s = open_store(str(tmp_path / f"{name}.db"))
        with s.db.atomic():
            _record(s.db, first, "retract", None, None, "test")
            write(s, corpus[:3])
        stores.append(s)
    try:
        assert not stores[1].db.execute("SELECT 1 FROM incidents WHERE id = ?", [first]).fetchone()
        assert _tables(stores[1]) == _tables(stores[0])
    finally:
        for s in stores:
            s.close()
