"""Air bases, bases and academies reporting names as places (places_manual.json, each with its
`source`): the act sits at the site, in its governorate. Sentences written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


@pytest.mark.parametrize("text,place_id,admin1", [
    ("سيطر تنظيم الدولة على مطار كشيش العسكري شرقي حلب بعد معارك مع قوات النظام.", "alp-jirah-airbase", "Aleppo"),
    ("سيطرت قوات النظام على الفوج 46 غربي حلب بعد اشتباكات مع الفصائل.", "alp-regiment-46", "Aleppo"),
    ("استهدفت طائرات مسيرة مجهولة قاعدة حميميم الجوية بريف اللاذقية.", "ltk-hmeimim-airbase", "Lattakia"),
    ("دارت اشتباكات بين الأمن العام ومسلحين في محيط الكلية البحرية بمدينة جبلة.", "ltk-naval-academy", "Lattakia"),
    ("قصفت طائرات إسرائيلية مطار الصيقل العسكري بريف دمشق.", "rd-sayqal-airbase", "Rural Damascus"),
    # a base far out in the desert is east of the city, and no namesake of the city's governorate
    ("قصفت طائرات إسرائيلية مطار الصيقل العسكري شرقي دمشق.", "rd-sayqal-airbase", "Rural Damascus"),
])
def test_a_military_site_is_the_place(text: str, place_id: str, admin1: str) -> None:
    incs = extract_document(text, DocMeta("t.txt", published="2021-03-17")).incidents
    assert incs and all((i.location.place_id, i.location.admin1) == (place_id, admin1) for i in incs), \
        [(i.location.place_id, i.location.admin1) for i in incs]
