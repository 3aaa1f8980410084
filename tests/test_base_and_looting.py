"""A base set up is ACLED's "Headquarters or base established" (act_frames.json object_acts,
kind base); the men who loot, after a verb of looting that is never passive with its doer
after it ("نهب عناصر من الفرقة الرابعة"), are its doer (sides.json active_verbs); an indefinite
adjective after its noun ("قاعدة عسكرية جديدة قرب X") is no village called Jadida
(agreement.indefinite_pair). Sentences written for these tests."""
from __future__ import annotations

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def first(text: str):
    return extract_document(text, DocMeta("t.txt", "Test", published="2020-02-14")).incidents[0]


def test_a_base_set_up():
    inc = first("أقامت القوات الروسية نقطة مراقبة في بلدة تل رفعت بريف حلب الشمالي.")
    assert inc.sub_event_type == "Headquarters or base established"
    assert [(a.side, a.name) for a in inc.actors] == [(1, "Military Forces of Russia")]


def test_the_adjective_after_its_noun_is_no_village():
    inc = first("أنشأت القوات التركية قاعدة عسكرية جديدة قرب بلدة الأتارب بريف حلب الغربي.")
    assert inc.location.name_ar == "الأتارب"


def test_the_looters_after_the_verb_are_the_doers():
    inc = first("نهب عناصر من الفرقة الرابعة محتويات منازل المدنيين في بلدة المزيريب بعد تهجير أهلها.")
    assert {(a.side, a.name) for a in inc.actors} == {(1, "Fourth Armoured Division"), (2, "Civilians (Syria)")}
