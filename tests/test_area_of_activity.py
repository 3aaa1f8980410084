"""An area named after what goes on there ("منطقة سيطرة X", "منطقة عمليات", "منطقة خفض التصعيد")
names no village: the masdar after the place word is no unknown place name, and the town told
after it is where (context_names.json not_names). Sentences written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def places(text: str) -> list[str]:
    incs = extract_document(text, DocMeta("t.txt", "Test", published="2023-03-16")).incidents
    return [i.location.name_ar for i in incs if i.location]


@pytest.mark.parametrize("text, town", [
    ("دارت مواجهات بين الجيش الوطني وقسد في منطقة سيطرة الأخيرة قرب مدينة منبج.", "منبج"),
    ("قتل عنصر من الجيش الوطني برصاص قناص على منطقة تماس مع قسد قرب مدينة الباب.", "الباب"),
    ("سقطت قذائف القوات التركية على منطقة الاشتباكات قرب بلدة عين عيسى في ريف الرقة.", "عين عيسى"),
])
def test_the_activity_after_a_place_word_is_no_name(text, town):
    assert places(text) == [town]


def test_an_operation_area_is_no_village():
    found = places("قتل جندي تركي بهجوم لمقاتلين أكراد في منطقة عملية نبع السلام شمالي الرقة.")
    assert found and "عملية" not in found
