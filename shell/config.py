"""The analyst's config file and their own gazetteers.

`$XDG_CONFIG_HOME/incidents/config.toml` (default ~/.config/incidents/config.toml)
names the store and the gazetteer files once, so every ingest and reindex uses the
same places and actors without repeating `--gazetteer` on each command:

    db = "~/data/incidents.db"
    gazetteers = ["~/gazetteers/my-villages.json"]

Relative paths are relative to the config file's folder. Only the standard library
is imported here (tomllib), so reading the config costs nothing at start-up.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Sequence

from incidents.shell.paths import APP, _xdg

KEYS = ("db", "gazetteers")


class ConfigError(Exception):
    """A config file that cannot be used; the message names the file."""


@dataclass
class Config:
    db: Optional[str] = None
    gazetteers: list[str] = field(default_factory=list)
    path: Optional[str] = None


def config_path() -> Path:
    """$XDG_CONFIG_HOME/incidents/config.toml."""
    return _xdg("XDG_CONFIG_HOME", ".config") / APP / "config.toml"


def _resolve(value: str, base: Path) -> str:
    p = Path(os.path.expanduser(value))
    return str(p if p.is_absolute() else base / p)


def load_config(path: Optional[os.PathLike | str] = None) -> Config:
    """The config file, or an empty Config when there is none. Raises ConfigError."""
    import tomllib
    p = Path(path) if path else config_path()
    try:
        with open(p, "rb") as fh:
            data: dict[str, Any] = tomllib.load(fh)
    except FileNotFoundError:
        return Config()
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{p}: not valid TOML: {e}") from None
    except OSError as e:
        raise ConfigError(f"{p}: {e.strerror or e}") from None
    unknown = [k for k in data if k not in KEYS]
    if unknown:
        raise ConfigError(f"{p}: unknown key '{unknown[0]}' (known: {', '.join(KEYS)})")
    base = p.parent
    db = data.get("db")
    if db is not None and (not isinstance(db, str) or not db.strip()):
        raise ConfigError(f"{p}: 'db' must be a file name in quotes")
    gaz = data.get("gazetteers", [])
    if isinstance(gaz, str):
        gaz = [gaz]
    if not isinstance(gaz, list) or not all(isinstance(g, str) and g.strip() for g in gaz):
        raise ConfigError(f"{p}: 'gazetteers' must be a list of file names, e.g. [\"my-places.json\"]")
    return Config(db=_resolve(db, base) if db else None, gazetteers=[_resolve(g, base) for g in gaz], path=str(p))


def load_gazetteer_files(paths: Sequence[str] = ()):
    """Our gazetteer plus `paths` (and $INCIDENTS_GAZETTEER). Raises
    extract.gazetteer.GazetteerError whose message is 'FILE: reason'."""
    from incidents.extract import gazetteer as gz
    if not paths and not os.environ.get(gz.ENV):
        return gz.default_gazetteer()          # cached per process
    for p in paths:                            # catch what load_gazetteer lets through
        if os.path.isdir(p):
            raise gz.GazetteerError(f"{p}: is a folder, not a gazetteer file")
    try:
        return gz.load_gazetteer(extra=list(paths))
    except OSError as e:
        raise gz.GazetteerError(f"{e.filename or (paths[0] if paths else '?')}: {e.strerror or e}") from None
