"""'بين مدنيين وعسكريين' tells who the victims were, not two sides (sides._assign: the
between-split needs a party first, not a victim-only actor). Sentence written for it."""
from __future__ import annotations

from extracted import incidents


def test_victims_between_civilians_and_soldiers_leave_the_striker_the_doer():
    [inc] = incidents("قتل 9 أشخاص بين مدنيين وعسكريين جراء غارات إسرائيلية على محيط مدينة القصير بريف حمص.", "2024-03-02")
    assert [a.name for a in inc.actors if a.side == 1] == ["Military Forces of Israel"]
