"""Kurdish outlets write towns by their Kurdish names in Arabic letters ("ديرك" for al-Malikiyah,
"تربه سبيه" for al-Qahtaniyah): they are the gazetteer's aliases (places_manual.json, built into
places.json by scripts/build_places.py). Sentences written for these tests."""
from __future__ import annotations

import pytest

from extracted import incidents


@pytest.mark.parametrize("town, name", [("ديرك", "Al-Malikiyah"), ("تربه سبيه", "Al-Qahtaniyah")])
def test_the_kurdish_name_is_the_town(town, name):
    inc = incidents(f"استهدفت مسيرة تركية سيارة عسكرية في مدينة {town} بريف الحسكة.", "2022-11-20")[0]
    assert (inc.location.name, inc.location.admin1) == (name, "Al-Hasakeh")
