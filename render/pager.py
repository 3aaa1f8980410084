"""Results taller than the screen go through a pager, as git and psql do.

Only the interactive shell pages, and only when stdout is a terminal: a pipe
or a file always gets the plain text. $PAGER is honoured (default `less -R`,
so rich's colours survive); if the pager cannot start, the text is printed.
"""
from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from typing import IO, Optional

_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")
MODES = ("on", "off", "auto")


def screen_size() -> tuple[int, int]:
    """(columns, rows) of the terminal, (80, 24) when unknown."""
    size = shutil.get_terminal_size((80, 24))
    return size.columns or 80, size.lines or 24


def height(text: str, columns: int) -> int:
    """Screen rows `text` takes once the terminal wraps its long lines."""
    from rich.cells import cell_len  # lazy: only the shell pages
    rows = 0
    for line in _ANSI.sub("", text).split("\n"):
        rows += max(1, -(-cell_len(line) // max(1, columns)))
    return rows - (1 if text.endswith("\n") else 0)


def should_page(text: str, mode: str, is_tty: bool, size: Optional[tuple[int, int]] = None) -> bool:
    """on: any result; auto: a result taller than the screen; never off a terminal."""
    if not text or mode == "off" or not is_tty:
        return False
    if mode == "on":
        return True
    columns, rows = size or screen_size()
    return height(text, columns) > rows - 2      # leave room for the prompt and toolbar


def pager_command() -> list[str]:
    """$PAGER split like a shell would, else `less -R`."""
    value = os.environ.get("PAGER", "").strip()
    try:
        cmd = shlex.split(value) if value else []
    except ValueError:
        cmd = []
    return cmd or ["less", "-R"]


def page(text: str) -> bool:
    """Show `text` in the pager; False if it could not run (caller prints instead)."""
    cmd = pager_command()
    env = dict(os.environ)
    if os.path.basename(cmd[0]) == "less":
        env.setdefault("LESS", "R")  # colours, even when $PAGER is a bare `less`
    try:
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, env=env)
    except OSError:
        return False
    try:
        proc.communicate(text.encode("utf-8", "replace"))
    except BrokenPipeError:      # the reader quit before reading it all
        pass
    except KeyboardInterrupt:    # Ctrl-C inside less reaches us too: let the pager finish
        pass
    while True:
        try:
            proc.wait()
            break
        except KeyboardInterrupt:
            continue
    return True


def emit(text: str, out: Optional[IO[str]] = None, mode: str = "auto") -> bool:
    """Write one command's output: through the pager when it should be, else to `out`.
    Returns True if the pager was used."""
    out = out or sys.stdout
    is_tty = bool(getattr(out, "isatty", lambda: False)())
    if should_page(text, mode, is_tty):
        out.flush()
        if page(text):
            return True
    out.write(text)
    out.flush()
    return False


class PagedWriter:
    """A command's output stream for the interactive shell: text is held back until it
    is taller than the screen (or at once with mode on), then the pager starts and gets
    what was held and every later write as it comes, so a long result pages while it is
    still being read. Short output goes to `out` when the command ends (close()).
    Writing after the reader quit the pager raises BrokenPipeError: the command stops."""

    def __init__(self, out: IO[str], mode: str = "auto", size: Optional[tuple[int, int]] = None,
                 start=None):
        self.out = out
        self.mode = mode
        self.size = size
        self.is_tty = bool(getattr(out, "isatty", lambda: False)())
        self._start = start or _start_pager
        self._held: list[str] = []
        self._rows = 0
        self.proc = None          # the pager process, once started
        self.pipe = None          # a text stream into it
        self.decided = not self.is_tty or mode == "off"

    def write(self, text: str) -> int:
        if self.pipe is not None:
            self.pipe.write(text)
            return len(text)
        if self.decided:
            return self.out.write(text)
        self._held.append(text)
        columns, rows = self.size or screen_size()
        self._rows += height(text, columns) if "\n" in text else 0
        if self.mode == "on" or self._rows > rows - 2:
            self._open()
        return len(text)

    def _open(self) -> None:
        self.decided = True
        self.out.flush()
        started = self._start()
        held, self._held = "".join(self._held), []
        if started is None:            # no pager: print instead
            self.out.write(held)
            return
        self.proc, self.pipe = started
        self.pipe.write(held)

    def flush(self) -> None:
        if self.pipe is not None:
            self.pipe.flush()
        elif self.decided:
            self.out.flush()

    def isatty(self) -> bool:
        return False                   # what commands write is text for the pager or the screen

    def close(self) -> bool:
        """End of the command: show held text, or let the pager finish. True if paged."""
        if self.pipe is None:
            if self.mode == "on" and self._held and self.is_tty:
                self._open()
            if self.pipe is None:
                self.out.write("".join(self._held))
                self._held = []
                self.out.flush()
                return False
        try:
            self.pipe.close()
        except BrokenPipeError:
            pass
        _wait(self.proc)
        return True


def _start_pager():
    """(process, text stream into its stdin) of $PAGER, or None if it cannot run."""
    import io
    cmd = pager_command()
    env = dict(os.environ)
    if os.path.basename(cmd[0]) == "less":
        env.setdefault("LESS", "R")
    try:
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, env=env)
    except OSError:
        return None
    return proc, io.TextIOWrapper(proc.stdin, encoding="utf-8", errors="replace", write_through=True)


def _wait(proc) -> None:
    while True:
        try:
            proc.wait()
            return
        except KeyboardInterrupt:     # Ctrl-C inside less reaches us too: let the pager finish
            continue
