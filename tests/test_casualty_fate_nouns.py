"""A fate noun with the pronoun of its people ("حتفهم", "مصرعه") closes the statement the verb
before it opened, however far the people's group took it, so it opens no combined figure with
the casualty word after it. Sentences written for this test: (text, killed, injured)."""
from __future__ import annotations

import pytest

from casualty_text import totals

ROWS = [
    ("لقي ثلاثة عناصر من قوات النظام حتفهم وأصيب خمسة آخرون بانفجار عبوة ناسفة.", 3, 5),
    ("لقي عنصر من فصيل أحرار الشام مصرعه وجرح اثنان في قصف على المقر.", 1, 2),
    ("لقي شخصان من أبناء البلدة حتفهما وأصيب ثالث في حادث سير.", 2, 1),
]


@pytest.mark.parametrize("text,killed,injured", ROWS)
def test_fate_closes(text: str, killed, injured) -> None:
    assert totals(text) == (killed, injured)
