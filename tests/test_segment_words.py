"""The segmentation language file: valid against its schema, loaded folded, and read by the
incident builder (sentences written for these tests)."""
from __future__ import annotations

import json

from incidents.extract import segment_words
from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document
from test_gazetteer_data import check_schema


def run(text: str, published: str | None = "2024-03-14"):
    return extract_document(text, DocMeta("t.txt", "Test Outlet", published=published))


def _schema() -> dict:
    return json.loads((segment_words.DATA.parent / "segmentation.schema.json").read_text(encoding="utf-8"))


def test_file_matches_schema():
    data = json.loads(segment_words.DATA.read_text(encoding="utf-8"))
    assert check_schema(data, _schema()) == []


def test_schema_rejects_a_misspelt_list():
    data = json.loads(segment_words.DATA.read_text(encoding="utf-8"))
    data["roundup_kind"] = data.pop("roundup_kinds")
    errs = " ".join(check_schema(data, _schema()))
    assert "missing roundup_kinds" in errs and "unexpected key roundup_kind" in errs


def test_words_are_folded_on_load(tmp_path):
    assert "اضافه" in segment_words.WORDS.list_goes_on
    data = json.loads(segment_words.DATA.read_text(encoding="utf-8"))
    data["roundup_kinds"].append("looting")
    path = tmp_path / "segmentation.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert "looting" in segment_words.load(path).roundup_kinds
    assert "looting" not in segment_words.WORDS.roundup_kinds


def test_fighting_in_a_list_of_towns_is_one_battle_per_town():
    ex = run("دارت اشتباكات عنيفة اليوم بين قوات النظام وهيئة تحرير الشام في بلدتي كفرنبل وسراقب بريف إدلب.")
    battles = [i for i in ex.incidents if i.event_type == "Battles"]
    assert len(battles) == 2
    assert {i.location.admin1 for i in battles} == {"Idleb"}
    assert len({i.location.name for i in battles}) == 2


def test_protests_in_a_list_of_towns_are_one_protest_per_town():
    ex = run("خرجت مظاهرات اليوم في مدينتي كفرنبل وسراقب بريف إدلب للمطالبة بالإفراج عن المعتقلين.")
    protests = [i for i in ex.incidents if i.event_type == "Protests"]
    assert len(protests) == 2
    assert len({i.location.name for i in protests}) == 2


def test_a_fronted_earlier_time_steps_back_to_another_incident():
    text = ("أصيب عنصران من قوات النظام اليوم بقصف مسيرة تركية على بلدة تل رفعت.\n"
            "وقبل يومين، أصيب ثلاثة عناصر من قوات النظام بقصف مسيرة تركية على بلدة تل رفعت.")
    ex = run(text)
    assert len(ex.incidents) == 2
    assert [i.background for i in ex.incidents] == [False, True]
    assert sorted(i.injured for i in ex.incidents) == [2, 3]


def test_a_habit_is_no_incident():
    ex = run("وتقصف القوات التركية قرى ريف منبج بشكل متكرر، وعادة ما يتسبب القصف بأضرار في الممتلكات.")
    assert ex.incidents == []
    once = run("قصفت القوات التركية قرى ريف منبج اليوم، وتسبب القصف بأضرار في الممتلكات.")
    assert len(once.incidents) == 1


def test_a_recurring_state_of_lawlessness_is_no_incident_of_its_own():
    """'وتتكرر عمليات الخطف …', 'تشهد المنطقة فلتاناً أمنياً': what keeps happening is the
    scene, and the force that holds the area is no party to the killing told before it."""
    text = ("قتل شاب برصاص مسلحين مجهولين في بلدة الشحيل بريف دير الزور الشرقي. "
            "ويشهد ريف دير الزور الخاضع لسيطرة قوات سوريا الديمقراطية فلتاناً أمنياً، إذ تتكرر عمليات الاغتيال والخطف.")
    (inc,) = run(text).incidents
    assert {a.name for a in inc.actors} == {"Unidentified Armed Group (Syria)", "Civilians (Syria)"}
    assert run("وتتزايد عمليات الخطف على يد مسلحين مجهولين في ريف دير الزور.").incidents == []


def test_an_act_named_only_in_a_clause_is_context():
    ex = run("انتشرت الميليشيات في شوارع مدينة البوكمال عقب القصف.\n"
             "وكتب شبان عبارات على جدران مدينة بصرى الشام تضامناً مع محافظة إدلب التي تشهد قصفاً مكثفاً.")
    assert ex.incidents == []
    hit = run("قتل شاب في مدينة البوكمال عقب القصف.")
    assert len(hit.incidents) == 1 and hit.incidents[0].killed == 1


def test_a_result_verb_with_the_act_noun_tells_the_same_act_again():
    text = ("اندلعت اشتباكات عنيفة اليوم بين قوات النظام وهيئة تحرير الشام في مدينة سراقب بريف إدلب.\n"
            "وأسفرت الاشتباكات عن مقتل شابين من بلدة كفرنبل.")
    ex = run(text)
    assert len(ex.incidents) == 1
    assert ex.incidents[0].location.name_ar == "سراقب" and ex.incidents[0].killed == 2
    # a sentence that opens on a place of its own is a new scene, not the act told again
    other = run(text.replace("وأسفرت الاشتباكات", "وفي بلدة كفرنبل، أسفرت الاشتباكات"))
    assert len(other.incidents) == 2


def test_another_drone_is_a_second_strike():
    text = ("استهدفت طائرة مسيرة تركية صباح اليوم سيارة عسكرية لقوات سوريا الديمقراطية في بلدة عين عيسى.\n"
            "وقال مصدر إن طائرة مسيرة أخرى استهدفت مساء اليوم دورية لقوات سوريا الديمقراطية في بلدة عين عيسى.")
    assert len(run(text).incidents) == 2
    # the same strike told twice is one
    assert len(run(text.replace("طائرة مسيرة أخرى استهدفت مساء اليوم دورية", "الطائرة استهدفت السيارة")).incidents) == 1


def test_a_summary_across_governorates_is_no_round_up_of_towns():
    ex = run("قتل وأصيب عدد من عناصر قوات النظام اليوم بقصف لهيئة تحرير الشام في ريفي إدلب وحلب.")
    assert len(ex.incidents) == 1
    towns = run("قصفت هيئة تحرير الشام اليوم مواقع قوات النظام في بلدتي كفرنبل وسراقب.")
    assert len(towns.incidents) == 2


def test_a_clause_after_a_comma_can_open_an_act_of_its_own():
    ex = run("قتل عنصران من قوات النظام اليوم في كمين لتنظيم داعش في بادية تدمر، "
             "وبعد الكمين بساعة قصفت طائرة مروحية روسية مواقع التنظيم في بادية تدمر.")
    assert sorted(i.event_type for i in ex.incidents) == ["Battles", "Explosions/Remote violence"]
    ex = run("أعدم تنظيم داعش اليوم ثلاثة شبان في مدينة تل أبيض، وفي مدينة الرقة أعدم التنظيم شابين آخرين.")
    assert sorted(i.killed for i in ex.incidents) == [2, 3]


def test_kama_opens_a_second_strike_even_without_a_comma():
    ex = run("استهدفت القوات التركية اليوم قرية قنطيرة بناحية شيراوا في منطقة عفرين بأكثر من 30 قذيفة مدفعية "
             "كما استهدفت بلدة عين عيسى شمال الرقة بعدة قذائف.")
    assert {i.location.admin1 for i in ex.incidents} == {"Aleppo", "Ar-Raqqa"}


def test_a_lede_at_towns_not_yet_named_folds_into_their_incidents():
    text = ("قال مجلس منبج العسكري مساء السبت إن القوات التركية استهدفت قريتين شمال غربي منبج، "
            "شمالي سوريا، بالقصف المدفعي.\n"
            "ونشر المجلس أن قريتي الكاوكلي والصيادة الواقعتين في ريف منبج تعرضتا للقصف بقذائف الهاون.")
    ex = run(text)
    assert sorted(i.location.name_ar for i in ex.incidents) == ["الصيادة", "الكاوكلي"]


def test_a_protest_told_again_joins_it_whoever_it_is_against():
    ex = run("خرج العشرات من أهالي مدينة عامودا اليوم في مظاهرة ضد قوات سوريا الديمقراطية.\n"
             "وقصفت القوات التركية اليوم قرية تل شعير في ريف الحسكة.\n"
             "وردد المتظاهرون هتافات ضد القوات الأمريكية.")
    protests = [i for i in ex.incidents if i.event_type == "Protests"]
    assert len(protests) == 1 and protests[0].location.name_ar == "عامودا"
    assert len(protests[0].citations) >= 2


def test_acts_told_together_as_separate_are_not_the_one_before():
    ex = run("قتل شاب برصاص مسلحين مجهولين في بلدة أبو خشب بريف دير الزور اليوم.\n"
             "وقتل ستة عناصر من قوات سوريا الديمقراطية اليوم برصاص مسلحين مجهولين في عمليتين منفصلتين "
             "بريف دير الزور.")
    assert len(ex.incidents) == 2
    town = next(i for i in ex.incidents if i.location.name_ar == "أبو خشب")
    assert town.killed == 1 and "Syrian Democratic Forces" not in {a.name for a in town.actors}


def test_last_weekday_fronted_steps_back():
    ex = run("قتل عنصران من قوات النظام اليوم بهجوم لتنظيم داعش في بادية الميادين.\n"
             "ويوم الاثنين الماضي قتل ثلاثة عناصر من قوات النظام بهجوم لتنظيم داعش في بادية الميادين.")
    assert sorted(i.background for i in ex.incidents) == [False, True]


def test_quarters_of_one_town_struck_together_are_one_incident():
    ex = run("شنت الطائرات الروسية اليوم غارات على أحياء الصاخور والشعار والكلاسة في مدينة حلب.")
    assert len(ex.incidents) == 1 and ex.incidents[0].location.admin1 == "Aleppo"


def test_today_with_its_weekday_is_the_bare_weekday_told_later():
    # "مساء اليوم الجمعة" then "مساء الجمعة": one day, so one clash, not two
    text = ("اندلعت اشتباكات مساء اليوم الجمعة بين قوات النظام وهيئة تحرير الشام في ريف إدلب.\n"
            "وقالت مصادر محلية إن اشتباكات عنيفة دارت مساء الجمعة قرب مدينة سراقب في ريف إدلب.")
    battles = [i for i in run(text, published=None).incidents if i.event_type == "Battles"]
    assert len(battles) == 1
    assert battles[0].location.name == "Saraqib"


def test_two_weekdays_stay_two_days():
    text = ("اندلعت اشتباكات مساء اليوم الجمعة بين قوات النظام وهيئة تحرير الشام في ريف إدلب.\n"
            "وقالت مصادر محلية إن اشتباكات عنيفة دارت مساء الخميس قرب مدينة سراقب في ريف إدلب.")
    battles = [i for i in run(text, published=None).incidents if i.event_type == "Battles"]
    assert len(battles) == 2


def test_a_photo_caption_is_no_act_and_dates_nothing():
    # the page shows the caption, then "camera icon" and the same caption again
    caption = "قصف مدفعي لقوات النظام على مدينة سراقب شرقي إدلب - 3 آذار 2019 (عنب بلدي)"
    text = (f"مقتل مدنيين بقصف على سراقب\n\n{caption}\n\ncamera icon{caption}\n\n"
            "قتل مدنيان اليوم الأحد إثر قصف مدفعي لقوات النظام استهدف مدينة سراقب شرقي إدلب.")
    incidents = run(text, published=None).incidents
    assert len(incidents) == 1
    assert incidents[0].killed == 2 and not incidents[0].background
    assert incidents[0].date is None      # "3 آذار 2019" is the photo's day, not the article's


def test_a_line_told_once_is_no_caption():
    text = ("قصفت قوات النظام مدينة سراقب شرقي إدلب في 3 آذار 2019 (عنب بلدي)\n\n"
            "وقتل مدنيان إثر القصف.")
    incidents = run(text, published=None).incidents
    assert [i.date for i in incidents] == ["2019-03-03"]


def test_an_earlier_weekday_inside_the_sentence_keeps_a_recollection():
    # "وكانت … قد … يوم الأحد الفائت": a pluperfect act dated last week is background, though
    # the weekday is a relative date ("وكانت اشتباكات اندلعت مساء الأربعاء" stays this week's)
    text = ("قصفت قوات النظام اليوم الخميس بلدة كنصفرة في جبل الزاوية بريف إدلب.\n"
            "وكانت هيئة تحرير الشام قد قصفت يوم الأحد الفائت مواقع قوات النظام في مدينة كفرنبل بريف إدلب.")
    by_place = {i.location.name: i for i in run(text).incidents}
    assert by_place["Kafranbel"].background
    assert not by_place["Kansafra"].background


def test_a_result_verb_opening_on_those_attacks_retells_them():
    # "وأسفرت تلك الهجمات عن …" names no new act: the shelling just told, still at its place
    # (the village the dead came from is no new scene)
    text = ("قصفت القوات التركية بأكثر من خمسين قذيفة مساء أمس قرى ريف منبج الغربي.\n"
            "وأسفرت تلك الهجمات عن مقتل امرأتين من قرية الدندنية وإصابة ثلاثة رجال أثناء فرارهم من القصف "
            "باتجاه مدينة منبج.")
    incidents = run(text).incidents
    assert len(incidents) == 1
    assert (incidents[0].killed, incidents[0].injured) == (2, 3)
    assert incidents[0].location.name == "Manbij countryside"


def test_a_month_marked_past_steps_back_to_a_recollection():
    text = ("جرى اليوم تبادل لإطلاق النار بين قوات النظام وعناصر الدفاع الوطني قرب نادي الضباط في مدينة دير الزور.\n"
            "وفي حزيران الماضي، دارت اشتباكات بين الدفاع الوطني ولواء القدس عند دوار البانوراما في مدينة دير الزور.")
    incidents = run(text, published=None).incidents     # no article date resolves "حزيران الماضي"
    assert sorted(i.background for i in incidents) == [False, True]


def test_a_name_after_before_that_is_no_party_to_the_act():
    # "… قبل أن تتدخل الشرطة العسكرية": the police stop the fight, they are no party to the bomb
    text = ("جرى اليوم تبادل لإطلاق النار بين قوات النظام وعناصر الدفاع الوطني قرب نادي الضباط في مدينة دير الزور.\n"
            "كما قاموا بتفجير قنبلة صوتية في المكان قبل أن تتدخل الشرطة العسكرية وتنهي الخلاف.")
    incidents = run(text).incidents
    assert len(incidents) == 1 and incidents[0].event_type == "Battles"


def test_a_truce_named_by_the_team_that_watches_it_is_no_agreement():
    text = ("قصفت فصائل المعارضة اليوم حي الشيخ مقصود في مدينة حلب بالصواريخ ما أدى لمقتل مدني.\n"
            "ووجهت وحدات حماية الشعب رسالة إلى فريق مراقبة الهدنة عن خروقات الفصائل في حي الشيخ مقصود.")
    types = [i.event_type for i in run(text).incidents]
    assert types == ["Explosions/Remote violence"]


def test_phrase_in_finds_what_a_search_of_the_joined_words_finds():
    """told._phrase_in compares only the phrases whose first word is in the sentence: the
    answer must be that of searching the space-joined words for each phrase."""
    import random

    from incidents.extract.told import _phrase_in

    def joined(words, phrases):
        bare = [w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w for w in words]
        return any(f" {p} " in f" {' '.join(seq)} " for seq in (words, bare) for p in phrases)

    vocab = ["قبل", "يومين", "وقبل", "فقبل", "الشهر", "الماضي", "منذ", "سنوات", "عاده", "ما", "و"]
    rng = random.Random(3)
    lists = [frozenset({"قبل يومين", "الشهر الماضي", "منذ سنوات", "عاده ما"}), frozenset({"", "قبل"}),
             frozenset({"قبل  يومين", " منذ", "ما "})]
    for _ in range(500):
        words = [rng.choice(vocab) for _ in range(rng.randint(0, 8))]
        for phrases in lists:
            assert _phrase_in(words, phrases) == joined(words, phrases), (words, phrases)


def test_residents_of_two_towns_protesting_together_are_one_protest():
    # "احتج سكان بلدتي كفرنبل وسراقب": the towns say where the protesters come from
    ex = run("احتج سكان بلدتي كفرنبل وسراقب اليوم على اعتقال شبان من البلدتين في ريف إدلب.")
    assert len([i for i in ex.incidents if i.event_type == "Protests"]) == 1


def test_what_happens_almost_daily_is_no_incident():
    ex = run("وتشهد محافظة درعا عمليات اغتيال شبه يومية تطال عناصر سابقين في فصائل المعارضة، "
             "وغالباً ما تسجل تلك الحوادث ضد مجهول.")
    assert ex.incidents == []


def test_the_nth_strike_so_far_is_a_tally():
    # "هذه هي الغارة الإسرائيلية الـ27 … منذ مطلع العام": a count of strikes, not one more
    ex = run("قصفت طائرات إسرائيلية فجر اليوم مرفأ اللاذقية ما أدى لاندلاع حرائق.\n"
             "يذكر أن هذه هي الغارة الإسرائيلية الـ27 التي تستهدف الأراضي السورية منذ مطلع العام.")
    assert len(ex.incidents) == 1


def test_how_the_shelling_went_on_retells_it():
    # "إن القصف بدأ … وتركز في …": the shelling told, at the places it hit inside the town
    text = ("قتل طفل وامرأة اليوم إثر قصف مدفعي لقوات النظام استهدف مدينة الأتارب غربي حلب.\n"
            "وقال ناشط من أهالي المدينة إن القصف بدأ عند السابعة مساءً وتركز في الأطراف الشرقية ومنطقة الصناعة.")
    incidents = run(text).incidents
    assert len(incidents) == 1 and incidents[0].killed == 2


def test_some_of_the_missiles_falling_elsewhere_are_the_strikes_doer():
    # "بعض الصواريخ سقطت في قرية سمكة": the missiles of the strikes told, by whoever fired them
    text = ("شنت طائرات حربية إسرائيلية فجر اليوم غارات على مواقع في محيط مدينة مصياف بريف حماة.\n"
            "وقال مصدر محلي إن بعض الصواريخ سقطت في قرية سمكة التابعة لناحية خربة المعزة وأحدثت أضراراً.")
    at = {i.location.name_ar: i for i in run(text).incidents}
    assert "Military Forces of Israel" in {a.name for a in at["سمكة"].actors}
    assert at["سمكة"].sub_event_type == "Air/drone strike"


def test_arrests_of_the_residents_of_two_towns_are_one_per_town():
    # the people-of-towns reading is a protest's: a raid on residents of two towns is two raids
    ex = run("اعتقلت قوات الأمن اليوم عشرات من سكان بلدتي كفرنبل وسراقب بريف إدلب خلال حملة مداهمات.")
    assert len([i for i in ex.incidents if i.sub_event_type == "Arrests"]) == 2


def test_a_strike_with_its_own_civilian_toll_is_not_part_of_the_fight():
    # remote_strike_kinds: the drone strike on a car near the town is not the battle around it
    text = ("دارت اليوم الأحد اشتباكات عنيفة بين قوات سوريا الديمقراطية وفصائل الجيش الوطني في محيط مدينة منبج، "
            "أسفرت عن مقتل 20 عنصراً من الطرفين. "
            "وقال المرصد إن أربعة مدنيين قتلوا جراء غارة لطائرة مسيرة على سيارة مدنية قرب مدينة منبج.")
    got = sorted((i.sub_event_type, i.killed) for i in run(text).incidents)
    assert got == [("Air/drone strike", 4), ("Armed clash", 20)]
    assert "air" in segment_words.WORDS.remote_strike_kinds


def test_a_strike_told_with_its_civilian_toll_before_the_fight_is_its_own():
    # the same the other way round: the shelling of the town and its civilian dead first, then
    # the fight between two named sides at it
    text = ("قتل مدنيان وأصيب آخرون اليوم الأحد جراء قصف مدفعي لقوات النظام على بلدة كنصفرة بريف إدلب. "
            "كما دارت اشتباكات عنيفة بين الفصائل وقوات النظام على محور كنصفرة، أسفرت عن مقتل عنصرين من قوات النظام.")
    got = sorted((i.event_type, i.killed) for i in run(text).incidents)
    assert got == [("Battles", 2), ("Explosions/Remote violence", 2)]


def test_a_strike_then_a_targeting_that_tells_no_fight_stays_one():
    # "إن قوات النظام استهدفت الأحياء السكنية" after the shelling names its doer, not a fight
    text = ("قتل طفلان وأصيب آخرون اليوم الأحد جراء قصف استهدف مدينة الأتارب غربي حلب. "
            "وقال ناشط إن قوات النظام استهدفت الأحياء السكنية في مدينة الأتارب بقذائف الهاون.")
    incs = run(text).incidents
    assert [(i.event_type, i.killed) for i in incs] == [("Explosions/Remote violence", 2)]


def test_a_strike_by_a_doer_the_fight_does_not_name_is_not_part_of_it():
    # remote_strike_kinds: aircraft of a third state raiding one side's positions while two factions fight
    text = ("اندلعت اليوم الأحد اشتباكات عنيفة بين فصائل الجيش الوطني وقوات سوريا الديمقراطية في محيط مدينة منبج. "
            "وشن الطيران الروسي غارات على مواقع قوات سوريا الديمقراطية في محيط مدينة منبج.")
    got = {i.sub_event_type: {a.name for a in i.actors} for i in run(text).incidents}
    assert set(got) == {"Armed clash", "Air/drone strike"}
    assert "Military Forces of Russia" not in got["Armed clash"]


def test_an_act_noun_marked_earlier_is_a_recollection():
    # the marker after the act noun ("غارة روسية سابقة") makes the second act background,
    # told apart from the day's shelling
    text = ("قصفت قوات النظام اليوم الأربعاء بلدة كفرنبل بريف إدلب، ما أدى إلى أضرار في منازل المدنيين.\n"
            "واستهدفت غارة روسية سابقة في العاشر من الشهر الحالي سوق البلدة، وفق ناشطين.")
    incs = run(text).incidents
    assert len(incs) == 2
    assert [i.background for i in incs] == [False, True]


def test_a_former_person_is_no_earlier_act():
    # "قيادي سابق": the mark follows a person noun, the killing is today's news
    text = "اغتال مسلحون مجهولون اليوم الأربعاء قيادي سابق في فصائل المعارضة في بلدة طفس بريف درعا."
    incs = run(text).incidents
    assert len(incs) == 1 and not incs[0].background


def test_an_earlier_time_phrase_anywhere_in_the_clause_makes_a_recollection():
    # "في وقت سابق" at the clause's end (background_anywhere), not at its start as lexicon.BACKGROUND
    text = ("قتل عنصران من قوات النظام بانفجار عبوة ناسفة في مدينة درعا اليوم. "
            "وقصفت قوات النظام بلدة اليادودة بريف درعا الغربي في وقت سابق.")
    flags = {i.location.name_ar: i.background for i in run(text).incidents}
    assert flags == {"درعا": False, "اليادودة": True}


def test_a_short_line_ending_in_a_photo_credit_is_a_caption():
    # "(أ ف ب)", "(Getty)", "(أرشيفية)": the photo's line, told once; its battle "began in May"
    # is the photo's story, and would have taken the takeover told under it into a clash
    text = ("قوات الجيش الوطني تسيطر على مدينة الباب\n\n"
            "معارك عنيفة في محيط مدينة الباب بريف حلب الشرقي (أ ف ب)\n"
            "سيطرت قوات الجيش الوطني اليوم على مدينة الباب في ريف حلب الشرقي بعد انسحاب مقاتلي داعش منها.")
    [inc] = run(text).incidents
    assert inc.sub_event_type == "Non-state actor overtakes territory"
    assert len(inc.citations) == len([c for c in inc.citations if "(أ ف ب)" not in c.quote])
    assert all("معارك عنيفة" not in c.quote for c in inc.citations)


def test_an_agency_named_at_a_lines_end_keeps_the_line():
    text = "قصفت قوات النظام مدينة سراقب شرقي إدلب اليوم الأحد (رويترز)\n\nوقتل مدنيان إثر القصف."
    assert len(run(text).incidents) == 1


def test_a_pluperfect_backstory_of_the_act_just_told_is_that_act():
    """'وكانت دراجة مفخخة قد انفجرت …' after the toll of today's blast tells how it happened;
    with 'another', or at another town, it is an earlier act of its own."""
    news = "ارتفعت حصيلة القتلى جراء الانفجار الذي ضرب مدينة الباب شرقي حلب أمس إلى سبعة أشخاص. "
    (inc,) = run(news + "وكانت سيارة مفخخة قد انفجرت عند دوار وسط المدينة.").incidents
    assert not inc.background and inc.killed == 7
    ex = run(news + "وكانت سيارة مفخخة أخرى قد انفجرت عند دوار وسط المدينة.")
    assert [i.background for i in ex.incidents] == [False, True]
    ex = run(news + "وكانت سيارة مفخخة قد انفجرت في مدينة جرابلس.")
    assert [i.background for i in ex.incidents] == [False, True]


def test_a_bomb_told_with_no_doer_after_air_strikes_is_no_strikes():
    # the car bomb names no one: not the Russian aircraft told before it (unclaimed_means)
    text = ("قتل ثمانية مدنيين جراء غارات للطائرات الروسية على حي الفردوس في مدينة حلب.\n"
            "في حين سمع دوي انفجار في محور تل حسين بريف حلب الشمالي ناجم عن انفجار سيارة مفخخة في المنطقة.")
    bomb = next(i for i in run(text).incidents if i.sub_event_type == "Remote explosive/landmine/IED")
    assert [a.name for a in bomb.actors] == ["Unidentified Armed Group (Syria)"]


def test_shelling_told_with_no_doer_after_air_strikes_is_no_air_force_s():
    # warplanes do not fire artillery: the shelling names no one (unclaimed_means), it is not Russia's
    text = ("نفذت الطائرات الحربية الروسية غارات عدة على بلدة الهبيط بريف إدلب الجنوبي صباح اليوم، "
            "كما استهدف قصف مدفعي أطراف بلدة عابدين القريبة.")
    shelling = next(i for i in run(text).incidents if i.sub_event_type == "Shelling/artillery/missile attack")
    assert "Military Forces of Russia" not in [a.name for a in shelling.actors]
