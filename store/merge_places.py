"""Where two reports can be one incident (store.merge asks it of every candidate pair): the
same place, one inside the other (a neighbourhood and its city; a village the gazetteer
lacks and the town it is told in), or either end of a road one of them names.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from incidents.store.merge_context import Context

COARSE_PLACES = frozenset({"governorate", "district", "subdistrict", "region"})


def place_relation(a: dict, b: dict, ctx: "Context") -> int | None:
    """2 the same place, 1 one inside the other, 0 inside a whole region (a governorate
    or district holds every town in it: weak), None otherwise."""
    places_a, places_b = report_places(a), report_places(b)
    if len(places_a) == 1 and len(places_b) == 1:     # no road: one comparison (clustering's every pair)
        return _oneplace_relation(places_a[0], places_b[0], ctx, told_within(a), told_within(b))
    best = None
    for pa in places_a:
        for pb in places_b:
            rel = _oneplace_relation(pa, pb, ctx, told_within(a), told_within(b))
            if rel is not None and (best is None or rel > best):
                best = rel
    return best


def report_places(rep: dict) -> tuple[str, ...]:
    """The report's place, or the two towns its road joins ("طريق طفس – المزيريب": an event
    on the road is at either end, so a report at one of them can be the same); read once a
    report, as its actor sets are."""
    cached = rep.get("_places")
    if cached is None:
        along = (rep["data"].get("location") or {}).get("along") or ()
        cached = rep["_places"] = tuple(dict.fromkeys(([rep["place_id"]] if rep["place_id"] else []) + list(along)))
    return cached


def told_within(rep: dict) -> tuple[str, str] | None:
    """(the report's own place, the known place it is told inside) for a place the gazetteer
    lacks ("قرية معيزيلة التابعة لمدينة الميادين"), else None."""
    within = (rep["data"].get("location") or {}).get("within")
    return (rep["place_id"], within) if within and rep["place_id"] else None


def _oneplace_relation(pa: str, pb: str, ctx: "Context", within_a: tuple[str, str] | None = None,
                        within_b: tuple[str, str] | None = None) -> int | None:
    if pa == pb:
        return 2
    for outer, inner, within in ((pa, pb, within_b), (pb, pa, within_a)):
        chain = ctx.place_chain(inner)
        if within and within[0] == inner:       # a village we lack is inside the town it is told in
            chain = (inner,) + ctx.place_chain(within[1])
        if outer in chain:
            return 0 if ctx.place_kind.get(outer) in COARSE_PLACES else 1
    return None
