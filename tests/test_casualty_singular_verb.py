"""A singular casualty verb with no people told tells of one person, its pronoun: before the
hand that dealt it ("على يد"), at the clause's end, or before the next casualty word; phrases of
manner ("على الفور", "على إثرها") are read past to the people. Sentences written for these
tests: (text, killed, injured)."""
from __future__ import annotations

import pytest

from casualty_text import totals

ROWS = [
    ("قتل على يد مسلحين مجهولين في ريف المحافظة الغربي.", 1, None),
    ("وأفادت مصادر محلية بأنه اغتيل على أيدي عناصر الحاجز.", 1, None),
    ("قتل على الفور وأصيب اثنان من مرافقيه.", 1, 2),
    ("استشهد على الفور شاب وأصيب آخرون.", 1, None),
    ("أصيب على إثرها ثلاثة مدنيين بجروح.", None, 3),
    ("قتل وجرح عدد من عناصر الحاجز في القصف.", None, None),       # the pair tells no one
    ("قتلوا على يد عناصر التنظيم.", None, None),                  # a plural: not one
    ("وكان الشاب قد قتل على يد عناصر الحاجز.", 1, None),
]


@pytest.mark.parametrize("text,killed,injured", ROWS)
def test_alone(text: str, killed, injured) -> None:
    assert totals(text) == (killed, injured)
