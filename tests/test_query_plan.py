"""Listings use an index for every clause: the plan of the combined query never scans
incident_actors or incidents, whichever way a clause is written (narrow or wide)."""
import re
from pathlib import Path

import pytest

from incidents.query.model import Query
from incidents.store import read
from incidents.store.db import open_store
from incidents.store.ingest import finish_large_ingest, ingest_paths

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
COMBINED = Query(actors=["NDF"], places=["Deir-ez-Zor"], date_from="2020", date_to="2024")
FULL_SCAN = re.compile(r"^SCAN (i|ia|incidents|incident_actors)\b")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = open_store(str(tmp_path_factory.mktemp("plan") / "seed.db"))
    ingest_paths(s, [str(SEEDS)])
    finish_large_ingest(s.db)            # ANALYZE, as after a large ingest
    yield s
    s.close()


def plan(store, q) -> list[str]:
    sql, params = read.select_ids(store.db, q)
    return [r[3] for r in store.db.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()]


@pytest.mark.parametrize("wide", [10 ** 9, 1])        # every clause narrow / every clause wide
def test_combined_query_plan_has_no_full_scan(store, monkeypatch, wide):
    monkeypatch.setattr(read, "WIDE", wide)
    steps = plan(store, COMBINED)
    assert not [s for s in steps if FULL_SCAN.match(s)], steps
    assert any("idx_incidents_order" in s for s in steps) or any("idx_incident_actors_actor_incident" in s
                                                                 for s in steps), steps
    assert "USE TEMP B-TREE FOR ORDER BY" not in steps     # read in order: no sort of every match


@pytest.mark.parametrize("q", [COMBINED, Query(actors=["NDF"]), Query(places=["Deir-ez-Zor"]),
                               Query(actors=["SDF"], places=["Al-Hasakeh"]), Query(date_from="2022"),
                               Query(places=["الحسكة"], limit=2)])
def test_wide_and_narrow_forms_find_the_same_incidents(store, monkeypatch, q):
    monkeypatch.setattr(read, "WIDE", 10 ** 9)
    narrow = [i["id"] for i in store.find_incidents(q)]
    monkeypatch.setattr(read, "WIDE", 1)
    assert [i["id"] for i in store.find_incidents(q)] == narrow
    assert narrow == sorted(narrow, key=lambda i: next((x["date"] is None, x["date"] or "", x["id"])
                                                       for x in store.find_incidents(q) if x["id"] == i))


@pytest.mark.parametrize("q", [COMBINED, Query(actors=["NDF"]), Query(places=["Deir-ez-Zor"]), Query(),
                               Query(places=["الحسكة"], limit=2), Query(actors=["nobody at all"])])
def test_count_is_the_number_of_incidents_found(store, q):
    assert store.count_incidents(q) == len(store.find_incidents(q))


@pytest.mark.parametrize("wide", [10 ** 9, 1])
def test_a_place_count_reads_the_place_indexes_not_the_order(listing_store, monkeypatch, wide):
    """Unordered (a count) a place clause without an actor drives through its own indexes,
    however many incidents it holds: tested along the order index it read every incident
    (planned without statistics, as a large store before ANALYZE)."""
    monkeypatch.setattr(read, "WIDE", wide)
    store = listing_store
    sql, params = read.select_ids(store.db, Query(places=["Deir-ez-Zor"]), ordered=False)
    steps = [r[3] for r in store.db.execute("EXPLAIN QUERY PLAN SELECT count(*) FROM (" + sql + ")", params)]
    assert any("idx_incidents_place_date" in s or "idx_incidents_admin1_date" in s for s in steps), steps
    assert not [s for s in steps if "idx_incidents_order" in s or FULL_SCAN.match(s)], steps


def test_combined_command_reads_its_page_in_order_with_every_clause_indexed(listing_store, monkeypatch):
    """The bench's combined listing as the shell runs it, its clauses tested on rows read in
    order (wide, as on a million incidents): the id query walks the order index's date
    range with no sort, and every statement of the command (names, ids, the page's actors,
    citations and reports) finds the big tables' rows through an index."""
    monkeypatch.setattr(read, "WIDE", 1)
    line = "actor NDF where Al-Hasakeh between 2023 2024 limit 50"
    assert _full_scans(listing_store, line) == []
    sql, params = read.select_ids(listing_store.db, Query(actors=["NDF"], places=["Al-Hasakeh"], date_from="2023",
                                                          date_to="2024", limit=50))
    steps = [r[3] for r in listing_store.db.execute("EXPLAIN QUERY PLAN " + sql, params)]
    assert any(s.startswith("SEARCH i USING COVERING INDEX idx_incidents_order_at") for s in steps), steps
    assert not [s for s in steps if "TEMP B-TREE" in s], steps


def test_some_seed_queries_find_something(store):
    assert store.find_incidents(Query(actors=["NDF"])) and store.find_incidents(Query(places=["Deir-ez-Zor"]))



@pytest.mark.parametrize("sql", ["UNLINK_QUOTES", "DELETE_INCIDENTS", "LINK_REPORTS", "LINK_QUOTES"])
def test_what_a_merge_rewrites_is_found_by_an_index(tmp_path, sql):
    """Planned on a store without statistics, as a large one before ANALYZE (the seed store's
    few rows are cheaper to scan, so its plans say nothing of a large one)."""
    from incidents.store import materialize
    text = getattr(materialize, sql)
    s = open_store(str(tmp_path / "empty.db"))
    steps = [r[3] for r in s.db.execute("EXPLAIN QUERY PLAN " + text, ["x", '["a"]'][-text.count("?"):]).fetchall()]
    s.close()
    assert not [st for st in steps if re.match(r"^SCAN (quotes|reports|incidents)\b", st)], steps


def test_dyads_read_both_sides_from_the_side_index(store):
    from incidents.shell.commands_analysis import dyad_rows
    sql: list[str] = []
    store.db.conn.set_trace_callback(sql.append)
    try:
        everything, scoped = dyad_rows(store.db), dyad_rows(store.db, [r[0] for r in store.db.execute(
            "SELECT id FROM incidents")])
    finally:
        store.db.conn.set_trace_callback(None)
    assert everything and everything == scoped
    counted = next(s for s in sql if "json_each" in s)      # without clauses the kept counts are read
    steps = [r[3] for r in store.db.execute("EXPLAIN QUERY PLAN " + counted).fetchall()]
    assert sum("COVERING INDEX idx_incident_actors_side" in s for s in steps) == 2, steps
    assert not [s for s in steps if FULL_SCAN.match(s)], steps


@pytest.mark.parametrize("large", [5, 6])         # the seeds are 5 documents
def test_an_ingest_of_many_documents_ends_with_analyze(tmp_path, monkeypatch, large):
    """The planner's statistics are refreshed after a large ingest (store.ingest.LARGE_INGEST
    new documents), not after every small one."""
    from incidents.store import ingest
    monkeypatch.setattr(ingest, "LARGE_INGEST", large)
    s = open_store(str(tmp_path / "a.db"))
    ingest_paths(s, [str(SEEDS)], progress=False)
    has_stats = s.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()
    analyzed = has_stats and s.db.execute(
        "SELECT count(*) FROM sqlite_stat1 WHERE idx = 'idx_incidents_order_at'").fetchone()[0]
    s.close()
    assert bool(analyzed) == (large <= 5)


@pytest.mark.parametrize("when", ["day_lo IS NULL", "day_lo >= ? AND day_lo <= ? AND day_hi >= ?", "1"])
def test_merge_candidates_on_a_road_are_found_by_id_not_by_family(tmp_path, when):
    """A report's candidates on a road (store.merge.ON_ROAD) are the road reports' ids looked up
    by primary key; a plain `family = ?` made the planner walk every report of the family,
    a scan per new report that grows with the store. Planned without statistics, as a large
    store before ANALYZE (the seed store's few rows are cheaper to scan)."""
    from incidents.store.merge import AT_PLACE, ON_ROAD
    empty = open_store(str(tmp_path / "empty.db"))
    for at in (AT_PLACE, ON_ROAD):
        sql = f"SELECT id FROM reports WHERE {at} AND {when} AND document != ?"
        params = ["violence", '["a"]'] + ["2020-01-01"] * when.count("?") + ["x"]
        steps = [r[3] for r in empty.db.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()]
        assert not [s for s in steps if re.match(r"^SCAN reports\b", s)], steps
        assert not [s for s in steps if s.endswith("(family=?)")], steps
    empty.close()



def _analysed(tmp_path):
    """A new store with the statistics of one analysed after a large ingest."""
    path = str(tmp_path / "stats.db")
    s = open_store(path)
    s.db.execute("ANALYZE")
    s.db.execute("DELETE FROM sqlite_stat1")
    s.db.conn.executemany("INSERT INTO sqlite_stat1 VALUES (?, ?, ?)", [
        ("reports", "idx_reports_place", "11200 1001 12 2"), ("reports", "sqlite_autoindex_reports_1", "17480 1"),
        ("report_roads", "idx_report_roads_report", "2376 2"), ("report_roads", "idx_report_roads_place", "1885 72")])
    s.db.conn.commit()
    s.close()
    return open_store(path)


def test_merge_candidates_on_a_road_use_the_road_index_after_analyze(tmp_path):
    """With the statistics of a store analysed after a large ingest (report_roads: about 72 rows
    a place), the planner scanned every road row per candidate query (0.44 ms against 0.16 on
    3,000 documents) unless told the index."""
    from incidents.store.merge import ROAD_REPORTS
    s = _analysed(tmp_path)
    steps = [r[3] for r in s.db.execute("EXPLAIN QUERY PLAN " + ROAD_REPORTS, ['["a"]']).fetchall()]
    s.close()
    assert not [x for x in steps if x.startswith("SCAN report_roads")], steps


def test_every_candidate_query_reads_by_place_and_day(tmp_path, monkeypatch):
    """Each query store.merge.candidates makes, for a dated report, an undated one of a dated
    page and one of no page, is read through idx_reports_place by place (and day where it has
    one): `day_lo IS NULL OR (day_lo <= ? AND day_hi >= ?)` walked every report of the family
    (98 ms a query on 5,000 analysed documents)."""
    from incidents.store import merge
    asked = []
    monkeypatch.setattr(merge, "load_reports", lambda db, where, params: asked.append((where, params)) or [])
    s = _analysed(tmp_path)
    ctx = merge.context(s.db)
    base = {"id": "r", "document": "d", "family": "violence", "place_id": "p", "background": False,
            "data": {"location": {}}}
    for day, published in (("2021-03-04", "2021-03-05"), (None, "2021-03-05"), (None, None)):
        merge.candidates(s.db, dict(base, day_lo=day, day_hi=day, published=published), ctx)
    assert len(asked) == 5
    for where, params in asked:
        steps = [r[3] for r in s.db.execute(f"EXPLAIN QUERY PLAN SELECT id FROM reports WHERE {where}", params)]
        assert not [x for x in steps if x.startswith("SCAN reports") or x.endswith("(family=?)")], (where, steps)
    s.close()

# -- every listing command, as the shell runs it ----------------------------------------
LISTINGS = ["actor NDF where Al-Hasakeh between 2020 2024", "actor NDF where Al-Hasakeh between 2023 2024 limit 50",
            "where Deir-ez-Zor count", "actor NDF", "where Deir-ez-Zor", "between 2020 2024",
            "search اشتباكات", "search اشتباكات actor NDF", "quotes", "quotes where Deir-ez-Zor", "dyads",
            "dyads actor NDF", "timeline", "timeline where Deir-ez-Zor", "show {first}", "count",
            "actor NDF where Al-Hasakeh count", "actors", "places where Deir-ez-Zor", "sources"]
BIG_TABLES = ("incidents", "incident_actors")
NOT_ALIASES = {"where", "join", "on", "using", "as", "left", "inner", "cross", "order", "group", "limit", "union"}


def _aliases(sql: str) -> set[str]:
    """The names the big tables go by in `sql` (their own and any alias)."""
    names = set(BIG_TABLES)
    for table, alias in re.findall(r"\b(incidents|incident_actors)\s+(?:AS\s+)?([A-Za-z_]\w*)", sql, re.I):
        if alias.lower() not in NOT_ALIASES:
            names.add(alias)
    return names


def _full_scans(s, line: str) -> list[tuple[str, str]]:
    """(statement, step) of every plan step of the command's queries that reads a big table
    without an index ('SCAN i' alone; 'SCAN i USING … INDEX' reads an index in order)."""
    import io

    from incidents.shell.session import Session
    sql: list[str] = []
    conns = (s.db.conn, s.reader.conn)
    for conn in conns:
        conn.set_trace_callback(sql.append)
    try:
        out = io.StringIO()
        assert Session(s.path, out=out, err=out, store=s).run(line), out.getvalue()
    finally:
        for conn in conns:
            conn.set_trace_callback(None)
    found = []
    for statement in sql:
        if not statement.lstrip().upper().startswith(("SELECT", "WITH")):
            continue
        names = _aliases(statement)
        for step in (r[3] for r in s.reader.execute("EXPLAIN QUERY PLAN " + statement).fetchall()):
            m = re.match(r"^SCAN (\w+)(.*)$", step)
            if m and m.group(1) in names and "INDEX" not in m.group(2):
                found.append((statement[:200], step))
    return found


@pytest.fixture(scope="module")
def listing_store(tmp_path_factory):
    """The seeds without the planner's statistics, as a large store before its first ANALYZE
    (analysed, the seeds' 13 incidents are rightly cheaper to scan than to look up)."""
    s = open_store(str(tmp_path_factory.mktemp("listings") / "seed.db"))
    ingest_paths(s, [str(SEEDS)])
    yield s
    s.close()


@pytest.mark.parametrize("wide", [10 ** 9, 1])
@pytest.mark.parametrize("line", LISTINGS)
def test_no_listing_command_reads_all_incidents_or_their_actors(listing_store, monkeypatch, wide, line):
    monkeypatch.setattr(read, "WIDE", wide)
    first = listing_store.db.execute("SELECT id FROM incidents ORDER BY id LIMIT 1").fetchone()[0]
    assert _full_scans(listing_store, line.format(first=first)) == []
