"""A highway is no more precise than the town it is told near: "على الطريق الدولي M4 قرب
بلدة أريحا" happened at Ariha; told alone, the highway is the place (places_manual.json:
highways are kind "road", not "landmark"). Sentences written for these tests."""
from __future__ import annotations

from extracted import incidents


def test_a_highway_near_a_town_is_at_the_town():
    [inc] = incidents("انفجرت عبوة ناسفة بسيارة مدنية على الطريق الدولي M4 قرب بلدة أريحا جنوبي إدلب.", "2022-02-01")
    assert inc.location.name == "Ariha"


def test_a_highway_told_alone_is_the_place():
    [inc] = incidents("انفجرت عبوة ناسفة بسيارة مدنية على الطريق الدولي M4.", "2022-02-01")
    assert inc.location.name == "M4 Highway"
