"""A round-up's toll goes with its first town, unless a figure names one of the listed towns
right after its people: then it is that town's (ACLED codes one event per place). Words are
data (segmentation.json toll_town_links, toll_town_reach). Sentences written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def tolls(text: str) -> dict:
    incs = extract_document(text, DocMeta("t.txt", "Test", published="2020-03-31")).incidents
    return {i.location.name: (i.killed, i.injured) for i in incs if i.location}


@pytest.mark.parametrize("text, expected", [
    ("استهدفت مدفعية النظام بلدتي معرة حرمة وكفرسجنة جنوبي إدلب، ما أسفر عن مقتل امرأتين في كفرسجنة "
     "وجرح ثلاثة رجال في معرة حرمة.",
     {"Kafr Sajna": (2, None), "Maarat Harma": (None, 3)}),
    ("شنت طائرات حربية غارات على مدينتي أريحا وسراقب، أسفرت عن مقتل أربعة مدنيين بسراقب.",
     {"Saraqib": (4, None), "Ariha": (None, None)}),
])
def test_a_figure_that_names_its_town_is_that_towns(text, expected):
    got = tolls(text)
    assert {k: got.get(k) for k in expected} == expected


def test_a_figure_that_names_no_town_goes_with_the_first():
    got = tolls("قصفت قوات النظام بلدات كفرنبل وحاس والبارة جنوبي إدلب، ما أدى لمقتل خمسة مدنيين.")
    assert got.get("Kafranbel") == (5, None) and got.get("Hass") == (None, None)


def test_another_told_at_its_own_town_is_that_towns_one():
    # "وآخر في بلدة X": the act again at another town, one more person there
    got = tolls("قتل شاب برصاص مجهولين في بلدة الشحيل بريف دير الزور، وآخر في بلدة ذيبان.")
    assert got.get("Al-Shuhayl") == (1, None) and got.get("Thiban") == (1, None)
