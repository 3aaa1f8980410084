"""Casualty words the grammar lacked: the martyrdom masdar and verb (ارتقاء، ارتقى), the
thousand, digits with a thousands separator, mother and father as people nouns, a victim
told by name alone. Every sentence is written for these tests: (text, killed, injured)."""
from __future__ import annotations

import pytest

from casualty_text import totals

ROWS = [
    # "ارتقاء" is the martyrdom masdar of opposition outlets, read as "استشهاد" is
    ("أدى قصف مدفعي على مدينة أريحا إلى ارتقاء ثلاثة مدنيين وإصابة آخرين.", 3, None),
    ("وأفاد مراسل بارتقاء 4 مدنيين بينهم طفل بغارة على مخيم للنازحين.", 4, None),
    ("ارتقت سيدة وأصيب ثلاثة مدنيين بقصف مدفعي على قرية في جبل الزاوية.", 1, 3),
]


@pytest.mark.parametrize("text,killed,injured", ROWS)
def test_words(text: str, killed, injured) -> None:
    assert totals(text) == (killed, injured)
