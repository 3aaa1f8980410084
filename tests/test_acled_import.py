"""`incidents import acled FILE.csv`: ACLED's CSV into the store, export → import →
export keeps every column, bad rows are FILE:LINE errors (issue 12)."""
import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

EXE = Path(sys.executable).parent / "incidents"
HEADER = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
          "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
          "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
          "tags,timestamp")
# Written for the test in the layout of ACLED's export tool: day-month-year dates, text inter codes,
# ACLED's spellings of governorates and actors, a quoted note with a comma, doubled quotes and a newline.
TOOL_ROWS = [
    'SYR90001,21 September 2023,2023,1,Political violence,Battles,Armed clash,Military Forces of Syria '
    '(2000-2024),,State forces,National Defence Forces,,Political militia,State forces-Political militia,,760,'
    'Middle East,Syria,Al Hasakeh,Al Hasakeh,Al Hasakeh,Al Hasakeh,36.5024,40.7477,1,Local Source,National,'
    '"Regime forces clashed with NDF militiamen in the city, ""heavy"" fighting;\n5 killed.",5,,1695800000',
    'SYR90002,2023-09-22,2023,2,Political violence,Explosions/Remote violence,Air/drone strike,'
    'Military Forces of Russia (2000-),,External/Other forces,Civilians (Syria),,Civilians,'
    'External/Other forces-Civilians,Civilian targeting,760,Middle East,Syria,Idleb,Idleb,Idleb,Idleb,'
    '35.9306,36.6339,1,Other Source,Other,,2,,1695800001',
]
BAD_ROWS = [
    "SYR90003,yesterday,2023,1,,Battles,Armed clash,A,,,B,,,,,760,,Syria,Idleb,,,Idleb,35.9,36.6,1,X,,n,0,,1",
    "SYR90004,2023-09-23,2023,1,,Battles,Armed clash,A,,,B,,,,,760,,Syria,Idleb,,,Idleb,35.9,36.6,1,X,,n,many,,1",
    "SYR90005,2023-09-23,2023,1,,Picnics,Armed clash,A,,,B,,,,,760,,Syria,Idleb,,,Idleb,35.9,36.6,1,X,,n,0,,1",
    "SYR90006,2023-09-23,2023",
]


def run(tmp: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, HOME=str(tmp), XDG_DATA_HOME=str(tmp / "data"), COLUMNS="160")
    env.pop("INCIDENTS_DB", None)
    exe = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "incidents"]
    return subprocess.run(exe + list(args), capture_output=True, text=True, env=env, timeout=120, cwd=str(tmp))


def rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_export_import_export_keeps_every_column(tmp_path, seed_store):
    assert run(tmp_path, "--db", seed_store.path, "-c", "export first.acled.csv").returncode == 0
    first = rows(tmp_path / "first.acled.csv")
    assert len(first) >= 10 and len(first[0]) == 31
    r = run(tmp_path, "--db", "acled.db", "import", "acled", "first.acled.csv")
    assert r.returncode == 0, r.stderr
    assert f"imported {len(first)} ACLED rows from 1 file (0 unchanged, 0 failed)" in r.stderr
    r = run(tmp_path, "--db", "acled.db", "-c", "export second.acled.csv")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "second.acled.csv").read_text() == (tmp_path / "first.acled.csv").read_text()
    again = run(tmp_path, "--db", "acled.db", "import", "acled", "first.acled.csv")
    assert again.returncode == 0 and "(1 unchanged, 0 failed)" in again.stderr


def test_a_corrected_field_is_exported_from_the_store_the_rest_as_imported(tmp_path):
    (tmp_path / "tool.csv").write_text(HEADER + "\n" + "\n".join(TOOL_ROWS) + "\n", encoding="utf-8")
    assert run(tmp_path, "--db", "a.db", "import", "acled", "tool.csv").returncode == 0
    r = run(tmp_path, "--db", "a.db", "-c", "edit i-SYR90001 killed 7; export out.acled.csv")
    assert r.returncode == 0, r.stderr
    before, after = rows(tmp_path / "tool.csv"), rows(tmp_path / "out.acled.csv")
    assert after[1] == before[1]
    assert after[0]["fatalities"] == "7"
    before[0]["notes"] = " ".join(before[0]["notes"].split())      # CSV cells are written on one line
    assert {k: v for k, v in after[0].items() if k != "fatalities"} == \
           {k: v for k, v in before[0].items() if k != "fatalities"}


def test_acled_tool_rows_become_incidents_with_acled_as_their_source(tmp_path):
    (tmp_path / "tool.csv").write_text(HEADER + "\n" + "\n".join(TOOL_ROWS) + "\n", encoding="utf-8")
    r = run(tmp_path, "--db", "a.db", "import", "acled", "tool.csv")
    assert r.returncode == 0, r.stderr
    r = run(tmp_path, "--db", "a.db", "--format", "json", "-c", "outlet ACLED sort date")
    assert r.returncode == 0, r.stderr
    import json
    got = json.loads(r.stdout)
    assert [i["id"] for i in got] == ["i-SYR90001", "i-SYR90002"]
    clash, strike = got
    assert (clash["date"], clash["date_precision"], clash["killed"]) == ("2023-09-21", "day", 5)
    assert (strike["date_precision"], strike["sub_event_type"]) == ("week", "Air/drone strike")
    assert clash["location"]["admin1"] == "Al-Hasakeh"                 # ACLED's 'Al Hasakeh' resolved
    assert [a["name"] for a in clash["actors"]] == ["Military Forces of Syria", "National Defence Forces"]
    assert [a["side"] for a in clash["actors"]] == [1, 2]
    src = clash["sources"][0]
    assert src["outlet"] == "ACLED" and src["doc"] == "tool.csv"
    text = (tmp_path / "tool.csv").read_text(encoding="utf-8")
    assert text[src["start"]:src["end"]] == src["quote"] and src["quote"].startswith("Regime forces clashed")
    r = run(tmp_path, "--db", "a.db", "-c", "where Hasakah count; type Battles outlet acled count")
    assert r.stdout.count("1 incident\n") == 2, r.stdout


def test_bad_rows_are_file_line_errors_and_the_rest_is_imported(tmp_path):
    # the first good row spans lines 2-3 (a newline inside its quoted note)
    (tmp_path / "mixed.csv").write_text(HEADER + "\n" + "\n".join(TOOL_ROWS + BAD_ROWS) + "\n", encoding="utf-8")
    r = run(tmp_path, "--db", "m.db", "import", "acled", "mixed.csv")
    assert r.returncode == 1
    *errors, summary, last = r.stderr.splitlines()
    assert last == "error: 4 inputs failed (see above)"           # exit 1 carries its error: line
    assert errors == [
        "mixed.csv:5: event_date 'yesterday' is not a date (2023-09-21 or 21 September 2023)",
        "mixed.csv:6: fatalities 'many' is not a whole number",
        "mixed.csv:7: event_type 'Picnics' is not one of ACLED's (Battles, Explosions/Remote violence, "
        "Violence against civilians, Protests, Riots, Strategic developments)",
        "mixed.csv:8: 3 fields, the header has 31"]
    assert summary.startswith("imported 2 ACLED rows from 1 file (0 unchanged, 4 failed)")
    r = run(tmp_path, "--db", "m.db", "-c", "count")
    assert r.stdout.strip() == "2 incidents"


def test_a_file_that_is_no_acled_csv_is_one_error_and_ingest_points_to_import(tmp_path):
    (tmp_path / "notes.csv").write_text("when,what\n2023,something\n", encoding="utf-8")
    r = run(tmp_path, "--db", "n.db", "import", "acled", "notes.csv")
    assert r.returncode == 1
    assert r.stderr.splitlines()[0].startswith(
        "notes.csv:1: not an ACLED CSV: no event_id_cnty, event_date, event_type column")
    r = run(tmp_path, "--db", "n.db", "ingest", "notes.csv")
    assert r.returncode == 1 and "incidents import acled FILE" in r.stderr


def test_import_in_the_shell_is_a_registered_command():
    from incidents.shell import registry
    registry.load_commands()
    spec = registry.lookup("import")
    assert spec is not None and spec.choices == ("acled",) and "ACLED" in spec.summary


def test_csv_records_give_offsets_lines_and_values():
    from incidents.store.acled_import import csv_records
    text = 'a,b\r\n"x, ""y""\nz",2\n\n3,\n'
    recs = list(csv_records(text))
    assert [r.values for r in recs] == [["a", "b"], ['x, "y"\nz', "2"], ["3", ""]]
    assert [r.line for r in recs] == [1, 2, 5]
    s, e = recs[1].spans[0]
    assert text[s:e] == 'x, ""y""\nz'
    assert next(csv.reader(io.StringIO(text[recs[1].start:recs[1].end]))) == recs[1].values


def test_every_failing_store_command_exits_1_with_an_error_line_and_counts_right(tmp_path):
    (tmp_path / "a.txt").write_text("نص قصير.", encoding="utf-8")
    for args in (["ingest", "missing.txt"], ["load", "missing.jsonl"], ["extract", "missing.txt"],
                 ["import", "acled", "missing.csv"]):
        r = run(tmp_path, "--db", "e.db", *args)
        assert r.returncode == 1, args
        assert r.stderr.splitlines()[-1] == "error: 1 " + ("record" if args[0] == "load" else "input"
                                                           if args[0] == "import" else "document") + \
            " failed (see above)", (args, r.stderr)
    r = run(tmp_path, "--db", "e.db", "ingest", "a.txt")
    assert r.returncode == 0 and "ingested 1 document (1 new" in r.stderr and "error" not in r.stderr
    assert run(tmp_path, "extract", "a.txt").stderr.startswith("extracted 1 document (0 failed)")


def test_acled_rows_merge_with_the_articles_telling_the_same_incident(tmp_path):
    """Imported into the store of the articles, an ACLED row of an incident they tell joins
    it as a second report; `outlet ACLED` still finds every incident ACLED reports."""
    import json
    assert run(tmp_path, "--db", "both.db", "seed").returncode == 0
    assert run(tmp_path, "--db", "both.db", "-c", "export s.acled.csv").returncode == 0
    n = len(rows(tmp_path / "s.acled.csv"))
    assert run(tmp_path, "--db", "both.db", "import", "acled", "s.acled.csv").returncode == 0
    got = json.loads(run(tmp_path, "--db", "both.db", "--format", "json", "-c", "outlet ACLED").stdout)
    acled = [r for i in got for r in i["reports"] if r["outlet"] == "ACLED"]
    assert len(acled) == n                                           # every row, merged or not
    merged = [i for i in got if len(i["reports"]) > 1]
    assert merged and all({r["outlet"] for r in i["reports"]} == {"ACLED", None} for i in merged)
