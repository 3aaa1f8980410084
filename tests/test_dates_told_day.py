"""A day the text counts from a day it told before ("وفي اليوم التالي", "اليوم نفسه"):
that day moved by the days the words say, never today."""
from incidents.extract.dates import find_dates
from incidents.extract.normalise import fold

from extracted import incidents

PUB = "2022-03-17"    # a Thursday


def _dated(text: str, marker: str) -> list:
    return [i.date for i in incidents(text, PUB) if any(marker in c.quote for c in i.citations)]


def test_next_day_counts_from_the_day_told_before():
    text = ("قصف واشتباكات\nقصفت قوات النظام مساء الاثنين بلدة كفرتخاريم في ريف إدلب، ما أدى لمقتل مدني. "
            "وفي اليوم التالي قتل عنصران من هيئة تحرير الشام باشتباكات مع قوات النظام على محور الفطيرة جنوبي إدلب.")
    assert _dated(text, "كفرتخاريم")[:1] == ["2022-03-14"]
    assert _dated(text, "الفطيرة")[:1] == ["2022-03-15"]


def test_morning_of_the_next_day():
    text = ("قصف ثم غارة\nقصفت قوات النظام مساء الأحد بلدة كفرنوران غربي حلب، ما أدى لإصابة مدنيين. "
            "وفي صباح اليوم التالي قتل مدني بغارة روسية على بلدة الأبزمو القريبة.")
    assert _dated(text, "الأبزمو")[:1] == ["2022-03-14"]


def test_same_and_previous_day():
    values = [d.value for d in find_dates(fold("اندلعت اشتباكات يوم 10 آذار، وفي اليوم نفسه قصف، وفي اليوم السابق غارة"), PUB)]
    assert values == ["2022-03-10", "2022-03-10", "2022-03-09"]


def test_next_day_with_no_day_before_is_not_today():
    found = find_dates(fold("وفي اليوم التالي قتل مدني بقصف"), PUB)
    assert [d.value for d in found] == [None]


def test_next_day_of_a_recollection_is_one_too():
    found = [d for d in find_dates(fold("قصفت الطائرات البلدة في 3 أيلول الماضي، وفي اليوم التالي قتل مدنيان"), PUB)]
    assert [(d.value, d.explicit) for d in found] == [("2021-09-03", True), ("2021-09-04", True)]


def test_the_morrow_of_an_act_told_before():
    text = ("قصف واغتيال\nقصفت قوات النظام مساء الاثنين بلدة كفرتخاريم في ريف إدلب، ما أدى لمقتل مدني. "
            "وغداة القصف اغتال مجهولون قيادياً في بلدة حزانو القريبة.")
    assert _dated(text, "حزانو")[:1] == ["2022-03-15"]
