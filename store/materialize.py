"""Writing clusters of reports as incidents: one row per real-world incident, its
fields drawn from its reports, then the analyst's corrections on top.

The incident's figures follow ACLED's conservative rule: the lowest figure any
report states. Its id is the id of its first report (earliest published, then
smallest id), so a store without merges keeps the extractor's ids, and every
report id keeps naming the incident it belongs to (store.read resolves it).
"""
from __future__ import annotations

import json
from collections import Counter

from incidents.store.merge_context import Context


def head_key(rep: dict) -> tuple:
    return (rep["published"] or "~", rep["id"])


def _most_common(values: list, default=None):
    """The most frequent value; ties go to the earliest in `values`."""
    values = [v for v in values if v is not None]
    if not values:
        return default
    counts = Counter(values)
    best = max(counts.values())
    return next(v for v in values if counts[v] == best)


def _pick_date(news: list[dict]) -> dict:
    """The report whose date is most precise; among equals the most told, then the earliest."""
    order = {"day": 0, "week": 1, "month": 2, "year": 3}
    dated = [r for r in news if r["data"]["date"]]
    if not dated:
        return news[0]
    best = min(order.get(r["data"]["date_precision"], 4) for r in dated)
    top = [r for r in dated if order.get(r["data"]["date_precision"], 4) == best]
    date = _most_common(sorted(r["data"]["date"] for r in top))
    return next(r for r in top if r["data"]["date"] == date)


def _date_words(news: list[dict], dated: dict) -> str | None:
    """The words the incident's date was read from: those of the report it is dated by, or,
    when no report resolves a date ("الخميس 17 أيلول" with no year), the first words read."""
    def words(rep: dict) -> str | None:
        return next((c["text"].strip() for c in rep["data"]["citations"] if c.get("field") == "date"), None)
    if dated["data"]["date"]:
        return words(dated)
    return next((w for w in map(words, news) if w), None)


def _pick_place(reports: list[dict], ctx: Context) -> dict:
    """The report with the innermost place (a neighbourhood over its city)."""
    located = [r for r in reports if r["data"]["location"]]
    if not located:
        return reports[0]
    return max(located, key=lambda r: len(ctx.place_chain(r["place_id"])))


def _lowest(values: list) -> int | None:
    """The lowest figure stated; a 'no one was hurt' counts only when no report tells of victims
    (an early report's 0 is not credible against a later one's dead)."""
    values = [v for v in values if v is not None]
    positive = [v for v in values if v > 0]
    return min(positive) if positive else (0 if values else None)


def build(reports: list[dict], ctx: Context) -> dict:
    """The merged incident of one cluster (reports in head order), before corrections."""
    reports = sorted(reports, key=head_key)
    head = reports[0]
    news = [r for r in reports if not r["background"]] or reports
    etype = _most_common([r["event_type"] for r in news], head["event_type"])
    sub = _most_common([r["sub_event_type"] for r in news if r["event_type"] == etype], head["sub_event_type"])
    picked = _pick_date(news)
    dated = picked["data"]
    place = _pick_place(reports, ctx)["data"]["location"]
    actors = _merged_actors(reports, head, ctx)
    data = [r["data"] for r in reports]
    return {
        "id": head["id"], "document": head["document"], "event_type": etype, "sub_event_type": sub,
        "date": dated["date"], "date_precision": dated["date_precision"],
        "date_inferred": dated["date_inferred"], "date_text": _date_words(news, picked),
        "killed": _lowest([d["killed"] for d in data]), "injured": _lowest([d["injured"] for d in data]),
        "casualties_combined": _lowest([d["casualties_combined"] for d in data]),
        "background": all(r["background"] for r in reports), "location": place, "actors": actors,
        "citations": [dict(c, document=r["document"]) for r in reports for c in r["data"]["citations"]],
        "reports": [r["id"] for r in reports],
        "corrected": [], "retracted": False,
    }


def _merged_actors(reports: list[dict], head: dict, ctx: Context) -> list[dict]:
    """The head's actors, those at least half the reports name, and those no other report
    contradicts: one outlet's stray actor (the others name someone else on its side) does
    not join the incident, but the target only one outlet names ("حافلة مبيت عسكرية": the
    army, where the others tell only of unknown bombers) does."""
    told = Counter(a for r in reports for a in {x["actor_id"] for x in r["data"]["actors"]})
    named_on: dict[int | None, list[set[str]]] = {}
    for r in reports:
        by_side: dict[int | None, set[str]] = {}
        for a in r["data"]["actors"]:
            by_side.setdefault(a.get("side"), set()).update(ctx.named([a["actor_id"]]))
        for side, ids in by_side.items():
            named_on.setdefault(side, []).append(ids)

    def uncontradicted(a: dict) -> bool:
        return all(not ids or a["actor_id"] in ids for ids in named_on.get(a.get("side"), []))

    actors, seen = [], set()
    for r in reports:
        for a in r["data"]["actors"]:
            if a["actor_id"] not in seen and (r is head or 2 * told[a["actor_id"]] > len(reports)
                                              or uncontradicted(a)):
                seen.add(a["actor_id"])
                actors.append(dict(a))
    return actors


def _corroboration(db, reports: list[str]) -> int:
    row = db.execute(
        "SELECT count(DISTINCT coalesce(d.outlet, d.doc)) FROM reports r JOIN documents d "
        "ON d.sha256 = r.document WHERE r.id IN (SELECT value FROM json_each(?))", [json.dumps(reports)]).fetchone()
    return row[0]


INSERT_INCIDENT = (
    "INSERT INTO incidents (id, document, event_type, sub_event_type, date, date_precision, "
    "date_inferred, date_text, killed, injured, casualties_combined, background, place_id, location_name, "
    "location_name_ar, admin1, lat, lon, location_mention, location_start, location_end, geo_precision, "
    "corroboration, corrected) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
INSERT_ACTOR = ('INSERT INTO incident_actors (incident_id, actor_id, position, side, mention, start, "end") '
                "VALUES (?, ?, ?, ?, ?, ?, ?)")
INSERT_CITATION = ('INSERT INTO citations (incident_id, document, position, start, "end", text, field) '
                   "VALUES (?, ?, ?, ?, ?, ?, ?)")


def incident_rows(inc: dict, corroboration: int) -> tuple[list, list[tuple], list[tuple]]:
    """The incidents row of a built incident, its incident_actors rows and its citations rows
    (written one incident at a time by _insert, a batch at a time by store.bulk)."""
    loc = inc["location"] or {}
    row = [inc["id"], inc["document"], inc["event_type"], inc["sub_event_type"], inc["date"],
           inc["date_precision"], int(bool(inc["date_inferred"])), inc.get("date_text"), inc["killed"], inc["injured"],
           inc["casualties_combined"], int(bool(inc["background"])), loc.get("place_id"),
           loc.get("name"), loc.get("name_ar"), loc.get("admin1"), loc.get("lat"), loc.get("lon"),
           loc.get("mention"), loc.get("start"), loc.get("end"), loc.get("geo_precision") if loc else None,
           corroboration, json.dumps(inc["corrected"]) if inc["corrected"] else None]
    actors = [(inc["id"], a["actor_id"], pos, a["side"], a["mention"], a["start"], a["end"])
              for pos, a in enumerate(inc["actors"])]
    citations = [(inc["id"], c["document"], pos, c["start"], c["end"], c["text"], c["field"])
                 for pos, c in enumerate(inc["citations"])]
    return row, actors, citations


def _insert(db, inc: dict) -> None:
    row, actors, citations = incident_rows(inc, _corroboration(db, inc["reports"]))
    db.conn.execute(INSERT_INCIDENT, row)
    db.conn.executemany(INSERT_ACTOR, actors)
    db.conn.executemany(INSERT_CITATION, citations)


# What a merge rewrites, each by an index (tests/test_query_plan.py): a scan of quotes or
# reports per cluster made merge-ingest slower the larger the store (quotes by report were
# 70% of merge_bench's time on a 150k-incident store)
UNLINK_QUOTES = "UPDATE quotes SET incident_id = NULL WHERE incident_id IN (SELECT value FROM json_each(?))"
DELETE_INCIDENTS = "DELETE FROM incidents WHERE id IN (SELECT value FROM json_each(?))"
LINK_REPORTS = "UPDATE reports SET incident_id = ? WHERE id IN (SELECT value FROM json_each(?))"
LINK_QUOTES = "UPDATE quotes SET incident_id = ? WHERE report IN (SELECT value FROM json_each(?))"


def write_clusters(db, clusters: list[list[dict]], stale: set[str], ctx: Context) -> None:
    """Replace the incidents in `stale` (and those of the clusters) by the clusters' incidents,
    corrections applied; retracted ones are not written (they leave every query)."""
    from incidents.store.corrections import apply_corrections
    built = [build(c, ctx) for c in clusters]
    ids = json.dumps(sorted(stale | {b["id"] for b in built}))
    db.conn.execute(UNLINK_QUOTES, [ids])
    db.conn.execute(DELETE_INCIDENTS, [ids])
    for inc in built:
        apply_corrections(db, inc)
        db.conn.execute(LINK_REPORTS, [inc["id"], json.dumps(inc["reports"])])
        if inc["retracted"]:
            continue
        _insert(db, inc)
        db.conn.execute(LINK_QUOTES, [inc["id"], json.dumps(inc["reports"])])
