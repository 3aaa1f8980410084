"""Listed towns (scripts/data/towns_reported.tsv) as place records for build_places.py.

The governorates other than Aleppo have no OCHA admin4 table we could find; their towns and
villages that reporting names come from a short hand-checked list instead. Each row is our
governorate, a parent (an OCHA admin3 P-code, or the id of one of our districts or governorates
when the subdistrict is not known), an English name and the Arabic spellings. A town becomes a
village under its parent, at the parent's coordinates ("geo_precision" 2 under a subdistrict,
3 under a district or governorate), with the precision flags of an OCHA community: "bulk" (it
counts only in an article about its governorate, a one-word name only where a village name may
stand) and "needs_context" for spellings that are everyday words or people (hunspell, as in
ocha_communities.py). A town we already have in that governorate (same folded Arabic name) is
folded into that record: it gains the spellings.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from incidents.extract.normalise import key_text  # noqa: E402
from ocha_communities import needs_context, ordinary_words  # noqa: E402

SOURCE = ROOT / "scripts" / "data" / "towns_reported.tsv"
FOLD_KINDS = ("village", "town", "city", "neighbourhood")     # a landmark of the name ("معبر نصيب") is another place


def read_rows(path: Path = SOURCE) -> list[tuple[str, str, str, list[str]]]:
    """(governorate, parent, English name, Arabic spellings) per listed town."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        admin1, parent, en, ar = line.split("\t")
        rows.append((admin1, parent, en, [n.strip() for n in ar.split("_") if n.strip()]))
    return rows


def _slug(text: str) -> str:
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def listed_towns(places: list[dict], path: Path = SOURCE) -> list[dict]:
    """New village records for the listed towns; towns we already have are folded in place."""
    rows = read_rows(path)
    by_pcode = {p["pcode"]: p for p in places if p.get("pcode") and p["kind"] == "subdistrict"}
    by_id = {p["id"]: p for p in places}
    index: dict[tuple[str, str], dict] = {}
    for p in places:
        if p["kind"] in FOLD_KINDS:
            for n in [p["name_ar"], *p.get("aliases_ar", [])]:
                index.setdefault((p["admin1"], key_text(n)), p)
    ordinary = ordinary_words({w for *_, ar in rows for n in ar for w in n.split()})
    used = set(by_id)
    out = []
    for admin1, parent_ref, en, ar in rows:
        parent = by_pcode.get(parent_ref) if parent_ref.startswith("SY") else by_id.get(parent_ref)
        if parent is None or parent["admin1"] != admin1:
            raise SystemExit(f"{path.name}: {en}: parent {parent_ref} is no place of {admin1}")
        twin = next((index[(admin1, key_text(n))] for n in ar if (admin1, key_text(n)) in index), None)
        if twin is not None:
            have = {key_text(x) for x in [twin["name_ar"], *twin["aliases_ar"]]}
            twin["aliases_ar"] += [n for n in ar if key_text(n) not in have]
            continue
        rid = base = f"town-{_slug(en)}"
        n = 2
        while rid in used:
            rid, n = f"{base}-{_slug(admin1)}" if n == 2 else f"{base}-{n}", n + 1
        used.add(rid)
        rec = {"id": rid, "name": en, "name_ar": ar[0], "aliases_ar": ar[1:], "aliases_en": [],
               "kind": "village", "admin1": admin1, "lat": parent["lat"], "lon": parent["lon"],
               "parent": parent["id"], "geo_precision": 2 if parent["kind"] == "subdistrict" else 3,
               "bulk": True, "source": f"listed: scripts/data/{path.name}"}
        risky = needs_context(ar, ordinary)
        if risky:
            rec["needs_context"] = risky
        for name in ar:
            index[(admin1, key_text(name))] = rec
        out.append(rec)
    return out
