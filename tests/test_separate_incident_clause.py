"""'وفي حادثة منفصلة' inside a sentence opens an act of its own (segmentation.json
clause_openers), and an act that names its own victims borrows only a doer from the act
before it, not that act's victims (segment.merge). Sentences written for these tests."""
from __future__ import annotations

from extracted import incidents


def test_a_separate_incident_in_the_same_sentence_is_its_own():
    incs = incidents("قتل عنصران من قوات النظام بانفجار عبوة ناسفة على طريق داعل - إبطع، وفي حادثة منفصلة "
                     "انفجر لغم أرضي بسيارة مدنية قرب بلدة الشيخ مسكين ما أدى لإصابة امرأة.", "2021-05-02")
    assert [(i.location.name, i.killed, i.injured) for i in incs] == [("Da'el", 2, None), ("Al-Sheikh Miskin", None, 1)]


def test_an_act_with_victims_of_its_own_does_not_borrow_the_victims_before():
    incs = incidents("انفجرت عبوة ناسفة بدورية لقوات النظام قرب مدينة الصنمين. وفي حادثة أخرى انفجر لغم "
                     "بجرار زراعي قرب بلدة المليحة الشرقية ما أدى لإصابة مزارع.", "2021-05-02")
    second = [i for i in incs if i.location and i.location.name != "Al-Sanamayn"]
    assert second and {a.name for a in second[0].actors if a.side == 2} == {"Civilians (Syria)"}
