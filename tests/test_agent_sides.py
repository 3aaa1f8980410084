"""Who fired, in a passive report of a killing: "قتل عنصر من X برصاص Y" is Y's bullets in X's
man, so Y is side 1 and X side 2, however the agent is introduced (برصاص، بنيران، على يد,
"برصاص عناصر من Y"). Sentences written for these tests; sides as ACLED's actor 1 / actor 2."""
from __future__ import annotations

import json

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.normalise import fold
from incidents.extract.pipeline import extract_document


def sided_actors(text: str, published: str) -> set[tuple[int, str]]:
    """(side, name) of every actor of every incident the text gives."""
    out = extract_document(text, DocMeta("t.txt", published=published))
    return {(a.side, a.name) for i in out.incidents for a in i.actors}


SHAPES = [
    # (sentence, actor 1, actor 2)
    ("قتل عنصر من قوات النظام برصاص مسلحين مجهولين في بلدة طفس.",
     "Unidentified Armed Group (Syria)", "Military Forces of Syria"),
    ("قتل عنصر من قوات النظام برصاص مجهولين في بلدة طفس.",
     "Unidentified Armed Group (Syria)", "Military Forces of Syria"),
    ("قتل عنصر من قوات النظام بنيران مسلحين مجهولين في بلدة طفس.",
     "Unidentified Armed Group (Syria)", "Military Forces of Syria"),
    ("قتل عنصر من قوات النظام على يد مسلحين مجهولين في بلدة طفس.",
     "Unidentified Armed Group (Syria)", "Military Forces of Syria"),
    ("قتل شاب برصاص عناصر من الفرقة الرابعة في مدينة الصنمين.",
     "Fourth Armoured Division", "Civilians (Syria)"),
    # the sniper who fired and the word of owning stand between the bullets and their owner
    ("أصيب عنصران من قسد برصاص قناص تابع لقوات النظام في بلدة الشحيل.",
     "Military Forces of Syria", "Syrian Democratic Forces"),
    ("قتل مدني برصاص قناصة تابعين لقوات النظام في حي الشيخ مقصود بمدينة حلب.",
     "Military Forces of Syria", "Civilians (Syria)"),
    # an ambiguous verb (active or passive unwritten) with a target right after the actor: its subject
    ("استهدف الجيش الإسرائيلي مستودعات أسلحة تابعة لحزب الله في منطقة القصير بريف حمص.",
     "Military Forces of Israel", "Hezbollah"),
    ("استهدف عناصر من قسد مقرات لتنظيم داعش في بلدة الشحيل.",
     "Syrian Democratic Forces", "Islamic State (Syria)"),
    # the doer of an attack noun told with its means or manner before its لـ
    ("قتل 12 مدنياً جراء قصف جوي لقوات النظام على بلدة حمورية.",
     "Military Forces of Syria", "Civilians (Syria)"),
    ("قتل خمسة عناصر من قوات النظام بهجوم مباغت لخلايا تنظيم داعش في بادية السخنة.",
     "Islamic State (Syria)", "Military Forces of Syria"),
    # the subject right after a verb of carrying out or dropping, the act's word told before it
    ("ترافق القصف الجوي مع غارات مكثفة، إذ نفذت الطائرات الحربية الروسية 15 غارة على بلدة كفرنبل، ما أدى لمقتل مدنيين.",
     "Military Forces of Russia", "Civilians (Syria)"),
    # a pronoun on the verb of firing or dropping points back at the shells: its subject fired them
    ("قتل ثلاثة مدنيين بقذائف أطلقتها فصائل المعارضة على حي الميدان في مدينة حلب.",
     "Opposition Rebels (Syria)", "Civilians (Syria)"),
    ("قتل طفل ببرميل متفجر ألقته مروحيات النظام على بلدة كفرزيتا.",
     "Military Forces of Syria - Syrian Arab Air Force", "Civilians (Syria)"),
    # a nationality adjective on a counted soldier noun: that state's men are the ones counted
    ("قتل 12 جندياً تركياً في قصف مدفعي لقوات النظام على نقطة مراقبة قرب بلدة معرحطاط.",
     "Military Forces of Syria", "Military Forces of Turkey"),
    ("قتل ثلاثة جنود أتراك بقصف لقوات النظام على نقطة مراقبة قرب بلدة معرحطاط.",
     "Military Forces of Syria", "Military Forces of Turkey"),
    # the nationality of one soldier or officer, of two, of many
    ("قتل 4 ضباط إيرانيين بغارة إسرائيلية على حي كفرسوسة في دمشق.",
     "Military Forces of Israel", "Military Forces of Iran"),
    # after the doer, the owner of the thing struck was hit
    ("قصفت طائرة مسيرة تركية سيارة تابعة لقسد قرب بلدة تل تمر، ما أدى إلى مقتل عنصرين.",
     "Military Forces of Turkey", "Syrian Democratic Forces"),
    # the forces that hold the positions the fire came from fired it
    ("أصيب طفلان بجروح جراء إطلاق صواريخ من مناطق سيطرة قسد على قرية الشيخ عيسى.",
     "Syrian Democratic Forces", "Civilians (Syria)"),
    ("أصيب طفلان بجروح إثر سقوط قذيفة مصدرها مناطق سيطرة قوات النظام على بلدة كنصفرة.",
     "Military Forces of Syria", "Civilians (Syria)"),
    ("أصيب طفلان بجروح جراء قذائف أطلقت من مواقع قسد على قرية الشيخ عيسى.",
     "Syrian Democratic Forces", "Civilians (Syria)"),
    # the agent word stands before the weapon that the hedged nationality adjective qualifies
    ("قتل تسعة مدنيين في غارات نفذتها طائرات يرجح أنها روسية على مدينة سراقب.",
     "Military Forces of Russia", "Civilians (Syria)"),
    ("قتل تسعة مدنيين في غارات نفذتها طائرات حربية يعتقد أنها روسية على مدينة سراقب.",
     "Military Forces of Russia", "Civilians (Syria)"),
    # the men of an ambush or an attack named after the verb that set it
    ("قتل 12 عنصرا من قوات النظام في كمين نصبه عناصر تنظيم داعش في بادية السخنة.",
     "Islamic State (Syria)", "Military Forces of Syria"),
    # who the gunmen are thought to be stands on their side
    ("هاجم مسلحون يعتقد أنهم من خلايا داعش نقطة لقوات سوريا الديمقراطية في بلدة ذيبان، وقتلوا عنصرين.",
     "Islamic State (Syria)", "Syrian Democratic Forces"),
    ("قتل عنصران من قسد بهجوم نفذه مسلحون يرجح أنهم من تنظيم داعش في بلدة ذيبان.",
     "Islamic State (Syria)", "Syrian Democratic Forces"),
    # a sniper nobody names: his bullets, the unnamed group's, not the men they hit
    ("أصيب عنصران من قسد برصاص قناص في بلدة الشحيل.",
     "Unidentified Armed Group (Syria)", "Syrian Democratic Forces"),
    # the weapon with no owner after it stays the actor's before it
    ("استهدفت قوات النظام بالرشاشات الثقيلة محيط بلدة طفس، ما أدى إلى مقتل مدني.",
     "Military Forces of Syria", "Civilians (Syria)"),
    # "عناصر من X" right after an active verb and before what it did it to: X is the doer
    ("أحرق عناصر من قسد منازل المدنيين في قرية الشحيل بريف دير الزور الشرقي.",
     "Syrian Democratic Forces", "Civilians (Syria)"),
    ("اعتقل عناصر من قوات النظام شاباً في بلدة طفس بريف درعا الغربي.",
     "Military Forces of Syria", "Civilians (Syria)"),
    # what "underwent" the act is its target, whoever "من قبل" or "شنه" names the doer
    ("تعرض حاجز لقوات النظام لهجوم من قبل مجهولين في بلدة الصنمين بريف درعا الشمالي.",
     "Unidentified Armed Group (Syria)", "Military Forces of Syria"),
    ("تعرضت قوات النظام لهجوم شنه عناصر من تنظيم داعش في بادية السخنة.",
     "Islamic State (Syria)", "Military Forces of Syria"),
    # a thing right after a verb of striking, owned by X, then the means: the passive, X was hit
    ("استهدف حاجز لقوات النظام بعبوة ناسفة في بلدة الصنمين، ما أدى لمقتل عنصرين.",
     "Unidentified Armed Group (Syria)", "Military Forces of Syria"),
    ("استهدفت سيارة تابعة لقسد بعبوة ناسفة في بلدة ذيبان بريف دير الزور الشرقي.",
     "Unidentified Armed Group (Syria)", "Syrian Democratic Forces"),
    # the civilians told first name no doer; the force with the weapon (and its count) after it is one
    ("أصيب أربعة مدنيين إثر استهداف قوات قسد بعدة قنابل، عبر طائرة مسيرة، منزلاً في بلدة ذيبان.",
     "Syrian Democratic Forces", "Civilians (Syria)"),
    ("أصيب أربعة مدنيين إثر استهداف قوات قسد بالقنابل منزلاً في بلدة ذيبان.",
     "Syrian Democratic Forces", "Civilians (Syria)"),
    # a death in custody: whose prison it is did it, the one held there is the target
    ("توفي معتقل تحت التعذيب في سجن صيدنايا التابع للنظام، بحسب ما أفاد ذووه.",
     "Military Forces of Syria", "Civilians (Syria)"),
    ("توفي شاب من بلدة طفس تحت التعذيب في أحد سجون قوات النظام.",
     "Military Forces of Syria", "Civilians (Syria)"),
    # "اشتبكت X مع Y": Y is who X fought, not X's ally ("بالاشتراك مع Z" is)
    ("اشتبكت قوات النظام مع مسلحين من فلول النظام في مدينة جبلة.",
     "Military Forces of Syria", "Former Regime Loyalists (Syria)"),
    ("اشتبك عناصر من قسد مع مقاتلي العشائر في بلدة ذيبان.",
     "Syrian Democratic Forces", "Arab Tribal Militia (Syria)"),
    ("اشتبكت قوات النظام بالاشتراك مع ميليشيا حزب الله مع فصائل المعارضة في ريف حلب الجنوبي.",
     "Hezbollah", "Opposition Rebels (Syria)"),
    # an attack on a prison hits its owner
    ("شن عناصر من تنظيم داعش هجوماً على سجن غويران التابع لقسد في مدينة الحسكة.",
     "Islamic State (Syria)", "Syrian Democratic Forces"),
]


@pytest.mark.parametrize("text,one,two", SHAPES)

def test_the_owner_of_the_bullets_is_actor_one(text: str, one: str, two: str) -> None:
    incs = extract_document(text, DocMeta("t.txt", published="2023-05-10")).incidents
    assert len(incs) == 1
    sides = {a.name: a.side for a in incs[0].actors}
    assert sides.get(one) == 1 and sides.get(two) == 2, sides


def test_a_bare_noun_after_the_owner_is_the_object_of_an_active_verb() -> None:
    """"استهدفت دورية لقوات النظام بلدة طفس": the patrol fired, the regime is side 1."""
    text = "استهدفت دورية لقوات النظام بلدة طفس بالرشاشات الثقيلة."
    incs = extract_document(text, DocMeta("t.txt", published="2023-05-10")).incidents
    assert [a.side for inc in incs for a in inc.actors if a.name == "Military Forces of Syria"] == [1]


def _sides_schema() -> dict:
    from incidents.extract.wordlists import DATA_DIR
    return json.loads((DATA_DIR / "sides.schema.json").read_text(encoding="utf-8"))


def _sides_data() -> dict:
    from incidents.extract.wordlists import DATA_DIR
    return json.loads((DATA_DIR / "sides.json").read_text(encoding="utf-8"))


def test_sides_words_match_their_schema():
    from test_gazetteer_data import check_schema
    assert check_schema(_sides_data(), _sides_schema()) == []


def test_sides_schema_rejects_a_misspelt_list():
    from test_gazetteer_data import check_schema
    data = _sides_data()
    data["weapon"] = data.pop("weapons")
    errs = " ".join(check_schema(data, _sides_schema()))
    assert "missing weapons" in errs and "unexpected key weapon" in errs


def test_sides_words_are_read_from_the_data_file_folded():
    from incidents.extract import sides
    data = _sides_data()
    assert sides.WEAPONS == frozenset(fold(w) for w in data["weapons"])
    assert "بمسانده" in sides.ALLY_MARKERS      # written بمساندة or بمسانده, matched folded


def _sides(text: str) -> dict[str, int]:
    (inc,) = extract_document(text, DocMeta("t.txt", published="2018-02-20")).incidents
    return {a.name: a.side for a in inc.actors}


@pytest.mark.parametrize("text,one,two", [
    # the militias loyal to it stand beside the force they are joined to, doer or target
    ("أعدمت قوات النظام والميليشيات الموالية لها 12 مدنياً في بلدة حمورية.",
     {"Military Forces of Syria", "Pro-Government Militia (Syria)"}, {"Civilians (Syria)"}),
    ("قتل 5 عناصر من قوات النظام والميليشيات الموالية لها بهجوم لتنظيم داعش في بادية السخنة.",
     {"Islamic State (Syria)"}, {"Military Forces of Syria", "Pro-Government Militia (Syria)"}),
    # a sponsor described by a support word is no party, and names no one after its backer
    ("قتل 5 عناصر من الميليشيات الموالية لإيران بهجوم لتنظيم داعش في بادية السخنة.",
     {"Islamic State (Syria)"}, None),
    # 'backed by fighters of X': X fights beside the one it backs
    ("سيطرت قوات النظام مدعومة بمقاتلين من قوات الدفاع الوطني الموالية لها على بلدة مورك بعد معارك مع الفصائل المعارضة.",
     {"Military Forces of Syria", "National Defence Forces"}, None),
])
def test_allies_joined_or_backing_stand_on_one_side(text: str, one: set, two) -> None:
    sides = _sides(text)
    assert {a for a, s in sides.items() if s == 1} == one
    if two is not None:
        assert {a for a, s in sides.items() if s == 2} == two


def test_one_soldier_of_a_state_told_after_the_tolls_word_is_its_man():
    [inc] = extract_document("قتل ضابط روسي بانفجار عبوة ناسفة قرب مدينة السخنة.",
                             DocMeta("t.txt", published="2019-04-02")).incidents
    assert {a.name: a.side for a in inc.actors}.get("Military Forces of Russia") == 2


def test_two_soldiers_of_a_state_hit_by_a_mine_are_its_men():
    [inc] = extract_document("أصيب جنديان روسيان بانفجار لغم أرضي قرب مدينة السخنة.",
                             DocMeta("t.txt", published="2019-04-02")).incidents
    assert {a.name: a.side for a in inc.actors}.get("Military Forces of Russia") == 2


def test_the_sides_of_a_fight_told_from_one_party_and_the_other():
    text = ("اندلعت اشتباكات عنيفة بين هيئة تحرير الشام والجبهة الوطنية للتحرير من طرف، وقوات النظام "
            "وحزب الله من طرف آخر، على محور بلدة كفرنبودة.")
    [inc] = extract_document(text, DocMeta("t.txt", published="2019-05-20")).incidents
    sides = {a.name: a.side for a in inc.actors}
    assert sides["Hayat Tahrir al-Sham"] == 1 and sides["Military Forces of Syria"] == 2 and sides["Hezbollah"] == 2


def test_who_fought_the_act_off_is_the_side_it_was_aimed_at():
    # "تصدت لصواريخ العدوان": the air defence repelled the missiles, it did not fire them
    out = extract_document("قتل جنديان بقصف إسرائيلي على مواقع قرب مطار المزة العسكري. وقال مصدر عسكري إن "
                           "الدفاعات الجوية تصدت لصواريخ العدوان وأسقطت عدداً منها.",
                           DocMeta("t.txt", published="2022-06-10"))
    sides = {a.name: a.side for inc in out.incidents for a in inc.actors}
    assert sides["Military Forces of Israel"] == 1
    assert sides.get("Military Forces of Syria - Air Defence", 2) == 2


def test_gunmen_told_on_a_side_of_the_fight_stay_on_it():
    # unnamed gunmen are the attackers only when the grammar does not say whose side they are on
    out = extract_document("تجددت المعارك بين فصائل المعارضة من جهة، وقوات النظام ومسلحين من أبناء المنطقة من جهة "
                           "أخرى، على محاور ريف اللاذقية الشمالي.", DocMeta("t.txt", published="2019-08-13"))
    [inc] = out.incidents
    sides = {a.name: a.side for a in inc.actors}
    assert sides["Unidentified Armed Group (Syria)"] == sides["Military Forces of Syria"] != sides["Opposition Rebels (Syria)"]


@pytest.mark.parametrize("text,doer", [
    ("اعتقلت عناصر من الفرقة الرابعة ثلاثة شبان في بلدة سحم الجولان بريف درعا.", "Fourth Armoured Division"),
    ("اعتقلت عناصر من الفرقة الرابعة المدعومون من إيران شابين في بلدة سحم الجولان.", "Fourth Armoured Division"),
    ("اختطف عناصر من ميليشيا الدفاع الوطني 4 مدنيين على طريق السلمية بريف حماة.", "National Defence Forces"),
])
def test_men_of_a_force_right_after_the_verb_and_before_a_count_of_people_did_it(text: str, doer: str):
    # the count after them is the verb's object: a passive verb's subject takes no second noun
    assert (1, doer) in sided_actors(text, "2022-08-13")


def test_gunmen_loyal_to_the_regime_are_a_pro_government_militia():
    # "المسلحين الموالين لها" beside the regime's forces: its militias, not unknown gunmen
    out = extract_document("اندلعت اشتباكات بين قوات النظام والمسلحين الموالين لها من جهة، ومقاتلي الفصائل من جهة "
                           "أخرى في محيط بلدة كباني بريف اللاذقية.", DocMeta("t.txt", published="2019-07-02"))
    names = {a.name for i in out.incidents for a in i.actors}
    assert "Pro-Government Militia (Syria)" in names and "Unidentified Armed Group (Syria)" not in names


@pytest.mark.parametrize("text,together,against", [
    ("هاجمت قوات النظام وحزب الله مواقع الفصائل في بلدة خان طومان بريف حلب الجنوبي.",
     {"Military Forces of Syria", "Hezbollah"}, "Opposition Rebels (Syria)"),
    ("اعتقلت قوات النظام وميليشيا الدفاع الوطني عشرات الشبان في مدينة التل.",
     {"Military Forces of Syria", "National Defence Forces"}, "Civilians (Syria)"),
])
def test_two_actors_joined_by_wa_after_the_verb_act_together(text: str, together: set, against: str):
    sides = {name: side for side, name in sided_actors(text, "2016-05-02")}
    assert {sides[n] for n in together} == {1} and sides[against] == 2


def test_two_actors_joined_by_wa_after_between_are_the_two_sides():
    out = extract_document("اندلعت اشتباكات بين قسد والجيش الوطني في محيط مدينة منبج.", DocMeta("t.txt", published="2021-05-02"))
    sides = {a.name: a.side for i in out.incidents for a in i.actors}
    assert sides["Syrian Democratic Forces"] != sides["Syrian National Army"]


@pytest.mark.parametrize("text,doer", [
    ("رصد المرصد السوري قيام عناصر من قسد باعتقال ثلاثة شبان في بلدة الشحيل بريف دير الزور.", "Syrian Democratic Forces"),
    ("وثق ناشطون قيام عناصر من الفرقة الرابعة بمداهمة منازل في بلدة الكرك الشرقي.", "Fourth Armoured Division"),
])
def test_the_one_whose_carrying_out_is_told_did_the_act(text: str, doer: str):
    # "قيام X بـ…": the masdar of carrying out names its doer
    assert (1, doer) in sided_actors(text, "2021-05-02")


@pytest.mark.parametrize("text,doer", [
    ("استهدف جيش الاحتلال التركي قرى ناحية أبو راسين بالقذائف المدفعية.", "Military Forces of Turkey"),
    ("استهدف جيش الاحتلال التركي ومرتزقته قرى ناحية تل تمر بالقذائف.", "Military Forces of Turkey"),
    ("استهدفت قسد أحياء مدينة مارع بقذائف الهاون.", "Syrian Democratic Forces"),
])
def test_the_actor_after_a_verb_of_aiming_and_before_the_places_it_hit_did_it(text: str, doer: str):
    # "استهدف X قرى …": a passive verb's subject takes no second noun, so X aimed at the villages
    assert (1, doer) in sided_actors(text, "2022-03-09")
