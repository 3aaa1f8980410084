"""Properties the extractor relies on in extract/data/actors.json and places.json."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from incidents.extract.normalise import key_text

DATA = Path(__file__).resolve().parents[1] / "extract" / "data"
GOVERNORATES = {"Damascus", "Rural Damascus", "Aleppo", "Idleb", "Hama", "Homs", "Lattakia", "Tartous",
                "Ar-Raqqa", "Deir-ez-Zor", "Al-Hasakeh", "Dar'a", "As-Sweida", "Quneitra"}
_TYPES = {"object": dict, "array": list, "string": str, "integer": int, "number": (int, float),
          "boolean": bool, "null": type(None)}


def _load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def check_schema(value, schema: dict, path: str = "$", root: dict | None = None) -> list[str]:
    """Validate the JSON Schema subset our schema files use; return error strings."""
    root = schema if root is None else root
    if "$ref" in schema:        # local definitions only: "#/$defs/NAME"
        target = root
        for part in schema["$ref"].lstrip("#/").split("/"):
            target = target[part]
        return check_schema(value, target, path, root)
    errs: list[str] = []
    types = schema.get("type")
    if types is not None:
        names = types if isinstance(types, list) else [types]
        ok = any(isinstance(value, _TYPES[t]) and not (t in ("integer", "number") and isinstance(value, bool))
                 for t in names)
        if not ok:
            return [f"{path}: expected {names}, got {type(value).__name__}"]
    if "enum" in schema and value not in schema["enum"]:
        errs.append(f"{path}: {value!r} not in enum")
    if "const" in schema and value != schema["const"]:
        errs.append(f"{path}: {value!r} is not {schema['const']!r}")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            errs.append(f"{path}: too short")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errs.append(f"{path}: {value!r} does not match {schema['pattern']}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errs.append(f"{path}: {value} < {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            errs.append(f"{path}: {value} > {schema['maximum']}")
    if isinstance(value, dict):
        props = schema.get("properties", {})
        for req in schema.get("required", []):
            if req not in value:
                errs.append(f"{path}: missing {req}")
        for k, v in value.items():
            extra = schema.get("additionalProperties")
            if k in props:
                errs.extend(check_schema(v, props[k], f"{path}.{k}", root))
            elif extra is False:
                errs.append(f"{path}: unexpected key {k}")
            elif isinstance(extra, dict):
                errs.extend(check_schema(v, extra, f"{path}.{k}", root))
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0) or len(value) > schema.get("maxItems", len(value)):
            errs.append(f"{path}: {len(value)} items")
        for i, v in enumerate(value):
            if "items" in schema:
                errs.extend(check_schema(v, schema["items"], f"{path}[{i}]", root))
    return errs


@pytest.fixture(scope="module")
def actors() -> list[dict]:
    return _load("actors.json")["actors"]


@pytest.fixture(scope="module")
def places() -> list[dict]:
    return _load("places.json")["places"]


def test_validator_rejects_bad_records():
    schema = _load("places.schema.json")
    bad = {"version": 1, "places": [{"id": "X y", "name": "", "kind": "planet", "admin1": "Deir ez-Zor",
                                     "lat": 50.0, "lon": 36.0, "parent": None, "extra": 1}]}
    errs = " ".join(check_schema(bad, schema))
    for word in ("does not match", "too short", "planet", "Deir ez-Zor", "50.0", "unexpected key extra",
                 "missing name_ar"):
        assert word in errs


def test_validator_follows_refs_consts_and_item_counts():
    schema = _load("lexicon.schema.json")
    bad = dict(_load("lexicon.json"), version=2, background=[], directions={"الشرقي": "Q"},
               not_places=[["الحراك"]])
    errs = " ".join(check_schema(bad, schema))
    for word in ("$.version: 2 is not 1", "$.background: 0 items", "'Q' not in enum", "$.not_places[0]: 1 items"):
        assert word in errs


@pytest.mark.parametrize("data,schema", [("actors.json", "actors.schema.json"), ("places.json", "places.schema.json"),
                                         ("places_manual.json", None),
                                         ("speech.json", "speech.schema.json"), ("dates.json", "dates.schema.json"),
                                         ("actor_eras.json", "actor_eras.schema.json"),
                                         ("local_forces.json", "local_forces.schema.json"),
                                         ("name_words.json", "name_words.schema.json"),
                                         ("acled_types.json", "acled_types.schema.json"),
                                         ("context_names.json", "context_names.schema.json"),
                                         ("lexicon.json", "lexicon.schema.json"),
                                         ("segmentation.json", "segmentation.schema.json"),
                                         ("triggers.json", "triggers.schema.json"),
                                         ("casualties.json", "casualties.schema.json"),
                                         ("event_types.json", "event_types.schema.json"),
                                         ("act_frames.json", "act_frames.schema.json"),
                                         ("targets.json", "targets.schema.json"),
                                         ("transliteration.json", "transliteration.schema.json")])
def test_files_match_schema(data, schema):
    doc = _load(data)
    if schema is None:  # the manual file may leave admin1/lat/lon to its parents
        assert doc["version"] == 1 and all({"id", "name", "name_ar", "kind"} <= set(p) for p in doc["places"])
        return
    assert check_schema(doc, _load(schema)) == []


def test_actor_ids_unique_and_parents_resolve(actors):
    ids = [a["id"] for a in actors]
    assert len(ids) == len(set(ids))
    known = set(ids)
    assert [a["id"] for a in actors if a["parent"] is not None and a["parent"] not in known] == []


def test_actor_count(actors):
    assert len(actors) >= 250


def _by_name(records: list[dict]) -> dict[str, dict]:
    return {r["name"]: r for r in records}


def _chain(rec: dict, by_id: dict[str, dict]) -> list[str]:
    out, seen = [], set()
    while rec["parent"] is not None:
        assert rec["id"] not in seen, f"parent cycle at {rec['id']}"
        seen.add(rec["id"])
        rec = by_id[rec["parent"]]
        out.append(rec["name"])
    return out


def test_parent_chains(actors):
    by_id = {a["id"]: a for a in actors}
    names = _by_name(actors)
    assert "Syrian Democratic Forces" in _chain(names["Asayish"], by_id)
    assert "Syrian Democratic Forces" in _chain(names["People's Protection Units"], by_id)
    assert by_id[names["Fourth Armoured Division"]["parent"]]["name"] == "Military Forces of Syria"
    assert "Syrian National Army" in _chain(names["Sultan Murad Division"], by_id)
    for a in actors:  # no cycles anywhere
        _chain(a, by_id)


def test_required_acled_names_present(actors):
    names = set(_by_name(actors))
    for n in ("Military Forces of Syria", "National Defence Forces", "Hayat Tahrir al-Sham", "Islamic State (Syria)",
              "Military Forces of Russia", "Military Forces of Turkey", "Military Forces of Israel",
              "Global Coalition Against Daesh", "Unidentified Armed Group (Syria)", "Civilians (Syria)",
              "Protesters (Syria)", "Opposition Rebels (Syria)", "Arab Tribal Militia (Syria)",
              "General Security Service", "Ministry of Defence (Syria, 2025-)", "Military Operations Command"):
        assert n in names


def test_no_strong_alias_shared_between_actors(actors):
    """A folded alias may name two actors only if both list it as weak."""
    strong: dict[str, set[str]] = {}
    weak: dict[str, set[str]] = {}
    for a in actors:
        for n in [a["name_ar"], *a["aliases_ar"]]:
            strong.setdefault(key_text(n), set()).add(a["id"])
        for n in a.get("weak_aliases_ar", []):
            weak.setdefault(key_text(n), set()).add(a["id"])
    clashes = {k: v for k, v in strong.items() if len(v) > 1}
    clashes.update({k: v | strong[k] for k, v in weak.items() if k in strong and strong[k] - v})
    assert clashes == {}


def test_aliases_are_not_generic_prefixed(actors):
    for a in actors:
        for n in a["aliases_ar"]:
            assert n.split()[0] not in {"ميليشيا", "مليشيا", "عناصر"}, (a["id"], n)


def test_place_ids_unique_parents_resolve(places):
    ids = [p["id"] for p in places]
    assert len(ids) == len(set(ids))
    known = set(ids)
    assert [p["id"] for p in places if p["parent"] is not None and p["parent"] not in known] == []


def test_place_admin1_coordinates_and_count(places):
    assert len(places) >= 1000
    for p in places:
        assert p["admin1"] in GOVERNORATES, p["id"]
        assert 32.0 <= p["lat"] <= 37.5 and 35.5 <= p["lon"] <= 42.5, p["id"]


def test_every_governorate_present_and_tree_consistent(places):
    by_id = {p["id"]: p for p in places}
    govs = {p["admin1"]: p for p in places if p["kind"] == "governorate"}
    assert set(govs) == GOVERNORATES
    for p in places:
        rec, seen = p, set()
        while rec["parent"] is not None:  # parent chain ends at the place's own governorate
            assert rec["id"] not in seen
            seen.add(rec["id"])
            rec = by_id[rec["parent"]]
            assert rec["admin1"] == p["admin1"], p["id"]
        assert rec["kind"] == "governorate", p["id"]


def test_shared_names_kept_as_separate_records(places):
    dz = [p for p in places if key_text(p["name_ar"]) == key_text("دير الزور")]
    kinds = {p["kind"] for p in dz}
    assert {"governorate", "city"} <= kinds
    city = next(p for p in dz if p["kind"] == "city")
    by_id = {p["id"]: p for p in places}
    assert by_id[city["parent"]]["kind"] == "district"
    assert by_id[by_id[city["parent"]]["parent"]]["id"] == "gov-deir-ez-zor"


def test_ocha_communities_sit_under_their_subdistrict(places):
    by_id = {p["id"]: p for p in places}
    comm = [p for p in places if p.get("bulk") and p.get("pcode")]
    assert len(comm) >= 1800
    # the other bulk names are the listed towns (scripts/data/towns_reported.tsv): no P-code of theirs
    assert all((p.get("source") or "").startswith("listed:") for p in places if p.get("bulk") and not p.get("pcode"))
    for p in comm:
        assert p["pcode"].startswith("C") and p["admin1"] == "Aleppo", p["id"]
        parent = by_id[p["parent"]]
        assert parent["kind"] == "subdistrict" and parent["pcode"].startswith("SY02"), p["id"]
        assert (p["lat"], p["lon"]) == (parent["lat"], parent["lon"]) and p["geo_precision"] == 2
        assert set(p.get("needs_context", [])) <= {p["name_ar"], *p["aliases_ar"]}, p["id"]


def test_everyday_words_and_people_need_context(places):
    risky = {n for p in places for n in p.get("needs_context", [])}
    assert {"قبة", "الحرية", "أبو ماجد"} <= risky      # a dome, freedom, a man
    assert not {"بشنطرة", "كفر خاشر"} & risky


_OCHA_ADMIN1 = {"SY01": "Damascus", "SY02": "Aleppo", "SY03": "Rural Damascus", "SY04": "Homs", "SY05": "Hama",
                "SY06": "Lattakia", "SY07": "Idleb", "SY08": "Al-Hasakeh", "SY09": "Deir-ez-Zor", "SY10": "Tartous",
                "SY11": "Ar-Raqqa", "SY12": "Dar'a", "SY13": "As-Sweida", "SY14": "Quneitra"}


def test_subdistricts_carry_the_ocha_pcode_of_their_governorate(places):
    # every governorate's subdistricts, so a community list of any governorate finds its parents
    subs = [p for p in places if p["kind"] == "subdistrict"]
    coded = [p for p in subs if p.get("pcode")]
    assert len(coded) >= 270 and len({p["pcode"] for p in coded}) == len(coded)
    for p in coded:
        assert len(p["pcode"]) == 8 and _OCHA_ADMIN1[p["pcode"][:4]] == p["admin1"], p["id"]
    assert {_OCHA_ADMIN1[p["pcode"][:4]] for p in coded} == set(_OCHA_ADMIN1.values())
