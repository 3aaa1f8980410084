"""Merging reports of one real-world incident across documents.

Every extracted incident is stored as a *report* (table `reports`, one document's
view). Reports that tell the same incident form one *cluster*, which is what the
`incidents` table holds (store.materialize writes it). Two reports can be the same
incident when their event types are of one family, their places are the same or one
lies inside the other, their dates agree (a day apart at most when the documents
were published on different days) and their named actors do not contradict.

Order-free by construction: the compatibility relation is symmetric and found by
symmetric blocking queries, `component` is the connected component of a report
under it (plus the analyst's merges), and a component is clustered by a
deterministic function of its reports alone. So A then B, B then A, or both at
once leave the same store.
"""
from __future__ import annotations

import json
from collections import Counter
from typing import Iterable

from incidents.store.merge_dates import (BACKGROUND_WINDOW, MONTH_SPAN, NEWS_WINDOW, dates_agree,  # noqa: F401
                                           day_range, published_range, shift_days)
from incidents.store.merge_places import COARSE_PLACES, place_relation, report_places, told_within  # noqa: F401
from incidents.store.merge_context import Context, _ids_param, context  # noqa: F401
from incidents.store.victim_names import other_victims, same_victim

FAMILY = {"Battles": "violence", "Explosions/Remote violence": "violence",
          "Violence against civilians": "violence", "Protests": "demonstration",
          "Riots": "demonstration", "Strategic developments": "strategic"}


def family(event_type: str | None) -> str:
    return FAMILY.get(event_type or "", "other")


def _actor_sets(rep: dict, ctx: Context) -> tuple[frozenset, frozenset, dict, frozenset]:
    """(named actors, generic ones, each named actor's chain of parent units, the sides it
    names someone on), read once a report (clustering asks them of every pair)."""
    cached = rep.get("_actor_sets")
    if cached is None:
        named = frozenset(ctx.named(rep["actor_ids"]))
        sides = frozenset(a.get("side") for a in rep["data"].get("actors", ()) if a.get("actor_id") in named)
        cached = (named, frozenset(rep["actor_ids"]) - named, {x: frozenset(ctx.actor_chain(x)) for x in named},
                  sides)
        rep["_actor_sets"] = cached
    return cached


def _actors_agree(a: dict, b: dict, ctx: Context) -> tuple[int, int] | None:
    """(named actors shared, generic ones shared); an actor and its parent unit are shared.
    None on a contradiction: both name actors on one side, and none of them in common (one
    naming the victims, "أحد الوجهاء", where the other names only the gunmen's group, each
    tells what the other leaves unnamed)."""
    na, ga, chains_a, sides_a = _actor_sets(a, ctx)
    nb, gb, chains_b, sides_b = _actor_sets(b, ctx)
    if na and nb:
        # x and y are kin when either is in the other's chain; counted on both sides: a regime
        # unit and the regime are one actor in common, not two
        up_a = frozenset().union(*chains_a.values())
        up_b = frozenset().union(*chains_b.values())
        shared = min(sum(1 for x in na if x in up_b or not chains_a[x].isdisjoint(nb)),
                     sum(1 for y in nb if y in up_a or not chains_b[y].isdisjoint(na)))
        if not shared and not sides_a.isdisjoint(sides_b):
            return None
    else:
        shared = 0
    return shared, len(ga & gb)


def _none_against_some(a: dict, b: dict) -> bool:
    for field in ("killed", "injured"):
        x, y = a["data"].get(field), b["data"].get(field)
        if x is not None and y is not None and (x == 0) != (y == 0):
            return True
    return False


def _tolls_apart(a: dict, b: dict) -> bool:
    """Both count dead (or wounded), and one count is TOLL_APART times the other and
    TOLL_GAP more: "23 killed and 10 wounded" is not the clash of "one wounded". Asked only
    where the two are not both dated (a weekday or a page's window ties them, no day): an
    outlet's later toll on the day itself may grow that much."""
    for field in ("killed", "injured"):
        x, y = a["data"].get(field), b["data"].get(field)
        if x and y and max(x, y) >= TOLL_APART * min(x, y) and max(x, y) - min(x, y) >= TOLL_GAP:
            return True
    return False


TOLL_APART, TOLL_GAP = 3, 5
SAME_TOLL_MIN = 2           # a toll of one is told of every shooting; of 14, of one blast
UNDATED_TOLL_MIN = 5        # without a day in common: a toll few attacks at one place share


def _same_toll(a: dict, b: dict, least: int = SAME_TOLL_MIN) -> bool:
    """Both tell the same number of dead (or of wounded), of `least` or more: with the
    day, the place and the kind of attack, a figure the reports share ties them where one
    names who was hit ("حافلة مبيت عسكرية": the army) and the other only unknown bombers."""
    for field in ("killed", "injured"):
        x, y = a["data"].get(field), b["data"].get(field)
        if x is not None and x == y and x >= least:
            return True
    return False


def same_distinct_toll(a: dict, b: dict) -> bool:
    """One place, one kind of attack and a toll of UNDATED_TOLL_MIN or more told by both:
    "14 قتيلاً بتفجير حافلة عند جسر الرئيس" twice is one blast, whatever day either page
    gives (store.clustering: a tie in time for reports with none)."""
    return bool(a["place_id"]) and a["place_id"] == b["place_id"] and bool(a["sub_event_type"]) \
        and a["sub_event_type"] == b["sub_event_type"] and _same_toll(a, b, UNDATED_TOLL_MIN)


def compatible(a: dict, b: dict, ctx: Context) -> float | None:
    """How alike two reports of different documents are; None when they cannot be one incident."""
    if a["document"] == b["document"] or a["family"] != b["family"] or a["family"] == "other":
        return None
    if a["admin1"] != b["admin1"]:
        return None
    place = place_relation(a, b, ctx)
    if place is None:
        return None
    date = dates_agree(a, b)
    if date is None:
        return None
    actors = _actors_agree(a, b, ctx)
    if actors is None:
        return None
    if other_victims(a, b):
        return None         # each names its one victim, never the same man: two killings
    named, generic = actors
    named += same_victim(a, b)      # one man killed, named by both: a party they share
    same_sub = int(bool(a["sub_event_type"]) and a["sub_event_type"] == b["sub_event_type"])
    told = bool(date and place == 2 and same_sub and _same_toll(a, b)) or same_distinct_toll(a, b)
    if not named and not (date and generic) and not told:
        return None         # nothing positive in common: two undated attacks in one town stay two
    if place == 0 and not (named and date):
        return None         # a town and its governorate: only the same day and a named actor tie them
    if not (a["day_lo"] and b["day_lo"]) and _tolls_apart(a, b):
        return None         # no day in common, and tolls no outlet's count of one act would differ by
    if not date and _none_against_some(a, b):
        return None         # undated, and one says no one was hurt where the other counts victims
    if not date and named < 2 and not (place == 2 and (same_sub or a["event_type"] == b["event_type"])):
        return None         # undated, one actor in common: only the same place and kind of event tie them
    return 2 * named + generic + place + date + same_sub + 0.5 * (a["event_type"] == b["event_type"])


# -- reading reports ------------------------------------------------------------

REPORT_COLUMNS = ("id", "document", "incident_id", "component", "event_type", "sub_event_type",
                  "family", "date", "day_lo", "day_hi", "admin1", "place_id", "background",
                  "published", "data")


_UNSCORED = frozenset({"incident_id", "component"})     # columns compatible() never reads


def _load(rows) -> list[dict]:
    out = []
    for r in rows:
        rep = dict(zip(REPORT_COLUMNS, r))
        # what the pair cache of store.clustering knows the report by: everything it is scored on
        rep["_key"] = hash(tuple(v for k, v in zip(REPORT_COLUMNS, r) if k not in _UNSCORED))
        rep["data"] = json.loads(rep["data"])
        rep["actor_ids"] = [x["actor_id"] for x in rep["data"]["actors"]]
        rep["background"] = bool(rep["background"])
        out.append(rep)
    return out


def load_reports(db, where: str, params: list) -> list[dict]:
    cols = ", ".join(REPORT_COLUMNS)
    return _load(db.execute(f"SELECT {cols} FROM reports WHERE {where}", params).fetchall())


AT_PLACE = "family = ? AND place_id IN (SELECT value FROM json_each(?))"
# The reports on a road through a scope, read once a report: most scopes have none, and the two
# queries by day that joined report_roads each cost 1.7-2.4 ms on 5,000 documents, nearly all
# of them empty. INDEXED BY: after ANALYZE (a store that took a large ingest) the planner
# scanned all of report_roads.
ROAD_REPORTS = ("SELECT json_group_array(report) FROM report_roads INDEXED BY idx_report_roads_place "
                "WHERE place_id IN (SELECT value FROM json_each(?))")
# `+family`: with a plain `family = ?` the planner walks idx_reports_place over every report of
# the family (a scan growing with the store, ~40% of load's SQL time at 5,700 reports); the
# unary plus leaves it the road reports' ids to look up by primary key. Same rows.
ON_ROAD = "+family = ? AND id IN (SELECT value FROM json_each(?))"


# An undated report's page, if its day (or month) reads as ISO: the bounds are cut to its length,
# so "2021-10" compares as its month. Pages of no such day are kept (dates_agree gives them none).
_PAGE_DAY = ("CASE WHEN published < '0001' THEN 0 WHEN length(published) = 10 THEN date(published, '+0 days') IS published "
             "WHEN length(published) = 7 THEN date(published || '-01', '+0 days') IS published || '-01' ELSE 0 END")
_CUT = "substr(?, 1, length(published))"
UNDATED_OF_THE_DAY = (f"day_lo IS NULL AND (NOT {_PAGE_DAY} OR (published >= {_CUT} "
                      f"AND published <= substr(CASE WHEN background THEN ? ELSE ? END, 1, length(published)) "
                      f"AND CASE WHEN background THEN published > {_CUT} ELSE 1 END))")


def _undated_of_the_day(rep: dict) -> tuple[str, list]:
    """The undated reports whose page store.merge_dates.dates_agree lets tell of a dated
    report's days: published from the day before its first day to the window after its last
    (a recollection: after its first day too). Every undated report of the family in the
    scope was read before (116,829 rows for 3,000 documents), nearly all of them parsed only
    to be refused by dates_agree."""
    try:
        params = [shift_days(rep["day_lo"], -1), shift_days(rep["day_hi"], BACKGROUND_WINDOW),
                  shift_days(rep["day_hi"], NEWS_WINDOW), rep["day_lo"]]
    except (ValueError, OverflowError):
        return "day_lo IS NULL", []
    return UNDATED_OF_THE_DAY, params


DATED_NEAR = "day_lo >= ? AND day_lo <= ? AND day_hi >= ?"      # what idx_reports_place reads by range


def candidates(db, rep: dict, ctx: Context) -> list[dict]:
    """Reports that may be compatible with `rep` (a superset; symmetric by construction):
    at a place in the scope of its own (or of its road's towns, or of the town its unknown
    village is told in), or with one of those towns (report_roads) in that scope."""
    if not rep["place_id"] or rep["family"] == "other":
        return []
    within = told_within(rep)
    scope = ctx.scope_param(report_places(rep) + (within[1:] if within else ()))
    road = db.execute(ROAD_REPORTS, [scope]).fetchone()[0]
    found: dict[str, dict] = {}

    def add(where: str, params: list) -> None:   # a document's own reports are never one incident
        for at, among in ((AT_PLACE, scope), (ON_ROAD, road)):
            if among == "[]":
                continue
            for r in load_reports(db, f"{at} AND {where} AND document != ?",
                                  [rep["family"], among] + params + [rep["document"]]):
                found.setdefault(r["id"], r)

    if rep["day_lo"]:
        add(DATED_NEAR, [shift_days(rep["day_lo"], -MONTH_SPAN - 1), shift_days(rep["day_hi"], 1),
                         shift_days(rep["day_lo"], -1)])
        add(*_undated_of_the_day(rep))
    elif published_range(rep)[0]:
        # undated, or dated up to the page's day: two queries, where one with OR walked every
        # report of the family (98 ms a query on 5,000 documents); a dated report's last day
        # is at most MONTH_SPAN after its first
        window = BACKGROUND_WINDOW if rep["background"] else NEWS_WINDOW
        pub_lo, pub_hi = published_range(rep)
        add("day_lo IS NULL", [])
        add(DATED_NEAR, [shift_days(pub_lo, -window - MONTH_SPAN - 1), shift_days(pub_hi, 1),
                         shift_days(pub_lo, -window)])
    else:
        add("1", [])
    found.pop(rep["id"], None)
    return list(found.values())


# -- settling: blocking, components, clusters (store.clustering), incidents ---------

def links(db, ids: set[str]) -> tuple[list[tuple[str, ...]], set[frozenset]]:
    """The analyst's merges (groups that must be one) and splits (pairs that must not)
    touching `ids`, from corrections still in force, oldest first."""
    from incidents.store.corrections import active_links
    return active_links(db, ids)


def _component_members(db, component_ids: set[str]) -> list[dict]:
    return load_reports(db, "component IN (SELECT value FROM json_each(?))", [_ids_param(component_ids)])


def _expand_links(db, reports: dict[str, dict]) -> None:
    """Add the reports an analyst's merge ties to those already gathered (transitively)."""
    while True:
        must, _ = links(db, set(reports))
        missing = {i for g in must for i in g} - set(reports)
        if not missing:
            return
        extra = load_reports(db, "id IN (SELECT value FROM json_each(?))", [_ids_param(missing)])
        comps = {r["component"] for r in extra if r["component"]}
        extra += _component_members(db, comps)
        if not any(r["id"] not in reports for r in extra):
            return
        for r in extra:
            reports.setdefault(r["id"], r)


def settle(db, new_ids: Iterable[str] = (), touched_components: Iterable[str] = (),
           stale_incidents: Iterable[str] = (), ctx: Context | None = None, rewrite: bool = True) -> None:
    """Bring the clusters around `new_ids` (just saved reports) and `touched_components`
    (whose members changed) up to date, then rewrite their incidents (with `rewrite` False,
    only those whose reports changed: new reports change nothing else a stored one shows)."""
    from incidents.store.clustering import cluster, components, pair_score
    from incidents.store.materialize import write_clusters
    from incidents.store.pages import Pages
    ctx = ctx or context(db)
    pages = Pages(db, ctx)
    new = load_reports(db, "id IN (SELECT value FROM json_each(?))", [_ids_param(new_ids)])
    comps = set(touched_components)
    joined: set[str] = set()
    reach: dict[str, frozenset[str]] = {}
    for rep in new:
        found = candidates(db, rep, ctx)
        for c in found:      # pair_score: components() asks these pairs again
            if c["component"] and pair_score(rep, c, ctx) is not None:
                joined.add(c["component"])
        if rep["place_id"]:     # blocking found all it can be one with (a road alone is found from the towns)
            reach[rep["id"]] = frozenset(c["id"] for c in found).union(r["id"] for r in new)
    intact = frozenset(joined - comps)      # untouched by a correction: still connected
    comps |= joined
    gathered = {r["id"]: r for r in _component_members(db, comps)}
    for r in new:
        gathered[r["id"]] = r
    _expand_links(db, gathered)
    if not gathered:
        write_clusters(db, [], set(stale_incidents), ctx)
        return
    must, cannot = links(db, set(gathered))
    stale = set(stale_incidents) | {r["incident_id"] for r in gathered.values() if r["incident_id"]}
    clusters = []
    for comp in components(list(gathered.values()), ctx, must, intact, pages, reach):
        comp_id = min(r["id"] for r in comp)
        db.conn.execute("UPDATE reports SET component = ? WHERE id IN (SELECT value FROM json_each(?))",
                        [comp_id, _ids_param(r["id"] for r in comp)])
        clusters += cluster(comp, ctx, must, cannot, pages, reach)
    if not rewrite:
        clusters, stale = _changed(clusters, gathered.values(), {r["id"] for r in new}, set(stale_incidents))
    write_clusters(db, clusters, stale, ctx)


def _changed(clusters: list[list[dict]], gathered, new: set[str], stale: set[str]) -> tuple[list, set[str]]:
    """The clusters that are not their stored incident already, and the incidents they replace:
    a component of 300 reports gaining one rewrote 300 incidents before (merge_bench, undated)."""
    from incidents.store.materialize import head_key
    told = Counter(r["incident_id"] for r in gathered if r["incident_id"])
    changed = []
    for c in clusters:
        head = min(c, key=head_key)["id"]
        if head in stale or told[head] != len(c) or any(r["incident_id"] != head or r["id"] in new for r in c):
            changed.append(c)
    return changed, stale | {r["incident_id"] for c in changed for r in c if r["incident_id"]}


def settle_reports(db, report_ids: Iterable[str], ctx: Context | None = None) -> None:
    """Re-cluster the components holding `report_ids` (after a correction changed links)."""
    rows = load_reports(db, "id IN (SELECT value FROM json_each(?))", [_ids_param(report_ids)])
    settle(db, touched_components={r["component"] for r in rows if r["component"]},
           new_ids=[r["id"] for r in rows if not r["component"]], ctx=ctx)
