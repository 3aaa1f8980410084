"""ACLED sub-event types that depend on who acted and what followed. Sentences written
for these tests."""
from __future__ import annotations

from extract.model import DocMeta
from extract.pipeline import extract_document


def run(text: str):
    return extract_document(text, DocMeta("t.txt", "Test", published="2024-03-14")).incidents


def test_the_government_retaking_a_town_is_not_a_non_state_takeover():
    [inc] = run("سيطرت قوات النظام على بلدة كفرنبودة بريف حماة بعد اشتباكات مع فصائل المعارضة اليوم.")
    assert inc.sub_event_type == "Government regains territory"
    [inc] = run("سيطرت هيئة تحرير الشام على بلدة كفرنبودة بريف حماة بعد اشتباكات مع قوات النظام اليوم.")
    assert inc.sub_event_type == "Non-state actor overtakes territory"


def test_protesters_wounded_by_force():
    [inc] = run("أصيب ثلاثة متظاهرين برصاص قوات النظام خلال مظاهرة في مدينة السويداء اليوم.")
    assert (inc.event_type, inc.sub_event_type) == ("Protests", "Excessive force against protesters")


def test_a_protest_that_burns_a_building_is_a_riot():
    [inc] = run("خرجت مظاهرة في مدينة السويداء اليوم وأضرم المحتجون النار في مبنى فرع حزب البعث.")
    assert (inc.event_type, inc.sub_event_type) == ("Riots", "Violent demonstration")


def test_a_defused_bomb_is_disrupted_weapons_use():
    [inc] = run("تمكنت قوات الأسايش من تفكيك عبوة ناسفة زرعها مجهولون في مدينة القامشلي اليوم.")
    assert (inc.event_type, inc.sub_event_type) == ("Strategic developments", "Disrupted weapons use")


def test_protesters_and_the_force_that_fired_on_them():
    [inc] = run("أصيب ثلاثة متظاهرين برصاص قوات النظام خلال مظاهرة في مدينة السويداء اليوم.")
    assert {a.name: a.side for a in inc.actors} == {"Protesters (Syria)": 1, "Military Forces of Syria": 2}
    assert inc.injured == 3


def test_fighting_with_someone_is_fighting_against_them():
    [inc] = run("سيطرت هيئة تحرير الشام على بلدة كفرنبودة بريف حماة بعد اشتباكات مع قوات النظام اليوم.")
    assert {a.name: a.side for a in inc.actors} == {"Hayat Tahrir al-Sham": 1, "Military Forces of Syria": 2}
