"""The interactive shell driven for real: `incidents` in a tmux pane (a real
terminal, TERM=xterm, fixed size), reading the screen as an analyst would see it;
and the completer on a real seeded store."""
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXE = ROOT / ".venv" / "bin" / "incidents"
TMUX = shutil.which("tmux") or "/usr/bin/tmux"
TIMEOUT = 10.0

needs_tmux = pytest.mark.skipif(not os.path.exists(TMUX), reason="tmux not installed")


def _exe() -> list[str]:
    return [str(EXE)] if EXE.exists() else [sys.executable, "-c", "from shell.cli import main; main()"]


class Pane:
    """One tmux server (own socket) running the shell in a 120x32 pane; with no `db`, on
    the default store ($XDG_DATA_HOME/incidents/incidents.db), which a first run seeds."""
    started = 0

    def __init__(self, tmp: Path, db: Path | None, **env: str):
        # a socket of its own: a server just killed may still hold the previous one
        Pane.started += 1
        self.sock = str(tmp / f"tmux{Pane.started}.sock")
        base = {"HOME": str(tmp), "TERM": "xterm", "XDG_STATE_HOME": str(tmp / "state"),
                "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PAGER": "cat", "XDG_DATA_HOME": str(tmp / "data")}
        base.update(env)
        inner = " ".join(["env", "-i"] + [shlex.quote(f"{k}={v}") for k, v in base.items()]
                         + [shlex.quote(a) for a in _exe() + (["--db", str(db)] if db else [])])
        script = f'{inner}; echo "[exit $?]"; sleep 60'
        self.tmux("new-session", "-d", "-x", "120", "-y", "32", "sh", "-c", script)

    def tmux(self, *args: str) -> str:
        return subprocess.run([TMUX, "-f", "/dev/null", "-S", self.sock, *args], capture_output=True,
                              text=True, timeout=TIMEOUT).stdout

    def send(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", "0", *keys)

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", "0", "-l", text)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-J", "-t", "0", "-S", "-200")

    def wait(self, pattern: str, timeout: float = TIMEOUT) -> re.Match:
        end = time.monotonic() + timeout
        while True:
            m = re.search(pattern, self.screen(), re.M)
            if m:
                return m
            if time.monotonic() > end:
                raise AssertionError(f"{pattern!r} not on screen:\n{self.screen()}")
            time.sleep(0.1)

    def close(self) -> None:
        self.tmux("kill-server")


@pytest.fixture
def pane(tmp_path):
    panes = []

    def start(db=None, **env):
        p = Pane(tmp_path, db, **env)
        panes.append(p)
        return p
    yield start
    for p in panes:
        p.close()


@needs_tmux
def test_first_run_completion_toolbar_errors_and_ctrl_d(pane):
    p = pane()
    p.wait(r"first run, ingested 5 seed articles \(\d+ incidents(, from \d+ reports)?\)")
    p.wait(r"^incidents>\s*$")
    p.wait(r"~/data/incidents/incidents\.db · \d+ documents · \d+ incidents · table · bidi off · pager auto")   # the toolbar
    p.type("act")
    p.send("Tab")
    p.wait(r"^incidents> actor")
    p.send("C-u")
    p.type("actor الدفاع")
    p.send("Tab")
    p.wait(r"الدفاع الوطني\s+National Defence Forces \(\d+\)")           # name + other script + count
    p.send("C-u")
    p.wait(r"^incidents>\s*$")
    p.type("xyzzy")
    p.send("Enter")
    p.wait(r"error: unknown command 'xyzzy'")
    p.type("shwo")
    p.send("Enter")
    p.wait(r"unknown command 'shwo'; did you mean show\?")
    p.type("help")                                                       # the session is still alive
    p.send("Enter")
    p.wait(r"^Commands:")
    p.type("set format csv")
    p.send("Enter")
    p.wait(r"· csv · bidi off")                                          # the toolbar follows `set`
    p.send("C-d")
    p.wait(r"^\[exit 0\]")


@needs_tmux
def test_a_long_result_goes_through_the_pager_only_when_it_should(pane, tmp_path):
    mark = tmp_path / "pager-used"
    pager = tmp_path / "pager.sh"
    pager.write_text(f'#!/bin/sh\necho used >> {shlex.quote(str(mark))}\necho "<<PAGER>>"\ncat\n')
    pager.chmod(0o755)
    p = pane(PAGER=str(pager))
    p.wait(r"^incidents>\s*$")
    p.type("stats")                                   # short, pager auto: printed directly
    p.send("Enter")
    p.wait(r"\d+ documents, \d+ incidents")
    assert not mark.exists()
    p.type("set pager on")
    p.send("Enter")
    p.type("search")
    p.send("Enter")
    p.wait(r"<<PAGER>>")
    p.wait(r"\d+ incidents\n")
    assert mark.read_text().count("used") == 1
    p.type("set pager off")
    p.send("Enter")
    p.type("search")
    p.send("Enter")
    p.wait(r"pager off")
    time.sleep(0.5)
    assert mark.read_text().count("used") == 1
    p.send("C-d")
    p.wait(r"^\[exit 0\]")


@needs_tmux
def test_history_is_kept_in_a_file_and_ctrl_r_finds_it(pane, tmp_path):
    hist = tmp_path / "hist" / "history"
    p = pane(INCIDENTS_HISTORY=str(hist))
    p.wait(r"^incidents>\s*$")
    p.type("stats")
    p.send("Enter")
    p.wait(r"\d+ documents, \d+ incidents")
    p.send("C-d")
    p.wait(r"^\[exit 0\]")
    p.close()
    assert "+stats" in hist.read_text()
    q = pane(INCIDENTS_HISTORY=str(hist))
    q.wait(r"^incidents>\s*$")
    q.send("C-r")
    q.type("sta")
    q.wait(r"stats")
    q.send("Enter")                                    # accept the found line
    q.send("Enter")                                    # and run it
    q.wait(r"\d+ documents, \d+ incidents")


@needs_tmux
def test_trailing_g_and_bidi_in_the_shell(pane):
    p = pane()
    p.wait(r"^incidents>\s*$")
    p.type("actor NDF limit 1 \\G")
    p.send("Enter")
    p.wait(r"\*+ 1\. i-[0-9a-f]+ \*+")
    p.wait(r"^ +actors: ")
    p.type("set bidi on")
    p.send("Enter")
    p.wait(r"bidi on · pager")
    p.type("actor NDF limit 1")
    p.send("Enter")
    p.wait(r"ينطولا عافدلا")                           # reordered for a terminal without bidi


def test_piped_output_never_pages(tmp_path):
    mark = tmp_path / "pager-used"
    env = dict(os.environ, HOME=str(tmp_path), PAGER=f"sh -c 'touch {mark}; cat'")
    r = subprocess.run(_exe() + ["--db", str(tmp_path / "x.db")], input="set pager on\nsearch\n",
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "incidents" in r.stdout and not mark.exists()


# -- the completer on a real seeded store ------------------------------------

@pytest.fixture(scope="module")
def real(tmp_path_factory):
    from incidents.shell.session import Session
    tmp = tmp_path_factory.mktemp("complete")
    env = dict(os.environ, HOME=str(tmp))
    subprocess.run(_exe() + ["--db", str(tmp / "x.db"), "seed"], env=env, capture_output=True,
                   timeout=120, check=True)
    s = Session(str(tmp / "x.db"))
    yield s
    s.close()


def _complete(session, text):
    from incidents.shell.completion import Completions
    return Completions(session).complete(text)


def test_names_complete_in_both_scripts_with_other_name_and_count(real):
    got = _complete(real, "actor الدفاع")
    ndf = next(c for c in got if c.text == "الدفاع الوطني")
    assert ndf.start == -len("الدفاع")
    count = int(re.fullmatch(r"National Defence Forces \((\d+)\)", ndf.meta).group(1))
    assert count > 0
    got = _complete(real, "actor National Def")
    assert got[0].text == "National Defence Forces" and got[0].meta == f"الدفاع الوطني ({count})"
    assert any(c.text == "NDF" for c in _complete(real, "actor nd"))      # aliases too, any case
    first = _complete(real, "actor ")[0]                                   # most used first
    assert int(re.search(r"\((\d+)\)$", first.meta).group(1)) >= count


def test_name_matching_folds_hamza_and_ta_marbuta(real):
    assert "الأسايش" in [c.text for c in _complete(real, "actor الاسايش")]
    assert "الحسكة" in [c.text for c in _complete(real, "where الحسكه")]


def test_names_with_spaces_complete_plain_or_quoted(real):
    plain = _complete(real, "where Deir ez")
    assert plain and all(c.start == -len("Deir ez") and not c.text.startswith('"') for c in plain)
    assert any(" " in c.text for c in plain)                               # inserted plain, parser accepts
    quoted = _complete(real, 'actor NDF where "Deir ez')
    assert quoted and all(c.text.startswith('"') and c.text.endswith('"') for c in quoted)
    assert all(c.start == -len('"Deir ez') for c in quoted)
    single = _complete(real, "where 'Deir ez")
    assert single and all(c.text[0] == c.text[-1] == "'" for c in single)
    from incidents.query.parser import parse
    cmd = parse("where " + next(c.text for c in plain if " " in c.text) + " since 2020")
    assert len(cmd.query.places) == 1 and cmd.query.date_from == "2020"


def test_commands_clauses_choices_and_ids_complete(real):
    from incidents.shell.completion import Completions
    comp = Completions(real)
    assert [c.text for c in comp.complete("sho")] == ["show"] and comp.complete("sho")[0].meta
    assert "where" in [c.text for c in comp.complete("actor NDF wh")]
    assert [c.text for c in comp.complete("set pa")] == ["pager"]
    assert [c.text for c in comp.complete("set pager ")] == ["on", "off", "auto"]
    assert [c.text for c in comp.complete("export q")] == ["quotes"]
    ids = comp.complete("show i-")
    assert ids and all(c.text.startswith("i-") for c in ids)
    assert real.store.get_incident(ids[0].text) is not None


def test_counts_fall_back_to_own_query_without_store_stats(real, monkeypatch):
    monkeypatch.setitem(sys.modules, "incidents.store.stats", None)            # as if not written yet
    ndf = next(c for c in _complete(real, "actor الدفاع") if c.text == "الدفاع الوطني")
    assert re.fullmatch(r"National Defence Forces \(\d+\)", ndf.meta) and "(0)" not in ndf.meta


@needs_tmux
def test_citations_wrap_on_words_at_the_pane_width(pane, tmp_path):
    """The terminal never breaks an Arabic word of a citation: we wrap on words first
    (capture without -J: each screen row as the terminal drew it)."""
    import json
    p = pane()
    p.wait(r"^incidents>\s*$")
    p.type("actor NDF limit 1")
    p.send("Enter")
    p.wait(r"^1 incident$")
    rows = p.tmux("capture-pane", "-p", "-t", "0").splitlines()
    env = dict(os.environ, HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("INCIDENTS_DB", None)
    out = subprocess.run(_exe() + ["--format", "json", "-c", "actor NDF limit 1"], capture_output=True,
                         text=True, env=env, timeout=60).stdout
    quote = json.loads(out)[0]["sources"][0]["quote"]
    start = next(n for n, r in enumerate(rows) if r.startswith("[1] "))
    end = next(n for n, r in enumerate(rows) if r.startswith("1 incident"))
    cites = rows[start:end]
    assert len(cites) > 1                                             # it wrapped
    assert all(len(r.replace("\u2068", "").replace("\u2069", "")) <= 120 for r in cites)
    shown = " ".join(r.replace("\u2068", " ").replace("\u2069", " ") for r in cites).split()
    for word in quote.split():
        assert any(word in w for w in shown), word                    # every word whole on one row


def test_a_city_named_like_its_governorate_has_its_own_completion_entry(real):
    got = {c.text: c.meta for c in _complete(real, "where Idl")}
    assert "Idleb" in got and "Idleb city" in got                     # the governorate, and the city
    assert got["Idleb city"].startswith("مدينة إدلب")
    assert [c.text for c in _complete(real, "where Idleb c")].count("Idleb city") == 1
    assert "مدينة إدلب" in [c.text for c in _complete(real, "where مدينة إد")]
    assert "Deir-ez-Zor city" in [c.text for c in _complete(real, "where Deir")]
    real.out, real.err = io.StringIO(), io.StringIO()
    assert real.run("where Idleb city count"), real.err.getvalue()   # the entry, accepted, means the city
    assert real.out.getvalue().startswith("where Idleb city → Idleb (city, Idleb)")
