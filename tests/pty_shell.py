"""The installed program's environment, and its shell in a pseudo-terminal, for tests
that go through the real shell as an analyst's terminal does (pexpect). One place for
spawning, leaving with Ctrl-D and closing, so no test leaves a child behind when an
expect fails."""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXE = ROOT / ".venv" / "bin" / "incidents"
CMD = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "incidents"]


def env_for(folder: Path) -> dict:
    """An environment whose home, data, state and config are under `folder` (no
    INCIDENTS_DB), a wide terminal and no pager, for running the installed program."""
    e = dict(os.environ, COLUMNS="160", HOME=str(folder), XDG_DATA_HOME=str(folder / "data"),
             XDG_STATE_HOME=str(folder / "state"), XDG_CONFIG_HOME=str(folder / "config"),
             PAGER="cat", PROMPT_TOOLKIT_NO_CPR="1")
    e.pop("INCIDENTS_DB", None)
    return e


@contextmanager
def pty_shell(db: Path, env: dict, *, timeout: int = 60, dimensions: tuple[int, int] = (40, 160),
              cwd: Path | None = None) -> Iterator:
    """`incidents --db DB` in a pty (a pexpect child) for the block; when the block ends
    normally Ctrl-D leaves the shell and its EOF is awaited, and the child is closed in
    every case, so `child.exitstatus` is set after the block."""
    pexpect = pytest.importorskip("pexpect")
    child = pexpect.spawn(CMD[0], CMD[1:] + ["--db", str(db)], env=env, encoding="utf-8", timeout=timeout,
                          dimensions=dimensions, cwd=str(cwd or db.parent))
    try:
        yield child
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
    finally:
        child.close()
