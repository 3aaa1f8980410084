"""A short name that counts for an actor only once the article has named it in full
("الفصائل"), read when the article names none of its actors (actor_eras.json unnamed).
Sentences written for these tests."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document

DATA = Path(__file__).resolve().parents[1] / "extract" / "data"
REBELS = "Opposition Rebels (Syria)"


def actors(text: str, published: str | None) -> list[set[str]]:
    out = extract_document(text, DocMeta("t.txt", published=published))
    return [{a.name for a in inc.actors} for inc in out.incidents]


@pytest.mark.parametrize("text", [
    "تجددت المواجهات بين جيش النظام والفصائل على جبهة التفاحية في جبل الأكراد.",
    "شنت الفصائل هجوماً معاكساً على تجمعات جيش النظام في قرية الحماميات بريف حماة.",
    "قصفت الفصائل العسكرية بالمدفعية مواقع جيش النظام في بلدة جورين.",
])
def test_before_the_fall_the_factions_of_an_article_that_names_none_are_the_rebels(text):
    assert any(REBELS in names for names in actors(text, "2019-07-20"))


@pytest.mark.parametrize("text,published", [
    ("تجددت المواجهات بين جيش النظام وتلك الفصائل على جبهة التفاحية في جبل الأكراد.", "2019-07-20"),
    ("قصفت القوات التركية والفصائل الموالية لها قرية الدندنية قرب منبج.", "2019-07-20"),
    ("تجددت المواجهات بين عناصر الأمن العام والفصائل في ريف السويداء الغربي.", "2025-07-20"),
    ("تجددت المواجهات بين جيش النظام وفصائل محلية على جبهة التفاحية في جبل الأكراد.", "2019-07-20"),
])
def test_factions_pointed_back_at_qualified_indefinite_or_after_the_fall_are_not_the_rebels(text, published):
    assert not any(REBELS in names for names in actors(text, published))


def test_a_faction_the_article_named_in_full_keeps_the_short_name():
    text = ("قصفت فصائل الجيش الوطني قرية مرعناز بريف حلب الشمالي. "
            "وردت قسد بقصف مواقع الفصائل في محيط مدينة مارع.")
    found = actors(text, "2021-05-03")
    assert any({"Syrian Democratic Forces", "Syrian National Army"} <= names for names in found)
    assert not any(REBELS in names for names in found)


def test_every_unnamed_force_is_a_known_actor_that_bears_the_name():
    recs = {a["id"]: a for a in json.loads((DATA / "actors.json").read_text(encoding="utf-8"))["actors"]}
    table = json.loads((DATA / "actor_eras.json").read_text(encoding="utf-8"))["unnamed"]
    for row in table["names"]:
        for when in ("before", "after"):
            if row.get(when):
                assert set(row["names_ar"]) <= set(recs[row[when]].get("weak_aliases_ar") or ())


ARMY_BEFORE, ARMY_AFTER = "Military Forces of Syria", "Ministry of Defence (Syria, 2025-)"


@pytest.mark.parametrize("text,published,force", [
    ("استهدفت وحدات من الجيش بالمدفعية الثقيلة تحركات المسلحين قرب بلدة اللطامنة.", "2018-09-20", ARMY_BEFORE),
    ("استهدفت وحدات من الجيش بالمدفعية الثقيلة تحركات المسلحين قرب بلدة اللطامنة.", "2025-09-20", ARMY_AFTER),
    ("قصفت قوات الجيش بالمدفعية الثقيلة مواقع المسلحين في قرية الزكاة.", "2018-09-20", ARMY_BEFORE),
])
def test_the_army_s_units_named_by_no_state_are_the_army_of_the_era(text, published, force):
    assert any(force in names for names in actors(text, published))


@pytest.mark.parametrize("text,force", [
    ("قصفت قوات الجيش التركي بالمدفعية قرية الدندنية قرب منبج.", "Military Forces of Turkey"),
    ("هاجمت قوات الجيش الوطني مواقع قسد قرب قرية الدندنية في ريف منبج.", "Syrian National Army"),
])
def test_units_of_an_army_named_after_them_are_that_army(text, force):
    found = actors(text, "2019-07-20")
    assert any(force in names for names in found)
    assert not any(ARMY_BEFORE in names for names in found)


@pytest.mark.parametrize("text,published,force", [
    ("نفذ الطيران الحربي أربع غارات على أطراف بلدة معرة حرمة جنوبي إدلب.", "2017-03-14",
     "Military Forces of Syria - Syrian Arab Air Force"),
    ("اعترضت الدفاعات الجوية صواريخ معادية في سماء مطار الضمير العسكري.", "2020-03-14",
     "Military Forces of Syria - Air Defence"),
])
def test_an_air_force_or_air_defence_named_by_no_state_is_the_era_s(text, published, force):
    assert any(force in names for names in actors(text, published))


def test_warplanes_of_a_state_the_article_named_are_that_state_s():
    text = ("قصفت الطائرات الحربية الروسية بلدة الهبيط بريف إدلب. "
            "وعاودت الطائرات الحربية قصف أطراف بلدة عابدين بريف إدلب الجنوبي.")
    found = actors(text, "2019-06-01")
    assert not any("Military Forces of Syria - Syrian Arab Air Force" in names for names in found)


@pytest.mark.parametrize("text,published,force", [
    ("توغلت قوات الاحتلال في قرية الرفيد بريف القنيطرة واعتقلت ثلاثة رعاة.", "2025-02-11", "Military Forces of Israel"),
    ("قصف جيش الاحتلال التركي قرية الدندنية، ثم اعتقلت قوات الاحتلال راعياً قرب قرية عون الدادات.", "2020-02-11",
     "Military Forces of Turkey"),
])
def test_the_occupation_forces_are_those_the_article_named_else_israel_s(text, published, force):
    found = actors(text, published)
    assert any(force in names for names in found)
    assert all(names <= {force, "Civilians (Syria)", "Shepherds (Syria)"} for names in found), found
