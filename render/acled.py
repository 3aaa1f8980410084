"""Incidents in ACLED's CSV column layout, so the store can be compared with (or
merged into) ACLED data with the tools analysts already use.

We fill what extraction knows and leave the rest empty rather than guessing:
admin2/admin3, source_scale and tags stay blank; notes carry the cited Arabic
evidence instead of an English summary. Year-only dates have no ACLED time
precision, so their event_date is left empty (year is filled).
"""
from __future__ import annotations

import time
from typing import Iterable, Optional

COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
           "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
           "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
           "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
           "fatalities", "tags", "timestamp")

PRECISION = {"day": 1, "week": 2, "month": 3}
DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
            "Violence against civilians": "Political violence", "Riots": "Demonstrations",
            "Protests": "Demonstrations", "Strategic developments": "Strategic developments"}
# ACLED inter codes: 1 state forces, 2 rebel groups, 3 political militias, 4 identity
# militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces.
INTER = {"state_force": 1, "police": 1, "rebel": 2, "jihadist": 2, "militia": 3, "political": 3,
         "unidentified": 3, "tribal": 4, "protesters": 6, "civilians": 7, "media": 7, "foreign_state": 8}


def inter_code(kind: Optional[str], affiliation: Optional[str] = None, event_type: Optional[str] = None) -> str:
    """The ACLED inter code of an actor from its gazetteer kind ('' when unknown)."""
    if affiliation == "foreign state" and kind in ("state_force", "foreign_state", None):
        return "8"
    if event_type == "Protests" and kind in ("civilians", "political"):
        return "6"
    code = INTER.get(kind or "")
    return str(code) if code else ""


def _sides(actors: list[dict]) -> tuple[list[dict], list[dict]]:
    """Actors of side 1 and side 2; an actor without a side fills an empty side first."""
    one = [a for a in actors if a.get("side") == 1]
    two = [a for a in actors if a.get("side") == 2]
    for a in actors:
        if a.get("side") not in (1, 2):
            (one if not one else two if not two else one).append(a)
    return one, two


def _event_date(date: Optional[str]) -> str:
    if not date or len(date) < 7:
        return ""
    return date[:10] if len(date) >= 10 else date[:7] + "-01"


def acled_row(inc: dict, actor_info: dict[str, tuple], timestamp: int) -> dict:
    """One ACLED row; `actor_info` maps an actor's English name to (kind, affiliation)."""
    actors = inc.get("actors") or []
    one, two = _sides(actors)
    et = inc.get("event_type")

    def code(group: list[dict]) -> str:
        if not group:
            return ""
        kind, aff = actor_info.get(group[0].get("name"), (None, None))
        return inter_code(kind, aff, et)

    i1, i2 = code(one), code(two)
    interaction = "".join(sorted([i1, i2])) if i1 and i2 else (i1 + "0" if i1 else "")
    date = inc.get("date") or ""
    loc = inc.get("location") or {}
    sources = inc.get("sources") or []
    outlets = list(dict.fromkeys(s.get("outlet") or s.get("doc") for s in sources if s.get("outlet") or s.get("doc")))
    notes = " | ".join(dict.fromkeys(s.get("quote") for s in sources if s.get("quote")))
    precision = PRECISION.get(inc.get("date_precision") or "") if _event_date(date) else None
    civ = "Civilian targeting" if "7" in (i2, i1) and et in (
        "Violence against civilians", "Explosions/Remote violence") else ""
    ident = (inc.get("id") or "").removeprefix("i-")
    return {
        "event_id_cnty": f"SYR{ident}", "event_date": _event_date(date), "year": date[:4],
        "time_precision": precision or "", "disorder_type": DISORDER.get(et or "", ""),
        "event_type": et or "", "sub_event_type": inc.get("sub_event_type") or "",
        "actor1": one[0].get("name") if one else "", "assoc_actor_1": "; ".join(a.get("name") or "" for a in one[1:]),
        "inter1": i1, "actor2": two[0].get("name") if two else "",
        "assoc_actor_2": "; ".join(a.get("name") or "" for a in two[1:]), "inter2": i2,
        "interaction": interaction, "civilian_targeting": civ, "iso": 760, "region": "Middle East",
        "country": "Syria", "admin1": loc.get("admin1") or "", "admin2": "", "admin3": "",
        "location": loc.get("name") or loc.get("name_ar") or "",
        "latitude": loc.get("lat") if loc.get("lat") is not None else "",
        "longitude": loc.get("lon") if loc.get("lon") is not None else "",
        "geo_precision": inc.get("geo_precision") or "", "source": "; ".join(outlets),
        "source_scale": "", "notes": notes, "fatalities": inc.get("killed") or 0, "tags": "",
        "timestamp": timestamp,
    }


def actor_info(db) -> dict[str, tuple]:
    """English name -> (kind, affiliation) for every stored actor."""
    return {r[0]: (r[1], r[2]) for r in db.execute("SELECT name, kind, affiliation FROM actors").fetchall()}


# The columns a correction of each field changes (an imported row keeps the rest).
CORRECTED_COLUMNS = {
    "event_type": ("event_type", "disorder_type", "sub_event_type", "civilian_targeting"),
    "sub_event_type": ("sub_event_type",), "date": ("event_date", "year", "time_precision"),
    "killed": ("fatalities",), "place": ("admin1", "location", "latitude", "longitude", "geo_precision"),
    "actor": ("actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction"),
}
CORRECTED_COLUMNS["side"] = CORRECTED_COLUMNS["actor"]


def acled_rows(incidents: Iterable[dict], info: dict[str, tuple], timestamp: Optional[int] = None,
               original=None) -> list[dict]:
    """ACLED rows of `incidents`. `original(inc)` gives the row an imported incident came
    from (store.acled_import.Originals.row): it is written as it was, but for the columns
    of fields corrected since."""
    ts = int(time.time()) if timestamp is None else timestamp
    out = []
    for inc in incidents:
        row = acled_row(inc, info, ts)
        before = original(inc) if original else None
        if before is not None:
            keep = dict(before)
            for field in inc.get("corrected") or []:
                for column in CORRECTED_COLUMNS.get(field, ()):
                    keep[column] = row[column]
            row = keep
        out.append(row)
    return out
