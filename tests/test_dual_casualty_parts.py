"""A dual casualty noun is two people unless it is a part of a count already told
("بينهم قتيلان", "جريحان منهم"), and two more with 'other' after it ("وقتيلان آخران")
(casualties: the dual's count reads the subset and 'another' words as a number's does).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from extracted import incidents


@pytest.mark.parametrize("text, killed", [
    ("قتل 6 مدنيين بقصف صاروخي على حي الشعار في مدينة حلب، بينهم قتيلان من عائلة واحدة.", 6),
    ("سقط 3 قتلى بينهم امرأة، وقتيلان آخران متأثرين بجراحهما، جراء قصف على حي الشعار في مدينة حلب.", 5),
    ("قتل أربعة أشخاص بقصف على حي الشعار في مدينة حلب، قتيلان منهم من الأطفال.", 4),
])
def test_a_dual_is_a_part_of_the_count_or_two_more(text, killed):
    [inc] = incidents(text, "2016-05-02")
    assert inc.killed == killed
