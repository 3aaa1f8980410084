"""OCHA admin4 communities (scripts/data/ocha_admin4_*.tsv) as place records for build_places.py.

Each row is a community's P-code, its subdistrict's P-code, its English and Arabic names.
A community becomes a village under its subdistrict, at the subdistrict's coordinates
(the table has none of its own: "geo_precision": 2 says so) and "bulk": a name from a
list of thousands counts only in an article about its governorate. A community that names a
place we already have in the same governorate (same folded Arabic name) is folded into
that record instead: it gains the P-code and the spellings.

Precision: a community name that is also an ordinary Arabic word ("الصور" pictures,
"قبة" dome, "السلامة" safety) or a person's name ("أبو ماجد", "الشيخ علي") would make
false places everywhere. Such spellings are listed in "needs_context": the extractor takes them only
after a place word ("قرية قبة") or before a container ("قبة بريف حلب"). Which words are
ordinary is asked of the Arabic hunspell dictionary (Debian: hunspell, hunspell-ar) at
build time; the flag is stored, so the runtime needs no dictionary.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from incidents.extract.normalise import key_text  # noqa: E402

SOURCES = sorted((ROOT / "scripts" / "data").glob("ocha_admin4_*.tsv"))
# The first word of a person's name or kunya: "أبو ماجد", "أم محمد", "الشيخ علي" name people too.
PERSON_HEADS = {"ابو", "ام", "شيخ", "الشيخ", "حاج", "حج", "حجي", "علي", "سيد", "السيد", "بيت"}
SHORT = 3           # a one-word name of this many letters or fewer is too easily another word
_PAREN = re.compile(r"\s*\([^)]*\)\s*")


def read_rows(paths: list[Path] = SOURCES) -> list[tuple[str, str, list[str], list[str]]]:
    """(pcode, subdistrict pcode, English names, Arabic names) per community."""
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            pcode, parent, en, ar = line.split("\t")
            rows.append((pcode, parent, _split(en, r"\s+-\s+|\s*/\s*"), _split(ar, r"_+|\s+-\s+|\s*/\s*")))
    return rows


def _split(text: str, sep: str) -> list[str]:
    """"A_B" / "A - B" are two names of one place; "(الباب)" says which subdistrict, it is no name."""
    out = []
    for part in re.split(sep, text):
        part = _PAREN.sub(" ", part).strip(" -")
        part = re.sub(r"^قرية\s+", "", part)
        if part and part not in out:
            out.append(part)
    return out


def ordinary_words(words: set[str]) -> set[str]:
    """The words the Arabic dictionary knows, as written or in a plainer form (without ال, with
    the hamza the spelling dropped: "الازرق" is "أزرق"); hunspell -G prints the known ones."""
    if not shutil.which("hunspell"):
        raise SystemExit("scripts/ocha_communities.py needs hunspell and its Arabic dictionary "
                         "(apt-get install hunspell hunspell-ar)")
    forms = {w: _forms(w) for w in words}
    asked = sorted({f for fs in forms.values() for f in fs})
    out = subprocess.run(["hunspell", "-d", "ar", "-G"], input="\n".join(asked), text=True,
                         capture_output=True, check=True).stdout
    known = set(out.split())
    return {w for w, fs in forms.items() if known & fs}


def _forms(word: str) -> set[str]:
    bare = word[2:] if word.startswith("ال") and len(word) > 4 else word
    out = {word, bare}
    for w in (word, bare):
        if w.startswith("ا"):
            out |= {"أ" + w[1:], "إ" + w[1:]}
    if bare.startswith("ا"):
        out |= {"ال" + "أ" + bare[1:], "ال" + "إ" + bare[1:]}
    return out


def needs_context(names: list[str], ordinary: set[str]) -> list[str]:
    """The spellings of a community that could be an everyday word or a person."""
    return [n for n in names if _risky(n, ordinary)]


def _risky(name: str, ordinary: set[str]) -> bool:
    words = name.split()
    if key_text(words[0]) in {key_text(w) for w in PERSON_HEADS}:
        return True
    if len(words) == 1 and len(key_text(name).replace(" ", "")) <= SHORT:
        return True
    return all(w in ordinary for w in words)


# OCHA tells two namesakes apart by size ("حميمة كبيرة", "حميمة صغيرة"); news mostly says "حميمة"
LARGER = ("كبيرة", "كبير", "الكبيرة", "الكبير", "الكبرى", "كبرى")


def with_bare_names(rows: list[tuple[str, str, list[str], list[str]]]) -> list[tuple[str, str, list[str], list[str]]]:
    """The larger of two namesakes also answers to the bare name ("حميمة" is Big Hmeimeh), when no
    other community of its governorate has that name; the flags of needs_context apply to it too."""
    names: dict[tuple[str, str], int] = {}
    for _, parent, _, ar in rows:
        for n in ar:
            names[(parent[:4], key_text(n))] = names.get((parent[:4], key_text(n)), 0) + 1
    out = []
    for pcode, parent, en, ar in rows:
        words = ar[0].split()
        bare = " ".join(words[:-1])
        if len(words) > 1 and words[-1] in LARGER and not names.get((parent[:4], key_text(bare))):
            ar = [ar[0], bare, *ar[1:]]
        out.append((pcode, parent, en, ar))
    return out


def communities(places: list[dict]) -> list[dict]:
    """New village records for the communities; communities we already have (same Arabic name
    in the community's governorate) are folded in place."""
    rows = with_bare_names(read_rows())
    subdistricts = {p["pcode"]: p for p in places if p.get("pcode")}
    index: dict[tuple[str, str], list[dict]] = {}
    for p in places:
        if p["kind"] in ("village", "town", "city", "neighbourhood"):
            for n in [p["name_ar"], *p.get("aliases_ar", [])]:
                index.setdefault((p["admin1"], key_text(n)), []).append(p)
    ordinary = ordinary_words({w for _, _, _, ar in rows for n in ar for w in n.split()})
    out = []
    for pcode, parent_code, en, ar in rows:
        parent = subdistricts.get(parent_code)
        if parent is None:
            raise SystemExit(f"community {pcode}: no subdistrict with pcode {parent_code}")
        twin = next((p for n in ar for p in index.get((parent["admin1"], key_text(n)), [])), None)
        if twin is not None:
            twin.setdefault("pcode", pcode)
            for n in ar:
                if key_text(n) not in {key_text(x) for x in [twin["name_ar"], *twin["aliases_ar"]]}:
                    twin["aliases_ar"].append(n)
            for n in en:
                if n != twin["name"] and n not in twin["aliases_en"]:
                    twin["aliases_en"].append(n)
            continue
        rec = {"id": f"ocha-{pcode.lower()}", "name": en[0], "name_ar": ar[0], "aliases_ar": ar[1:],
               "aliases_en": en[1:], "kind": "village", "admin1": parent["admin1"], "lat": parent["lat"],
               "lon": parent["lon"], "parent": parent["id"], "pcode": pcode, "geo_precision": 2,
               "bulk": True}
        risky = needs_context(ar, ordinary)
        if risky:
            rec["needs_context"] = risky
        out.append(rec)
    return out


ADMIN3 = ROOT / "scripts" / "data" / "ocha_admin3.tsv"
# OCHA admin1 P-code -> our governorate name (the admin1 of a subdistrict's P-code SY0200xx)
OCHA_ADMIN1 = {"SY01": "Damascus", "SY02": "Aleppo", "SY03": "Rural Damascus", "SY04": "Homs", "SY05": "Hama",
               "SY06": "Lattakia", "SY07": "Idleb", "SY08": "Al-Hasakeh", "SY09": "Deir-ez-Zor", "SY10": "Tartous",
               "SY11": "Ar-Raqqa", "SY12": "Dar'a", "SY13": "As-Sweida", "SY14": "Quneitra"}


def _bare(name: str) -> str:
    """"ناحية مركز الباب", "مركز الباب", "الباب" are one subdistrict's names."""
    words = [w for w in key_text(name).split() if w not in ("ناحيه", "مركز")]
    return "".join(words)


def subdistrict_pcodes(places: list[dict], path: Path = ADMIN3) -> list[str]:
    """Give each of our subdistricts the OCHA P-code of the admin3 of the same Arabic name in its
    governorate (scripts/data/ocha_admin3.tsv), so that communities of any governorate find their
    parent; returns the P-codes that named no subdistrict of ours (or more than one)."""
    subs: dict[tuple[str, str], list[dict]] = {}
    for p in places:
        if p["kind"] == "subdistrict":
            for n in {_bare(x) for x in [p["name_ar"], *p.get("aliases_ar", [])]}:
                subs.setdefault((p["admin1"], n), []).append(p)
    unmatched = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pcode, _en, ar = line.split("\t")
        found = subs.get((OCHA_ADMIN1[pcode[:4]], _bare(ar)), [])
        if len(found) != 1 or found[0].get("pcode") not in (None, pcode):
            unmatched.append(pcode)
            continue
        found[0]["pcode"] = pcode
    return unmatched


def flag_everyday_names(places: list[dict], kinds: tuple = ("village", "landmark")) -> None:
    """Our own villages, neighbourhoods and landmarks named by one everyday word ("الفردوس"
    paradise, "جديدة" new) get the same "needs_context" as such communities."""
    single = [p for p in places if p["kind"] in kinds and not p.get("bulk")]
    words = {n for p in single for n in [p["name_ar"], *p["aliases_ar"]] if len(n.split()) == 1}
    ordinary = ordinary_words(words)
    for p in single:
        risky = [n for n in [p["name_ar"], *p["aliases_ar"]] if n in ordinary]
        if risky:
            p["needs_context"] = risky


JOINED_HEADS = ("كفر ",)     # "كفر نبل" and "كفرنبل" are one town: news writes both


def joined_spellings(places: list[dict]) -> None:
    """Add the joined spelling of names whose head news writes either way ("كفر خاشر" / "كفرخاشر")."""
    for p in places:
        if p["kind"] in ("governorate", "district", "subdistrict", "region"):
            continue
        have = {key_text(n) for n in [p["name_ar"], *p["aliases_ar"]]}
        for n in [p["name_ar"], *p["aliases_ar"]]:
            for head in JOINED_HEADS:
                joined = head.strip() + n[len(head):]
                if n.startswith(head) and key_text(joined) not in have:
                    p["aliases_ar"].append(joined)
                    have.add(key_text(joined))
