"""Words between a casualty verb and its people that tell no one: "كذلك"/"أيضاً" are read past
to the count (which stays one more of the act). Sentences written for these tests: (text, killed, injured)."""
from __future__ import annotations

import pytest

from casualty_text import totals

ROWS = [
    ("قتل عنصران وأصيب كذلك أربعة مدنيين في الهجوم.", 2, 4),
    ("قتل 5 أشخاص في القصف. وأصيب أيضاً 4 آخرون.", 5, 4),
    ("قتل مدنيان في الغارة. وقتل كذلك ثلاثة عناصر.", 5, None),
]


@pytest.mark.parametrize("text,killed,injured", ROWS)
def test_asides(text: str, killed, injured) -> None:
    assert totals(text) == (killed, injured)
