"""`map [CLAUSES]`: incidents (or fatalities) per governorate on a terminal map of Syria."""
from __future__ import annotations

import json

from incidents.query.parser import Command
from incidents.shell.registry import CHOICE, CommandError, command
from incidents.shell.results import plural, scope_ids, show_rows


@command("map", usage="[incidents|fatalities] [CLAUSES]", complete=(CHOICE,), choices=("incidents", "fatalities"),
         summary="incidents (or fatalities) per governorate on a map of Syria, shaded by count",
         help="map\nmap fatalities since 2023\nmap type Battles\nThe 14 governorates are drawn where they "
              "lie; the number beside each name is its count (· none, █ the most).")
def cmd_map(session, cmd: Command) -> None:
    what = (cmd.args[0].lower() if cmd.args else "incidents")
    if len(cmd.args) > 1 or what not in ("incidents", "fatalities"):
        raise CommandError(f"map takes incidents or fatalities (got '{' '.join(cmd.args)}'), e.g. map fatalities")
    db = session.store.db
    ids = scope_ids(session, cmd)
    where, params = "WHERE i.admin1 IS NOT NULL", []
    if ids is not None:
        where += " AND i.id IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(ids))
    value = "count(*)" if what == "incidents" else "sum(coalesce(i.killed, 0))"
    counts = dict(db.execute(f"SELECT i.admin1, {value} FROM incidents i {where} GROUP BY i.admin1",
                             params).fetchall())
    govs = [dict(zip(("name", "admin1", "lat", "lon"), r)) for r in db.execute(
        "SELECT name, admin1, lat, lon FROM places WHERE kind = 'governorate' AND lat IS NOT NULL "
        "ORDER BY admin1").fetchall()]
    rows = [{"governorate": g["admin1"], what: counts.get(g["admin1"], 0)} for g in govs]
    total = sum(counts.values())
    if session.fmt != "table":
        show_rows(session, rows, ["governorate", what], empty="no governorates", kind="map")
        return
    from incidents.render.syria_map import draw
    session.out.write("\n".join(draw(govs, counts)) + "\n")
    places = plural(sum(1 for v in counts.values() if v), "governorate")
    session.out.write(f"{total} killed in {places}\n" if what == "fatalities"
                      else f"{plural(total, 'incident')} in {places}\n")
