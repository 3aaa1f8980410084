"""Ingest on Dask (the dask extra, in the test extra so CI runs it): chunks come back
in input order with per-document errors; an unreachable scheduler is one error line
and leaves the store as it was. (The same-store test is in test_ingest_workers.)"""
import subprocess
import sys
from pathlib import Path

import pytest

from incidents.store.db import open_store

pytest.importorskip("distributed")
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_dask_chunks_keep_the_input_order():
    from incidents.store.dask_engine import dask_extract

    def echo(text, meta, gazetteer=None):
        if text == "bad":
            raise ValueError("no")
        return f"{text}|{meta}|{gazetteer}"

    tasks = [(n, "bad" if n == 3 else f"t{n}", f"m{n}") for n in range(7)]
    got = list(dask_extract(tasks, echo, "G", "local", chunk=3))
    assert [k for k, _, _ in got] == list(range(7))
    assert got[0][1:] == ("t0|m0|G", None)
    assert got[3][1] is None and "extraction failed: no" in got[3][2]


def test_an_unreachable_scheduler_is_one_line_and_the_store_keeps_its_documents(tmp_path):
    from incidents.store.dask_engine import DaskUnavailable, connect
    with pytest.raises(DaskUnavailable, match="cannot reach the Dask scheduler"):
        connect("tcp://127.0.0.1:1", timeout="1s")
    db = tmp_path / "s.db"
    cli = [sys.executable, "-m", "incidents", "--db", str(db)]
    subprocess.run(cli + ["ingest", str(SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0])],
                   check=True, capture_output=True)
    run = subprocess.run(cli + ["ingest", "--dask", "tcp://127.0.0.1:1", str(SEEDS)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.count("\n") == 1 and "cannot reach the Dask scheduler" in run.stderr
    s = open_store(str(db))
    assert s.db.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    s.close()
