"""Re-capture the README's examples from real runs: the shell in a tmux pane (what a
person sees, toolbar included) and `incidents -c` for the query examples.

    .venv/bin/python scripts/readme_session.py          # rewrite README.md in place
    .venv/bin/python scripts/readme_session.py --check  # exit 1 if README.md is stale

Each captured block sits between `<!-- capture: NAME -->` and `<!-- /capture -->` in
README.md; ids the old session showed are replaced everywhere in README.md by the new
session's, so the command table's examples name incidents that exist. Needs tmux.
"""
from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
EXE = ROOT / ".venv" / "bin" / "incidents"
WIDTH, HEIGHT = 118, 80
MENU_ROWS = 5            # the completion menu's first entries
BLOCK = re.compile(r"(<!-- capture: (\w+) -->\n)(.*?)(<!-- /capture -->)", re.S)
ID = re.compile(r"\bi-[0-9a-f]{4,10}\b")


def _env(home: str) -> dict:
    return {"HOME": home, "TERM": "xterm", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PAGER": "cat",
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "XDG_DATA_HOME": f"{home}/.local/share",
            "XDG_STATE_HOME": f"{home}/.local/state", "XDG_CONFIG_HOME": f"{home}/.config"}


class Pane:
    def __init__(self, home: str):
        self.sock = f"{home}/tmux.sock"
        env = " ".join(shlex.quote(f"{k}={v}") for k, v in _env(home).items())
        self.tmux("new-session", "-d", "-x", str(WIDTH), "-y", str(HEIGHT),
                  f"env -i {env} {shlex.quote(str(EXE))}; sleep 30")

    def tmux(self, *args: str) -> str:
        return subprocess.run(["tmux", "-f", "/dev/null", "-S", self.sock, *args], capture_output=True,
                              text=True, timeout=30).stdout

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "0")

    def wait(self, pattern: str, timeout: float = 60) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            screen = self.screen()
            if re.search(pattern, screen, re.M):
                return screen
            time.sleep(0.2)
        raise SystemExit(f"readme_session: {pattern!r} never showed:\n{self.screen()}")

    def line(self, text: str, then: str = r"^incidents>\s*$") -> str:
        self.tmux("send-keys", "-t", "0", "-l", text)
        self.tmux("send-keys", "-t", "0", "Enter")
        time.sleep(0.5)
        return self.wait(then)

    def close(self) -> None:
        self.tmux("kill-server")


def _tidy(screen: str) -> list[str]:
    """Screen rows without trailing blanks; the run of empty rows above the toolbar is one."""
    rows = [r.rstrip() for r in screen.splitlines()]
    while rows and not rows[-1]:
        rows.pop()
    out: list[str] = []
    for r in rows:
        if not r and out and not out[-1]:
            continue
        out.append(r)
    return out


def _indent(rows: list[str]) -> str:
    return "".join(f"    {r}\n" if r else "\n" for r in rows)


def capture_session(home: str) -> tuple[str, str, list[str]]:
    """(session block, completion block, ids listed) from a first run in a tmux pane."""
    pane = Pane(home)
    try:
        pane.wait(r"^incidents>\s*$")
        listing = pane.line("actor NDF where Deir-ez-Zor limit 2", r"^\d+ incidents?$")
        ids = re.findall(r"^(i-[0-9a-f]{10})\b", listing, re.M)
        pane.wait(r"^incidents>\s*$")
        pane.line(f"show {ids[-1][:5]}")
        pane.line("actor NDFF")
        pane.line(f"shwo {ids[-1][:5]}")
        session = _tidy(pane.screen())
        pane.tmux("send-keys", "-t", "0", "C-l")
        pane.wait(r"^incidents>\s*$")
        pane.tmux("send-keys", "-t", "0", "-l", "actor الدفاع")
        pane.tmux("send-keys", "-t", "0", "Tab")
        screen = pane.wait(r"National Defence Forces \(\d+\)")
        rows = _tidy(screen)
        at = max(n for n, r in enumerate(rows) if r.startswith("incidents> actor"))
        menu = rows[at:at + 1 + MENU_ROWS]
        pane.tmux("send-keys", "-t", "0", "C-u")
        return _indent(session), _indent(menu), ids
    finally:
        pane.close()


def _run(home: str, args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, timeout=120, cwd=home,
                          env=dict(_env(home), COLUMNS=str(WIDTH)))


def capture_queries(home: str) -> str:
    """The name-resolution and limit examples from `incidents -c` on the same store."""
    out = []
    for line in ("where Idlib; where Hasakah count", "dyads limit 1"):
        out += [f"incidents> {line}"] + _run(home, ["-c", line]).stdout.rstrip("\n").splitlines()
    return _indent(out)


def capture_map(home: str) -> str:
    return _indent(["incidents> map"] + _run(home, ["-c", "map"]).stdout.rstrip("\n").splitlines())


def _transcript(home: str, runs: list[list[str]]) -> str:
    """`$ incidents ARGS` and what the terminal shows (stderr, then stdout) for each run."""
    out = []
    for args in runs:
        r = _run(home, args)
        out += ["$ incidents " + " ".join(shlex.quote(a) for a in args)]
        out += (r.stderr + r.stdout).replace(home, "~").rstrip("\n").splitlines()
    return _indent(out)


def capture_acled(home: str) -> str:
    """Our ACLED export imported into a store of its own."""
    return _transcript(home, [["-c", "export syria.acled.csv"],
                              ["--db", "acled.db", "import", "acled", "syria.acled.csv"],
                              ["--db", "acled.db", "-c", "outlet ACLED count; where Deir-ez-Zor count"]])


def capture_named(home: str) -> str:
    """A store named with --db starts empty; `seed` fills it."""
    return _transcript(home, [["--db", "mine.db", "-c", "stats"], ["--db", "mine.db", "seed"]])


def rewrite(text: str, blocks: dict[str, str], ids: list[str]) -> str:
    old_session = next((m.group(3) for m in BLOCK.finditer(text) if m.group(2) == "session"), "")
    old_ids = re.findall(r"^    (i-[0-9a-f]{10})\b", old_session, re.M)
    text = BLOCK.sub(lambda m: m.group(1) + blocks.get(m.group(2), m.group(3)) + m.group(4), text)
    for before, after in zip(old_ids, ids):          # the examples of the command table follow
        if before != after:
            text = re.sub(rf"\b{before[:5]}\b", after[:5], text)
    return text


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--check", action="store_true", help="exit 1 if README.md differs from a new capture")
    args = p.parse_args()
    if not shutil.which("tmux") or not EXE.exists():
        sys.exit("readme_session.py needs tmux and the README's install (.venv/bin/incidents)")
    with tempfile.TemporaryDirectory() as home:
        session, completion, ids = capture_session(home)
        blocks = {"session": session, "completion": completion, "queries": capture_queries(home),
                  "map": capture_map(home), "acled": capture_acled(home), "named": capture_named(home)}
    text = README.read_text(encoding="utf-8")
    new = rewrite(text, blocks, ids)
    if args.check:
        print("README.md is up to date" if new == text else "README.md differs from a new capture")
        return 0 if new == text else 1
    README.write_text(new, encoding="utf-8")
    print(f"README.md: {'rewritten' if new != text else 'unchanged'} (session ids {', '.join(ids)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
