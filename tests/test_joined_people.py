"""People joined to a count: "مقتل 5 مدنيين وامرأة" is six (one person more past the noun
counted), "وأصيب شقيقاه" two (a dual relative with a pronoun), "وقتل في الهجوم الشاب X" one
(a definite person past the cause), "أصيب بجروح خطيرة 3 أشخاص" three (the wounds told before
the figure). Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from casualty_text import totals as _totals


@pytest.mark.parametrize("text, killed, injured", [
    ("أسفرت الغارة عن مقتل 4 مدنيين وامرأة", 5, None),
    ("أسفر الكمين عن مقتل 6 جنود وضابط", 7, None),
    ("أسفر التفجير عن إصابة 3 مدنيين وعنصر من الشرطة", None, 4),
    ("أسفرت المعارك عن مقتل 9 من عناصر الجيش و4 من المهاجمين", 13, None),
    ("قتل المزارع حسن برصاص قناص وأصيب شقيقاه", 1, 2),
    ("وقتل في الغارة الشاب محمود السالم", 1, None),
    ("أصيب بجروح بليغة 4 عمال في الانفجار", None, 4),
    ("قتل في القصف الطيران الحربي", None, None),
])
def test_joined_people(text: str, killed, injured) -> None:
    assert _totals(text) == (killed, injured)
