"""The dead told as a group of the wounded ("وتوفي اثنان من الجرحى لاحقاً", "فارق ثلاثة من
المصابين الحياة") are more dead of the act, added to those killed outright. Every sentence is
written for these tests."""
from __future__ import annotations

import pytest

from casualty_text import totals


@pytest.mark.parametrize("text, killed, injured", [
    ("قتل 4 أشخاص وأصيب 10 في الغارة. وتوفي اثنان من الجرحى لاحقاً", 6, 10),
    ("قتل 3 عمال في الانفجار. وتوفي ثلاثة من المصابين في المشفى", 6, None),
    ("أصيب 8 أشخاص في الغارة. وتوفي اثنان من الجرحى لاحقاً", 2, 8),
])
def test_died_of_the_wounded(text: str, killed, injured) -> None:
    assert totals(text) == (killed, injured)
