"""Ingest at scale: worker processes give the same store as one process; the progress
bar counts documents against the total with a rate and the time left."""
import io
from pathlib import Path

from incidents.store.db import open_store
from incidents.store.ingest import IngestSummary, _count, _Reporter, ingest_paths

SEEDS = Path(__file__).resolve().parent.parent / "seeds"



def test_two_workers_make_the_same_store_as_one(tmp_path, store_export):
    for name, workers in (("one.db", 1), ("two.db", 2)):
        s = open_store(str(tmp_path / name))
        summary = ingest_paths(s, [str(SEEDS)], workers=workers)
        s.close()
        assert (summary.new, summary.failed) == (5, 0)
    one, two = store_export(tmp_path / "one.db"), store_export(tmp_path / "two.db")
    assert one == two and one[0]


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
