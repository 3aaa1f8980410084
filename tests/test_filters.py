"""type, subtype, killed, injured, outlet, sort, count, limit and ';': parsed into the
one Query, run as bound SQL, and shown by every listing the same way."""
import json

import pytest

from incidents.query.model import Query
from incidents.query.parser import ParseError, parse, split_commands
from test_commands_browse import rows, run


def test_filter_clauses_parse_into_the_query():
    q = parse('type battles subtype "Air/drone strike" killed>=5 injured > 0 outlet SOHR sort -killed count').query
    assert q.event_types == ["Battles"] and q.sub_event_types == ["Air/drone strike"]
    assert q.killed == [(">=", 5)] and q.injured == [(">", 0)]
    assert q.outlets == ["SOHR"] and q.sort == "-killed" and q.count
    assert parse('type "Explosions/Remote violence"').query.event_types == ["Explosions/Remote violence"]
    assert parse("type explosions").query.event_types == ["Explosions/Remote violence"]   # unique start
    assert parse("killed 3").query.killed == [("=", 3)]
    assert parse("sort date limit 3 count").query.is_empty()      # they shape rows, not the scope


@pytest.mark.parametrize("line,message", [
    ("type Batles", "did you mean Battles?"), ("subtype airstrike", "no ACLED sub-event type"),
    ("killed >= many", "not a whole number"), ("injured", "needs a number"), ("sort size", "sort takes"),
])
def test_filter_mistakes_are_one_line_messages(line, message):
    with pytest.raises(ParseError, match=message):
        parse(line)


def test_split_commands_keeps_quoted_semicolons():
    assert split_commands("stats; actor NDF ;; dyads") == ["stats", " actor NDF ", " dyads"]
    assert split_commands("sql SELECT ';' AS x; stats") == ["sql SELECT ';' AS x", " stats"]


def test_filters_select_what_they_say(seed_store):
    every = seed_store.find_incidents(Query())
    battles = rows(seed_store, "type Battles")
    assert battles and {i["event_type"] for i in battles} == {"Battles"}
    assert len(battles) == sum(i["event_type"] == "Battles" for i in every)
    hurt = rows(seed_store, "killed >= 2")
    assert hurt and all((i["killed"] or 0) >= 2 for i in hurt)
    assert len(hurt) == sum((i["killed"] or 0) >= 2 for i in every)
    assert [i["id"] for i in rows(seed_store, "injured > 0")] == [i["id"] for i in every if (i["injured"] or 0) > 0]
    killed = [i["killed"] or 0 for i in rows(seed_store, "sort -killed")]
    assert killed == sorted(killed, reverse=True) and len(killed) == len(every)
    dates = [i["date"] for i in rows(seed_store, "sort -date") if i["date"]]
    assert dates == sorted(dates, reverse=True)
    assert rows(seed_store, "outlet no-such-outlet-anywhere") == []


def test_outlet_matches_part_of_the_name(tmp_path):
    from test_commands_browse import make_store
    store = make_store(tmp_path)
    try:
        got = rows(store, 'outlet "outlet a"')
        docs = {s["doc"] for i in got for s in i["sources"]}
        assert got and docs == {"a.txt"}
    finally:
        store.close()


def test_limit_counts_the_rows_a_command_shows(seed_store):
    assert len(rows(seed_store, "dyads")) > 1
    assert len(rows(seed_store, "dyads limit 1")) == 1
    assert len(rows(seed_store, "actors limit 2")) == 2
    top = rows(seed_store, "dyads sort -killed limit 1")[0]
    assert top["killed"] == max(d["killed"] for d in rows(seed_store, "dyads"))
    ok, out, _, _ = run(seed_store, "dyads limit 1")
    assert ok and "showing 1 of" in out


def test_count_and_several_commands_on_a_line(seed_store):
    n = len(seed_store.find_incidents(Query(event_types=["Battles"])))
    ok, out, _, _ = run(seed_store, "type Battles count")
    assert ok and out.strip().endswith(f"{n} incident{'s' if n != 1 else ''}")
    ok, out, _, _ = run(seed_store, "type Battles count", fmt="json")
    assert json.loads(out) == [{"count": n}]
    ok, out, _, _ = run(seed_store, "dyads count; stats")
    lines = out.strip().splitlines()
    assert ok and lines[0].endswith("dyads") and "documents," in lines[1]
    ok, out, err, _ = run(seed_store, "stats; nosuch; stats")
    assert not ok and out.count("documents,") == 2 and "unknown command 'nosuch'" in err


def test_type_completion_offers_acled_names(seed_store):
    from incidents.shell.completion import Completions
    from incidents.shell.session import Session
    comp = Completions(Session(seed_store.path, store=seed_store))
    shown = [c.text for c in comp.complete("type Expl")]
    assert shown == ['"Explosions/Remote violence"']
    assert '"Air/drone strike"' in [c.text for c in comp.complete("subtype Air")]
    assert "-killed" in [c.text for c in comp.complete("sort -")]
