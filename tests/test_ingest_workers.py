"""Ingest at scale: worker processes and a local Dask cluster (the dask extra, in the
test extra so CI runs it) give the same store as one process; the progress
bar counts documents against the total with a rate and the time left."""
import io
from pathlib import Path

import pytest

from incidents.store.db import open_store
from incidents.store.ingest import IngestSummary, _count, _Reporter, ingest_paths

SEEDS = Path(__file__).resolve().parent.parent / "seeds"



def _has_dask() -> bool:
    import importlib.util
    return importlib.util.find_spec("distributed") is not None


@pytest.mark.parametrize("engine", [
    {"workers": 2},
    pytest.param({"dask": "local"}, marks=pytest.mark.skipif(not _has_dask(), reason="no dask extra")),
], ids=["two-workers", "dask-local"])
def test_every_engine_makes_the_same_store_as_one_process(tmp_path, store_export, engine):
    for name, how in (("one.db", {"workers": 1}), ("other.db", engine)):
        s = open_store(str(tmp_path / name))
        summary = ingest_paths(s, [str(SEEDS)], **how)
        s.close()
        assert (summary.new, summary.failed) == (5, 0)
    one, other = store_export(tmp_path / "one.db"), store_export(tmp_path / "other.db")
    assert one == other and one[0]


def test_an_extraction_error_in_a_worker_is_one_line_and_the_rest_is_saved(tmp_path, capsys):
    def fragile(text, meta, gazetteer=None):
        from incidents.extract.pipeline import extract_document
        if "الميادين" in text:
            raise ValueError("boom")
        return extract_document(text, meta, gazetteer)

    s = open_store(str(tmp_path / "s.db"))
    summary = ingest_paths(s, [str(SEEDS)], workers=2, extractor=fragile)
    assert summary.failed >= 1 and summary.new == 5 - summary.failed
    assert all(": extraction failed: boom" in e for e in summary.errors)
    s.close()


def test_progress_bar_shows_done_of_total_rate_and_time_left():
    from rich.console import Console
    assert _count([str(SEEDS)]) == 5
    report = _Reporter(True, IngestSummary(), total=5)
    for _ in range(2):
        report.step("x.txt")
    out = io.StringIO()
    Console(file=out, width=120).print(report.bar.make_tasks_table(report.bar.tasks))
    line = out.getvalue()
    assert "2/5" in line and "/s" in line and ("-:--:--" in line or "0:00:" in line)
