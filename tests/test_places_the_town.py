""""المدينة" points back at the town or city last named: a town is "مدينة" in Arabic news too
("مدينة القصير"), so a shelling told amid the fight "دمر أجزاء كبيرة من المدينة" is in the town
the story names, not in a city the headline named (pipeline: the current city). Sentences
written for these tests."""
from __future__ import annotations

from extracted import incidents


def test_the_city_after_a_town_is_that_town():
    found = incidents("اشتداد معارك الرستن وتوتر أمني في دمشق\n\n"
                      "احتدمت المعارك في الرستن بريف حمص الشمالي بين فصائل المعارضة وقوات النظام، "
                      "وسط قصف مكثف دمر أجزاء كبيرة من المدينة.", "2013-05-23")
    assert found and all(i.location.admin1 == "Homs" for i in found)
