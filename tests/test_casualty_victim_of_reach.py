""""راح ضحية" names the act first: its victims follow the act's noun phrase and the place it
struck, further than a cause's reach. Every sentence is written for these tests:
(text, killed, injured) as casualty_text.totals reads them."""
from __future__ import annotations

import pytest

from casualty_text import totals

ROWS = [
    ("راح ضحية القصف المدفعي على مدينة عندان شمالي حلب أربعة مدنيين.", 4, None),
    ("ذهب ضحية القصف المدفعي على قرية الفطيرة جنوبي إدلب أربعة مدنيين، بينهم امرأة.", 4, None),
    ("وراح ضحية الغارة الجوية على سوق بلدة كفرومة ثلاثة أطفال.", 3, None),
    ("ذهب ضحية القصف أربعة مدنيين.", 4, None),      # the short shape, as before
    # a comma closes the act's phrase: no count after it is its victims
    ("راح ضحية القصف المدفعي على بلدة معرشورين، وقال ناشطون إن خمسة منازل تضررت.", None, None),
]


@pytest.mark.parametrize("text,killed,injured", ROWS)
def test_victim_of_reach(text: str, killed, injured) -> None:
    assert totals(text) == (killed, injured)
