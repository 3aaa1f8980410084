"""A clash whose parties the text does not know is coded, as ACLED does, between unidentified
armed groups ("اندلعت اشتباكات في بلدة X دون معرفة الأطراف"); one pointed back at by its
definite noun is the fight already told. Sentences written for these tests."""
from __future__ import annotations

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document

UNIDENTIFIED = "Unidentified Armed Group (Syria)"


def _run(text: str):
    return extract_document(text, DocMeta("t.txt", published="2021-03-04")).incidents


def test_a_clash_with_no_party_named_is_between_unidentified_groups():
    [inc] = _run("اندلعت اشتباكات عنيفة مساء أمس في مدينة الميادين بريف دير الزور الشرقي، "
                 "دون معرفة الأطراف المشاركة فيها.")
    assert inc.event_type == "Battles" and {a.name for a in inc.actors} == {UNIDENTIFIED}


def test_an_unnamed_clash_after_another_act_is_its_own_incident():
    incs = _run("اعتقلت قوات النظام ثلاثة شبان في مدينة الصنمين بريف درعا الشمالي. "
                "وفي سياق آخر، شهدت مدينة طفس اشتباكات مسلحة لم تعرف أسبابها حتى الآن.")
    fights = [i for i in incs if i.event_type == "Battles"]
    assert [i.location.name for i in fights] == ["Tafas"]
    assert {a.name for a in fights[0].actors} == {UNIDENTIFIED}
