"""Acts told as not done, and a word that only looks like a place: the sky over a region ("في
سماء ريف إدلب") is no village of that name (context_names.json slot_not_names). Sentences
written for these tests."""
from __future__ import annotations

import pytest

from extracted import incidents


def test_the_sky_over_a_region_is_no_village():
    found = incidents("ألقت مروحية تابعة للنظام برميلاً متفجراً في سماء ريف حماة الشمالي على بلدة كفرزيتا.",
                      "2023-02-19")
    assert len(found) == 1 and found[0].location.name != "Sama"
