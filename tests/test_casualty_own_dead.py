"""A party's own dead, told by the pronoun of their owner ("مصرع 3 من عناصره"), are that
party's part of a toll told of people of no one group, not a lower report of it; against a
toll of that same group they are the lower report. Sentences written for these tests:
(text, killed, injured)."""
from __future__ import annotations

import pytest

from casualty_text import totals

ROWS = [
    ("أدت الغارة إلى مصرع أربعة أشخاص كانوا داخل السيارة. وأعلن الحزب مصرع 3 من عناصره.", 4, None),
    ("قتل ستة أشخاص في الكمين. وأعلن الفصيل مقتل اثنين من مقاتليه.", 6, None),
    ("قتل 5 عناصر من قسد في الهجوم. وأعلنت قسد مقتل 3 من مقاتليها.", 3, None),     # one group: the lowest
    ("أعلن الفصيل مقتل اثنين من مقاتليه في القصف.", 2, None),
]


@pytest.mark.parametrize("text,killed,injured", ROWS)
def test_own_dead(text: str, killed, injured) -> None:
    assert totals(text) == (killed, injured)
