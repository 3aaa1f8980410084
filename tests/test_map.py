"""`map`: the 14 governorates drawn where they lie, shaded by count, numbers beside."""
import json
import re

from test_commands_browse import run


def _positions(out):
    at = {}
    for row, line in enumerate(out.splitlines()):
        for m in re.finditer(r"[·░▒▓█]{2} ([A-Z][\w'-]+(?: [A-Z][\w-]+)?) (\d+)", line):
            at[m.group(1)] = (row, m.start(), int(m.group(2)))
    return at


def test_map_draws_every_governorate_where_it_lies(seed_store):
    ok, out, err, _ = run(seed_store, "map")
    assert ok, err
    at = _positions(out)
    assert len(at) == 14, at
    by_admin1 = dict(seed_store.db.execute(
        "SELECT admin1, count(*) FROM incidents WHERE admin1 IS NOT NULL GROUP BY admin1").fetchall())
    assert {g: n for g, (_, _, n) in at.items() if n} == by_admin1
    row, col = {g: p[0] for g, p in at.items()}, {g: p[1] for g, p in at.items()}
    assert col["Al-Hasakeh"] > col["Aleppo"] > col["Lattakia"]          # west to east
    assert row["Al-Hasakeh"] < row["Homs"] < row["Dar'a"]               # north to south
    assert out.rstrip().endswith(f"{sum(by_admin1.values())} incidents in {len(by_admin1)} governorates")


def test_map_takes_clauses_and_fatalities(seed_store):
    ok, out, _, _ = run(seed_store, "map fatalities type Battles", fmt="json")
    got = {r["governorate"]: r["fatalities"] for r in json.loads(out)}
    want = dict(seed_store.db.execute("SELECT admin1, sum(coalesce(killed, 0)) FROM incidents "
                                      "WHERE event_type = 'Battles' AND admin1 IS NOT NULL GROUP BY admin1"))
    assert ok and len(got) == 14 and {g: v for g, v in got.items() if v} == {g: v for g, v in want.items() if v}
    ok, _, err, _ = run(seed_store, "map people")
    assert not ok and "map takes incidents or fatalities" in err
