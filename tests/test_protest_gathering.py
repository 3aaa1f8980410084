"""People gathering to voice a demand ("تجمع العشرات … للمطالبة بـ", "احتشد … تنديداً بـ") is a
protest though no protest word is written: the gathering verb and its purpose (act_frames.json
object_acts). Sentences written for these tests."""
from __future__ import annotations

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def _run(text: str):
    return extract_document(text, DocMeta("t.txt", published="2021-03-04")).incidents


def test_students_gathering_to_demand_is_a_protest():
    [inc] = _run("تجمع عشرات الطلاب أمام مبنى جامعة حلب صباح اليوم للمطالبة بتحسين ظروف السكن الجامعي.")
    assert inc.event_type == "Protests" and inc.location.name == "Aleppo"


def test_residents_gathering_with_their_demand_after_them_is_a_protest():
    [inc] = _run("تجمع العشرات من أبناء مدينة منبج أمام مبنى المجلس المدني مطالبين برحيل الإدارة.")
    assert inc.event_type == "Protests" and inc.location.name == "Manbij"


def test_a_gathering_with_no_purpose_is_no_protest():
    assert not _run("تجمع العشرات من الأهالي أمام الفرن في مدينة منبج منذ ساعات الصباح.")
