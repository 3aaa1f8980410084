"""A compound with a window takes its object past the verb's subject (VSO): bodies handed
over, carried or recovered by someone named between are no act of their own
(triggers.json compounds window). Sentences written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document

STRIKE = "قصفت طائرات حربية روسية بلدة سرمين شرقي إدلب بعدة غارات. "


def run(text: str):
    return extract_document(text, DocMeta("t.txt", "Test", published="2020-02-11")).incidents


@pytest.mark.parametrize("after", [
    "وسلمت الفصائل جثث عنصرين من قوات النظام إلى الهلال الأحمر في مدينة سراقب.",
    "ونقلت سيارات الإسعاف التابعة للدفاع المدني جثث الضحايا إلى مشفى مدينة سراقب.",
])
def test_bodies_handed_over_past_the_subject_are_no_second_act(after):
    assert [i.location.name for i in run(STRIKE + after)] == ["Sarmin"]


def test_a_body_found_is_still_an_act():
    [inc] = run("عثر الأهالي على جثث ثلاثة شبان مقتولين بالرصاص قرب بلدة اليادودة.")
    assert inc.event_type == "Violence against civilians" and inc.killed == 3
