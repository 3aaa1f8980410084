"""Aleppo's quarters named in the reporting of 2012–2016 ("حي طريق الباب", "القاطرجي", "الميسر")
are gazetteer neighbourhoods of the city (places_manual.json, built into places.json); those whose
names are ordinary words ("المرجة", "الصالحين") count only as a quarter ("حي المرجة") or before a
container. Sentences written for these tests."""
from __future__ import annotations

import pytest

from extracted import incidents


@pytest.mark.parametrize("quarter, name", [("حي طريق الباب", "Tariq al-Bab"), ("حي القاطرجي", "Al-Qaterji"),
                                           ("حي المرجة", "Al-Marja (Aleppo)")])
def test_the_quarter_is_a_place_of_the_city(quarter, name):
    inc = incidents(f"سقطت قذائف هاون على {quarter} في مدينة حلب، ما أدى إلى مقتل مدنيين.", "2014-03-02")[0]
    assert (inc.location.name, inc.location.admin1, inc.location.geo_precision) == (name, "Aleppo", 2)


def test_an_ordinary_word_alone_is_no_quarter():
    incs = incidents("قال الأهالي إن المرجة كلها تعرضت لقصف بالبراميل المتفجرة في ريف إدلب.", "2014-03-02")
    assert all(i.location is None or i.location.name != "Al-Marja (Aleppo)" for i in incs)


def test_the_road_to_al_bab_is_no_quarter():
    # "طريق الباب - منبج" is the road between the two towns; only "حي طريق الباب" is the quarter
    inc = incidents("قتل سائق بقصف مدفعي على طريق الباب - منبج.", "2014-03-02")[0]
    assert inc.location.name != "Tariq al-Bab"
