"""One bad record stops nothing (issue 8, item 4): a JSON line holding a lone surrogate,
arrays nested 1,000 deep or an integer of 4,300+ digits is one `file:line: reason` error,
every other record (of that file and of the others) is stored, and the exit status is 1.
Through the installed program, for `ingest` (corpora, stdin) and for `load`."""
import copy
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from incidents.documents.jsonline import lone_surrogate, parse_line

ROOT = Path(__file__).resolve().parent.parent
EXE = ROOT / ".venv" / "bin" / "incidents"
CMD = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "incidents"]


def good(i: int) -> str:
    return json.dumps({"id": f"g{i}", "text": f"نشرت الصحيفة تقريراً عن الطقس في اليوم {i}، وكانت الأمطار غزيرة."},
                      ensure_ascii=False)


BAD = {   # line -> what the error says
    2: ('{"id": "s", "text": "\\ud800 نص"}', 'not text: a lone surrogate \\ud800 in "text" (character 1)'),
    4: ('{"id": "d", "text": "نص", "x": ' + "[" * 1000 + "]" * 1000 + "}", "not read: JSON nested too deeply"),
    6: ('{"id": "n", "text": "قتل", "x": ' + "9" * 4301 + "}", "not read: a number of more than 4,300 digits"),
    8: ('{"id": "t", "title": "عنوان \\udfff", "text": "نص عن الطقس"}', 'lone surrogate \\udfff in "title"'),
    10: ('{"id": "u", "url": ["x"], "text": "نص عن الطقس"}', '"url" is an array, not a string'),
}


def write_corpus(path: Path) -> Path:
    lines = [BAD[n][0] if n in BAD else good(n) for n in range(1, 12)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(db: Path, *args, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(CMD + ["--db", str(db), *args], input=stdin, capture_output=True, text=True,
                          timeout=120, cwd=str(db.parent))


def stored(db: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT doc FROM documents")}
    finally:
        conn.close()


GOOD_DOCS = {f"g{n}" for n in range(1, 12) if n not in BAD}


def _check(r: subprocess.CompletedProcess, label: str, new: int = 6) -> None:
    assert r.returncode == 1, r.stderr
    lines = r.stderr.splitlines()
    for n, (_, reason) in BAD.items():
        hit = [line for line in lines if line.startswith(f"{label}:{n}: ")]
        assert len(hit) == 1 and reason in hit[0], (n, lines)
    assert len([line for line in lines if line.startswith(f"{label}:")]) == len(BAD)
    assert any(f"({new} new, 0 unchanged, 5 failed)" in line for line in lines)
    assert "Traceback" not in r.stderr and "Error" not in r.stderr


def test_each_bad_record_of_a_corpus_is_one_error_line_and_the_rest_is_stored(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl")
    other = tmp_path / "other.txt"
    other.write_text("خرجت مظاهرة في السويداء يوم الجمعة.\n", encoding="utf-8")
    r = run(tmp_path / "t.db", "ingest", str(corpus), str(other))
    _check(r, str(corpus), new=7)
    assert stored(tmp_path / "t.db") == GOOD_DOCS | {"other.txt"}     # the file after it too


def test_bad_records_on_stdin_are_errors_of_their_lines(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl")
    r = run(tmp_path / "t.db", "ingest", "-", stdin=corpus.read_text(encoding="utf-8"))
    _check(r, "stdin")
    assert stored(tmp_path / "t.db") == GOOD_DOCS


def test_extraction_records_that_cannot_be_stored_are_errors_of_their_lines(tmp_path):
    seeds = sorted((ROOT / "seeds").glob("*.txt"))[:2]
    made = subprocess.run(CMD + ["extract", *map(str, seeds)], capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    first, second = (json.loads(line) for line in made.stdout.splitlines())
    broken = []
    for change in (lambda r: r.pop("meta"),
                   lambda r: r["extraction"]["incidents"][0]["citations"][0].update(start=[1, 2]),
                   lambda r: r["extraction"]["incidents"][0].update(killed=10 ** 30),
                   lambda r: r["extraction"].update(incidents=[1]),
                   lambda r: r.update(sha256="0" * 64)):
        r = copy.deepcopy(first)
        change(r)
        broken.append(json.dumps(r, ensure_ascii=False))
    lines = broken + [BAD[2][0], BAD[4][0], BAD[6][0], json.dumps(second, ensure_ascii=False)]
    records = tmp_path / "r.jsonl"
    records.write_bytes(("\n".join(lines) + "\n").encode("utf-8") + b"\xff\xfe\n")
    r = run(tmp_path / "t.db", "load", str(records))
    assert r.returncode == 1
    errors = [line for line in r.stderr.splitlines() if line.startswith(f"{records}:")]
    assert [e.split(": ")[0] for e in errors] == [f"{records}:{n}" for n in (*range(1, 9), 10)], r.stderr
    assert '"extraction.incidents[0].citations[0].start" is not an integer' in errors[1]
    assert "fits 64 bits" in errors[2] and "not UTF-8" in errors[8]
    assert "Error" not in r.stderr and "Traceback" not in r.stderr
    assert stored(tmp_path / "t.db") == {second["meta"]["doc"]}


@pytest.mark.parametrize("line, reason", [
    ('{"a": "\\ud83d\\ude00"}', None),                 # a surrogate pair is one character
    ('{"a": ["x", {"b": "\\udc80"}]}', 'lone surrogate \\udc80 in "a"'),
    ('{"\\ud800": 1}', 'in "a key"'),
    ('[' * 50000 + ']' * 50000, "nested too deeply"),
    ('{"a": 1e999999}', None),                          # a float too large is infinity, not an error
])
def test_parse_line_answers_a_value_or_a_reason(line, reason):
    value, why = parse_line(line)
    if reason is None:
        assert why is None and lone_surrogate(value) is None
    else:
        assert value is None and reason in why
