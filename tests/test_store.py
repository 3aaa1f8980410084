"""Store tests: schema, saving, queries in both scripts, export shape, safety.

They use a tiny fake gazetteer and hand-built extractions, so they test the
store and not the extractor's quality.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from types import SimpleNamespace

import pytest

from incidents.documents.model import Document
from incidents.extract.model import ActorRef, Citation, DocMeta, Extraction, Incident, PlaceRef, Quote, Span
from incidents.query.model import Query
from incidents.store.db import StoreError, open_store
from incidents.store.save import save_document, text_sha256

ACTORS = {
    "ndf": {"name": "National Defence Forces", "name_ar": "الدفاع الوطني",
            "aliases_ar": ["قوات الدفاع الوطني", "ميليشيا الدفاع الوطني"], "aliases_en": ["NDF"],
            "kind": "militia", "affiliation": "pro-regime militia", "parent": None},
    "sdf": {"name": "Syrian Democratic Forces", "name_ar": "قوات سوريا الديمقراطية",
            "aliases_ar": ["قسد"], "aliases_en": ["SDF"], "kind": "rebel", "affiliation": "SDF", "parent": None},
    "asayish": {"name": "Asayish", "name_ar": "الأسايش", "aliases_ar": ["الأمن الداخلي الكردي"],
                "aliases_en": [], "kind": "police", "affiliation": "SDF", "parent": "sdf"},
    "fourth-div": {"name": "Fourth Armoured Division", "name_ar": "الفرقة الرابعة", "aliases_ar": [],
                   "aliases_en": [], "kind": "state_force", "affiliation": "regime", "parent": "regime"},
    "regime": {"name": "Military Forces of Syria", "name_ar": "قوات النظام",
               "aliases_ar": ["قوات النظام السوري", "جيش النظام"], "aliases_en": ["Syrian Army"],
               "kind": "state_force", "affiliation": "regime", "parent": None},
}
PLACES = {
    "hasakeh-gov": {"name": "Al-Hasakeh", "name_ar": "محافظة الحسكة", "aliases_ar": ["الحسكة"], "aliases_en": [],
                    "kind": "governorate", "admin1": "Al-Hasakeh", "lat": 36.5, "lon": 40.7, "parent": None},
    "hasakah": {"name": "Al-Hasakah", "name_ar": "الحسكة", "aliases_ar": ["مدينة الحسكة"], "aliases_en": [],
                "kind": "city", "admin1": "Al-Hasakeh", "lat": 36.5, "lon": 40.75, "parent": "hasakeh-gov"},
    "ghuwayran": {"name": "Ghuwayran", "name_ar": "غويران", "aliases_ar": ["حي غويران"], "aliases_en": [],
                  "kind": "neighbourhood", "admin1": "Al-Hasakeh", "lat": 36.48, "lon": 40.74, "parent": "hasakah"},
    "hasakah-dam": {"name": "Al-Hasakah Dam", "name_ar": "سد الحسكة", "aliases_ar": [], "aliases_en": [],
                    "kind": "landmark", "admin1": "Al-Hasakeh", "lat": 36.6, "lon": 40.6, "parent": "hasakeh-gov"},
    "dez-gov": {"name": "Deir-ez-Zor", "name_ar": "دير الزور", "aliases_ar": [], "aliases_en": ["Deir ez-Zor"],
                "kind": "governorate", "admin1": "Deir-ez-Zor", "lat": 35.3, "lon": 40.1, "parent": None},
    "mayadin": {"name": "Al-Mayadin", "name_ar": "الميادين", "aliases_ar": [], "aliases_en": ["Mayadin"],
                "kind": "city", "admin1": "Deir-ez-Zor", "lat": 35.01, "lon": 40.45, "parent": "dez-gov"},
}


def fake_gazetteer():
    return SimpleNamespace(actors={k: dict(v) for k, v in ACTORS.items()},
                           places={k: dict(v) for k, v in PLACES.items()})


def actor(actor_id: str, text: str, mention: str, side: int | None = 1) -> ActorRef:
    rec = ACTORS.get(actor_id)
    start = text.find(mention)
    span = Span(start, start + len(mention), mention) if start >= 0 else None
    if rec is None:          # ad-hoc: actor_id stays None
        return ActorRef(name=actor_id, name_ar=mention, side=side, mention=mention, span=span)
    return ActorRef(name=rec["name"], name_ar=rec["name_ar"], side=side, mention=mention, span=span,
                    actor_id=actor_id, kind=rec["kind"], affiliation=rec["affiliation"])


def place(place_id: str, text: str, mention: str) -> PlaceRef:
    rec = PLACES[place_id]
    start = text.find(mention)
    return PlaceRef(name=rec["name"], name_ar=rec["name_ar"], admin1=rec["admin1"], lat=rec["lat"],
                    lon=rec["lon"], mention=mention, span=Span(start, start + len(mention), mention),
                    place_id=place_id)


def incident(text: str, doc: str, sentence: str, date=None, actors=(), loc=None, killed=None,
             event=("Battles", "Armed clash")) -> Incident:
    start = text.index(sentence)
    iid = "i-" + hashlib.sha1(f"{text}|{start}".encode()).hexdigest()[:10]
    return Incident(event_type=event[0], sub_event_type=event[1], actors=list(actors), location=loc,
                    date=date, date_precision="day" if date and len(date) == 10 else ("month" if date else None),
                    killed=killed, citations=[Citation(start, start + len(sentence), sentence)], id=iid, doc=doc)


def quote(text: str, doc: str, speaker: str, said: str, inc: Incident | None) -> Quote:
    start = text.index(said)
    qid = "q-" + hashlib.sha1(f"{text}|q{start}".encode()).hexdigest()[:10]
    return Quote(speaker=speaker, speaker_kind="anonymous", text=said, start=start, end=start + len(said),
                 incident=inc.id if inc else None, id=qid, doc=doc)


# Three small documents written for these tests, each with its extraction.
TEXT_A = ("اشتبكت ميليشيا الدفاع الوطني مع قوات النظام في حي غويران بمدينة الحسكة، وقتل 5 عناصر.\n"
          "وقالت مصادر محلية إن الاشتباكات استمرت حتى المساء.")
TEXT_B = "داهمت الأسايش منازل في مدينة الحسكة واعتقلت شابين.\nوفي الميادين قصفت قوات النظام مواقع لقسد."
TEXT_C = "قتل مدنيان برصاص مسلحين مجهولين في الميادين، ولم يعرف تاريخ الحادثة."


def extraction_for(text: str, meta: DocMeta, gazetteer=None) -> Extraction:
    """The fake extractor: fixed extractions for the test texts (others: none)."""
    doc = meta.doc
    if text == TEXT_A:
        a = incident(text, doc, text.split("\n")[0], "2022-04-15",
                     [actor("ndf", text, "ميليشيا الدفاع الوطني", 1), actor("regime", text, "قوات النظام", 2)],
                     place("ghuwayran", text, "حي غويران"), killed=5)
        return Extraction([a], [quote(text, doc, "مصادر محلية", "إن الاشتباكات استمرت حتى المساء", a)])
    if text == TEXT_B:
        b1 = incident(text, doc, text.split("\n")[0], "2022-04-30", [actor("asayish", text, "الأسايش")],
                      place("hasakah", text, "مدينة الحسكة"), event=("Violence against civilians", "Arrests"))
        b2 = incident(text, doc, text.split("\n")[1], "2022-05-01",
                      [actor("regime", text, "قوات النظام", 1), actor("sdf", text, "قسد", 2)],
                      place("mayadin", text, "الميادين"), event=("Explosions/Remote violence", "Shelling/artillery/missile attack"))
        return Extraction([b1, b2], [])
    if text == TEXT_C:
        c = incident(text, doc, text.split("،")[0], None, [actor("Unidentified Armed Group", text, "مسلحين مجهولين")],
                     place("mayadin", text, "الميادين"), killed=2, event=("Violence against civilians", "Attack"))
        return Extraction([c], [])
    return Extraction()


def make_document(text: str, doc: str, outlet: str | None = "Test Outlet") -> Document:
    return Document(DocMeta(doc=doc, outlet=outlet), text, doc)


def add(store, text: str, doc: str) -> None:
    document = make_document(text, doc)
    save_document(store.db, document, text_sha256(text), extraction_for(text, document.meta))


@pytest.fixture
def store(tmp_path):
    s = open_store(str(tmp_path / "sub" / "store.db"))
    s.sync_gazetteer(fake_gazetteer())
    add(s, TEXT_A, "a.txt")
    add(s, TEXT_B, "b.txt")
    add(s, TEXT_C, "c.txt")
    yield s
    s.close()


def ids_for(store, **kw) -> list[str]:
    return [i["location"]["name"] + ":" + (i["date"] or "-") for i in store.find_incidents(Query(**kw))]


# -- schema ---------------------------------------------------------------

def test_schema_pragmas_and_tables(store, tmp_path):
    db = store.db
    assert (tmp_path / "sub" / "store.db").exists()
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA user_version").fetchone()[0] >= 1
    names = set(db.table_names())
    for t in ("documents", "incidents", "actors", "places", "actor_names", "place_names",
              "incident_actors", "citations", "quotes", "documents_fts", "quotes_fts"):
        assert t in names, t
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    indexed = {r[0] for r in db.execute("SELECT tbl_name || '.' || sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL")}
    assert any("incidents(date)" in s for s in indexed)
    assert any("place_names(key)" in s for s in indexed)


def test_reopen_keeps_data(store, tmp_path):
    path = store.path
    store.close()
    again = open_store(path)
    assert again.counts() == {"documents": 3, "incidents": 4, "quotes": 1}
    again.close()


def test_full_text_search(store):
    hits = store.db.execute("SELECT doc FROM documents WHERE rowid IN "
                            "(SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)", ["غويران"]).fetchall()
    assert hits == [("a.txt",)]
    q = store.db.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?", ['"الاشتباكات"']).fetchone()[0]
    assert q == 1


# -- queries --------------------------------------------------------------

@pytest.mark.parametrize("name", ["ميليشيا الدفاع الوطني", "الدفاع الوطني", "National Defence Forces",
                                  "ndf", "قوات الدفاع الوطنى"])
def test_find_by_actor_either_script(store, name):
    found = store.find_incidents(Query(actors=[name]))
    assert [i["actors"][0]["name"] for i in found] == ["National Defence Forces"]


def test_find_actor_substring_fallback(store):
    assert len(store.find_incidents(Query(actors=["Defence"]))) == 1
    assert store.find_incidents(Query(actors=["nobody at all"])) == []


def test_actors_or_and_children(store):
    both = store.find_incidents(Query(actors=["NDF", "الأسايش"]))
    assert len(both) == 2
    sdf = store.find_incidents(Query(actors=["SDF"]))
    assert {i["date"] for i in sdf} == {"2022-04-30", "2022-05-01"}      # Asayish is SDF's child
    only = store.find_incidents(Query(actors=["SDF"]), include_children=False)
    assert [i["date"] for i in only] == ["2022-05-01"]


def test_army_query_stays_exact(store):
    text = "قصفت الفرقة الرابعة مواقع في الميادين."
    inc = incident(text, "d.txt", text, "2022-08-01", [actor("fourth-div", text, "الفرقة الرابعة")],
                   place("mayadin", text, "الميادين"))
    save_document(store.db, make_document(text, "d.txt"), text_sha256(text), Extraction([inc], []))
    army = [i["date"] for i in store.find_incidents(Query(actors=["Military Forces of Syria"]))]
    assert army == ["2022-04-15", "2022-05-01"]                   # not the division's 2022-08-01
    assert [i["date"] for i in store.find_incidents(Query(actors=["الفرقة الرابعة"]))] == ["2022-08-01"]


def test_place_descendants(store):
    # the neighbourhood incident (Ghuwayran -> Al-Hasakah -> governorate) is found by its governorate
    assert ids_for(store, places=["محافظة الحسكة"]) == ["Ghuwayran:2022-04-15", "Al-Hasakah:2022-04-30"]
    assert ids_for(store, places=["Al-Hasakeh"]) == ["Ghuwayran:2022-04-15", "Al-Hasakah:2022-04-30"]
    assert ids_for(store, places=["حي غويران"]) == ["Ghuwayran:2022-04-15"]
    # a city includes its neighbourhoods (no governorate admin1 shortcut involved)
    assert ids_for(store, places=["Al-Hasakah"]) == ["Ghuwayran:2022-04-15", "Al-Hasakah:2022-04-30"]
    store.db.execute("UPDATE incidents SET admin1 = NULL")
    assert ids_for(store, places=["محافظة الحسكة"]) == ["Ghuwayran:2022-04-15", "Al-Hasakah:2022-04-30"]
    assert ids_for(store, places=["Deir ez-Zor"]) == ["Al-Mayadin:2022-05-01", "Al-Mayadin:-"]


def test_clauses_and(store):
    assert ids_for(store, places=["الحسكة"], actors=["قوات النظام"]) == ["Ghuwayran:2022-04-15"]
    assert ids_for(store, places=["الميادين"], actors=["NDF"]) == []


def test_between_bounds(store):
    assert ids_for(store, date_from="2022-04", date_to="2022-04") == ["Ghuwayran:2022-04-15", "Al-Hasakah:2022-04-30"]
    assert ids_for(store, date_from="2022-04-30") == ["Al-Hasakah:2022-04-30", "Al-Mayadin:2022-05-01"]
    assert ids_for(store, date_to="2022-04-15") == ["Ghuwayran:2022-04-15"]
    assert ids_for(store, date_from="2022", date_to="2022") == [
        "Ghuwayran:2022-04-15", "Al-Hasakah:2022-04-30", "Al-Mayadin:2022-05-01"]   # no null date
    assert ids_for(store, date_from="2023") == []


def test_order_nulls_last_and_limit(store):
    found = store.find_incidents(Query())
    assert [i["date"] for i in found] == ["2022-04-15", "2022-04-30", "2022-05-01", None]
    assert len(store.find_incidents(Query(limit=2))) == 2


def test_resolve_and_adhoc(store):
    assert [r["id"] for r in store.resolve_actor("قسد")] == ["sdf"]
    assert [r["id"] for r in store.resolve_place("Mayadin")] == ["mayadin"]
    # exact keys win over the substring fallback ("سد الحسكة" only contains the name);
    # the city that bears its governorate's name means the governorate unless picked
    assert [r["id"] for r in store.resolve_place("الحسكة")] == ["hasakeh-gov"]
    assert [r["id"] for r in store.resolve_place("الحسكة city")] == ["hasakah"]
    assert [r["id"] for r in store.resolve_place("مدينة الحسكة")] == ["hasakah"]
    assert [r["id"] for r in store.resolve_place("سد")] == ["hasakah-dam"]
    adhoc = store.resolve_actor("Unidentified Armed Group")
    assert len(adhoc) == 1 and adhoc[0]["id"].startswith("adhoc-")
    assert ids_for(store, actors=["مسلحين مجهولين"]) == ["Al-Mayadin:-"]
    assert store.resolve_actor("") == []


def test_get_incident_prefix_and_quotes(store):
    first = store.find_incidents(Query(actors=["NDF"]))[0]
    got = store.get_incident(first["id"][:6])
    assert got["id"] == first["id"]
    assert [q["speaker"] for q in got["quotes"]] == ["مصادر محلية"]
    assert got["quotes"][0]["incident"] == first["id"]
    assert store.get_incident("i-") is None          # ambiguous prefix
    assert store.get_incident("nope") is None


# -- export ---------------------------------------------------------------

CONTRACT_TYPES = {"id": str, "event_type": str, "sub_event_type": str, "date": (str, type(None)),
                  "date_precision": (str, type(None)), "actors": list, "location": (dict, type(None)),
                  "killed": (int, type(None)), "injured": (int, type(None)), "sources": list,
                  "date_inferred": bool, "background": bool, "casualties_combined": (int, type(None)),
                  "geo_precision": (int, type(None))}


def test_export_incident_shape(store):
    rows = list(store.export_incidents())
    assert len(rows) == 4
    for row in rows:
        for key, types in CONTRACT_TYPES.items():
            assert key in row and isinstance(row[key], types), key
        for a in row["actors"]:
            assert set(a) >= {"name", "name_ar", "side", "mention"}
            assert a["side"] in (1, 2, None)
        assert set(row["location"]) >= {"name", "name_ar", "admin1", "lat", "lon", "mention"}
        assert isinstance(row["location"]["lat"], float)
        src = row["sources"][0]
        assert set(src) >= {"doc", "outlet", "start", "end", "quote"}
        assert isinstance(src["start"], int) and isinstance(src["end"], int)
    a = next(r for r in rows if r["date"] == "2022-04-15")
    assert a["killed"] == 5 and a["sources"][0]["doc"] == "a.txt"
    assert a["sources"][0]["quote"] == TEXT_A[a["sources"][0]["start"]:a["sources"][0]["end"]]
    assert a["actors"][0] == {"name": "National Defence Forces", "name_ar": "الدفاع الوطني",
                              "side": 1, "mention": "ميليشيا الدفاع الوطني"}
    assert a["location"]["mention"] == "حي غويران" and a["location"]["admin1"] == "Al-Hasakeh"


def test_export_quotes_shape(store):
    quotes = list(store.export_quotes())
    assert len(quotes) == 1
    q = quotes[0]
    assert set(q) == {"id", "doc", "speaker", "speaker_kind", "text", "start", "end", "incident"}
    assert q["doc"] == "a.txt" and TEXT_A[q["start"]:q["end"]] == q["text"]


def test_main_export_jsonl_unescaped(store, capsys):
    from incidents.store.export import main_export
    path = store.path
    assert main_export(path, "incidents") == 0
    out = capsys.readouterr().out
    lines = out.strip().split("\n")
    assert len(lines) == 4 and "الدفاع الوطني" in out and "\\u06" not in out
    assert all(isinstance(json.loads(line), dict) for line in lines)
    assert main_export(path, "quotes") == 0
    assert json.loads(capsys.readouterr().out)["speaker"] == "مصادر محلية"
    assert main_export(path, "bogus") == 1
    assert "expected one of" in capsys.readouterr().err


# -- safety ---------------------------------------------------------------

EVIL = "x'); DROP TABLE incidents;--"


def test_injection_looking_names_are_harmless(store):
    assert store.find_incidents(Query(actors=[EVIL], places=[EVIL], date_from=EVIL)) == []
    assert store.resolve_actor(EVIL) == [] and store.resolve_place(EVIL) == []
    assert store.get_incident(EVIL) is None
    text = f"هاجم {EVIL} موقعاً في الميادين."
    doc = make_document(text, EVIL)
    inc = incident(text, EVIL, text, "2022-06-01", [actor(EVIL, text, EVIL)], place("mayadin", text, "الميادين"))
    save_document(store.db, doc, text_sha256(text), Extraction([inc], []))
    assert "incidents" in store.db.table_names()
    found = store.find_incidents(Query(actors=[EVIL]))
    assert len(found) == 1 and found[0]["sources"][0]["doc"] == EVIL
    assert store.counts()["incidents"] == 5


def test_same_incident_id_in_two_documents(store):
    text = "نص آخر عن اشتباك في الميادين."
    inc = incident(text, "d.txt", text, "2022-07-01", [actor("regime", text, "اشتباك")], place("mayadin", text, "الميادين"))
    clash = store.find_incidents(Query(actors=["NDF"]))[0]["id"]
    inc.id = clash                      # an id another document already uses
    save_document(store.db, make_document(text, "d.txt"), text_sha256(text), Extraction([inc], []))
    ids = [i["id"] for i in store.export_incidents()]
    assert len(ids) == len(set(ids)) == 5 and clash in ids


def test_failed_save_leaves_nothing(store):
    text = "وثيقة ستفشل."
    bad = Incident("Battles", "Armed clash", [], None, citations=[Citation(0, 3, "وثي")], id="i-bad")
    bad.actors = [None]                 # malformed extraction
    with pytest.raises(Exception):
        save_document(store.db, make_document(text, "bad.txt"), text_sha256(text), Extraction([bad], []))
    assert store.counts() == {"documents": 3, "incidents": 4, "quotes": 1}
    assert not store.db.conn.in_transaction


def test_open_store_errors(tmp_path):
    folder = tmp_path / "dir.db"
    folder.mkdir()
    with pytest.raises(StoreError) as e:
        open_store(str(folder))
    assert str(e.value).startswith(str(folder)) and "directory" in str(e.value)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError) as e:
        open_store(str(junk))
    assert str(e.value) == f"{junk}: not an SQLite database"


def test_reindex_replaces_extraction(store):
    from incidents.store.ingest import reindex

    def fewer(text, meta, gazetteer=None):
        ex = extraction_for(text, meta, gazetteer)
        return Extraction(ex.incidents[:1], [])

    summary = reindex(store, fake_gazetteer(), extractor=fewer)
    assert summary.reindexed == 3 and summary.failed == 0
    assert store.counts() == {"documents": 3, "incidents": 3, "quotes": 0}
    again = reindex(store, fake_gazetteer(), extractor=extraction_for)
    assert again.incidents == 4 and store.counts()["quotes"] == 1
    assert sqlite3.connect(store.path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_reindex_drops_unused_adhoc(store):
    from incidents.store.ingest import reindex

    def without_c(text, meta, gazetteer=None):
        return Extraction() if text == TEXT_C else extraction_for(text, meta, gazetteer)

    assert store.resolve_actor("Unidentified Armed Group")
    reindex(store, fake_gazetteer(), extractor=without_c)
    assert store.resolve_actor("Unidentified Armed Group") == []
    assert store.resolve_actor("NDF")                      # gazetteer actors stay


def test_open_store_parent_is_a_file(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError) as e:
        open_store(str(blocker / "deeper" / "db.sqlite"))
    assert str(e.value).endswith(f": {blocker} is not a folder")


def test_export_missing_store(tmp_path, capsys):
    from incidents.store.export import main_export
    missing = tmp_path / "none.db"
    assert main_export(str(missing), "incidents") == 1
    assert capsys.readouterr().err.startswith(f"error: {missing}: no such store")
    assert not missing.exists()


def test_get_incident_without_i_prefix(store):
    first = store.find_incidents(Query(actors=["NDF"]))[0]
    assert store.get_incident(first["id"][2:8])["id"] == first["id"]


def test_store_modules_import_lazily():
    import subprocess
    import sys
    code = ("import sys, incidents.store.db, incidents.store.ingest, incidents.store.export, incidents.store.read, incidents.documents; "
            "print(sorted(m for m in ('rich', 'sqlite_utils', 'prompt_toolkit') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
