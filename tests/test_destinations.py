"""A country's bare name after a word of going or of the border is where someone went, not a
party ("معدة للتهريب إلى الأردن"); the forces of that country, named as such, stay parties.
The anti-narcotics administration is the police of its era. Sentences written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def _actors(text: str, published: str = "2026-01-12") -> set[str]:
    incs = extract_document(text, DocMeta("t.txt", published=published)).incidents
    return {a.name for i in incs for a in i.actors}


@pytest.mark.parametrize("text,country", [
    ("ضبطت دورية للأمن العام شحنة كبتاغون معدة للتهريب إلى الأردن في منطقة اللجاة بريف درعا، واعتقلت شخصين.",
     "Military Forces of Jordan"),
    ("اعتقلت قوات الأمن العام شخصين أثناء محاولتهما التسلل إلى تركيا قرب بلدة دركوش.", "Military Forces of Turkey"),
])
def test_a_country_gone_to_is_no_party(text: str, country: str) -> None:
    actors = _actors(text)
    assert "General Security Service" in actors and country not in actors


def test_a_countrys_forces_named_as_such_stay_parties() -> None:
    assert "Military Forces of Jordan" in _actors("أطلق الجيش الأردني النار على مهربين قادمين من سوريا قرب الحدود.")


@pytest.mark.parametrize("published,force", [("2020-01-12", "Police Forces of Syria"),
                                             ("2026-01-12", "Ministry of Interior (Syria, 2025-)")])
def test_the_anti_narcotics_administration_is_the_police_of_its_era(published: str, force: str) -> None:
    text = "ألقت إدارة مكافحة المخدرات القبض على شخصين بحوزتهما حبوب كبتاغون في مدينة درعا."
    assert force in _actors(text, published)


@pytest.mark.parametrize("text,place,not_place", [
    ("استهدفت طائرة مسيرة مجهولة مقراً للحشد الشعبي في مدينة البوكمال فجر اليوم. ونقلت سيارات الإسعاف "
     "جثث القتلى إلى مدينة القائم العراقية جراء القصف.", "Al-Bukamal", "Al-Qa'im al-Araqiyah"),
    ("قتل ثلاثة مدنيين بقصف مدفعي على بلدة كفرنبل جنوبي إدلب. وأسعف الجرحى إلى مشفى في مدينة معرة النعمان "
     "جراء القصف.", "Kafranbel", "Maarat al-Numan"),
])
def test_where_the_wounded_or_the_dead_were_taken_is_no_place_of_the_act(text: str, place: str, not_place: str):
    places = {i.location.name for i in extract_document(text, DocMeta("t.txt", published="2021-04-03")).incidents}
    assert place in places and not_place not in places
