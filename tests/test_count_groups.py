"""Whose dead a figure counts: in one sentence, "مقتل 7 عناصر من قوات النظام" and "مقتل 4 من
مقاتلي الفصائل" are the dead of both sides, 11 (not the lower of two reports); two figures
of one group, or figures told in two sentences, stay reports of one toll, the lowest kept
(a figure told apart may be another act's). Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from casualty_text import totals


@pytest.mark.parametrize("text, killed, injured", [
    ("دارت اشتباكات على محور التلة، ما أسفر عن مقتل 6 عناصر من قوات النظام، ومقتل 3 من مقاتلي الفصائل", 9, None),
    ("سقط 5 قتلى في صفوف قسد خلال الهجوم، وقتل 2 من عناصر التنظيم المهاجمين", 7, None),
    ("أصيب 4 عناصر من الأمن العام في الهجوم، وأصيب 3 من المسلحين المهاجمين", None, 7),
    # one group told twice: two reports
    ("قتل 6 عناصر من قوات النظام في الكمين، فيما قالت مصادر إن 4 من عناصر قوات النظام قتلوا", 4, None),
    # figures told in two sentences: two reports
    ("قتل 6 عناصر من قوات النظام في الاشتباكات. وقتل 3 من مقاتلي الفصائل", 3, None),
    # no group named: two reports
    ("قتل 7 أشخاص في القصف، وقتل 3 آخرون", 10, None),
    ("قتل 7 أشخاص في القصف، وقتل 3 عناصر", 3, None),
])
def test_groups_of_the_dead(text: str, killed, injured) -> None:
    assert totals(text) == (killed, injured)
