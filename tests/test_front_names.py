"""A front is named after its village ("على محاور الفطيرة وكفرعويد", "على جبهة X"): the
front word makes a name that is also an ordinary word a place (context_names.json
common_word_context). Sentences written for these tests."""
from __future__ import annotations

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def places(text: str) -> list[str]:
    incs = extract_document(text, DocMeta("t.txt", "Test", published="2021-07-20")).incidents
    return sorted(i.location.name for i in incs if i.location)


def test_each_village_a_front_is_named_after_is_a_place():
    found = places("تجددت المواجهات بين قوات النظام والفصائل على محاور الفطيرة وكفرعويد في جبل الزاوية.")
    assert found == ["Fatira", "Kafr Uwaid"]


def test_the_bare_word_without_a_front_is_no_place():
    # "فطيرة" is a pastry as well as a village: without a place or front word it is no place
    assert "Fatira" not in places("وزعت منظمة إغاثية فطيرة على الأطفال قبل أن تقصف قوات النظام بلدة كنصفرة.")
