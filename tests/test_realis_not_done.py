"""Acts told as not done: an act word after 'without' ("حلقت طائرات روسية في سماء ريف إدلب دون
تنفيذ غارات", segmentation.json act_negators) and one in a condition ("في حال استمر التصعيد فإن
القصف قد يطال المدينة", lexicon.json irrealis) are no incidents; the sky over a region ("في سماء
ريف إدلب") is no village of that name, nor is the border ("على الحدود قرب قرية X")
(context_names.json slot_not_names). Sentences written for these tests."""
from __future__ import annotations

import pytest

from extracted import incidents

NOT_DONE = [
    "حلقت طائرات استطلاع روسية في سماء ريف إدلب الجنوبي طوال ساعات النهار، دون تسجيل غارات.",
    "حلقت مروحيات للنظام فوق بلدات ريف درعا الغربي بدون تنفيذ أي غارات حتى الآن.",
    "قال مصدر عسكري إنه في حال استمر التصعيد فإن القصف قد يطال مدينة الباب.",
]


@pytest.mark.parametrize("text", NOT_DONE)
def test_an_act_not_done_is_no_incident(text):
    assert incidents(text, "2023-02-17") == []


def test_a_strike_done_without_casualties_stays():
    found = incidents("شنت طائرات حربية روسية غارات على أطراف بلدة كنصفرة في جبل الزاوية، دون تسجيل إصابات.",
                      "2023-02-18")
    assert len(found) == 1 and found[0].killed == 0


def test_the_sky_over_a_region_is_no_village():
    found = incidents("ألقت مروحية تابعة للنظام برميلاً متفجراً في سماء ريف حماة الشمالي على بلدة كفرزيتا.",
                      "2023-02-19")
    assert len(found) == 1 and found[0].location.name != "Sama"


def test_the_border_is_no_village():
    found = incidents("استشهد مواطن برصاص جنود الاحتلال التركي على الحدود قرب قرية تل حلف غربي سري كانيه.",
                      "2020-05-04")
    assert len(found) == 1 and found[0].location.name_ar != "الحدود"
