"""A street the gazetteer lacks, told where an act happened ("في شارع X"), is a place of its own:
a second shooting there is not the first one told in a neighbourhood before it; the street told
inside the town already named is that town's, and a street closed is no place. Sentences
written for these tests."""
from __future__ import annotations

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def _run(text: str):
    return extract_document(text, DocMeta("t.txt", published="2021-03-04")).incidents


def test_a_shooting_in_an_unknown_street_is_apart_from_the_one_before():
    incs = _run("أطلق مسلحون مجهولون النار على حاجز لقوات النظام في حي الجورة بمدينة دير الزور، "
                "ما أدى لإصابة عنصر. كما أطلق مجهولون النار على سيارة لميليشيا الدفاع الوطني "
                "في شارع التكايا، دون وقوع إصابات.")
    assert len(incs) == 2


def test_a_street_inside_the_town_told_is_the_same_act():
    incs = _run("انفجرت عبوة ناسفة بسيارة قيادي في قوات العشائر في مدينة الميادين. "
                "وقال موقع محلي إن الانفجار وقع بالقرب من شارع الجيش في مدينة الميادين.")
    assert [i.location.name for i in incs] == ["Al-Mayadin"]


def test_a_street_closed_is_no_place():
    [inc] = _run("قتل عنصر من الأمن العسكري برصاص قناص في مدينة البوكمال، مع إغلاق شارع الجيش بشكل كامل.")
    assert inc.location.name == "Al-Bukamal"
