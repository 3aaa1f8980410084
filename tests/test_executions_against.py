"""Executions counted after "بحق" ("نفذ إعدامات ميدانية بحق 12 شخصاً"): the figure after
it is of the victims (casualties.json against). Sentences written for these tests."""
from __future__ import annotations

import pytest

from extracted import incidents


@pytest.mark.parametrize("text", [
    "نفذ عناصر التنظيم إعدامات ميدانية بحق 12 شخصاً في قرية الشعيطات بريف دير الزور.",
    "نفذت المجموعة إعداماً بحق 12 شخصاً في قرية الشعيطات بريف دير الزور.",
])
def test_the_count_after_against_is_of_the_executed(text):
    [inc] = incidents(text, "2014-08-10")
    assert inc.killed == 12
