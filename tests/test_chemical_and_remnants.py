"""Typing by the means the decision table reads (event_types.json): a chemical agent in either
spelling (كيميائي as well as كيماوي, or the suffocation it causes) is a chemical weapon attack;
a remnant of war that goes off is a remote explosive, not a grenade thrown. Sentences written
for these tests."""
from __future__ import annotations

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def sub_type(text: str) -> str:
    return extract_document(text, DocMeta("t.txt", "Test", published="2018-04-09")).incidents[0].sub_event_type


def test_the_chemical_agent_in_the_other_spelling():
    assert sub_type("قصفت قوات النظام بالأسلحة الكيميائية حي جوبر، ما أدى إلى إصابة 30 مدنياً.") == "Chemical weapon"
    assert sub_type("ألقت مروحية براميل متفجرة على بلدة كفرزيتا، ما أدى إلى إصابة عشرة مدنيين بحالات اختناق.") \
        == "Chemical weapon"


def test_a_remnant_of_war_is_a_remote_explosive():
    assert sub_type("أصيب راع بانفجار قنبلة عنقودية من مخلفات القصف في أرض زراعية قرب بلدة التمانعة.") \
        == "Remote explosive/landmine/IED"
    assert sub_type("ألقى مجهولون قنبلة يدوية على منزل في مدينة جاسم.") == "Grenade"
