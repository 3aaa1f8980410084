"""The quarters of Homs's old city and of Damascus named in siege-era reporting ("جورة الشياح",
"باب هود", "نهر عيشة") are gazetteer neighbourhoods of their city (places_manual.json, built into
places.json), at coordinates near them (geo_precision 2). Sentences written for these tests."""
from __future__ import annotations

import pytest

from extracted import incidents


@pytest.mark.parametrize("quarter, name, admin1", [("حي جورة الشياح", "Jourat al-Shayah", "Homs"),
                                                   ("حي باب هود", "Bab Hud", "Homs"),
                                                   ("حي نهر عيشة", "Nahr Aisha", "Damascus")])
def test_the_quarter_is_a_place_of_its_city(quarter, name, admin1):
    inc = incidents(f"قتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على {quarter}.", "2013-06-11")[0]
    assert (inc.location.name, inc.location.admin1, inc.location.geo_precision) == (name, admin1, 2)


def test_al_bab_east_of_aleppo_is_no_damascus_gate():
    # "مدينة الباب شرقي حلب": al-Bab east of Aleppo, not Damascus's Bab Sharqi quarter
    inc = incidents("انفجرت عبوة ناسفة في سوق مدينة الباب شرقي حلب، ما أدى إلى مقتل 14 شخصاً.", "2013-06-11")[0]
    assert inc.location.admin1 == "Aleppo"
