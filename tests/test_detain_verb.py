""""أوقفت X ستة شبان": the verb of stopping with people as its object is an arrest
(act_frames.json object_acts); stopping anything else ("أوقفت الدعم") is none. Sentences
written for these tests."""
from __future__ import annotations

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def kinds(text: str) -> list[str]:
    incs = extract_document(text, DocMeta("t.txt", "Test", published="2021-10-02")).incidents
    return [i.sub_event_type for i in incs]


def test_stopping_people_is_an_arrest():
    assert kinds("أوقفت دورية لقوات النظام ثلاثة شبان على حاجز عند مدخل مدينة الصنمين.") == ["Arrests"]


def test_stopping_a_thing_is_no_act():
    assert kinds("أوقفت المنظمة دعمها لمشفى مدينة الأتارب بسبب نقص التمويل.") == []
