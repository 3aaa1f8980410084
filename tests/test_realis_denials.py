"""A denial whose object is a noun of doing or happening ("نفت الوزارة قيام طائراتها بقصف …",
"نفى مصدر وقوع اشتباكات", "نفى صحة الأنباء عن قصف …") denies the act after it, as "نفى أن"
does (segmentation.json denied_acts); denying responsibility for an act told leaves the act
told. Sentences written for these tests."""
from __future__ import annotations

from extracted import incidents


def test_denying_that_its_planes_struck_is_no_strike():
    assert incidents("نفت وزارة الدفاع الروسية قيام طائراتها بقصف مدينة معرة مصرين في ريف إدلب الشمالي، "
                     "وقالت إن الأنباء عن سقوط ضحايا مدنيين عارية عن الصحة.", "2022-02-03") == []


def test_denying_the_reports_of_shelling_is_no_shelling():
    assert incidents("نفى مصدر عسكري صحة الأنباء عن قصف الجيش لبلدة الكرك الشرقي في ريف درعا.", "2022-02-06") == []


def test_denying_responsibility_leaves_the_bombing_told():
    found = incidents("انفجرت سيارة مفخخة قرب دوار الكرة في مدينة عفرين ظهر اليوم، ما أدى لمقتل ثلاثة مدنيين، "
                      "فيما نفت قسد مسؤوليتها عن التفجير.", "2022-02-07")
    assert len(found) == 1 and found[0].killed == 3
