"""A toll told over a whole month or a past year ("مقتل 120 شخصاً خلال شهر تموز الفائت",
"خلال الشهر الماضي", "خلال العام الماضي") is a monthly or yearly tally of many acts, not one
incident (segmentation.json tally_periods); an act on one day told with the month it fell in
is still one. Sentences written for these tests."""
from __future__ import annotations

from extracted import incidents


def test_a_monthly_toll_is_no_incident():
    assert incidents("وثق المرصد السوري لحقوق الإنسان مقتل 120 شخصاً خلال شهر تموز الفائت في مناطق "
                     "سيطرة النظام بمحافظة درعا، بينهم 40 مدنياً.", "2021-08-01") == []


def test_last_months_shelling_toll_is_no_incident():
    assert incidents("قتل 35 مدنياً بقصف قوات النظام والطيران الروسي على ريف إدلب خلال الشهر الماضي، "
                     "بحسب فريق منسقو استجابة سوريا.", "2022-01-02") == []


def test_last_years_arrests_are_no_incident():
    assert incidents("اعتقلت قوات النظام 210 أشخاص في محافظة حمص خلال العام الماضي، بينهم 12 امرأة.",
                     "2023-01-03") == []


def test_a_killing_yesterday_in_ramadan_is_one_incident():
    found = incidents("قتل شاب برصاص مجهولين في مدينة جاسم بريف درعا الشمالي مساء أمس، خلال شهر رمضان، "
                      "أثناء عودته من صلاة التراويح.", "2023-04-05")
    assert len(found) == 1 and found[0].killed == 1


def test_counted_incidents_of_shelling_are_a_tally():
    assert incidents("سجلت الشبكة منذ مطلع العام 312 حالة اعتقال في محافظة حمص، و25 حادثة قصف على مدن ريف إدلب.",
                     "2021-08-02") == []


def test_counted_assassination_incidents_are_a_tally():
    assert incidents("رصد ناشطون في ريف دير الزور الشرقي 14 حادثة اغتيال طالت عناصر من قسد في بلدة الشحيل.",
                     "2021-08-03") == []


def test_one_new_assassination_incident_is_one_incident():
    found = incidents("قتل عنصر من قسد في حادثة اغتيال جديدة ببلدة الشحيل في ريف دير الزور الشرقي مساء اليوم.",
                      "2021-08-04")
    assert len(found) == 1
