"""Acts counted over months ("وثق المرصد منذ مطلع العام الجاري 45 هجوماً لخلايا التنظيم") are a
tally, whichever side of the count the span stands (clauses.statistic, segmentation.json
tally_periods); strikes counted on one day at one town stay one incident. Sentences written for
these tests."""
from __future__ import annotations

from extracted import incidents


def test_attacks_counted_since_the_new_year_are_a_tally():
    found = incidents("قتل عنصران من قسد بهجوم لخلايا داعش على نقطة عسكرية في بلدة ذيبان بريف دير الزور الشرقي. "
                      "ووثق المرصد منذ مطلع العام الجاري 45 هجوماً لخلايا التنظيم في مناطق قسد.", "2022-03-02")
    assert len(found) == 1 and found[0].killed == 2


def test_strikes_counted_today_are_one_incident():
    found = incidents("شنت الطائرات الحربية الروسية اليوم 12 غارة على بلدة كفرنبل في ريف إدلب الجنوبي.", "2022-03-03")
    assert len(found) == 1
