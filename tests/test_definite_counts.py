"""A definite plural of people with a definite number after it is counted by that number, as
an indefinite one is by the number that agrees with it ("مدنيين اثنين"): "الأشخاص الثلاثة",
"أطفاله الثلاثة". Sentences written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


@pytest.mark.parametrize("text,killed,injured", [
    ("أدى القصف على بلدة حاس إلى مقتل رجل وزوجته وإصابة أطفالهما الثلاثة.", 2, 3),
    ("أصيب الأشخاص الأربعة الذين كانوا في الحافلة بقصف على مدخل بلدة حاس.", None, 4),
    ("قتل المدنيون الخمسة بانفجار لغم على طريق بلدة حاس.", 5, None),
])
def test_a_definite_number_after_a_definite_plural_counts_it(text: str, killed, injured) -> None:
    (inc,) = extract_document(text, DocMeta("t.txt", published="2019-07-01")).incidents
    assert (inc.killed, inc.injured) == (killed, injured)


def test_a_date_after_a_plural_is_no_count() -> None:
    # "العناصر 15 آذار" is no figure; a digit with the article is not read either
    (inc,) = extract_document("قتل عنصران من قسد بهجوم على حاجز في بلدة الشحيل يوم 15 آذار.",
                              DocMeta("t.txt", published="2019-07-01")).incidents
    assert inc.killed == 2
