"""Towns and villages of the governorates outside Aleppo that no OCHA table of ours lists
(scripts/data/towns_reported.tsv, built into places.json by scripts/listed_towns.py): a village
of a thin governorate resolves with its governorate, and a listed town counts like an OCHA
community (bulk, and an everyday word only after a place word). Sentences written for these tests."""
from __future__ import annotations

from functools import lru_cache

import pytest

from incidents.extract.gazetteer import load_gazetteer
from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


@lru_cache(maxsize=None)
def _location(text: str) -> tuple:
    (inc,) = extract_document(text, DocMeta("t.txt", published="2022-05-10"), load_gazetteer()).incidents
    return inc.location.name, inc.location.admin1, inc.location.place_id


@pytest.mark.parametrize("text,name,admin1", [
    # was "Al-Karik": the name cut at الكرك, transliterated, no place of ours
    ("درعا - قتل شاب أمس برصاص مسلحين مجهولين في بلدة الكرك الشرقي بريف درعا الشرقي.",
     "Al-Karak al-Sharqi", "Dar'a"),
    ("قصفت القوات الإسرائيلية أمس بالمدفعية أطراف بلدة جباتا الخشب في ريف القنيطرة الشمالي، دون وقوع إصابات.",
     "Jubata al-Khashab", "Quneitra"),
    ("حماة - قتل مدنيان أمس بقصف مدفعي لقوات النظام على قرية قسطون في سهل الغاب بريف حماة الغربي.",
     "Qastun", "Hama"),
    ("دير الزور - اغتال مسلحون مجهولون أمس عنصراً من قسد في بلدة درنج بريف دير الزور الشرقي.",
     "Darnaj", "Deir-ez-Zor"),
    # a settlement word names the town, not the crossing of its name ("معبر نصيب", alias نصيب)
    ("درعا - قتل شاب أمس برصاص مسلحين مجهولين في بلدة نصيب بريف درعا الشرقي.", "Nasib", "Dar'a"),
])
def test_a_listed_village_resolves_with_its_governorate(text: str, name: str, admin1: str) -> None:
    got = _location(text)
    assert (got[0], got[1]) == (name, admin1)
    assert got[2] and load_gazetteer().places[got[2]]["source"].startswith("listed:")


def test_listed_towns_are_bulk_under_a_parent_of_their_governorate() -> None:
    g = load_gazetteer()
    listed = [p for p in g.places.values() if (p.get("source") or "").startswith("listed:")]
    assert len(listed) >= 200 and "Aleppo" not in {p["admin1"] for p in listed}
    for p in listed:
        assert p["bulk"] and p["geo_precision"] in (2, 3)
        assert g.places[p["parent"]]["admin1"] == p["admin1"]


def test_an_everyday_word_among_them_needs_a_place_word() -> None:
    g = load_gazetteer()
    (hurriya,) = [p for p in g.places.values() if p["name_ar"] == "الحرية" and p["admin1"] == "Quneitra"]
    assert "الحرية" in hurriya["needs_context"]


def test_the_crossing_keeps_its_name() -> None:
    text = "أغلقت السلطات الأردنية أمس معبر نصيب الحدودي بعد اشتباكات بين مسلحين في محيطه قتل فيها عنصران."
    assert _location(text)[2] == "dar-nasib"
