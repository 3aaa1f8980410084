""""بين قتيل وجريح" without a figure counts no one: its "وجريح" is the second word of the
phrase, not one wounded person. Sentences written for these tests: (text, killed, injured)."""
from __future__ import annotations

import pytest

from casualty_text import totals

ROWS = [
    ("وأسفرت الغارة عن سقوط عدد من الضحايا بين قتيل وجريح.", None, None),
    ("خلف القصف عشرات الضحايا ما بين قتيل وجريح.", None, None),
    ("قتل شاب وسقط جريح في الحادث.", 1, 1),
]


@pytest.mark.parametrize("text,killed,injured", ROWS)
def test_between(text: str, killed, injured) -> None:
    assert totals(text) == (killed, injured)
