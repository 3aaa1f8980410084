"""ACLED sub-event types that depend on who acted and what followed. Sentences written
for these tests."""
from __future__ import annotations

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def run(text: str, published: str = "2024-03-14"):
    return extract_document(text, DocMeta("t.txt", "Test", published=published)).incidents


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


def test_gunmen_firing_at_a_man_is_an_attack_on_a_civilian():
    [inc] = run("أطلق مسلحون مجهولون النار على شخص أمام منزله في مدينة نوى غربي درعا اليوم.")
    assert (inc.event_type, inc.sub_event_type) == ("Violence against civilians", "Attack")
    assert {a.name: a.side for a in inc.actors} == {"Unidentified Armed Group (Syria)": 1, "Civilians (Syria)": 2}


def test_gunmen_firing_at_a_regime_soldier_is_a_clash():
    [inc] = run("أطلق مسلحون مجهولون النار على عنصر في قوات النظام في مدينة طفس غربي درعا اليوم.")
    assert inc.event_type == "Battles"


def test_the_state_of_the_warplanes_fired():
    [inc] = run("شنت الطائرات الحربية الروسية غارات على بلدة البارة جنوبي إدلب اليوم، ما أدى إلى مقتل مدنيين اثنين.")
    assert {a.name: a.side for a in inc.actors} == {"Military Forces of Russia": 1, "Civilians (Syria)": 2}
    assert inc.killed == 2


def test_a_round_up_tells_its_toll_once():
    text = ("شنت الطائرات الحربية الروسية غارات على بلدات البارة وكنصفرة والفطيرة جنوبي إدلب اليوم، "
            "ما أدى إلى مقتل مدنيين اثنين.")
    tolls = [i.killed for i in run(text)]
    assert len(tolls) == 3 and sorted(tolls, key=str) == [2, None, None]


def test_dozens_of_the_people_of_a_city_protest_in_it():
    [inc] = run("خرج العشرات من أهالي مدينة السويداء اليوم في مظاهرة وسط المدينة.")
    assert inc.location is not None and inc.location.name_ar == "السويداء"


def test_the_government_a_force_belongs_to_is_no_party():
    [inc] = run("اعتقلت قوات الأمن العام التابعة لوزارة الداخلية في الحكومة السورية خمسة أشخاص "
                "في مدينة جبلة بريف اللاذقية اليوم.", published="2025-03-14")   # the state's GSS (eras.py)
    assert {a.name: a.side for a in inc.actors} == {"General Security Service": 1, "Civilians (Syria)": 2}


def test_a_targeted_group_is_associated_with_civilians():
    [inc] = run("احتجزت ميليشيا راجي فلحوط ثلاثة طلاب من مدينة شهبا على طريق السويداء اليوم.")
    names = [a.name for a in inc.actors if a.side == 2]
    assert names[:2] == ["Civilians (Syria)", "Students (Syria)"]
    assert [a.name for a in inc.actors if a.side == 1] == ["Raji Falhout Group"]


def test_repelling_an_advance_is_a_fight_and_barrel_bombs_come_from_the_air():
    [inc] = run("تصدى مقاتلو جيش الإسلام لمحاولة تقدم قوات الأسد على جبهة حوش الضواهرة في الغوطة الشرقية اليوم.")
    assert inc.event_type == "Battles"
    assert {a.name: a.side for a in inc.actors} == {"Jaysh al-Islam": 1, "Military Forces of Syria": 2}
    [inc] = run("قصفت قوات النظام بالبراميل المتفجرة أحياء مدينة داريا بريف دمشق الغربي اليوم.")
    assert inc.sub_event_type == "Air/drone strike"
