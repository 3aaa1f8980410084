"""A speaker's name is no place of the act: "أعلنت هيئة تحرير الشام مقتل اثنين من عناصرها"
is no incident in Damascus ("الشام"), though the speaker's name, read as no party, leaves its
words free. Sentences written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


@pytest.mark.parametrize("text", [
    "أعلنت هيئة تحرير الشام مقتل اثنين من مقاتليها خلال صد هجوم لقوات النظام على محور قرية الرويحة.",
    "وذكرت هيئة تحرير الشام أن ثلاثة من عناصرها قتلوا بقصف مدفعي على محور ملاجة جنوبي إدلب.",
])
def test_a_place_inside_the_speaker_s_name_is_no_place_of_the_act(text: str):
    incs = extract_document(text, DocMeta("t.txt", published="2022-03-02")).incidents
    assert incs and all(i.location is None or i.location.name != "Damascus" for i in incs)
