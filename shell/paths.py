"""Where things live: the database, the shell history, the bundled seed articles."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

APP = "incidents"


def _xdg(var: str, default: str) -> Path:
    value = os.environ.get(var)
    return Path(value) if value and os.path.isabs(value) else Path.home() / default


def db_path(arg: Optional[str] = None, configured: Optional[str] = None) -> Path:
    """--db, else $INCIDENTS_DB, else `db` of the config file, else
    $XDG_DATA_HOME/incidents/incidents.db."""
    if arg:
        return Path(arg).expanduser()
    env = os.environ.get("INCIDENTS_DB")
    if env:
        return Path(env).expanduser()
    if configured:
        return Path(configured).expanduser()
    return _xdg("XDG_DATA_HOME", ".local/share") / APP / "incidents.db"


def is_default_store(arg: Optional[str] = None, configured: Optional[str] = None) -> bool:
    """True when no --db, $INCIDENTS_DB or config `db` names the store: only this store
    gets the seed articles on its first run (a store the analyst names starts empty)."""
    return not arg and not os.environ.get("INCIDENTS_DB") and not configured


def history_path() -> Path:
    """$XDG_STATE_HOME/incidents/history (shell line history)."""
    return _xdg("XDG_STATE_HOME", ".local/state") / APP / "history"


def pretty(path: os.PathLike | str) -> str:
    """A path for messages, with the home directory shown as ~."""
    p = str(path)
    home = str(Path.home())
    if home not in ("", "/") and (p == home or p.startswith(home + os.sep)):
        return "~" + p[len(home):]
    return p


def seed_files() -> list[str]:
    """The bundled seed articles (*.txt of the `seeds` namespace package),
    falling back to the repository's seeds/ folder."""
    found: list[str] = []
    try:
        from importlib.resources import files
        root = files("incidents.seeds")
        for entry in sorted(root.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".txt") and entry.is_file():
                found.append(str(entry))
    except (ImportError, ModuleNotFoundError, OSError, TypeError, ValueError):
        found = []
    if not found:  # 3.11 cannot make a MultiplexedPath of an editable install's namespace path
        try:
            from incidents import seeds
            for entry in getattr(seeds, "__path__", []):
                if os.path.isdir(entry):
                    found += [str(p) for p in sorted(Path(entry).glob("*.txt"))]
        except ImportError:
            pass
    if not found:
        repo = Path(__file__).resolve().parent.parent / "seeds"
        if repo.is_dir():
            found = [str(p) for p in sorted(repo.glob("*.txt"))]
    unique: dict[str, str] = {}
    for f in found:
        if os.path.exists(f):
            unique.setdefault(os.path.realpath(f), f)
    return list(unique.values())
