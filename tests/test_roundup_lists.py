"""A list of towns in one sentence is one incident per town even when each town is located
as it is named ("مدينة X شمالي Y وقرية Z جنوبها", "X بريف حلب الغربي ومحيط بلدة Z"): the
locator words and the larger place between them do not end the list (data/segmentation.json
locator_words, list_item_heads). Sentences written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def places(text: str) -> list[str]:
    incs = extract_document(text, DocMeta("t.txt", "Test", published="2020-03-31")).incidents
    return [i.location.name for i in incs if i.location]


@pytest.mark.parametrize("text, expected", [
    # each town located by a compass word and its governorate, or by its countryside
    ("قصفت قوات النظام مدينة سراقب شرقي إدلب وبلدة كفرنبل جنوبها بقذائف المدفعية.",
     ["Saraqib", "Kafranbel"]),
    ("تعرضت مدينة الأتارب بريف حلب الغربي ومحيط بلدة كنصفرة بريف إدلب الجنوبي لقصف مدفعي من قبل قوات النظام.",
     ["Al-Atarib", "Kansafra"]),
])
def test_towns_located_as_they_are_listed_are_one_incident_each(text, expected):
    assert places(text) == expected


def test_a_quarter_then_its_city_is_still_one_place():
    # "حي الوعر بمدينة حمص": the city holds the quarter; no second town
    assert len(places("قصفت قوات النظام حي الوعر بمدينة حمص بقذائف الهاون.")) == 1


@pytest.mark.parametrize("text, expected", [
    # 'and another' after a comma, with a town of its own: the act again there, its verb left out
    ("نفذت مسيرة تركية ضربة على سيارة قرب مدينة الدرباسية، وأخرى على دراجة نارية قرب بلدة عامودا.",
     {"Al-Darbasiyah", "Amuda"}),
    ("انفجرت عبوة ناسفة بدورية عسكرية في مدينة نوى، وأخرى في بلدة جاسم صباح اليوم.", {"Nawa", "Jasim"}),
    ("اعتقلت قوات الأمن ثلاثة شبان في بلدة الكسرة، وآخرين في بلدة الصور.", {"Al-Kasra", "Al-Sur"}),
    # the act's noun told again, bare or counted, in place of 'another'
    ("نفذ الطيران الروسي أربع غارات جوية على بلدة حاس، وغارتين على أطراف مدينة أريحا.", {"Hass", "Ariha"}),
    ("سقطت قذيفة هاون على حي الميدان، وثلاث قذائف على حي القصاع في دمشق.", {"Al-Midan (Damascus)", "Al-Qassaa"}),
])
def test_and_another_at_a_town_of_its_own_is_one_more_incident(text, expected):
    assert set(places(text)) == expected


def test_and_another_from_a_town_is_where_the_second_came_from():
    # "وآخر من بلدة X": the second victim's home town, not a second act
    assert len(places("قتل شاب برصاص مجهولين في بلدة الشحيل، وآخر من بلدة ذيبان.")) == 1
