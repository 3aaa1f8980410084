"""Places of one name in two governorates, told apart by the article's governorate or the one the
sentence names; places reporting names that our lists lacked (extract/data/places_manual.json,
each with its `source`); and the bare name of the larger of two OCHA namesakes ("حميمة" for
"حميمة كبيرة"). Sentences written for these tests."""
from __future__ import annotations

from functools import lru_cache

import pytest

from incidents.extract.gazetteer import load_gazetteer
from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


@lru_cache(maxsize=None)
def _place(text: str) -> tuple:
    (inc,) = extract_document(text, DocMeta("t.txt", published="2021-03-17"), load_gazetteer()).incidents
    return inc.location.place_id, inc.location.admin1


@pytest.mark.parametrize("text,place_id", [
    # a Damascus article names its suburbs: Rural Damascus's al-Sabboura, not Hama's Sabburah
    ("دمشق - قتل شخصان أمس برصاص مسلحين مجهولين في الصبورة.", "rd-sabboura"),
    ("قتل شخصان أمس برصاص مسلحين مجهولين في الصبورة بريف دمشق.", "rd-sabboura"),
    ("حماة - قتل شخصان أمس برصاص مسلحين مجهولين في بلدة الصبورة شرقي السلمية.", "ham-sabburah-town"),
])
def test_a_namesake_is_the_one_of_the_governorate_the_text_is_about(text: str, place_id: str) -> None:
    assert _place(text)[0] == place_id


def test_the_bare_name_of_the_larger_namesake_is_it() -> None:
    g = load_gazetteer()
    assert "حميمة" in g.places["ocha-c1242"]["aliases_ar"]      # حميمة كبيرة, not حميمة صغيرة
    text = "استهدفت قوات قسد أمس بقذائف المدفعية قرية حميمة قرب مدينة دير حافر شرقي حلب، ما أدى لإصابة مدنيين."
    assert _place(text) == ("ocha-c1242", "Aleppo")


@pytest.mark.parametrize("text,place_id", [
    ("سقطت صواريخ أطلقها مسلحون أمس على قرية تل سكين شمال غرب حماة، ما أدى لإصابة مدني.", "ham-tell-sikkin"),
    ("قتل عنصران من قوات النظام أمس برصاص قناص على محور كفرموس جنوبي إدلب.", "idl-kafr-mous"),
    ("قتل عنصران من قوات النظام أمس بانفجار لغم أرضي في محيط حقل \"الخراطة\" النفطي غربي دير الزور.", "dez-kharrata"),
    # an everyday word ("عقارب" scorpions) names the village only after a place word
    ("ارتكب مسلحون أمس مجزرة في قرية عقارب بريف حماة الشرقي راح ضحيتها 5 مدنيين.", "ham-aqarib"),
])
def test_places_reporting_names_are_found(text: str, place_id: str) -> None:
    assert _place(text)[0] == place_id


def test_an_everyday_word_alone_is_no_place() -> None:
    g = load_gazetteer()
    assert "عقارب" in g.places["ham-aqarib"]["needs_context"]


def test_each_reporting_named_place_says_where_it_comes_from() -> None:
    g = load_gazetteer()
    added = [p for p in g.places.values() if (p.get("source") or "").startswith("named in Arabic conflict reporting")]
    assert len(added) >= 14 and all(p.get("geo_precision") == 2 and p.get("pcode") is None for p in added)


def test_a_namesake_elsewhere_known_by_an_alias_lends_the_place_no_name() -> None:
    # "خريبة" is only an alias of a Homs village with another name: the Dar'a town we lack
    # keeps the name the text gives it, not the namesake's
    (inc,) = extract_document("قتل أربعة مدنيين بقصف مدفعي على بلدة الخريبة في ريف درعا الغربي.",
                              DocMeta("t.txt", published="2021-03-17"), load_gazetteer()).incidents
    assert (inc.location.name_ar, inc.location.admin1, inc.location.place_id) == ("الخريبة", "Dar'a", None)
    assert inc.location.name.startswith("Al-Kh")


@pytest.mark.parametrize("text", [
    # a side of the city named after the place holds it (context_names.json side_of)
    "قتل ثلاثة عناصر من تنظيم الدولة بقصف على حي اليرموك في الجهة الغربية من مدينة الرقة.",
    # a compass word is a guide only, but the Damascus camp is far from al-Raqqa (namesake_far_km)
    "قتل ثلاثة عناصر من تنظيم الدولة بقصف على حي اليرموك غربي مدينة الرقة.",
])
def test_a_namesake_far_from_the_town_named_after_it_is_not_the_place(text: str) -> None:
    place_id, admin1 = _place(text)
    assert place_id != "dam-yarmouk" and admin1 == "Ar-Raqqa"


def test_a_compass_word_before_a_near_city_leaves_the_next_governorate_possible() -> None:
    assert _place("قتل شخصان بانفجار عبوة ناسفة في السيدة زينب جنوب دمشق.")[1] == "Rural Damascus"


@pytest.mark.parametrize("text,name,admin1", [
    # a quarter named in an article about another city is a quarter of that city we lack
    ("قتل ثمانية مدنيين بغارات روسية على حيي الفردوس وبستان القصر في مدينة حلب.", "الفردوس", "Aleppo"),
    ("استهدفت غارات روسية حي الفردوس في الأحياء الشرقية من حلب، ما أدى لمقتل خمسة مدنيين.", "الفردوس", "Aleppo"),
    # the guards: its own city named, and Damascus's quarters in a Rural Damascus article
    ("قتل شاب برصاص قناص في حي الفردوس بمدينة الرقة.", "الفردوس", "Ar-Raqqa"),
    ("ريف دمشق - سقطت قذيفة هاون على حي المزة، ما أدى لإصابة طفلين من دوما.", "المزة", "Damascus"),
])
def test_a_quarter_of_a_city_the_article_never_names_is_one_of_its_own(text: str, name: str, admin1: str) -> None:
    incs = extract_document(text, DocMeta("t.txt", published="2021-03-17"), load_gazetteer()).incidents
    assert incs and all(i.location.name_ar == name and i.location.admin1 == admin1 for i in incs), \
        [(i.location.name_ar, i.location.admin1) for i in incs]
    if admin1 == "Aleppo":      # not "Al-Firdous (Raqqa)": that is the other one
        assert all("Raqqa" not in i.location.name for i in incs)
