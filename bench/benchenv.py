"""Where the benches find the package, the command and the shared corpora.

The benches import the installed `incidents` package (editable or not): they never
put the checkout on sys.path, where its top-level `incidents/` folder would hide the
installed package's subpackages (`incidents.extract` …) under a non-editable install.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent     # the checkout the bench was run from


def shared_corpus(name: str) -> Path:
    """shared/corpus/NAME beside the main checkout or beside a worktree's parent folder."""
    for base in (ROOT.parent, ROOT.parent.parent):
        p = base / "shared" / "corpus" / name
        if p.exists():
            return p
    sys.exit(f"bench: shared/corpus/{name}: not found")


def incidents_command() -> list[str]:
    """The `incidents` command of the Python running the bench (its venv's script), or
    that Python running the CLI when the script is not there."""
    exe = Path(sys.executable).with_name("incidents")
    if exe.exists():
        return [str(exe)]
    return [sys.executable, "-c", "from incidents.shell.cli import main; main()"]


def seed_paths() -> list[str]:
    """The bundled seed articles of the installed package (as `incidents seed` finds them)."""
    from incidents.shell.paths import seed_files
    return seed_files()
