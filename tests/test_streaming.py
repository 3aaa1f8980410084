"""Results stream: the first rows are written (and paged) before the last row is read."""
import pytest

from incidents.render.pager import PagedWriter
from incidents.render.table import PAGE
from incidents.shell.session import Session

TOTAL = 3 * PAGE + 7


def _incident(n):
    return {"id": f"i-{n:06d}", "event_type": "Battles", "sub_event_type": "Armed clash",
            "date": f"2023-01-{n % 28 + 1:02d}", "date_precision": "day", "date_inferred": False,
            "background": False, "casualties_combined": None, "geo_precision": 1,
            "actors": [{"name": "National Defence Forces", "name_ar": "الدفاع الوطني", "side": 1,
                        "mention": "الدفاع"}],
            "location": {"name": "Al-Mayadin", "name_ar": "الميادين", "admin1": "Deir-ez-Zor",
                         "lat": 35.0, "lon": 40.4, "mention": "الميادين"},
            "killed": n % 5, "injured": None,
            "sources": [{"doc": f"d{n}.txt", "outlet": "Test", "start": 0, "end": 9, "quote": f"اشتباك {n}"}]}


class CountingStore:
    """A store whose listing is a generator that counts the rows handed out."""

    def __init__(self):
        self.read = 0
        self.db = None

    def iter_incidents(self, q):
        for n in range(TOTAL):
            self.read += 1
            yield _incident(n)

    def find_incidents(self, q):       # pragma: no cover - the shell must not call it
        raise AssertionError("the listing was read whole")

    def count_incidents(self, q):
        return TOTAL

    def resolve_actor(self, name):
        return [{"id": "ndf"}]

    def resolve_place(self, name):
        return [{"id": "p"}]

    def explain(self, q):
        return []


class Recorder:
    """An output stream noting how many rows the store had read at the first write."""

    def __init__(self, store):
        self.store, self.read_at_first, self.text = store, None, []

    def write(self, s):
        if self.read_at_first is None and s.strip():
            self.read_at_first = self.store.read
        self.text.append(s)
        return len(s)

    def flush(self):
        pass


@pytest.mark.parametrize("fmt", ["table", "jsonl", "json", "csv"])
def test_a_listing_prints_before_its_last_row_is_read(fmt):
    store = CountingStore()
    out = Recorder(store)
    session = Session(":memory:", fmt=fmt, out=out, store=store)
    session.width = 140
    session.execute("actor NDF")
    assert store.read == TOTAL                       # everything was shown in the end
    assert out.read_at_first is not None and out.read_at_first <= PAGE + 1 < TOTAL
    text = "".join(out.text)
    assert "i-000000" in text and f"i-{TOTAL - 1:06d}" in text
    if fmt == "table":
        assert f"{TOTAL} incidents" in text and f"[{TOTAL}]" in text
        assert session.last_result["rows"][-1]["id"] == f"i-{TOTAL - 1:06d}"


class FakePipe:
    def __init__(self, store):
        self.store, self.parts, self.read_when_started = store, [], store.read

    def write(self, s):
        self.parts.append((self.store.read, s))

    def flush(self):
        pass

    def close(self):
        pass


class FakeProc:
    def wait(self):
        return 0


class Screen:
    def __init__(self):
        self.text = []

    def write(self, s):
        self.text.append(s)

    def flush(self):
        pass

    def isatty(self):
        return True


def test_the_pager_gets_rows_as_they_come():
    store = CountingStore()
    pipes = []

    def start():
        pipes.append(FakePipe(store))
        return FakeProc(), pipes[-1]

    screen = Screen()
    paged = PagedWriter(screen, "auto", size=(140, 30), start=start)
    session = Session(":memory:", fmt="table", out=paged, store=store)
    session.width = 140
    session.execute("actor NDF")
    assert paged.close() is True and len(pipes) == 1
    pipe = pipes[0]
    assert pipe.read_when_started < TOTAL            # the pager opened while rows were still coming
    assert pipe.parts[-1][0] == TOTAL and any(read < TOTAL for read, _ in pipe.parts[1:])
    assert screen.text == []                         # nothing bypassed the pager


def test_short_output_is_printed_not_paged():
    screen = Screen()
    paged = PagedWriter(screen, "auto", size=(80, 30), start=lambda: pytest.fail("pager started"))
    paged.write("one line\n")
    assert paged.close() is False and "".join(screen.text) == "one line\n"


class QuitReader(Recorder):
    """A reader that goes away (quits the pager) after the first page."""

    def write(self, s):
        if self.store.read > PAGE + 1:
            raise BrokenPipeError
        return super().write(s)


def test_a_reader_quitting_mid_table_stops_the_command_not_the_shell():
    store = CountingStore()
    session = Session(":memory:", fmt="table", out=QuitReader(store), store=store)
    session.width = 140
    with pytest.raises(BrokenPipeError):     # not rich's SystemExit (which also points stdout at /dev/null)
        session.execute("actor NDF")
    assert store.read < TOTAL


class CountingRows:
    """Plain result rows handed out one at a time, counting how many were read."""

    def __init__(self, total):
        self.read, self.total = 0, total

    def __iter__(self):
        for n in range(self.total):
            self.read += 1
            yield {"speaker": f"source {n:04d}", "kind": "anonymous", "n": n}


@pytest.mark.parametrize("fmt", ["table", "jsonl", "csv", "md"])
def test_plain_rows_print_before_the_last_is_read_and_a_table_keeps_its_layout(fmt):
    from incidents.render.rows import FIRST_PAGE_ROWS, PAGE_ROWS, render_rows
    rows = CountingRows(3 * PAGE_ROWS + 5)
    out = Recorder(rows)
    render_rows(iter(rows), ["speaker", "kind", "n"], fmt, out, terminal=False, width=100,
                footer=lambda n: f"{n} quotes")
    assert out.read_at_first is not None and out.read_at_first <= FIRST_PAGE_ROWS + 1
    text = "".join(out.text)
    assert f"source {rows.total - 1:04d}" in text
    if fmt == "table":
        assert text.count("speaker") == 1                 # one header: the pages read as one table
        assert text.rstrip().endswith(f"{rows.total} quotes")
        widths = {len(line) for line in text.splitlines() if "anonymous" in line}
        assert len(widths) == 1                           # every page laid out like the first


def test_quotes_are_read_in_document_order_without_sorting_them_all(tmp_path):
    from pathlib import Path

    from incidents.store.db import open_store
    from incidents.store.ingest import finish_large_ingest, ingest_paths
    s = open_store(str(tmp_path / "q.db"))
    ingest_paths(s, [str(Path(__file__).resolve().parent.parent / "seeds")])
    finish_large_ingest(s.db)
    session = Session(str(tmp_path / "q.db"), fmt="jsonl", out=Recorder(CountingRows(0)), store=s)
    import incidents.shell.commands_browse as browse
    sql = []
    s.db.conn.set_trace_callback(sql.append)
    list(browse.quote_rows(s.db))
    s.db.conn.set_trace_callback(None)
    steps = [r[3] for r in s.db.execute("EXPLAIN QUERY PLAN " + sql[-1]).fetchall()]
    assert "USE TEMP B-TREE FOR ORDER BY" not in steps, steps      # at most the right part is sorted
    session.execute("quotes")
    assert session.last_result["rows"] and session.last_result["kind"] == "quotes"
    s.close()


@pytest.mark.parametrize("line, read_at_most", [("count", 0), ("actor NDF count", 50)])
def test_count_says_how_many_without_building_the_rows(line, read_at_most):
    """`count` is the store's count; with names only the first incidents are read (for the
    name check), and `export FILE` after it still writes every incident counted."""
    store = CountingStore()
    out = Recorder(store)
    session = Session(":memory:", fmt="table", out=out, store=store)
    session.execute(line)
    assert "".join(out.text).strip().endswith(f"{TOTAL} incidents") and store.read <= read_at_most
    assert len(list(session.last_result["rows"])) == TOTAL
