"""A condemnation of an act told by its indefinite noun right after it tells that act; one of
an act named with the article points back at one told before, and a call is no act
(segmentation.json condemnations, condemnation_window). Sentences written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def run(text: str):
    return extract_document(text, DocMeta("t.txt", "Test", published="2023-01-09")).incidents


def test_a_condemned_act_told_by_its_indefinite_noun_is_an_incident():
    [inc] = run("نددت وزارة الخارجية السورية بقصف إسرائيلي طال مبنى سكنياً في حي المزة بدمشق.")
    # an Israeli bombardment told with no shells or guns is an air strike (event_types.json doer_means)
    assert (inc.sub_event_type, inc.location.name) == ("Air/drone strike", "Al-Mazzeh")
    assert "Military Forces of Israel" in {a.name for a in inc.actors}


@pytest.mark.parametrize("text", [
    "ندد الأهالي بالقصف على بلدتهم في ريف إدلب الجنوبي.",
    "أدان الائتلاف الوطني الغارات الروسية على مدينة أريحا.",
    "دعت الهيئة إلى هجوم على مواقع النظام في ريف حلب الغربي.",
    "قال قائد الفصيل إن مقاتليه مستعدون للتصدي لأي هجوم قد تشنه قوات النظام على مدينة إدلب.",
    "أكدت قوات مجلس منبج العسكري جاهزيتها للتصدي لأي تقدم للفصائل نحو قرى ريف منبج.",
])
def test_a_condemnation_of_an_act_told_before_a_call_or_readiness_is_none(text):
    """Readiness to meet any attack ('لأي هجوم', 'مستعدون': lexicon.json irrealis) is none too."""
    assert run(text) == []
