"""The words an incident's date was read from (incidents.date_text): a weekday + day + month
with no year and no article date stays a null date, and `show` keeps the day and month it read;
the export carries them; a store of schema 10 gains the column with its words."""
import io
import json
import sqlite3

import pytest

from incidents.render import cells
from incidents.shell.session import Session
from incidents.store.db import open_store
from incidents.store.ingest import ingest_paths

# written for the mechanism: a clash on "Thursday 17 September", no year, no dateline or URL
THURSDAY = "قتل أربعة عناصر من قوات النظام يوم الخميس 17 أيلول في اشتباكات مع فصائل المعارضة في ريف إدلب الجنوبي."
# and one the article's own date resolves, to the day
DATED = {"id": "dated", "published": "2020-09-18",
         "text": "قتل أربعة عناصر من قوات النظام يوم الخميس 17 أيلول في اشتباكات مع فصائل المعارضة في ريف إدلب الجنوبي."}


@pytest.fixture()
def store(tmp_path):
    (tmp_path / "thursday.txt").write_text(THURSDAY, encoding="utf-8")
    s = open_store(str(tmp_path / "x.db"))
    summary = ingest_paths(s, [str(tmp_path / "thursday.txt")], progress=False)
    assert summary.new == 1 and not summary.failed
    yield s
    s.close()


def _show(store, line: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert Session(store.path, out=out, err=err, terminal=False, store=store).run(line), err.getvalue()
    return out.getvalue()


def _date_line(text: str) -> str:
    return next(line for line in text.splitlines() if line.startswith("date"))


def _only(store) -> dict:
    rows = list(store.export_incidents())
    assert len(rows) == 1
    return rows[0]


def test_show_keeps_the_day_and_month_it_read_when_no_year_resolves_them(store):
    inc = _only(store)
    assert inc["date"] is None and inc["date_precision"] is None
    assert inc["date_text"] == "الخميس 17 أيلول"
    line = _date_line(_show(store, f"show {inc['id']}"))
    assert "—" in line and "الخميس 17 أيلول" in line and "no year" in line


def test_a_date_resolved_to_the_day_shows_only_the_date(tmp_path):
    (tmp_path / "c.jsonl").write_text(json.dumps(DATED, ensure_ascii=False) + "\n", encoding="utf-8")
    s = open_store(str(tmp_path / "d.db"))
    try:
        ingest_paths(s, [str(tmp_path / "c.jsonl")], progress=False)
        inc = _only(s)
        assert inc["date"] == "2020-09-17" and inc["date_text"] == "الخميس 17 أيلول"
        line = _date_line(_show(s, f"show {inc['id']}"))
        assert "2020-09-17" in line and "read:" not in line
    finally:
        s.close()


def test_the_date_line_escapes_the_words_and_names_a_coarse_date():
    line = cells.date_line({"date": None, "date_text": "الخميس\x1b[2J 17 أيلول\u202e"})
    assert "\x1b" not in line and "\u202e" not in line and "␛" in line
    assert cells.date_line({"date": "2020-09", "date_precision": "month", "date_text": "أيلول 2020"}) \
        == "2020-09 month (read: أيلول 2020)"
    assert cells.date_line({"date": None, "date_text": "أمس"}) == "— (read: أمس, no article date)"
    assert cells.date_line({"date": None}) == "—"


def test_a_store_of_schema_10_gains_date_text_from_its_date_citations(store):
    from incidents.store.schema import SCHEMA_VERSION
    path, wanted = store.path, _only(store)
    store.close()
    con = sqlite3.connect(path)
    con.execute("ALTER TABLE incidents DROP COLUMN date_text")        # as schema 10 stored it
    con.execute("PRAGMA user_version = 10")
    con.commit()
    con.close()
    again = open_store(path)
    try:
        assert again.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert _only(again) == wanted
        assert "الخميس 17 أيلول" in _date_line(_show(again, f"show {wanted['id']}"))
    finally:
        again.close()
