"""search TEXT (folded FTS), timeline and dyads."""
import io

import pytest

from test_commands_browse import ROOT, make_store, rows, run  # noqa: F401


@pytest.fixture()
def hand(tmp_path):
    store = make_store(tmp_path)
    yield store
    store.close()


def _add_doc(store, sha, doc, text):
    store.db.conn.execute("INSERT INTO documents (sha256, doc, text, ingested_at) VALUES (?,?,?,?)",
                          [sha, doc, text, "now"])
    store.db.conn.commit()


# -- search TEXT -------------------------------------------------------------------
def test_search_finds_other_hamza_and_ta_marbuta_spellings(hand):
    text = "قالت المصادر إن أطفال مدينة الميادين بخير، وإن المدرسة مغلقة."
    _add_doc(hand, "sha-c", "c.txt", text)
    for query in ("اطفال", "أطفال", "إطفال", "مدينه", "مدينة", "المدرسه"):
        hits = [h for h in rows(hand, f"search {query}") if h["doc"] == "c.txt"]
        assert len(hits) == 1, query
        h = hits[0]
        from incidents.extract.normalise import fold
        assert fold(text[h["start"]:h["end"]]) == fold(query)     # offsets into the original text
    assert [(h["doc"], h["match"]) for h in rows(hand, "search مدرسة")] == [("c.txt", "مدرسة")]
    assert {h["doc"] for h in rows(hand, "search مدينه")} == {"a.txt", "c.txt"}


def test_search_maps_offsets_back_past_diacritics(hand):
    text = "وقُتِلَ خمسةُ عناصرَ في الهجوم."
    _add_doc(hand, "sha-d", "d.txt", text)
    hit = rows(hand, "search خمسه عناصر")[0]
    assert text[hit["start"]:hit["end"]] == "خمسةُ عناصرَ"


def test_search_covers_quotes_and_narrows_by_clauses(hand):
    got = rows(hand, "search الاشتباكات مستمرة")
    assert {(h["kind"], h["doc"]) for h in got} == {("article", "a.txt"), ("quote", "a.txt")}
    assert [h["incident"] for h in got if h["kind"] == "quote"] == ["i-one"]
    assert rows(hand, "search الميادين where Hasakeh") == [] or \
        {h["doc"] for h in rows(hand, "search الميادين where Hasakeh")} == {"a.txt"}
    assert {h["doc"] for h in rows(hand, "search الميادين actor SDF")} == {"a.txt"}
    assert rows(hand, "search كلمةغيرموجودة") == []


def test_search_table_highlights_and_plain_brackets(hand):
    ok, out, err, _ = run(hand, "search الحسكة")
    assert ok and "⟦الحسكة⟧" in out.replace("\u2068", "").replace("\u2069", "") and "\x1b" not in out
    ok, out, err, _ = run(hand, "search الحسكة", terminal=True)
    assert ok and "\x1b[" in out
    assert run(hand, "search")[0]                       # bare search still lists incidents


def test_new_documents_are_searchable_and_old_stores_migrate(tmp_path):
    import sqlite_utils

    from incidents.store import schema
    from incidents.store.db import open_store
    path = tmp_path / "v1.db"
    db = sqlite_utils.Database(str(path))
    for sql in schema._statements(schema.TABLES):
        db.execute(sql)
    db.execute("INSERT INTO documents (sha256, doc, text, ingested_at) VALUES ('s', 'old.txt', 'هجوم على قرية', 'x')")
    db.execute("PRAGMA user_version = 1")
    db.conn.commit()
    db.close()
    store = open_store(str(path))
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert [h["doc"] for h in rows(store, "search قريه")] == ["old.txt"]
    _add_doc(store, "t", "new.txt", "قرية أخرى")
    assert sorted(h["doc"] for h in rows(store, "search قريه")) == ["new.txt", "old.txt"]
    store.db.conn.execute("DELETE FROM documents WHERE sha256 = 't'")
    store.db.conn.commit()
    assert [h["doc"] for h in rows(store, "search قريه")] == ["old.txt"]
    store.db.execute("INSERT INTO documents_fold_fts(documents_fold_fts) VALUES ('integrity-check')")
    store.close()


# -- timeline ----------------------------------------------------------------------
def test_timeline_buckets_fill_gaps_and_count_undated():
    from incidents.shell.commands_analysis import bucket, timeline_counts
    dates = ["2021-01-05", "2021-03-20", "2021-03-02", "2021", None, None, "2021-02"]
    items, undated, coarse = timeline_counts(dates, "month")
    assert items == [("2021-01", 1), ("2021-02", 1), ("2021-03", 2)] and undated == 2 and coarse == 1
    items, undated, coarse = timeline_counts(dates, "year")
    assert items == [("2021", 5)] and coarse == 0
    items, _, coarse = timeline_counts(["2021-01-04", "2021-01-20"], "week")
    assert items == [("2021-W01", 1), ("2021-W02", 0), ("2021-W03", 1)]
    assert bucket("2020-12-31", "week") == "2020-W53" and bucket("2022-03", "week") is None
    # the store's per-day counts give what one date per incident gives
    per_date = [("2021-01-05", 1), ("2021-03-20", 1), ("2021-03-02", 1), ("2021", 1), (None, 2), ("2021-02", 1)]
    assert timeline_counts((), "month", per_date) == timeline_counts(dates, "month")
    assert timeline_counts((), "year", [("2021-06-01", 7), (None, 3)]) == ([("2021", 7)], 3, 0)


def test_timeline_command_chart_and_formats(hand):
    ok, out, err, _ = run(hand, "timeline year")
    assert ok, err
    lines = out.splitlines()
    assert lines[0].startswith("2021 1 █") and lines[1].startswith("2022 1 █")
    assert "1 undated" in lines[-1]
    assert rows(hand, "timeline") == [{"period": f"2021-{m:02d}", "incidents": int(m == 5)} for m in range(5, 13)] + \
        [{"period": f"2022-{m:02d}", "incidents": int(m == 3)} for m in range(1, 4)]
    assert rows(hand, "timeline year actor NDF") == [{"period": "2021", "incidents": 1}]
    ok, out, _, _ = run(hand, "timeline year actor NDF")
    assert "1 undated" in out
    assert not run(hand, "timeline fortnight")[0]


def test_bar_chart_scales_to_width():
    from incidents.render.chart import bar, bar_lines
    assert bar(10, 10, 20) == "█" * 20 and bar(1, 160, 20) == "▏" and bar(0, 5, 20) == ""
    lines = bar_lines([("a", 2), ("bb", 4)], width=30)
    assert all(len(x) <= 30 for x in lines) and lines[1].count("█") == 2 * lines[0].count("█")


# -- dyads -------------------------------------------------------------------------
def test_dyad_labels():
    from incidents.shell.commands_analysis import dyad_label
    assert dyad_label("regime", "pro-regime militia") == "intra-regime"
    assert dyad_label("regime", "SDF") == "regime vs SDF"
    assert dyad_label("pro-regime militia", "opposition") == "regime vs opposition"
    assert dyad_label("SDF", "SDF") == "intra-SDF"
    assert dyad_label(None, "ISIS") == "unknown vs ISIS"


def test_dyads_command(hand):
    got = {(r["side_1"], r["side_2"]): (r["label"], r["incidents"], r["killed"]) for r in rows(hand, "dyads")}
    assert got == {
        ("National Defence Forces", "Syrian Democratic Forces"): ("regime vs SDF", 1, 3),
        ("Military Forces of Syria", "Civilians (Syria)"): ("regime vs civilians", 1, 2),
        ("National Defence Forces", "Military Forces of Syria"): ("intra-regime", 1, 0),
    }
    assert [r["label"] for r in rows(hand, "dyads where Hasakeh")] == ["regime vs civilians"]


def test_analysis_commands_on_the_seed_store(tmp_path_factory):
    from incidents.store.db import open_store
    from incidents.store.ingest import ingest_paths
    store = open_store(str(tmp_path_factory.mktemp("seedA") / "s.db"))
    ingest_paths(store, [str(ROOT / "seeds")], progress=False)
    try:
        dyads = rows(store, "dyads")
        assert dyads and all(" vs " in d["label"] or d["label"].startswith("intra-") for d in dyads)
        tl = rows(store, "timeline year")
        dated = store.db.execute("SELECT count(*) FROM incidents WHERE date IS NOT NULL").fetchone()[0]
        assert sum(r["incidents"] for r in tl) == dated
        hits = rows(store, "search الدفاع الوطني")
        assert hits and all(h["match"] for h in hits)
        for h in hits:
            if h["kind"] == "article":
                text = store.db.execute("SELECT text FROM documents WHERE doc = ?", [h["doc"]]).fetchone()[0]
                assert text[h["start"]:h["end"]] == h["match"]
    finally:
        store.close()
