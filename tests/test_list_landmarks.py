"""A list of villages goes on past the city a compass word places them by, and after the
preposition told again ("قريتي A وB جنوب مدينة X، وعلى قرية C شمالي المدينة"): one incident
per village, the city none (roundup.listed). Sentences written for these tests."""
from __future__ import annotations

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def places(text: str) -> list[str]:
    incs = extract_document(text, DocMeta("t.txt", "Test", published="2017-03-17")).incidents
    return [i.location.name_ar for i in incs if i.location]


def test_the_list_goes_on_past_the_city_that_places_it():
    found = places('بسطت قوات النظام سيطرتها على قريتي "الرشيدية" و"المزرعة" شرق مدينة منبج، '
                   'وعلى قرية "العوسجة" غربي المدينة، إثر مواجهات مع تنظيم الدولة.')
    assert found == ["الرشيدية", "المزرعة", "العوسجة"]
