"""A governorate's own name is never a namesake village of another governorate: in
"قتل 20 في حمص و10 في إدلب" the second town holds no first one (places.resolve).
Sentences written for these tests."""
from __future__ import annotations

from extracted import incidents


def test_a_toll_by_city_keeps_each_city_in_its_governorate():
    incs = incidents("قتل 12 شخصاً برصاص قوات النظام في حماة و5 في دير الزور يوم الجمعة.", "2012-06-02")
    assert incs and all(i.location.admin1 == {"Hama": "Hama", "Deir-ez-Zor": "Deir-ez-Zor"}.get(i.location.name)
                        for i in incs)
