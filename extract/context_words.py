"""The words that read a name from its context, once from data/context_names.json
(schema: context_names.schema.json).

A place word before a name the gazetteer lacks ("قرية X") makes X a place; these
lists say which words after a place word are no name ("القرى الحدودية"), where a
list of names stops, which marks wrap a quoted name, and what context a gazetteer
name that is also an ordinary word ("الصور") needs before it counts as a place, and
which words name a road by the two places it joins ("طريق طفس – المزيريب").
"""
from __future__ import annotations


from .normalise import fold
from .wordlists import DATA_DIR, folded, read_data

DATA = DATA_DIR / "context_names.json"



def _bare(values) -> frozenset[str]:
    return folded(values, bare=True)


class _ContextWords:
    """Folded word sets, one attribute per list of the data file."""

    def __init__(self, raw: dict) -> None:
        self.not_names = _bare(raw["not_names"])
        self.list_breaks = frozenset(raw["list_breaks"])
        self.quotes = frozenset(raw["quotes"])
        self.common_word_context = _bare(raw["common_word_context"])
        self.container_after = _bare(raw["container_after"])
        self.introducers = _bare(raw["introducers"])
        self.unit_words = _bare(raw["unit_words"])
        self.generic_after_unit = _bare(raw["generic_after_unit"])
        self.road_words = _bare(raw["road_words"])
        self.road_qualifiers = _bare(raw["road_qualifiers"])
        self.road_names_en = {fold(w): en for w, en in raw.get("road_names_en", {}).items()}
        self.city_outskirts = dict(raw.get("city_outskirts", {}))
        self.kunya_heads = _bare(raw["kunya_heads"])
        self.name_heads = folded(raw["name_heads"])
        self.name_stop_tails = folded(raw["name_stop_tails"])
        self.positioned_at = tuple(tuple(fold(w).split()) for w in raw["positioned_at"])
        self.role_domain = tuple(tuple(fold(w).split()) for w in raw.get("role_domain", []))
        self.person_origin = frozenset(fold(w) for w in raw.get("person_origin", []))
        taken = raw.get("taken_to", {})
        self.taken_to = folded(taken.get("to", []))
        self.taken_via = folded(taken.get("between", []))
        self.taken_by = folded(taken.get("verbs", []))
        self.list_heads = {fold(k): v for k, v in raw.get("list_heads", {}).items()}
        self.dual_list_heads = frozenset(fold(w) for w in raw.get("dual_list_heads", []))
        self.heading_for = tuple(tuple(fold(w).split()) for w in raw.get("heading_for", []))
        self.subdivision_words = _bare(raw["subdivision_words"])
        self.side_of = _bare(raw.get("side_of", []))
        self.destination_words = _bare(raw.get("destination_words", []))
        self.namesake_far_km = float(raw.get("namesake_far_km", 60))
        self.lam_heads = _bare(raw["lam_heads"])
        self.lam_places = _bare(raw["lam_places"])
        self.slot_introducers = frozenset(fold(w) for w in raw.get("slot_introducers", []))
        self.slot_not_names = _bare(raw.get("slot_not_names", []))


CONTEXT = _ContextWords(read_data(DATA))
