"""The README shows what a person sees: its captured examples (scripts/readme_session.py)
name incidents that exist in the seed store, and every command it documents is registered."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"<!-- capture: (\w+) -->\n(.*?)<!-- /capture -->", re.S)
FIX = "re-capture them: .venv/bin/python scripts/readme_session.py"


def test_the_captured_blocks_are_marked():
    assert {m.group(1) for m in BLOCK.finditer(README)} == {"queries", "session", "completion", "map", "acled", "named"}


def test_every_incident_id_in_the_readme_exists_in_the_seed_store(seed_store):
    ids = [r[0] for r in seed_store.db.execute("SELECT id FROM incidents").fetchall()]
    shown = set(re.findall(r"\bi-[0-9a-f]{3,10}\b", README))
    assert shown, "the README shows no incident id"
    for ident in sorted(shown):
        hits = [i for i in ids if i.startswith(ident)]
        assert len(hits) == 1, f"README names {ident}, which is no (unique) incident of the seed store; {FIX}"


def test_the_session_is_a_first_run_with_a_show_of_a_listed_id():
    session = dict(BLOCK.findall(README))["session"]
    assert "incidents: first run, ingested 5 seed articles (" in session
    listed = re.findall(r"^    (i-[0-9a-f]{10})\b", session, re.M)
    shown = re.search(r"^    incidents> show (i-[0-9a-f]+)$", session, re.M)
    assert shown and any(i.startswith(shown.group(1)) for i in listed), FIX


def test_every_command_of_the_commands_table_is_registered():
    from incidents.shell import registry
    registry.load_commands()
    table = README.split("### Commands", 1)[1].split("\n\n", 2)[1]
    words = {m.group(1) for m in re.finditer(r"^\| `(\w+)", table, re.M)}
    assert words and all(registry.lookup(w) for w in words), words - set(registry.names())
