"""Figures of one act told in parts and as a whole: "مقتله … وقتلوا معه 3 … فيما أشارت تقارير
إلى أن عدد قتلى المجزرة بلغ 6" is two reports (1 + 3, and 6), the lowest kept, the whole toll
not added to; "أيضاً"/"كذلك" tell more of the same act ("وأسفر الهجوم أيضاً عن مقتل 3" adds),
while "وأشار أيضاً إلى مقتل 3" is one more item of a report; "وكان بين القتلى 3 ضباط" is a part
of a count already told. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from casualty_text import totals as _totals


@pytest.mark.parametrize("text, killed, injured", [
    ("أطلق مسلحون النار على الحارس ما أدى إلى مقتله، كما قتلوا معه شخصين، فيما قالت مصادر إن عدد قتلى الهجوم بلغ 5", 3, None),
    ("قتل قيادي في الفصيل بانفجار العبوة. وبلغ عدد القتلى 4", 4, None),
    ("قتل 3 عناصر في الكمين. وقال ناشطون إن عدد القتلى بلغ 6", 3, None),
    ("بلغ عدد القتلى 6. وقتل عنصران آخران لاحقاً", 8, None),
    # more of the same act
    ("قتل 4 جنود في الهجوم على الحاجز. وأسفر الهجوم أيضاً عن مقتل 2 من المهاجمين", 6, None),
    ("قتل 4 جنود في الهجوم على الحاجز. وقتل كذلك 3 من المهاجمين", 7, None),
    ("قتل 4 مدنيين في الغارات. وأشار أيضاً إلى مقتل 2 من المدنيين", 2, None),
    # among the dead: a part
    ("قتل 6 جنود في الهجوم على الحاجز. وكان بين القتلى 2 ضباط", 6, None),
    ("أصيب 9 مدنيين في القصف، ومن بين الجرحى 4 أطفال", None, 9),
])
def test_parts_and_whole(text: str, killed, injured) -> None:
    assert _totals(text) == (killed, injured)
