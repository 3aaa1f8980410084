"""Words from outside reach the terminal inert (issue 8, items 6, 7 and the bidi part of 8):
file names and every outside message are escaped like article text (a newline in a name
does not split its error line), every CSV/TSV output neutralises cells a spreadsheet would
read as a formula, and exports carry no raw bidi or C1 control. Through the installed
program, piped and in a pseudo-terminal."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from incidents.render.escape import message
from pty_shell import env_for, pty_shell

ROOT = Path(__file__).resolve().parent.parent
EXE = ROOT / ".venv" / "bin" / "incidents"
CMD = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "incidents"]
HOSTILE = ["\x1b]0;PWNED\x07.txt", "\x1b]52;c;aGVsbG8=\x07.txt", "two\nlines.txt", "\x9b31mred.txt"]
RAW = ("\x1b", "\x07", "\x9b", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069")


def run(db: Path, *args, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(CMD + ["--db", str(db), *args], input=stdin, capture_output=True, text=True,
                          env=env_for(db.parent), timeout=120, cwd=str(db.parent))


@pytest.fixture
def hostile_names(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in HOSTILE:
        (folder / name).write_text("", encoding="utf-8")       # each an error line: empty file
    return folder


def _error_lines(stderr: str, folder: Path) -> list[str]:
    assert not any(c in stderr for c in RAW), repr(stderr)
    lines = stderr.splitlines()
    return [line for line in lines if line.startswith(message(str(folder)))]


def test_hostile_file_names_are_escaped_one_error_line_each(hostile_names, tmp_path):
    r = run(tmp_path / "t.db", "ingest", str(hostile_names))
    assert r.returncode == 1
    errors = _error_lines(r.stderr, hostile_names)
    assert sorted(errors) == sorted(f"{message(hostile_names / n)}: empty file" for n in HOSTILE)
    assert any("␛]0;PWNED␇.txt" in e for e in errors) and any("two␊lines.txt" in e for e in errors)


def test_hostile_file_names_are_escaped_in_the_shell_piped(hostile_names, tmp_path):
    r = run(tmp_path / "t.db", stdin=f"ingest {hostile_names}\nsource {HOSTILE[0]}\n")
    assert r.returncode == 1
    assert len(_error_lines(r.stderr, hostile_names)) == len(HOSTILE)
    assert not any(c in r.stdout for c in RAW)


def test_hostile_file_names_are_escaped_in_the_shell_in_a_pty(hostile_names, tmp_path):
    with pty_shell(tmp_path / "t.db", env_for(tmp_path)) as child:
        child.expect("incidents>")
        child.sendline(f"ingest {hostile_names}")
        child.expect(r"4 failed")
        seen = child.before
        child.expect("incidents>")
    assert child.exitstatus == 0
    assert "␛]0;PWNED␇.txt" in seen and "two␊lines.txt" in seen
    assert "\x1b]0;PWNED" not in seen and "\x1b]52" not in seen


def test_a_name_that_is_not_utf8_shows_its_bytes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsdecode(b"bad\xff.txt")).write_bytes(b"\xff\xfe")
    r = run(tmp_path / "t.db", "ingest", str(folder))
    assert r.returncode == 1
    assert f"{folder}/bad\\xff.txt: not UTF-8" in r.stderr


CORPUS = [
    {"id": "=HYPERLINK(\"http://x\",\"y\")", "outlet": "@SUM(A1)", "title": "+1", "url": "-2",
     "text": "اشتبكت قوات النظام مع فصائل المعارضة في ريف إدلب \u202eوقتل ثلاثة مدنيين\u202c وأصيب \u2066خمسة\u2069 آخرون."},
]


@pytest.fixture(scope="module")
def formula_store(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("formula") / "t.db"
    corpus = db.parent / "c.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in CORPUS), encoding="utf-8")
    r = run(db, "ingest", str(corpus))
    assert r.returncode == 0, r.stderr
    return db


def _cells(text: str, delimiter: str) -> list[str]:
    import csv
    import io
    if delimiter == "\t":
        return [c for line in text.splitlines() for c in line.split("\t")]
    return [c for row in csv.reader(io.StringIO(text)) for c in row]


@pytest.mark.parametrize("fmt, delimiter", [("csv", ","), ("tsv", "\t")])
def test_no_csv_or_tsv_cell_starts_like_a_formula(formula_store, fmt, delimiter):
    r = run(formula_store, "--format", fmt, "-c", "search")
    assert r.returncode == 0, r.stderr
    incident = r.stdout.splitlines()[1].split(delimiter)[0]
    outputs = [r.stdout]
    for command in (f"show {incident}", "sources", "quotes", "sql SELECT doc, outlet, title, url FROM documents"):
        r = run(formula_store, "--format", fmt, "-c", command)
        assert r.returncode == 0, (command, r.stderr)
        outputs.append(r.stdout)
    cells = [c for out in outputs for c in _cells(out, delimiter)]
    assert "'=HYPERLINK(\"http://x\",\"y\")" in cells and "'@SUM(A1)" in cells and "'+1" in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert not any(ch in out for out in outputs for ch in RAW)


def test_exports_carry_no_raw_bidi_controls_but_keep_them_as_escapes(formula_store):
    for what in ("incidents", "quotes"):
        r = subprocess.run(CMD + ["--db", str(formula_store), "export", what], capture_output=True, text=True,
                           env=env_for(formula_store.parent), timeout=120)
        assert r.returncode == 0, r.stderr
        assert not any(ch in r.stdout for ch in RAW)
    r = subprocess.run(CMD + ["extract", "-"], input=json.dumps(CORPUS[0]), capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0 and not any(ch in r.stdout for ch in RAW)
    assert json.loads(r.stdout)["text"] == CORPUS[0]["text"]           # the data itself is kept


def test_message_shows_every_control_and_drops_bidi():
    assert message("a\x1b[2Jb\nc\td\x7f\x9b\u202e") == "a␛[2Jb␊c␉d␡\\x9b"
    assert message("قوات «النظام»") == "قوات «النظام»"


def test_a_note_about_a_typed_name_is_escaped_too(formula_store):
    r = run(formula_store, "-c", 'actor "قوات النظام" actor "\x1b]0;T\x07"')
    assert r.returncode == 0, r.stderr
    assert "note: no actor '␛]0;T␇'" in r.stderr and not any(c in r.stderr for c in RAW)
