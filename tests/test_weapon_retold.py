"""One weapon already told, named again with the article as the subject of a verb of firing
("أن المسيرة أطلقت صاروخين على السيارة قرب قرية X"), tells the same strike in more detail: one
incident (segmentation.json retold_means). Generic plural weapons may open new strikes.
Sentences written for these tests."""
from __future__ import annotations

from extracted import incidents

PUBLISHED = "2024-02-11"


def test_the_drone_named_again_is_the_same_strike():
    found = incidents("قصفت طائرة مسيرة تركية دراجة نارية على طريق الدرباسية – عامودا، ما أدى إلى مقتل شابين. "
                      "وبحسب شهود عيان، فإن المسيرة أطلقت صاروخاً واحداً على الدراجة قرب قرية تل شعير.", PUBLISHED)
    assert len(found) == 1 and found[0].killed == 2


def test_other_warplanes_later_are_a_new_strike():
    found = incidents("قصفت طائرة مسيرة تركية دراجة نارية قرب مدينة عامودا، ما أدى إلى مقتل شابين. "
                      "وفي ريف حلب، الطائرات الحربية الروسية شنت غارات على بلدة دارة عزة.", PUBLISHED)
    assert len(found) == 2
