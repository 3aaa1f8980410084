"""Acts told as not done: one in a condition ("في حال استمر التصعيد فإن القصف قد يطال المدينة",
lexicon.json irrealis) is no incident; and a word that only looks like a place: the sky over a
region ("في سماء ريف إدلب") is no village of that name (context_names.json slot_not_names).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from extracted import incidents

NOT_DONE = [
    "قال مصدر عسكري إنه في حال استمر التصعيد فإن القصف قد يطال مدينة الباب.",
]


@pytest.mark.parametrize("text", NOT_DONE)
def test_an_act_not_done_is_no_incident(text):
    assert incidents(text, "2023-02-17") == []


def test_the_sky_over_a_region_is_no_village():
    found = incidents("ألقت مروحية تابعة للنظام برميلاً متفجراً في سماء ريف حماة الشمالي على بلدة كفرزيتا.",
                      "2023-02-19")
    assert len(found) == 1 and found[0].location.name != "Sama"
