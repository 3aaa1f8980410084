"""A state that has lasted since a date ("ومنذ الـ25 من شباط الماضي، تشهد المناطق مظاهرات")
is no act of the day, as one that has lasted for months is not (told.ongoing); today's act
("تشهد المدينة اشتباكات منذ صباح اليوم") still is. Sentences written for these tests."""
from __future__ import annotations

from extracted import incidents


def test_since_a_date_is_a_lasting_state():
    assert incidents("ومنذ العاشر من آذار الماضي، تشهد بلدات ريف السويداء الجنوبي مظاهرات يومية.", "2023-05-02") == []
    assert incidents("ومنذ 10 آذار، تتعرض بلدات جبل الزاوية لقصف مدفعي من قوات النظام.", "2023-05-02") == []


def test_since_this_morning_is_todays_act():
    assert len(incidents("وتشهد مدينة طفس اشتباكات عنيفة بين مسلحين محليين وقوات النظام منذ صباح اليوم.",
                         "2023-05-02")) == 1
