"""Analysis commands: the timeline and the dyads (who fights whom).

These answer the questions an analyst asks of a set of incidents rather than of one:
how activity moves over time, and which pairs of armed actors meet and at what cost.
All take the search clauses.
"""
from __future__ import annotations

import datetime as dt
import itertools
from typing import Iterable, Optional

from incidents.query.parser import Command
from incidents.shell.registry import CHOICE, CommandError, command
from incidents.shell.results import plural, remember, scope_ids, show_rows

# Affiliations (extract/data/actors.json) grouped into the camps a dyad is labelled by.
CAMPS = {"regime": "regime", "pro-regime militia": "regime", "Iran-backed": "regime",
         "Russia-backed": "regime", "SDF": "SDF", "opposition": "opposition", "jihadist": "jihadist",
         "ISIS": "ISIS", "foreign state": "foreign state", "tribal": "tribal",
         "post-2024 authorities": "post-2024 authorities", "civilian": "civilians", "unknown": "unknown"}
PERIODS = ("month", "week", "year")
MAX_EMPTY_FILL = 520     # gaps are drawn as empty buckets unless the range is longer than this


# -- timeline --------------------------------------------------------------------
def bucket(date: Optional[str], period: str) -> Optional[str]:
    """The bucket label of an ISO date prefix, or None when the date is coarser than
    the period (a year-only date has no month)."""
    if not date:
        return None
    if period == "year":
        return date[:4]
    if period == "month":
        return date[:7] if len(date) >= 7 else None
    if len(date) < 10:
        return None
    y, w, _ = dt.date.fromisoformat(date[:10]).isocalendar()
    return f"{y}-W{w:02d}"


def _fill(labels: list[str], period: str) -> list[str]:
    """Every bucket from the first to the last, so quiet periods show as gaps."""
    if not labels:
        return []
    first, last = min(labels), max(labels)
    out: list[str] = []
    if period == "year":
        out = [str(y) for y in range(int(first), int(last) + 1)]
    elif period == "month":
        y, m = int(first[:4]), int(first[5:7])
        while f"{y:04d}-{m:02d}" <= last and len(out) <= MAX_EMPTY_FILL:
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    else:
        day = dt.date.fromisocalendar(int(first[:4]), int(first[6:]), 1)
        while len(out) <= MAX_EMPTY_FILL:
            y, w, _ = day.isocalendar()
            label = f"{y}-W{w:02d}"
            if label > last:
                break
            out.append(label)
            day += dt.timedelta(days=7)
    return out if len(out) <= MAX_EMPTY_FILL else sorted(set(labels))


def timeline_counts(dates: Iterable[Optional[str]], period: str,
                    per_date: Iterable[tuple[Optional[str], int]] = ()) -> tuple[list[tuple[str, int]], int, int]:
    """(bucket, count) in order with empty buckets filled, the number of undated
    incidents, and the number dated too coarsely for the period. `per_date` gives
    (date, incidents) pairs, as the store counts them, besides single `dates`."""
    counts: dict[str, int] = {}
    undated = coarse = 0
    for d, n in itertools.chain(((d, 1) for d in dates), per_date):
        if not d:
            undated += n
            continue
        b = bucket(d, period)
        if b is None:
            coarse += n
            continue
        counts[b] = counts.get(b, 0) + n
    return [(b, counts.get(b, 0)) for b in _fill(list(counts), period)], undated, coarse


@command("timeline", usage="[month|week|year] [CLAUSES]", complete=(CHOICE,), choices=PERIODS,
         summary="incidents over time as a bar chart (month by default)",
         help="timeline\ntimeline year\ntimeline week actor NDF where Deir-ez-Zor\n"
              "Undated incidents (and those dated too coarsely for the period) are counted "
              "under the chart.")
def cmd_timeline(session, cmd: Command) -> None:
    import json
    if len(cmd.args) > 1 or (cmd.args and cmd.args[0].lower() not in PERIODS):
        raise CommandError(f"timeline takes month, week or year (got '{' '.join(cmd.args)}'), "
                           f"e.g. timeline year actor NDF")
    period = cmd.args[0].lower() if cmd.args else "month"
    ids = scope_ids(session, cmd)
    # counted per date by SQLite over the date index (a few thousand days, not a row
    # per incident into Python); the buckets are made from the days
    sql = "SELECT date, count(*) FROM incidents"
    params: list = []
    if ids is not None:
        sql += " WHERE id IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(ids))
    per_date = session.store.db.execute(sql + " GROUP BY date", params).fetchall()
    items, undated, coarse = timeline_counts((), period, per_date)
    dated = sum(v for _, v in items)
    notes = [f"{plural(dated, 'dated incident')} by {period}"]
    if coarse:
        notes.append(f"{coarse} dated only to a {'year' if period == 'month' else 'month or year'}")
    notes.append(f"{undated} undated")
    footer = "; ".join(notes)
    rows = [{"period": b, "incidents": v} for b, v in items]
    if session.fmt != "table" or cmd.query.count:
        show_rows(session, rows, ["period", "incidents"], empty="no dated incidents", kind="timeline")
        return
    remember(session, "timeline", rows, ["period", "incidents"])
    from incidents.render.chart import print_chart
    if not items:
        session.out.write(f"no dated incidents; {footer}\n")
        return
    print_chart(items, session.out, terminal=session.terminal, footer=footer)


# -- dyads -----------------------------------------------------------------------
def camp(affiliation: Optional[str]) -> str:
    return CAMPS.get(affiliation or "unknown", affiliation or "unknown")


def dyad_label(aff1: Optional[str], aff2: Optional[str]) -> str:
    """'intra-regime' when both sides are of one camp, else 'regime vs SDF' (side 1 first)."""
    c1, c2 = camp(aff1), camp(aff2)
    return f"intra-{c1}" if c1 == c2 else f"{c1} vs {c2}"


# every incident's pairs: the counts kept on write (store.dyads), a few hundred rows
KEPT = ("SELECT d.actor_1, d.actor_2, d.incidents, d.killed, a.name, a.affiliation, b.name, b.affiliation "
        "FROM dyad_counts d JOIN actors a ON a.id = d.actor_1 JOIN actors b ON b.id = d.actor_2 "
        "WHERE d.incidents > 0 ORDER BY d.incidents DESC, d.killed DESC, a.name, b.name")


def dyad_rows(db, incident_ids: Optional[list[str]] = None) -> list[dict]:
    """Each (side-1 actor, side-2 actor) pair with its incidents and the killed in them
    (an incident's killed counted once per pair), most incidents first. Without clauses
    the counts kept on write are read (2.9 s of joins on 632k incidents otherwise)."""
    import json
    if incident_ids is None:
        cur = db.execute(KEPT)
    else:
        # both sides come from the covering index on incident_actors(side, incident_id,
        # actor_id): 4 s on 632k incidents where the (incident_id, position) key took 30 s
        cur = db.execute(_COUNTED, [json.dumps(incident_ids)])
    return [{"side_1": n1, "side_2": n2, "label": dyad_label(f1, f2), "incidents": c, "killed": k,
             "affiliation_1": f1, "affiliation_2": f2}
            for _, _, c, k, n1, f1, n2, f2 in cur.fetchall()]


_COUNTED = (
        "WITH pairs AS (SELECT DISTINCT i.id, i.killed, x.actor_id AS a1, y.actor_id AS a2 FROM incidents i "
        "JOIN incident_actors x ON x.incident_id = i.id AND x.side = 1 "
        "JOIN incident_actors y ON y.incident_id = i.id AND y.side = 2 "
        "WHERE i.id IN (SELECT value FROM json_each(?))) "
        "SELECT p.a1, p.a2, count(*) AS incidents, sum(coalesce(p.killed, 0)) AS killed, "
        "a.name, a.affiliation, b.name, b.affiliation FROM pairs p "
        "JOIN actors a ON a.id = p.a1 JOIN actors b ON b.id = p.a2 "
        "GROUP BY p.a1, p.a2 ORDER BY incidents DESC, killed DESC, a.name, b.name")


@command("dyads", usage="[CLAUSES]", summary="who fights whom: actor pairs with incidents and killed",
         help="dyads\ndyads where Al-Hasakeh since 2022\nOnly incidents with an actor on each side "
              "count; the label comes from the two affiliations (intra-regime, regime vs SDF, ...).")
def cmd_dyads(session, cmd: Command) -> None:
    if cmd.args:
        raise CommandError(f"unexpected '{cmd.args[0]}'; e.g. dyads where Deir-ez-Zor")
    rows = dyad_rows(session.store.db, scope_ids(session, cmd))
    show_rows(session, rows, ["side_1", "side_2", "label", "incidents", "killed"],
              empty="no incident has actors on both sides",
              footer=plural(len(rows), "dyad"), kind="dyads")
