"""export FILE keeps an existing file unless --force; FILE.geojson holds one point
feature per incident with every contract field; ingest never reads a CSV as an article."""
import json
import subprocess

from test_commands_browse import run
from test_conventions import _env
from test_repl import _exe


def test_export_refuses_to_overwrite_without_force(seed_store, tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("keep me", encoding="utf-8")
    ok, _, err, _ = run(seed_store, f"export {target}")
    assert not ok and err == f"error: {target} exists; add --force to overwrite it\n"
    assert target.read_text(encoding="utf-8") == "keep me"
    ok, _, err, _ = run(seed_store, f"export {target} --force")
    assert ok and target.read_text(encoding="utf-8").startswith("id,")


def test_geojson_export_one_point_per_incident(seed_store, tmp_path):
    target = tmp_path / "incidents.geojson"
    ok, _, err, _ = run(seed_store, f"export {target}")
    assert ok, err
    doc = json.loads(target.read_text(encoding="utf-8"))
    every = list(seed_store.export_incidents())
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == len(every)
    for f, inc in zip(doc["features"], every):
        assert f["type"] == "Feature" and f["id"] == inc["id"]
        assert {k: f["properties"][k] for k in inc} == json.loads(json.dumps(inc, ensure_ascii=False))
        loc = inc["location"] or {}
        if loc.get("lat") is not None:
            assert f["geometry"] == {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]}
            assert 35 < loc["lon"] < 43 and 32 < loc["lat"] < 38        # Syria, lon first
        else:
            assert f["geometry"] is None


def test_ingest_of_a_csv_is_one_error_line_not_an_article(seed_store, tmp_path):
    target = tmp_path / "ours.acled.csv"
    assert run(seed_store, f"export {target}")[0]
    db = tmp_path / "fresh.db"
    r = subprocess.run(_exe() + ["--db", str(db), "ingest", str(target)], capture_output=True, text=True,
                       env=_env(tmp_path), timeout=120)
    assert r.returncode == 1
    errors = [line for line in r.stderr.splitlines() if "error" in line or "not an article" in line]
    assert errors and all(str(target) in line for line in errors[:1])
    assert "not an article" in r.stderr and "0 incidents" in r.stderr


def test_export_into_a_missing_folder_is_one_error_line_naming_it(seed_store, tmp_path):
    """A typo'd directory is an error, not a new tree of folders."""
    target = tmp_path / "reprots" / "2024" / "out.csv"
    ok, out, err, _ = run(seed_store, f"export {target}")
    assert not ok and out == ""
    assert err == (f"error: {target}: the folder {target.parent} does not exist "
                   f"(export creates no folders)\n")
    assert not (tmp_path / "reprots").exists()
    plain = tmp_path / "plain.txt"
    plain.write_text("x", encoding="utf-8")
    ok, _, err, _ = run(seed_store, f"export {plain / 'out.csv'}")
    assert not ok and err.count("\n") == 1 and f"the folder {plain} is not a folder" in err


def test_the_wrote_line_escapes_the_path(seed_store, tmp_path):
    """The file name is outside words: an ESC in it must not reach the terminal."""
    target = tmp_path / "a\x1b[31mb.csv"
    ok, _, err, _ = run(seed_store, f"export {target}")
    assert ok and target.exists()
    n = len(list(seed_store.export_incidents()))
    assert "\x1b" not in err and err == f"wrote {n} incidents to {tmp_path}/a\u241b[31mb.csv (csv)\n"
