"""Roads named by the places they join: "طريق طفس – المزيريب", "أوتوستراد دمشق-درعا".

An act on such a road happened at neither end for certain. Between two towns it is told at
the first (both ids kept in `along`, so another outlet's report at either town can be the
same incident: store.merge_places). Between two cities the road is the place, though: a
checkpoint on the Damascus–Daraa highway stands in the countryside between them, not in
Damascus. The road goes in the governorate the article is about when that is an
end's, else in the first end's (a capital whose governorate is the city alone, Damascus,
stands for the countryside around it: context_names.json city_outskirts).
"""
from __future__ import annotations

from typing import Optional

from .context_words import CONTEXT
from .mentions import Mention
from .model import PlaceRef, Span
from .normalise import word_forms
from .text import Doc


def after_road_word(doc: Doc, i: int) -> Optional[int]:
    """The token of a road word ("طريق", "الأوتوستراد") before token i, with at most two
    words that qualify the road between them ("الطريق الدولي", "الطريق الواصل بين"), or None."""
    for j in range(i - 1, max(i - 4, -1), -1):
        forms = set(word_forms(doc.words[j]))
        if forms & CONTEXT.road_words:
            return j
        if not forms & CONTEXT.road_qualifiers:
            return None
    return None


def mark_roads(doc: Doc, inside: list[Mention], placed: list[tuple[int, PlaceRef]],
               context_admin1: Optional[str]) -> None:
    """Two places named one right after the other after a road word are the road's two ends:
    each keeps both ids (`along`); when both ends are cities the road is the place (in
    `placed`, at the first end's token; a town end is more precise than a road already)."""
    at = {t: r for t, r in placed}
    for m, n in zip(inside, inside[1:]):
        road = after_road_word(doc, m.first) if n.first == m.last + 1 else None
        a, b = at.get(m.first), at.get(n.first)
        if road is None or not (a and b and a.place_id and b.place_id and a.place_id != b.place_id):
            continue
        a.along = b.along = [a.place_id, b.place_id]
        if _is_city(a) and _is_city(b):     # "طريق الرقة – منبج" without a city: the town is more precise
            ref = road_ref(doc, road, n.last, a, b, context_admin1)
            placed[:] = [(t, ref if r is a else r) for t, r in placed if r is not b]


def _is_city(ref: PlaceRef) -> bool:
    return getattr(ref, "_kind", None) == "city"


def road_ref(doc: Doc, road: int, last: int, a: PlaceRef, b: PlaceRef,
             context_admin1: Optional[str]) -> PlaceRef:
    """The road from token `road` to token `last` as a place ("Damascus-Dar'a highway"),
    between its two ends (ACLED geo-precision 2: near them)."""
    s, e = doc.token_span(road, last)
    text = doc.text[s:e]
    word = next((CONTEXT.road_names_en[f] for f in word_forms(doc.words[road]) if f in CONTEXT.road_names_en),
                "road")
    ends = [CONTEXT.city_outskirts.get(x.admin1 or "", x.admin1) for x in (a, b)]
    admin1 = context_admin1 if context_admin1 in ends else ends[0]
    mid = [(x + y) / 2 if x is not None and y is not None else None for x, y in ((a.lat, b.lat), (a.lon, b.lon))]
    ref = PlaceRef(f"{a.name}-{b.name} {word}", text, admin1, mid[0], mid[1], text, Span(s, e, text), None, 2,
                   along=[a.place_id, b.place_id])
    ref._kind = "road"  # type: ignore[attr-defined]
    return ref
