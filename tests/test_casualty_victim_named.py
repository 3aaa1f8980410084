"""A victim told by a given name alone, with no people noun before it ("قتل محمد الأحمد"), is
one person; names joined by و are more. "على" (folded "علي") is no name. Sentences written
for these tests: (text, killed, injured)."""
from __future__ import annotations

import pytest

from casualty_text import totals

ROWS = [
    ("قتل محمد الأحمد برصاص مجهولين في أحد أحياء المدينة، مساء الثلاثاء.", 1, None),
    ("اغتيل أحمد الحريري أمام منزله في بلدة بريف درعا الشرقي.", 1, None),
    ("أعلنت الفصائل مقتل أبو خالد الحمصي، القيادي في الفرقة، بقصف مدفعي.", 1, None),
    ("اغتيال أحمد العلي وخالد الحسن برصاص مسلحين مجهولين قرب الحاجز.", 2, None),
    ("قتل محمد الأحمد وأصيب شقيقه بجروح خطيرة.", 1, 1),
    ("قتل ثلاثة أشخاص بينهم محمود العمر في قصف على البلدة.", 3, None),
    ("وقضت القوات على إرهابي في العملية، وقتلت إرهابياً آخر.", 1, None),     # "على" is no name
]


@pytest.mark.parametrize("text,killed,injured", ROWS)
def test_named(text: str, killed, injured) -> None:
    assert totals(text) == (killed, injured)
