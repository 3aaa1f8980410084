""""من كل طرف" after a count of a fight's dead tells it once for each of the two sides
(casualties.json frame.each_side). Every sentence is written for these tests: (text,
killed, injured) as casualty_text.totals reads them."""
from __future__ import annotations

import pytest

from casualty_text import totals

ROWS = [
    ("أسفر الاشتباك عن مقتل مقاتل من كل طرف.", 2, None),
    ("قتل عنصران من كل جانب في المعارك على أطراف البلدة.", 4, None),
    ("اندلعت اشتباكات بين فصيلين، أسفرت عن مقتل مقاتل من كل طرف، بالإضافة إلى جرح أربعة آخرين.", 2, 4),
    # "من كلا الطرفين" is the figure of both together, and a group named is one side
    ("قتل ثلاثة من كلا الطرفين.", 3, None),
    ("قتل عنصران من قوات النظام.", 2, None),
]


@pytest.mark.parametrize("text,killed,injured", ROWS)
def test_each_side(text: str, killed, injured) -> None:
    assert totals(text) == (killed, injured)
