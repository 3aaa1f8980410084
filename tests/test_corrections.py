"""The analyst's corrections through the shell: edit, merge, split, retract, history,
undo; they survive reindex and show in `show` and the export. Store: the articles of
test_merge (one bombing told by three outlets, a second bombing six days later)."""
from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from incidents.shell.session import Session
from incidents.store.db import open_store
from incidents.store.ingest import ingest_paths, reindex
from test_merge import DOCS, cached_extractor, write_jsonl
from test_shell import EXE


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "c.db"
    store = open_store(str(path))
    ingest_paths(store, [write_jsonl(tmp_path / "in.jsonl", DOCS)], extractor=cached_extractor)
    store.close()
    return path


def shell(db, *lines: str, fmt: str = "table") -> tuple[str, str]:
    s = Session(str(db), fmt=fmt, out=io.StringIO(), err=io.StringIO())
    for line in lines:
        s.run(line)
    s.close()
    return s.out.getvalue(), s.err.getvalue()


def incidents(db) -> list[dict]:
    store = open_store(str(db))
    try:
        return sorted(store.export_incidents(), key=lambda r: r["date"])
    finally:
        store.close()


def ids(db) -> tuple[str, str]:
    first, second = incidents(db)
    return first["id"], second["id"]


def test_edit_survives_reindex_and_history_has_the_note(db):
    bomb, _ = ids(db)
    out, err = shell(db, f"edit {bomb} killed 3 --note the health directorate's final toll")
    assert err == "" and "killed set to 3" in out
    store = open_store(str(db))
    reindex(store, None, extractor=cached_extractor)
    store.close()
    out, _ = shell(db, f"show {bomb}", f"history {bomb}")
    assert "killed           3" in out and "corrected        killed" in out
    assert "the health directorate's final toll" in out and "edit killed = 3" in out
    row = next(r for r in incidents(db) if r["id"] == bomb)
    assert row["killed"] == 3 and row["corrected"] == ["killed"]
    assert sorted(r["killed"] for r in row["reports"]) == [4, 5, 6]      # the reports keep their own


def test_edit_checks_values_and_show_json_is_the_contract(db):
    bomb, _ = ids(db)
    _, err = shell(db, f"edit {bomb} event_type Batles", f"edit {bomb} date 2022-02-30",
                   f"edit {bomb} killed many", f"edit {bomb} colour red")
    lines = err.splitlines()
    assert len(lines) == 4 and all(line.startswith("error: ") for line in lines)
    assert "not an ACLED event type" in lines[0] and "not a real date" in lines[1]
    out, err = shell(db, f"edit {bomb} event_type battles --note clash, not a bomb",
                     f"edit {bomb} actor 1 الدفاع الوطني --note the outlet named them",
                     f"edit {bomb} place جرابلس --note moved", f"show {bomb} --format json")
    assert err == ""
    shown = json.loads(out[out.index("{"):])
    assert shown["event_type"] == "Battles" and shown["actors"][0]["name"] == "National Defence Forces"
    assert shown["location"]["name_ar"] == "جرابلس"
    assert shown["corrected"] == ["event_type", "actor", "place"] and shown["corroboration"] == 3


def test_split_takes_one_report_out_and_undo_puts_it_back(db):
    bomb, _ = ids(db)
    out, err = shell(db, f"split {bomb} b1 --note another blast that morning")
    assert err == "" and "b1 is now incident" in out
    rows = incidents(db)
    assert len(rows) == 3 and sorted(len(r["reports"]) for r in rows) == [1, 1, 2]
    store = open_store(str(db))
    reindex(store, None, extractor=cached_extractor)          # the split holds after reindex
    store.close()
    assert len(incidents(db)) == 3
    out, _ = shell(db, "undo")
    assert out.startswith("undone: split")
    assert sorted(len(r["reports"]) for r in incidents(db)) == [1, 3]


def test_merge_and_retract_then_undo(db):
    bomb, twin = ids(db)
    out, err = shell(db, f"merge {bomb} {twin} --note one campaign")
    assert err == "" and f"into {bomb}" in out
    (merged,) = incidents(db)
    assert len(merged["reports"]) == 4 and merged["killed"] == 3          # the lowest figure
    out, err = shell(db, f"retract {twin} --note not political violence", "search",
                     f"show {bomb}", f"history {twin}")
    assert "retracted" in out and "no incidents match" in out
    assert "was retracted" in err and "not political violence" in out
    assert incidents(db) == []
    store = open_store(str(db))
    assert store.db.execute("SELECT count(*) FROM reports").fetchone()[0] == 4   # evidence kept
    store.close()
    shell(db, "undo")
    assert len(incidents(db)[0]["reports"]) == 4
    shell(db, "undo")
    assert len(incidents(db)) == 2
    _, err = shell(db, "undo", "undo", "undo")
    assert err.strip().splitlines()[-1] == "error: nothing to undo"


def test_corrections_from_dash_c_and_stdin(db):
    bomb, _ = ids(db)
    base = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "incidents"]
    one = subprocess.run(base + ["--db", str(db), "-c", f"edit {bomb} injured 7 --note per SOHR"],
                         capture_output=True, text=True, timeout=60)
    piped = subprocess.run(base + ["--db", str(db)], input=f"edit {bomb} side 2 1 --note reversed\nhistory {bomb}\n",
                           capture_output=True, text=True, timeout=60)
    assert one.returncode == 0 and piped.returncode == 0, one.stderr + piped.stderr
    assert "per SOHR" in piped.stdout and "reversed" in piped.stdout
    row = next(r for r in incidents(db) if r["id"] == bomb)
    assert row["injured"] == 7 and row["actors"][1]["side"] == 1 and row["corrected"] == ["injured", "side"]



def test_every_type_the_extractor_gives_can_be_set_by_edit():
    from incidents.extract import lexicon
    from incidents.store.corrections import acled_types
    types = acled_types()
    used = {v[:2] for v in vars(lexicon).values() if isinstance(v, dict)
            for v in v.values() if isinstance(v, tuple) and len(v) >= 2 and v[0] in types}
    assert used and all(sub in types[etype] for etype, sub in used)


def test_sources_lists_every_report_of_a_merged_incident(db):
    out, err = shell(db, "sources since 2022-03-14 until 2022-03-14")
    assert err == "" and "3 documents" in out
    assert all(f"\n{d} " in out for d in ("a1", "b1", "c1")) and "\nd1 " not in out


def test_show_gives_each_figure_s_range_over_the_reports_and_tables_the_outlet_count(db):
    """The incident keeps the lowest figure (ACLED's conservative rule); `show` says what
    the reports said ("4–6 killed, by 3 reports") and lists each report's own figures, and
    a listing marks the incident told by three outlets with ×3 beside its citations."""
    bomb, twin = ids(db)
    out, err = shell(db, f"show {bomb}")
    assert err == ""
    assert "killed           4" in out and "4–6 killed, by 3 reports" in out
    assert "9–12 injured, by 2 reports" in out and "corroboration    3 outlets" in out
    assert "Outlet B, b1" in out and "killed 6, injured 12" in out
    out, _ = shell(db, f"show {twin}")
    assert "by 1 report" not in out and "reports say" not in out     # one report: no range
    listing, _ = shell(db, "search")
    bomb_row = listing[listing.index(bomb):listing.index(twin)]
    assert "×3" in bomb_row and "×" not in listing[listing.index(twin):listing.index("\n[1]")]
