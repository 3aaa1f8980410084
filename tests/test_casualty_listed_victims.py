"""Victims listed by "كل من" after the cause told between the verb and them ("أصيب في القصف
كل من A وB") are as many as the names, as they are right after the verb. Sentences written
for these tests: (text, killed, injured)."""
from __future__ import annotations

import pytest

from casualty_text import totals

ROWS = [
    ("أصيب في القصف كل من أحمد العلي ومحمود الحسن.", None, 2),
    ("وأصيب جراء الانفجار كل من محمد العلي، وخالد الحسن، وعمر الخطيب.", None, 3),
    ("قتل في الغارة كل من الطفل أحمد ووالدته وشقيقه.", 3, None),
]


@pytest.mark.parametrize("text,killed,injured", ROWS)
def test_listed_past_cause(text: str, killed, injured) -> None:
    assert totals(text) == (killed, injured)
