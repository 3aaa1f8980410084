"""`sql` (read-only by SQLite itself) and `export FILE` in every format."""
import csv
import io
import json

import pytest

from test_commands_browse import make_store, rows, run


@pytest.fixture()
def hand(tmp_path):
    store = make_store(tmp_path)
    yield store
    store.close()


# -- sql -----------------------------------------------------------------------------
def test_sql_select_works_in_every_format(hand):
    assert rows(hand, "sql SELECT count(*) AS n FROM incidents") == [{"n": 3}]
    ok, out, err, _ = run(hand, "sql SELECT id, date FROM incidents WHERE date IS NOT NULL ORDER BY id LIMIT 5",
                          fmt="csv")
    assert ok, err
    assert list(csv.reader(io.StringIO(out))) == [["id", "date"], ["i-one", "2021-05-01"], ["i-two", "2022-03"]]
    ok, out, _, _ = run(hand, "sql SELECT count(*) FROM incidents")
    assert ok and "count(*)" in out and "3" in out
    ok, out, _, _ = run(hand, "sql SELECT 'a' AS x, 'b' AS x", fmt="jsonl")
    assert json.loads(out) == {"x": "a", "x_2": "b"}


@pytest.mark.parametrize("statement", [
    "DELETE FROM incidents",
    "delete from incidents where 1",
    "UPDATE incidents SET killed = 99",
    "DROP TABLE incidents",
    "INSERT INTO meta (key, value) VALUES ('x', 'y')",
    "PRAGMA user_version = 9999",
    "WITH x AS (SELECT 1) DELETE FROM incidents",
])
def test_sql_writes_are_refused_by_sqlite(hand, statement):
    before = hand.db.execute("SELECT count(*), sum(coalesce(killed, 0)) FROM incidents").fetchone()
    ok, out, err, _ = run(hand, f"sql {statement}")
    assert not ok and out == ""
    assert err == "error: read-only: attempt to write a readonly database\n"
    assert hand.db.execute("SELECT count(*), sum(coalesce(killed, 0)) FROM incidents").fetchone() == before
    assert hand.db.execute("PRAGMA user_version").fetchone()[0] != 9999


def test_sql_errors_are_one_line(hand):
    ok, _, err, _ = run(hand, "sql SELEC 1")
    assert not ok and err.startswith("error: sql: ") and err.count("\n") == 1
    ok, _, err, _ = run(hand, "sql")
    assert not ok and "sql needs a statement" in err


def test_sql_keeps_clause_words_and_quotes(hand):
    # 'where', 'limit' and quoted strings belong to the SQL, not to the shell's clauses
    got = rows(hand, "sql SELECT name FROM actors WHERE id = 'ndf' LIMIT 1 OFFSET 0")
    assert got == [{"name": "National Defence Forces"}]


# -- export --------------------------------------------------------------------------
def test_export_contract_jsonl_to_stdout_unchanged(hand):
    ok, out, err, _ = run(hand, "export incidents")
    lines = [json.loads(x) for x in out.splitlines()]
    assert ok and [x["id"] for x in lines] == ["i-one", "i-two", "i-three"]
    assert set(lines[0]) >= {"id", "event_type", "sub_event_type", "date", "date_precision", "actors",
                             "location", "killed", "injured", "sources"}
    ok, out, _, _ = run(hand, "export quotes actor NDF")
    assert {json.loads(x)["incident"] for x in out.splitlines()} == {"i-one", "i-three"}


def test_export_file_formats(hand, tmp_path):
    for ext in ("csv", "tsv", "json", "jsonl", "md"):
        path = tmp_path / f"r.{ext}"
        ok, out, err, _ = run(hand, f"export {path} actor NDF")
        assert ok and out == "" and f"wrote 2 incidents to {path}" in err, err
        text = path.read_text(encoding="utf-8")
        if ext == "csv":
            got = list(csv.DictReader(io.StringIO(text)))
            assert [r["id"] for r in got] == ["i-one", "i-three"] and got[0]["admin1"] == "Deir-ez-Zor"
        elif ext == "tsv":
            assert text.splitlines()[0].split("\t")[0] == "id" and len(text.splitlines()) == 3
        elif ext == "json":
            assert [r["id"] for r in json.loads(text)] == ["i-one", "i-three"]
        elif ext == "jsonl":
            assert [json.loads(x)["sources"][0]["doc"] for x in text.splitlines()] == ["a.txt", "b.txt"]
        else:
            assert text.startswith("| id |") and "i-three" in text


def test_export_writes_the_last_result(hand, tmp_path):
    out, err = io.StringIO(), io.StringIO()
    from incidents.shell.session import Session
    s = Session(hand.path, out=out, err=err, store=hand)
    assert s.run("dyads")
    assert s.run(f"export {tmp_path / 'd.csv'}")
    got = list(csv.DictReader(io.StringIO((tmp_path / "d.csv").read_text())))
    assert {r["label"] for r in got} == {"regime vs SDF", "regime vs civilians", "intra-regime"}
    assert not s.run(f"export {tmp_path / 'd.acled.csv'}") and "ACLED needs incidents" in err.getvalue()
    assert s.run("actor NDF")
    assert s.run(f"export {tmp_path / 'n.json'}")
    assert [r["id"] for r in json.loads((tmp_path / "n.json").read_text())] == ["i-one", "i-three"]
    assert not s.run("export noextension") and "export needs incidents or quotes" in err.getvalue()
    assert not s.run(f"export {tmp_path / 'x.csv'} --format pdf") and "unknown export format" in err.getvalue()


def test_csv_exports_neutralise_formulas(hand, tmp_path):
    path = tmp_path / "q.csv"
    out, err = io.StringIO(), io.StringIO()
    from incidents.shell.session import Session
    s = Session(hand.path, out=out, err=err, store=hand)
    assert s.run("quotes social media") and s.run(f"export {path}")
    got = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert got[0]["statement"] == "'=HYPERLINK(\"x\")"
    from incidents.render.rows import csv_safe
    assert [csv_safe(x) for x in ("=1+2", "+1", "-cmd", "@SUM(A1)", "ok", -3, None)] == \
        ["'=1+2", "'+1", "'-cmd", "'@SUM(A1)", "ok", "-3", ""]


def test_acled_export_columns_and_values(hand, tmp_path):
    from incidents.render.acled import COLUMNS
    path = tmp_path / "all.acled.csv"
    ok, _, err, _ = run(hand, f"export {path}")
    assert ok, err
    reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")))
    assert tuple(reader.fieldnames) == COLUMNS and len(COLUMNS) == 31
    got = {r["event_id_cnty"]: r for r in reader}
    one, two, three = got["SYRone"], got["SYRtwo"], got["SYRthree"]
    assert (one["event_date"], one["year"], one["time_precision"]) == ("2021-05-01", "2021", "1")
    assert (two["event_date"], two["time_precision"]) == ("2022-03-01", "3")
    assert (three["event_date"], three["time_precision"], three["year"]) == ("", "", "")
    assert (one["actor1"], one["inter1"], one["actor2"], one["inter2"], one["interaction"]) == \
        ("National Defence Forces", "3", "Syrian Democratic Forces", "3", "33")
    assert (two["inter1"], two["inter2"], two["interaction"], two["civilian_targeting"]) == \
        ("1", "7", "17", "Civilian targeting")
    assert (one["disorder_type"], one["country"], one["iso"], one["admin1"], one["location"]) == \
        ("Political violence", "Syria", "760", "Deir-ez-Zor", "Al-Mayadin")
    assert (one["latitude"], one["longitude"], one["fatalities"], three["fatalities"]) == ("35.0", "40.4", "3", "0")
    assert one["source"] == "Outlet A" and "الدفاع الوطني" in one["notes"] and one["admin2"] == ""
    ok, _, err, _ = run(hand, f"export {tmp_path / 'x.csv'} --format acled actor NDF")
    assert ok and "(acled)" in err
    assert csv.DictReader(io.StringIO((tmp_path / "x.csv").read_text())).fieldnames[0] == "event_id_cnty"


def test_acled_inter_codes():
    from incidents.render.acled import inter_code
    assert [inter_code(k) for k in ("state_force", "rebel", "militia", "tribal", "civilians", "foreign_state")] == \
        ["1", "2", "3", "4", "7", "8"]
    assert inter_code("civilians", "civilian", "Protests") == "6" and inter_code(None) == ""
