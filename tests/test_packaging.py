"""The installed distribution claims one import name, `incidents`."""
import importlib.metadata
import subprocess
import sys

GENERIC = ("documents", "extract", "query", "render", "seeds", "shell", "store")


def test_distribution_top_level_is_incidents_only():
    dist = importlib.metadata.distribution("incidents")
    assert (dist.read_text("top_level.txt") or "").split() == ["incidents"]


def test_generic_names_are_not_importable_outside_the_repository(tmp_path):
    code = ("import importlib.util, json, sys; "
            f"print(json.dumps({{n: importlib.util.find_spec(n) is not None for n in {GENERIC!r}}}))")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "{" + ", ".join(f'"{n}": false' for n in GENERIC) + "}"
    mods = subprocess.run([sys.executable, "-c", "import incidents.store.db, incidents.shell.cli; print('ok')"],
                          cwd=tmp_path, capture_output=True, text=True)
    assert mods.stdout.strip() == "ok", mods.stderr
