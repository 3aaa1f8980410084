"""SQL for the filter clauses of a Query (type, subtype, killed, injured, outlet)
and its sort order; only bound parameters, operators come from the parser's fixed set."""
from __future__ import annotations

import json

COMPARE = {">=": ">=", "<=": "<=", "!=": "!=", "=": "=", ">": ">", "<": "<"}


def sql_conditions(q) -> tuple[list[str], list]:
    """SQL conditions (bound parameters only) for the filters of a Query on `incidents i`."""
    conds: list[str] = []
    params: list = []
    if q.event_types:
        conds.append("i.event_type IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(q.event_types))
    if q.sub_event_types:
        conds.append("i.sub_event_type IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(q.sub_event_types))
    for column, tests in (("killed", q.killed), ("injured", q.injured)):
        for op, n in tests:      # an unknown toll counts as 0, as in ACLED's fatalities
            conds.append(f"coalesce(i.{column}, 0) {COMPARE[op]} ?")
            params.append(int(n))
    if q.outlets:
        # the incident's document or any of its reports': a merged incident is each outlet's
        docs = ("SELECT d.sha256 FROM documents d, json_each(?) o "
                "WHERE instr(lower(coalesce(d.outlet, '')), lower(o.value)) > 0")
        conds.append(f"(i.document IN ({docs}) OR i.id IN (SELECT r.incident_id FROM reports r "
                     f"WHERE r.document IN ({docs})))")
        params += [json.dumps(q.outlets)] * 2
    return conds, params


def order_by(sort: str | None) -> str | None:
    """ORDER BY for `sort date|-date|killed|-killed|injured|-injured` (None: the default)."""
    if not sort:
        return None
    column = {"date": "date", "killed": "killed", "injured": "injured"}[sort.lstrip("-")]
    way = "DESC" if sort.startswith("-") else "ASC"
    if column == "date":
        return f"ORDER BY i.date IS NULL, i.date {way}, i.id"
    return f"ORDER BY coalesce(i.{column}, 0) {way}, i.date IS NULL, i.date, i.id"
