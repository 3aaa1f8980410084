"""A round-up sentence tells a second act by a passive casualty verb after a comma and و, with
a cause of its own ("…، وأصيب طفل بانفجار قنبلة في مدينة نوى", "…، وقتل عنصر بقنص على محور
X"): like the masdar ("…، ومقتل طفل بقصف …") it opens a clause of another act
(segmentation.json coordinated_tolls, toll_causes). Sentences written for these tests."""
from __future__ import annotations

import pytest

from extracted import incidents


@pytest.mark.parametrize("text, places", [
    ("قتل رجل برصاص مجهولين في بلدة المليحة الشرقية، وأصيبت امرأة بانفجار لغم أرضي في مدينة بصرى الشام.",
     {"Busra al-Sham"}),
    ("أصيب ثلاثة مدنيين بقصف مدفعي على بلدة معرة مصرين، وقتل مقاتل من الفصائل بقنص على جبهة كبانة.",
     {"Maarat Misrin"}),
    ("قتلت طفلة بقصف صاروخي على بلدة سرمين، وجرح شاب باشتباكات بين مجهولين في مدينة الباب.",
     {"Sarmin", "Al-Bab"}),
], ids=["wounded-by-a-mine", "killed-by-a-sniper", "wounded-in-a-clash"])
def test_a_passive_toll_with_its_own_cause_is_another_act(text, places):
    found = incidents(text)
    assert len(found) == 2
    assert places <= {i.location.name for i in found}


def test_a_toll_of_the_act_told_stays_with_it():
    # "وأصيب آخرون بجروح" names no cause of its own: the shelling's toll
    found = incidents("قتل مدنيان بقصف مدفعي لقوات النظام على بلدة كفرنبل، وأصيب ثلاثة آخرون بجروح.")
    assert [(i.killed, i.injured) for i in found] == [(2, 3)]
