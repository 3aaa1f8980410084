"""People joined to a count: "مقتل 5 مدنيين وامرأة" is six (one person more past the noun
counted), "وأصيب شقيقاه" two (a dual relative with a pronoun), "وقتل في الهجوم الشاب X" one
(a definite person past the cause), "أصيب بجروح خطيرة 3 أشخاص" three (the wounds told before
the figure); "الشاب X والشاب Y" two (a title with a name, and another after "و"), "كل من A B
وC D وE F" three (names joined by و, no comma), "ويصيب ثلاثة" three (a verb in the present, as
headlines tell it), "واحد وعشرون" 21. Every sentence is written for these tests."""
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
    ("قتل الراعي سليم العواد والفتى حسن العواد برصاص حرس الحدود", 2, None),
    ("أصيبت الطالبة رنا الخضر والمعلمة سعاد الحمود والسائق فادي بشظايا قذيفة", None, 3),
    ("قتل المزارع حسن برصاص العنصر سامي والمسلح فراس", 1, None),      # the shooters are no victims
    ("قتل كل من سليم العواد وحسن الفارس وفادي الخلف في الغارة", 3, None),
    ("مسيرة تقتل مزارعاً وتصيب اثنين من أبنائه قرب السد", 1, 2),
    ("قذيفة هاون تصيب أربعة طلاب في ساحة المدرسة", None, 4),
    ("قتل واحد وثلاثون عنصراً في الهجوم على الثكنة", 31, None),
    ("أطلق مسلحون النار على الحارس ما أدى إلى مقتله ومقتل شقيقه", 2, None),   # the noun said again
    ("أسفرت الغارة عن إصابة السائق وإصابة مرافقه بجروح", None, 2),
])
def test_joined_people(text: str, killed, injured) -> None:
    assert _totals(text) == (killed, injured)
