"""A bomb left from earlier shelling that goes off today is today's act: the earlier
mark names the remnant's origin ("من مخلفات القصف السابق", segmentation.json naming_heads),
not the act told (told.marked_earlier). Sentence written for it."""
from __future__ import annotations

from extracted import incidents


def test_a_remnant_of_earlier_shelling_goes_off_today():
    [inc] = incidents("قتل طفل بانفجار قذيفة من مخلفات القصف السابق أثناء لعبه قرب منزله في بلدة كفرومة.", "2020-07-09")
    assert not inc.background and inc.date == "2020-07-09"
