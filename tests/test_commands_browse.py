"""actors, places, quotes, sources and source: on a small hand-made store (exact
counts) and on a store built from the seed articles (every command runs)."""
import io
import re
from pathlib import Path

import pytest

from incidents.shell.session import Session

ROOT = Path(__file__).resolve().parent.parent

# -- a small store with known contents ---------------------------------------------
TEXT_A = ("اشتباكات في الميادين بين الدفاع الوطني وقسد. "            # incident 1 evidence: 0..44
          "وقال مصدر خاص إن الاشتباكات مستمرة. "
          "قصف على مدينة الحسكة وسقوط قتيلين.")
TEXT_B = "خبر فيه [bold]علامة[/bold] وتسلسل \x1b[2J هروب ثم هجوم في الميادين."


def _span(text, words):
    s = text.index(words)
    return s, s + len(words)


def make_store(tmp_path, name="hand.db"):
    """Two documents, three incidents, four quotes, actors with affiliations, places
    with a governorate -> district -> town chain."""
    from incidents.store.db import open_store
    store = open_store(str(tmp_path / name))
    c = store.db.conn
    c.executemany("INSERT INTO documents (sha256, doc, outlet, published, text, ingested_at) VALUES (?,?,?,?,?,?)",
                  [("sha-a", "a.txt", "Outlet A", "2021-05-02", TEXT_A, "now"),
                   ("sha-b", "b.txt", "Outlet B", None, TEXT_B, "now")])
    c.executemany("INSERT INTO actors (id, name, name_ar, kind, affiliation, parent) VALUES (?,?,?,?,?,?)",
                  [("ndf", "National Defence Forces", "الدفاع الوطني", "militia", "pro-regime militia", "saa"),
                   ("saa", "Military Forces of Syria", "قوات النظام", "state_force", "regime", None),
                   ("sdf", "Syrian Democratic Forces", "قوات سوريا الديمقراطية", "militia", "SDF", None),
                   ("civ", "Civilians (Syria)", "مدنيون", "civilians", "civilian", None),
                   ("idle", "Idle Group", "مجموعة خاملة", "rebel", "opposition", None)])
    c.executemany("INSERT INTO actor_names (actor_id, key) VALUES (?,?)",
                  [("ndf", "ndf"), ("ndf", "national defence forces"), ("ndf", "دفاع وطني"),
                   ("saa", "military forces of syria"), ("sdf", "sdf"), ("civ", "civilians syria")])
    c.executemany("INSERT INTO places (id, name, name_ar, kind, admin1, lat, lon, parent) VALUES (?,?,?,?,?,?,?,?)",
                  [("gov-dez", "Deir-ez-Zor", "دير الزور", "governorate", "Deir-ez-Zor", 35.3, 40.1, None),
                   ("dist-may", "Al Mayadin District", "منطقة الميادين", "district", "Deir-ez-Zor", None, None,
                    "gov-dez"),
                   ("mayadin", "Al-Mayadin", "الميادين", "city", "Deir-ez-Zor", 35.0, 40.4, "dist-may"),
                   ("gov-has", "Al-Hasakeh", "الحسكة", "governorate", "Al-Hasakeh", 36.5, 40.7, None)])
    c.executemany("INSERT INTO place_names (place_id, key) VALUES (?,?)",
                  [("gov-dez", "deir ez zor"), ("mayadin", "mayadin"), ("mayadin", "al mayadin"),
                   ("gov-has", "al hasakeh"), ("gov-has", "hasakeh")])
    inc = ("INSERT INTO incidents (id, document, event_type, sub_event_type, date, date_precision, killed, "
           "place_id, location_name, admin1, lat, lon, geo_precision) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
    c.executemany(inc, [
        ("i-one", "sha-a", "Battles", "Armed clash", "2021-05-01", "day", 3, "mayadin", "Al-Mayadin",
         "Deir-ez-Zor", 35.0, 40.4, 1),
        ("i-two", "sha-a", "Explosions/Remote violence", "Shelling/artillery/missile attack", "2022-03",
         "month", 2, "gov-has", "Al-Hasakeh", "Al-Hasakeh", 36.5, 40.7, 3),
        ("i-three", "sha-b", "Battles", "Armed clash", None, None, None, "mayadin", "Al-Mayadin",
         "Deir-ez-Zor", 35.0, 40.4, 1)])
    c.executemany('INSERT INTO incident_actors (incident_id, actor_id, position, side, mention) VALUES (?,?,?,?,?)',
                  [("i-one", "ndf", 0, 1, "الدفاع الوطني"), ("i-one", "sdf", 1, 2, "قسد"),
                   ("i-two", "saa", 0, 1, None), ("i-two", "civ", 1, 2, None),
                   ("i-three", "ndf", 0, 1, None), ("i-three", "saa", 1, 2, None)])
    s1, e1 = _span(TEXT_A, "اشتباكات في الميادين بين الدفاع الوطني وقسد")
    s2, e2 = _span(TEXT_A, "قصف على مدينة الحسكة وسقوط قتيلين")
    s3, e3 = _span(TEXT_B, "[bold]علامة[/bold] وتسلسل \x1b[2J هروب")
    c.executemany('INSERT INTO citations (incident_id, document, position, start, "end", text) VALUES (?,?,?,?,?,?)',
                  [("i-one", "sha-a", 0, s1, e1, TEXT_A[s1:e1]), ("i-two", "sha-a", 0, s2, e2, TEXT_A[s2:e2]),
                   ("i-three", "sha-b", 0, s3, e3, TEXT_B[s3:e3])])
    qs, qe = _span(TEXT_A, "الاشتباكات مستمرة")
    c.executemany('INSERT INTO quotes (id, document, speaker, speaker_kind, text, start, "end", incident_id) '
                  "VALUES (?,?,?,?,?,?,?,?)",
                  [("q-1", "sha-a", "مصدر خاص", "anonymous", "الاشتباكات مستمرة", qs, qe, "i-one"),
                   ("q-2", "sha-a", "العقيد أحمد الراوي", "person", "سقط قتيلان", 0, 5, "i-two"),
                   ("q-3", "sha-a", "تويتر", "social_media", "=HYPERLINK(\"x\")", 0, 5, None),
                   ("q-4", "sha-b", "مراسلنا", "correspondent", "هجوم في الميادين", 0, 5, "i-three")])
    c.commit()
    return store


def run(store, line, fmt="table", terminal=False):
    out, err = io.StringIO(), io.StringIO()
    s = Session(store.path, fmt=fmt, out=out, err=err, terminal=terminal, store=store)
    ok = s.run(line)
    return ok, out.getvalue(), err.getvalue(), s


def rows(store, line):
    import json
    ok, out, err, _ = run(store, line, fmt="json")
    assert ok, err
    return json.loads(out)


@pytest.fixture()
def hand(tmp_path):
    store = make_store(tmp_path)
    yield store
    store.close()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    from incidents.store.db import open_store
    from incidents.store.ingest import ingest_paths
    store = open_store(str(tmp_path_factory.mktemp("seed") / "seed.db"))
    summary = ingest_paths(store, [str(ROOT / "seeds")], progress=False)
    assert summary.new == 5 and not summary.failed
    yield store
    store.close()


# -- store.stats -------------------------------------------------------------------
def test_actor_and_place_rows_count_incidents(hand):
    from incidents.store.stats import actor_rows, place_rows
    actors = {r["id"]: r for r in actor_rows(hand.db)}
    assert actors["ndf"]["incidents"] == 2 and actors["saa"]["incidents"] == 2
    assert actors["idle"]["incidents"] == 0 and actors["ndf"]["affiliation"] == "pro-regime militia"
    assert set(actors["ndf"]) >= {"id", "name", "name_ar", "kind", "affiliation", "incidents"}
    places = {r["id"]: r for r in place_rows(hand.db)}
    assert places["mayadin"]["incidents"] == 2 and places["mayadin"]["here"] == 2
    assert places["gov-dez"]["incidents"] == 2 and places["gov-dez"]["here"] == 0   # rolls up
    assert places["gov-has"]["incidents"] == 1
    assert [r["id"] for r in actor_rows(hand.db, ["i-two"], only_used=True)] == ["civ", "saa"]


def test_actors_table_and_clause_filtering(hand):
    got = {r["id"]: r["incidents"] for r in rows(hand, "actors")}
    assert got == {"ndf": 2, "saa": 2, "sdf": 1, "civ": 1}          # unused actors hidden
    assert "idle" in {r["id"] for r in rows(hand, "actors all")}
    assert {r["id"]: r["incidents"] for r in rows(hand, "actors where Deir-ez-Zor")} == \
        {"ndf": 2, "saa": 1, "sdf": 1}
    assert {r["id"]: r["incidents"] for r in rows(hand, "actors between 2021 2021")} == {"ndf": 1, "sdf": 1}
    ok, out, _, _ = run(hand, "actors")
    assert "pro-regime militia" in out and "affiliation" in out


def test_places_with_governorate_and_actor_clause(hand):
    got = {r["id"]: (r["incidents"], r["governorate"]) for r in rows(hand, "places actor NDF")}
    assert got == {"mayadin": (2, "Deir-ez-Zor"), "dist-may": (2, "Deir-ez-Zor"), "gov-dez": (2, "Deir-ez-Zor")}
    assert {r["id"] for r in rows(hand, "places where Hasakeh")} == {"gov-has"}
    ok, _, err, _ = run(hand, "places actor Nobody")
    assert not ok and "no actor 'Nobody'" in err


def test_quotes_by_kind_speaker_and_clause(hand):
    assert {r["kind"] for r in rows(hand, "quotes")} == {"anonymous source", "person", "social media",
                                                         "correspondent"}
    assert [r["speaker"] for r in rows(hand, "quotes anonymous")] == ["مصدر خاص"]
    assert [r["speaker"] for r in rows(hand, "quotes social media")] == ["تويتر"]
    assert [r["speaker"] for r in rows(hand, "quotes correspondent")] == ["مراسلنا"]
    assert [r["speaker"] for r in rows(hand, "quotes احمد")] == ["العقيد أحمد الراوي"]   # hamza folded
    got = rows(hand, "quotes actor NDF")
    assert {(r["incident"], r["doc"]) for r in got} == {("i-one", "a.txt"), ("i-three", "b.txt")}
    assert rows(hand, "quotes where Hasakeh")[0]["statement"] == "سقط قتيلان"


def test_sources_counts(hand):
    got = {r["doc"]: (r["outlet"], r["published"], r["incidents"], r["quotes"]) for r in rows(hand, "sources")}
    assert got == {"a.txt": ("Outlet A", "2021-05-02", 2, 3), "b.txt": ("Outlet B", None, 1, 1)}
    assert [r["doc"] for r in rows(hand, "sources where Hasakeh")] == ["a.txt"]


def test_source_spans_are_the_stored_citation_offsets(hand):
    from incidents.render.source import CLOSE, OPEN
    ok, out, err, _ = run(hand, "source a.txt")
    assert ok, err
    stored = hand.db.execute('SELECT start, "end", incident_id FROM citations WHERE document = ? '
                             "ORDER BY start", ["sha-a"]).fetchall()
    marked = re.findall(re.escape(OPEN) + r"(.*?)" + re.escape(CLOSE) + r"\[(i-[\w-]+)\]", out, re.S)
    assert marked == [(TEXT_A[s:e], i) for s, e, i in stored]
    assert "\x1b" not in out                       # piped: no ANSI


def test_source_prints_markup_and_escapes_literally(hand):
    for terminal in (False, True):
        ok, out, err, _ = run(hand, "source b.txt", terminal=terminal)
        assert ok, err
        assert "[bold]علامة[/bold]" in out and "␛[2J" in out and "\x1b[2J" not in out
        assert "i-three" in out
    ok, out, _, _ = run(hand, "source b.txt", terminal=True)
    assert "\x1b[" in out                          # highlighted on a terminal


def test_source_errors_and_prefix(hand):
    assert run(hand, "source b")[0]
    ok, _, err, _ = run(hand, "source a.tx")
    assert ok
    ok, _, err, _ = run(hand, "source zzz")
    assert not ok and "no document 'zzz'" in err


def test_source_json_carries_spans(hand):
    import json
    ok, out, _, _ = run(hand, "source a.txt", fmt="json")
    doc = json.loads(out)
    for span in doc["spans"]:
        assert doc["text"][span["start"]:span["end"]] == hand.db.execute(
            "SELECT text FROM citations WHERE incident_id = ?", [span["incident"]]).fetchone()[0]


def test_every_browse_command_on_the_seed_store(seeded):
    from incidents.render.source import CLOSE, OPEN
    from incidents.shell.commands_browse import evidence_spans
    n = seeded.counts()["incidents"]
    assert sum(1 for r in rows(seeded, "actors")) > 5
    total = seeded.db.execute("SELECT count(DISTINCT incident_id) FROM incident_actors "
                              "WHERE actor_id = 'national-defence-forces'").fetchone()[0]
    assert {r["id"]: r["incidents"] for r in rows(seeded, "actors")}["national-defence-forces"] == total
    assert rows(seeded, "places") and rows(seeded, "quotes") and len(rows(seeded, "sources")) == 5
    assert sum(r["incidents"] for r in rows(seeded, "sources")) == n
    for doc in rows(seeded, "sources"):
        ok, out, err, _ = run(seeded, f"source {doc['doc']}")
        assert ok, err
        sha, text = seeded.db.execute("SELECT sha256, text FROM documents WHERE doc = ?", [doc["doc"]]).fetchone()
        spans = evidence_spans(seeded.db, sha)
        assert out.count(CLOSE) <= len(spans) and (out.count(OPEN) > 0) == bool(spans)
        for s, e, i in spans:
            assert f"[{i}]" in out


# -- the vertical view for plain rows ----------------------------------------------
@pytest.mark.parametrize("line", ["actors \\G", "places \\G", "sql SELECT id, killed FROM incidents \\G"])
def test_rows_commands_honour_backslash_g(hand, line):
    ok, out, err, _ = run(hand, line)
    assert ok, err
    assert re.search(r"^\*+ 1\. .+ \*+$", out, re.M) and re.search(r"^\d+ rows?$", out, re.M)
    assert "─" not in out                                     # no table rule


def test_set_vertical_on_renders_rows_as_blocks_until_off(hand):
    out, err = io.StringIO(), io.StringIO()
    s = Session(hand.path, fmt="table", out=out, err=err, terminal=False, store=hand)
    assert s.run("set vertical on") and s.run("actors")
    text = out.getvalue()
    assert re.search(r"^\*+ 1\. .+ \*+$", text, re.M) and re.search(r"^ *affiliation: SDF$", text, re.M)
    out.truncate(0), out.seek(0)
    assert s.run("set vertical off") and s.run("actors")
    assert "*****" not in out.getvalue() and "affiliation" in out.getvalue()
    out.truncate(0), out.seek(0)
    assert s.run("set vertical on") and s.run("set format csv") and s.run("actors")
    assert out.getvalue().startswith("name,name_ar,")          # vertical is for tables only
