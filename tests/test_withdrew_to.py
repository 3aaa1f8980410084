"""Where fighters withdrew to ("لينسحب عناصر الدفاع نحو بلدة X", "انسحبت المجموعة باتجاه X") is
no place of the act, as where the wounded were taken is not (context_names.json taken_to).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


@pytest.mark.parametrize("after", ["لينسحب المهاجمون بعدها نحو بلدة الشحيل",
                                   "ثم انسحبت المجموعة المهاجمة باتجاه بلدة الشحيل"])
def test_the_place_withdrawn_to_is_not_where(after):
    text = f"هاجم مسلحون مجهولون حاجزاً لقوات سوريا الديمقراطية في ريف دير الزور الشرقي، {after}."
    incs = extract_document(text, DocMeta("t.txt", "Test", published="2022-03-08")).incidents
    assert len(incs) == 1 and incs[0].location.name_ar != "الشحيل"
