"""A round-up told governorate by governorate reads each section's places in the governorate
it fronts ("وفي ريف حماة الشمالي، …"), not in the article's main one (sections.py).
Sentences written for these tests."""
from __future__ import annotations

from extracted import incidents

ROUNDUP = ("وثق المرصد مقتل 9 مدنيين اليوم. ففي محافظة إدلب، قتل 4 مدنيين بغارات روسية على مدينة أريحا، "
           "وقتل ثلاثة بقصف مدفعي على بلدة كفرنبل، وقتل اثنان بقصف على مدينة سراقب. "
           "وفي ريف حماة الشمالي، أصيب طفلان بقصف مدفعي على قرية الحويز.")


def test_a_fronted_governorate_holds_the_places_of_its_section():
    incs = incidents(ROUNDUP, "2019-07-22")
    hawiz = [i for i in incs if i.location and i.location.name_ar == "الحويز"]
    assert hawiz and hawiz[0].location.admin1 == "Hama"


def test_the_section_before_keeps_its_own_governorate():
    incs = incidents(ROUNDUP, "2019-07-22")
    assert {i.location.admin1 for i in incs if i.location and i.location.name_ar != "الحويز"} == {"Idleb"}
