"""Fuzzing the command line and ingest (issue 8, "Done when"): random command lines and
random input files never give a traceback or an exception's class name, exit only with
0, 1, 2 or 130, and leave the store intact (PRAGMA integrity_check) with every earlier
document unchanged. In-process (shell.cli.main, store.ingest.main_ingest) so that a few
hundred cases stay within seconds; bounded by max_examples, derandomized for CI."""
from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incidents.shell.cli import main
from incidents.shell.registry import load_commands, names
from incidents.store.ingest import main_ingest

ROOT = Path(__file__).resolve().parent.parent
CLASS_NAME = re.compile(r"\b[A-Z]\w*(?:Error|Exception|Interrupt)\b|Traceback")
SETTINGS = dict(deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory):
    """A store of the seed articles (a copy of it for this module) and its documents."""
    folder = tmp_path_factory.mktemp("fuzz")
    db = folder / "f.db"
    with contextlib.redirect_stderr(io.StringIO()):
        assert main_ingest(str(db), [str(ROOT / "seeds")], workers=1) == 0
    return db, _documents(db)


def _documents(db: Path) -> set[tuple]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return set(conn.execute("SELECT sha256, doc, text FROM documents").fetchall())
    finally:
        conn.close()


def _intact(db: Path, earlier: set[tuple]) -> None:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert earlier <= _documents(db)


def _cli(argv: list[str]) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        try:
            main(argv)
            code = 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    return code, err.getvalue()


load_commands()
WORDS = sorted(set(names()) - {"ingest", "quit", "exit"}) + [
    "actor", "where", "between", "since", "until", "type", "subtype", "killed", "injured", "outlet",
    "sort", "count", "limit", "NDF", "قسد", "الحسكة", "Idlib", ">=", ">", "=", "!=", "5", "0", "-1",
    "99999999999999999999", "2023", "2023-13-40", "i-", "\"", "'", ";", "\\G", "--format", "json", "--note",
    "SELECT", "count(*)", "FROM", "incidents", "documents", "all", "-killed", "²", "٣", "\x1b[31m", "\u202e",
    "/tmp/x.csv", "out.geojson", "--force", "vertical", "on", "format", "csv",
]
_word = st.one_of(st.sampled_from(WORDS), st.text(max_size=8))
_line = st.lists(_word, min_size=1, max_size=7).map(" ".join)


@settings(max_examples=120, **SETTINGS)
@given(_line, st.sampled_from([[], ["--format", "csv"], ["--format", "json"], ["--bidi"]]))
def test_random_command_lines_exit_cleanly_and_keep_the_store(fuzz_store, tmp_path, monkeypatch, line, options):
    db, earlier = fuzz_store
    monkeypatch.chdir(tmp_path)                      # `export FILE` writes here
    monkeypatch.setenv("PAGER", "cat")
    code, err = _cli(["--db", str(db), *options, "-c", line])
    assert code in (0, 1, 2, 130), (line, code, err)
    assert not CLASS_NAME.search(err), (line, err)
    _intact(db, earlier)


@settings(max_examples=60, **SETTINGS)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=10)), max_size=6))
def test_random_argument_vectors_are_usage_errors_at_worst(fuzz_store, tmp_path, monkeypatch, argv):
    db, earlier = fuzz_store
    monkeypatch.chdir(tmp_path)
    argv = [a for a in argv if a not in ("ingest", "seed", "reindex", "load", "import", "extract")]
    code, err = _cli(["--db", str(db), *argv])
    assert code in (0, 1, 2, 130), (argv, code, err)
    assert not CLASS_NAME.search(err), (argv, err)
    _intact(db, earlier)


_json = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                     lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                  max_size=3), max_leaves=8)
_record = st.fixed_dictionaries({"text": st.one_of(st.text(max_size=60), _json)},
                                optional={"id": _json, "published": _json, "outlet": _json, "title": _json})
HOSTILE = ['{"text": "\\ud800"}', "[" * 2000 + "]" * 2000, '{"text": "x", "n": ' + "7" * 4400 + "}",
           '{"text": "اشتبكت قوات النظام مع قسد في الحسكة"}', "\x00\x1b]0;x\x07", "{", ""]
_corpus_line = st.one_of(_record.map(lambda r: json.dumps(r, ensure_ascii=False)), st.sampled_from(HOSTILE),
                         st.text(max_size=40))


@settings(max_examples=40, **SETTINGS)
@given(st.lists(_corpus_line, min_size=1, max_size=6), st.binary(max_size=200))
def test_random_ingest_input_is_read_or_refused_line_by_line(fuzz_store, tmp_path, lines, blob):
    db, earlier = fuzz_store
    work = tmp_path / "db.db"
    shutil.copyfile(db, work)
    corpus, text = tmp_path / "c.jsonl", tmp_path / "b.txt"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    text.write_bytes(blob)
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main_ingest(str(work), [str(corpus), str(text)], workers=1)
    assert code in (0, 1), err.getvalue()
    assert not CLASS_NAME.search(err.getvalue()), err.getvalue()
    assert all(line.startswith((str(corpus), str(text), "ingested ", "error: ")) for line in
               err.getvalue().splitlines()), err.getvalue()
    _intact(work, earlier)
