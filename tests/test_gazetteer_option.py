"""--gazetteer FILE and config.toml: an analyst's own places reach ingest and
reindex; a bad file or config is one error line and exit 1."""
import json

import pytest

from incidents.shell.cli import run
from incidents.shell.config import ConfigError, load_config

# A village no gazetteer of ours knows; the sentence is written for this test.
TEXT = ("قُتل ثلاثة عناصر من قوات النظام في اشتباكات مع تنظيم داعش "
        "في قرية تل المشمش بريف دير الزور الشرقي.\n")
VILLAGE = {"places": [{"id": "my-tell-mishmish", "name": "Tell al-Mishmish", "name_ar": "تل المشمش",
                       "kind": "village", "admin1": "Deir-ez-Zor", "lat": 35.1, "lon": 40.6,
                       "parent": None}]}


@pytest.fixture()
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("INCIDENTS_DB", raising=False)
    monkeypatch.delenv("INCIDENTS_GAZETTEER", raising=False)
    (tmp_path / "article.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "villages.json").write_text(json.dumps(VILLAGE, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"places": [', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def locations(db, capsys):
    capsys.readouterr()
    assert run(["--db", str(db), "--format", "json", "-c", "search"]) == 0
    return [inc["location"] for inc in json.loads(capsys.readouterr().out)]


def test_reindex_with_an_extra_gazetteer_places_the_incident_in_the_new_village(env, capsys):
    db = env / "s.db"
    assert run(["--db", str(db), "ingest", "article.txt"]) == 0
    before = locations(db, capsys)
    assert before and all((loc or {}).get("name") != "Tell al-Mishmish" for loc in before)
    # the option works before or after the subcommand
    assert run(["--db", str(db), "reindex", "--gazetteer", "villages.json"]) == 0
    after = locations(db, capsys)
    assert any(loc and loc["name"] == "Tell al-Mishmish" and loc["lat"] == 35.1
               and loc["admin1"] == "Deir-ez-Zor" for loc in after), after
    capsys.readouterr()
    assert run(["--db", str(db), "--format", "jsonl", "-c", "where تل المشمش"]) == 0
    assert "Tell al-Mishmish" in capsys.readouterr().out


def test_config_file_names_the_store_and_gazetteers_once(env, capsys):
    cfg = env / "config" / "incidents"
    cfg.mkdir(parents=True)
    (cfg / "config.toml").write_text('db = "../../store.db"\ngazetteers = ["../../villages.json"]\n',
                                     encoding="utf-8")
    conf = load_config()
    assert conf.db == str(cfg / "../../store.db") and conf.gazetteers == [str(cfg / "../../villages.json")]
    assert run(["--gazetteer", "villages.json", "ingest", "article.txt"]) == 0    # same file twice is fine
    assert (env / "store.db").exists()
    capsys.readouterr()
    assert run(["--format", "json", "-c", "where Tell al-Mishmish"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["location"]["name"] == "Tell al-Mishmish"


@pytest.mark.parametrize("where", ["before", "after"])
def test_a_broken_gazetteer_is_one_error_line_and_changes_nothing(env, capsys, where):
    db = env / "s.db"
    assert run(["--db", str(db), "ingest", "article.txt"]) == 0
    before = locations(db, capsys)
    for bad, reason in (("broken.json", "not a JSON gazetteer"), ("missing.json", "no such file"),
                        (str(env), "is a folder")):
        opt = ["--gazetteer", bad]
        argv = opt + ["--db", str(db), "reindex"] if where == "before" else ["--db", str(db), "reindex"] + opt
        capsys.readouterr()
        assert run(argv) == 1
        err = capsys.readouterr().err
        assert err.startswith(f"error: {bad}: {reason}") and err.count("\n") == 1, err
        assert "Traceback" not in err
    capsys.readouterr()
    assert run(["--db", str(db), "--gazetteer", "broken.json", "ingest", "article.txt"]) == 1
    assert capsys.readouterr().err.startswith("error: broken.json: ")
    assert locations(db, capsys) == before


def test_gazetteer_from_the_environment_is_checked_too(env, capsys, monkeypatch):
    monkeypatch.setenv("INCIDENTS_GAZETTEER", "broken.json")
    assert run(["--db", str(env / "s.db"), "ingest", "article.txt"]) == 1
    assert capsys.readouterr().err.startswith("error: broken.json: not a JSON gazetteer")


@pytest.mark.parametrize("text, reason", [
    ("db = ", "not valid TOML"),
    ("gazeteers = []", "unknown key 'gazeteers'"),
    ("gazetteers = [1]", "'gazetteers' must be a list"),
    ("db = 3", "'db' must be a file name"),
])
def test_a_bad_config_file_is_one_error_line(env, capsys, text, reason):
    cfg = env / "config" / "incidents"
    cfg.mkdir(parents=True)
    (cfg / "config.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=reason):
        load_config()
    assert run(["--db", str(env / "s.db"), "-c", "help"]) == 1
    err = capsys.readouterr().err
    assert err == f"error: {cfg / 'config.toml'}: " + err.split(": ", 2)[2] and reason in err
    assert err.count("\n") == 1
