"""What a sentence tells of a place's past is no act of the day: a force that once held
the place (segmentation.json former_control), a year told right after the act (act_year),
a war waged for weeks (ongoing_verbs). Sentences written for these tests."""
from __future__ import annotations

from extracted import incidents


def test_a_force_that_once_held_the_place_is_no_party():
    [inc] = incidents("قتل رجل برصاص قناص في مدينة بصرى الشام، التي كانت تحت سيطرة فصائل المعارضة حتى عام 2018.",
                      "2020-04-02")
    assert {a.name for a in inc.actors} == {"Civilians (Syria)"}


def test_a_year_right_after_the_act_dates_a_recollection():
    incs = incidents("قتل شاب برصاص مجهولين في بلدة المسيفرة بريف درعا. وشهدت البلدة اشتباكات عنيفة في عام 2018 "
                     "بين قوات النظام وفصائل المعارضة.", "2020-04-02")
    clash = [i for i in incs if i.event_type == "Battles"]
    assert clash and clash[0].background and clash[0].date == "2018"


def test_a_year_after_another_noun_dates_that_noun_not_the_act():
    [inc] = incidents("قتل شاب أجرى تسوية عام 2018 برصاص مجهولين في بلدة المسيفرة بريف درعا.", "2020-04-02")
    assert not inc.background and inc.date == "2020-04-02"


def test_a_war_waged_for_weeks_is_no_act_of_the_day():
    incs = incidents("قصفت قوات النظام بلدة كفرنبودة بريف حماة. وتخوض فصائل المعارضة معارك مع قوات النظام "
                     "على جبهات ريف حماة منذ أسابيع.", "2019-06-13")
    assert [i.event_type for i in incs] == ["Explosions/Remote violence"]
