"""A toll told anew replaces the figures told before it, as a rise does: "وفي حصيلة جديدة،
قتل 7" after "قتل 4" is 7 (not the lowest of two reports, nor their sum); "وفق آخر حصيلة"
and "بحصيلة محدثة" alike. Sentences written for these tests."""
from __future__ import annotations

import pytest

from casualty_text import totals as _totals


@pytest.mark.parametrize("text, killed, injured", [
    ("قتل أربعة مدنيين في غارة على القرية. وفي حصيلة جديدة، قتل سبعة مدنيين وأصيب عشرة", 7, 10),
    ("قتل أربعة مدنيين في غارة على القرية. وبحسب آخر حصيلة، قتل تسعة مدنيين", 9, None),
    ("قتل أربعة مدنيين في غارة على القرية. وقال الدفاع المدني بحصيلة محدثة إن عدد القتلى بلغ 11", 11, None),
    # two reports of one toll, none told anew: the lower one
    ("قتل أربعة مدنيين في غارة على القرية. وقال ناشطون إن عدد القتلى بلغ 6", 4, None),
])
def test_restated_toll_replaces(text: str, killed, injured) -> None:
    assert _totals(text) == (killed, injured)
