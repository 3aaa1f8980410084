"""Wording that decides who and where: lists of unknown villages, a toll or a claim far from
the act, a charge that names no party, the leftovers of a group, a town named like a word.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.casualties import find_counts, total
from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document
from incidents.extract.text import prepare


def run(text: str):
    return extract_document(text, DocMeta("t.txt", "Test", published="2024-06-14")).incidents


def sides(inc) -> dict:
    return {a.name: a.side for a in inc.actors}


def test_unknown_villages_listed_after_a_plural_are_each_a_place():
    text = "قصفت القوات التركية بالمدفعية قرى مرعناز وعين دقنة وتل رفعت في ريف حلب الشمالي اليوم."
    names = [i.location.name_ar for i in run(text)]
    assert names == ["مرعناز", "عين دقنة", "تل رفعت"]
    assert all(i.location.admin1 == "Aleppo" for i in run(text))


def test_victims_named_in_the_toll_far_from_the_strike():
    text = ("شنت إسرائيل فجر اليوم غارات جوية على مواقع عسكرية في محيط مطار المزة العسكري غربي "
            "العاصمة دمشق، ما أدى إلى مقتل جنديين من قوات النظام.")
    [inc] = run(text)
    assert sides(inc) == {"Military Forces of Israel": 1, "Military Forces of Syria": 2}
    assert inc.killed == 2


def test_a_claim_at_the_end_names_the_bomber():
    text = ("فجر انتحاري يرتدي حزاماً ناسفاً نفسه داخل مقام السيدة زينب جنوب دمشق مساء الأحد، "
            "ما أسفر عن مقتل ستة أشخاص، وتبنى تنظيم داعش الهجوم.")
    [inc] = run(text)
    assert sides(inc)["Islamic State (Syria)"] == 1
    assert inc.location.name_ar == "السيدة زينب" and inc.location.admin1 == "Rural Damascus"


def test_a_charge_names_no_party():
    text = "اعتقلت قوات سوريا الديمقراطية 12 شاباً في بلدة الشحيل بتهمة الانتماء لخلايا تنظيم الدولة اليوم."
    [inc] = run(text)
    assert "Islamic State (Syria)" not in sides(inc)


def test_a_second_group_joined_to_the_toll_adds():
    doc = prepare("قتل خلالها أكثر من 30 عنصراً من قوات النظام و12 مقاتلاً من الهيئة")
    assert total(find_counts(doc, 0, len(doc.tokens)), "killed") == 42


def test_a_body_found_is_one_killed():
    [inc] = run("عثر أهالي قرية الطيبة بريف درعا الشرقي صباح اليوم على جثة شاب وعليها آثار طلقات نارية.")
    assert inc.killed == 1


def test_a_quarter_and_its_city_are_one_place():
    text = ("نفذت قوات الأمن العام حملة أمنية في حي الوعر بمدينة حمص اليوم، أسفرت عن اعتقال 15 شخصاً، "
            "بحسب بيان لوزارة الداخلية.")
    # the General Security Service of the state: an article after December 2024 (extract/eras.py)
    [inc] = extract_document(text, DocMeta("t.txt", "Test", published="2025-06-14")).incidents
    assert inc.location.name_ar == "الوعر"
    assert sides(inc)["General Security Service"] == 1
    assert "Ministry of Interior (Syria, 2025-)" not in sides(inc)


def test_a_release_makes_the_kidnapping_earlier():
    [inc] = run("أفرجت عصابة خطف عن الطفل أحمد بعد اختطافه لمدة أسبوعين في مدينة جرمانا بريف دمشق.")
    assert inc.background and inc.date is None


def test_the_attack_already_told_is_no_new_one():
    text = ("قتل ثلاثة عناصر من الحرس الثوري الإيراني بانفجار عبوة ناسفة في بلدة صبيخان اليوم.\n"
            "وأسفر الهجوم عن مقتل قيادي محلي في الحرس الثوري.")
    assert [i.sub_event_type for i in run(text)] == ["Remote explosive/landmine/IED"]


def test_cells_belonging_to_a_group_attack_a_post():
    text = ("قتل 5 عناصر في هجوم شنته خلايا تابعة لتنظيم داعش على نقطة عسكرية في بادية تدمر "
            "بريف حمص الشرقي أمس.")
    [inc] = run(text)
    assert inc.event_type == "Battles"
    # a military post in 2024 is the army's (data/targets.json): the side attacked is no unknown
    assert sides(inc) == {"Islamic State (Syria)": 1, "Military Forces of Syria": 2}


def test_the_speakers_own_men_say_whose_the_post_was():
    # the post is the SDF's, whose losses the SDF announces ("مقاتليها"), not the army's
    text = ("أعلنت قوات سوريا الديمقراطية مقتل ثلاثة من مقاتليها في هجوم لخلايا تنظيم داعش "
            "على نقطة عسكرية قرب بلدة هجين أمس.")
    [inc] = run(text)
    assert sides(inc) == {"Islamic State (Syria)": 1, "Syrian Democratic Forces": 2}


def test_a_third_wounded_is_one():
    doc = prepare("قتل عنصران من قوات النظام وجرح ثالث بهجوم على حاجز")
    counts = find_counts(doc, 0, len(doc.tokens))
    assert (total(counts, "killed"), total(counts, "injured")) == (2, 1)


def test_what_a_protest_rejects_is_no_force_against_it():
    [inc] = run("تظاهر المئات من أبناء مدينة جاسم اليوم رفضاً لعمليات الاعتقال التي تنفذها الأجهزة الأمنية.")
    assert inc.sub_event_type == "Peaceful protest" and inc.location.name_ar == "جاسم"


def test_an_announcement_names_its_speaker_not_its_news():
    from incidents.extract.gazetteer import default_gazetteer
    from incidents.extract.quotes import find_quotes
    quotes = find_quotes(prepare("أعلنت وزارة الدفاع السورية مقتل 5 من عناصرها في هجوم على نقطة عسكرية."),
                         default_gazetteer(), DocMeta("t.txt"))
    assert [q.speaker for q in quotes] == ["وزارة الدفاع السورية"]


def test_a_tally_of_assassinations_is_no_incident():
    text = ("قتل شاب برصاص مجهولين في بلدة اليادودة بريف درعا الغربي اليوم.\n"
            "وشهدت محافظة درعا منذ بداية العام الحالي أكثر من 150 عملية اغتيال.")
    incidents = run(text)
    assert len(incidents) == 1
    assert not any("150" in c.quote for i in incidents for c in i.citations)


def test_plural_acts_over_months_are_a_tally_and_a_singular_one_beside_them_is_kept():
    text = ("قتل شاب برصاص مجهولين في بلدة اليادودة بريف درعا الغربي اليوم.\n"
            "وشهدت مدن ريف حلب الشمالي خلال الأشهر الماضية عدة تفجيرات أوقعت قتلى وجرحى.")
    assert [i.location.name_ar for i in run(text)] == ["اليادودة"]
    text = ("يذكر أن مدينة القامشلي شهدت الكثير من الاشتباكات بين الأسايش وقوات النظام خلال السنوات الماضية، "
            "كان آخرها في الثامن من أيلول حين اندلع اشتباك مسلح بين دورية للأسايش وأخرى لقوات النظام.")
    assert [i.event_type for i in run(text)] == ["Battles"]


def test_both_villages_of_a_dual_are_places():
    text = "قصفت قوات النظام بالقذائف الصاروخية مناطق في قريتي كفرعمة وتقاد بريف حلب الغربي اليوم."
    # both are OCHA communities now: كفرعمة is the gazetteer's "كفر عمة" written joined
    assert sorted(i.location.name_ar for i in run(text)) == ["تقاد", "كفر عمة"]


def test_a_protest_against_arrests_is_a_protest():
    [inc] = run("احتج سكان بلدة عتيل على اعتقال الشبان في ريف السويداء اليوم.")
    assert inc.event_type == "Protests" and inc.sub_event_type == "Peaceful protest"


def test_targeting_by_a_force_with_its_weapon_names_the_doer():
    text = "رصد المرصد استهداف قوات النظام بالرشاشات الثقيلة محيط بلدة الأتارب غربي حلب اليوم."
    [inc] = run(text)
    assert sides(inc)["Military Forces of Syria"] == 1


def test_a_toll_told_in_the_next_sentence_belongs_to_the_act():
    text = ("قصفت قوات النظام بلدة كنصفرة بعشرات القذائف المدفعية صباح اليوم.\n"
            'وبحسب ما رصدت عدسة "الدفاع المدني"، فإن فرق الإنقاذ انتشلت جثتي طفلين من تحت الأنقاض.')
    [inc] = run(text)
    assert inc.killed == 2


def test_a_later_tally_is_not_the_acts_toll():
    text = ("قصفت قوات النظام بلدة كنصفرة بعشرات القذائف المدفعية صباح اليوم.\n"
            "وبلغت حصيلة القتلى منذ بداية الشهر 40 قتيلاً في ريف إدلب.")
    [inc] = run(text)
    assert inc.killed is None


def test_entering_towns_without_a_fight_is_a_transfer_for_each():
    text = ('ودخلت "قسد" إلى بلدتي الجرذي وأبو حردوب "دون قتال" بريف دير الزور الشرقي اليوم '
            "تنفيذاً لشروط الاتفاق.")
    incidents = run(text)
    assert [i.sub_event_type for i in incidents] == ["Non-violent transfer of territory"] * 2
    names = sorted(i.location.name_ar for i in incidents)
    assert names[0] == "أبو حردوب" and names[1].endswith("جرذي")


def test_terms_of_an_agreement_are_no_act():
    text = ("توصلت العشائر العربية في ريف دير الزور الشرقي إلى اتفاق مع قسد اليوم.\n"
            "ويقضي الاتفاق بدخول قسد المناطق التي خرجت عن سيطرتها من دون قتال.")
    assert [i.sub_event_type for i in run(text)] == ["Agreement"]


def test_a_campaign_told_at_the_region_is_its_towns():
    text = ("شنت هيئة تحرير الشام اليوم حملة اعتقالات واسعة في بلدات بريف إدلب الشمالي بعد مظاهرات ضدها.\n"
            "وقالت مصادر إن الاعتقالات شملت بلدة سرمدا وبلدة الدانا وبلدة حزانو.")
    incidents = run(text)
    assert sorted(i.location.name_ar for i in incidents) == ["الدانا", "حزانو", "سرمدا"]
    assert all(sides(i) == {"Hayat Tahrir al-Sham": 1, "Civilians (Syria)": 2} for i in incidents)


def test_joint_patrols_between_two_branches_are_one_side():
    text = ("نفذت دوريات مشتركة بين الأمن العسكري والحرس الجمهوري حملة اعتقالات في مدينة دوما "
            "بريف دمشق اليوم.")
    [inc] = run(text)
    assert sides(inc)["Military Intelligence Directorate"] == sides(inc)["Republican Guard"] == 1


def test_a_recalled_raid_on_two_towns_is_two_incidents():
    text = ("شنت قوات النظام حملة اعتقالات في مدينة دوما اليوم.\n"
            'وشنت قوات النظام الأسبوع الماضي حملة دهم واعتقال في مدينتي "سقبا" و"كفربطنا".')
    recalled = [i for i in run(text) if i.background]
    assert len(recalled) == 2


def test_towns_at_the_ends_of_a_road_are_no_list():
    text = ("احتجزت الميليشيا ثلاثة طلاب كانوا يستقلون حافلة عبر الطريق الواصل بين شهبا والسويداء اليوم.")
    assert len(run(text)) == 1


def test_a_price_rise_by_decision_is_no_incident():
    text = ("ارتفعت أسعار المحروقات في مناطق سيطرة النظام السوري اليوم بنسبة 20 بالمئة، "
            "بحسب قرار صادر عن وزارة التجارة الداخلية.")
    assert run(text) == []


def test_dawn_is_no_detonation():
    text = ("نفذت قوات التحالف الدولي فجر اليوم عملية إنزال جوي في بلدة الشحيل بريف دير الزور الشرقي، "
            "أسفرت عن مقتل قيادي في تنظيم داعش.")
    [inc] = run(text)
    assert inc.sub_event_type == "Armed clash" and inc.killed == 1


def test_a_response_in_kind_is_its_own_act():
    text = ("قصفت فصائل الجيش الوطني بالمدفعية مواقع لقسد في قرية الهوشرية بريف منبج اليوم، "
            "وردت قسد بقصف مماثل على مواقع في محيط مدينة الباب.")
    doers = sorted(a.name for i in run(text) for a in i.actors if a.side == 1)
    assert doers == ["Syrian Democratic Forces", "Syrian National Army"]


def test_a_march_is_no_drone_and_civil_peace_no_handover():
    [inc] = run("خرجت مسيرة حاشدة في مدينة السويداء اليوم للمطالبة بالإفراج عن المعتقلين.")
    assert inc.event_type == "Protests"
    assert run("دعا الأهالي إلى الحفاظ على السلم الأهلي في مدينة جرمانا بعد التوتر الأخير اليوم.") == []


def test_the_owner_of_the_outlet_is_no_party():
    text = ("واليوم، قالت وكالة أنباء هاوار التابعة لقوات سوريا الديمقراطية، إن ميليشيا الدفاع الوطني "
            "أطلقت النار في مدينة القامشلي ما تسبب بإصابة طفلين.")
    [inc] = run(text)
    assert "Syrian Democratic Forces" not in sides(inc) and inc.injured == 2


def test_hours_later_is_a_new_act():
    text = ("اندلعت اشتباكات بين شبان وحاجز للدفاع الوطني في مدينة السويداء اليوم.\n"
            "وبعد الاشتباكات بساعات قليلة، هاجم مسلحون مجهولون حاجزاً للدفاع الوطني في مدينة السويداء.")
    assert len(run(text)) == 2


def test_calls_condemnations_and_leftovers_are_no_acts():
    text = ("ونددت الأمم المتحدة بالهجوم الذي استهدف مدنيين في مدينة إدلب.\n"
            "ودعت منظمات حقوقية إلى وقف الاعتقالات التعسفية في مناطق سيطرة قسد.\n"
            "وتعمل فرق الدفاع المدني على إزالة مخلفات القصف من الأحياء السكنية في مدينة أريحا.")
    assert run(text) == []


def test_a_force_announcing_its_own_dead_is_the_side_hit():
    text = ('أعلنت قوات سوريا الديمقراطية، في بيان، مقتل 4 من مقاتليها في هجوم لمرتزقة ما يسمى '
            '"الجيش الوطني" على قرية كوزلية غربي ناحية تل تمر اليوم.')
    [inc] = run(text)
    assert sides(inc) == {"Syrian National Army": 1, "Syrian Democratic Forces": 2} and inc.killed == 4


def test_the_occupation_army_with_a_nationality_is_that_state():
    text = "قصف جيش الاحتلال التركي اليوم قرى ناحية شيراوا في منطقة عفرين بالأسلحة الثقيلة."
    [inc] = run(text)
    assert sides(inc)["Military Forces of Turkey"] == 1
    assert "Military Forces of Israel" not in sides(inc)


def test_drones_believed_to_be_of_a_state_are_that_state_firing():
    text = "قصفت طائرات حربية يعتقد أنها روسية مناطق في بلدة كفرزيتا بريف حماة الشمالي اليوم."
    [inc] = run(text)
    assert sides(inc) == {"Military Forces of Russia": 1}
    text = "قتلت قيادية في استهداف طائرة مسيرة تركية لسيارة غربي مدينة القامشلي اليوم."
    [inc] = run(text)
    assert sides(inc)["Military Forces of Turkey"] == 1


def test_taken_to_an_unknown_place_names_no_unknown_attackers():
    text = ("اعتقلت قوات الأسايش الصحفي محمد حسن من منزله في مدينة القامشلي مساء أمس، "
            "واقتادته إلى جهة مجهولة.")
    [inc] = run(text)
    assert "Unidentified Armed Group (Syria)" not in sides(inc)


def test_an_unknown_village_starting_with_ain_reads_a():
    text = "اندلعت اشتباكات بين هيئة تحرير الشام وتنظيم حراس الدين في قرية عرب سعيد غربي إدلب اليوم."
    [inc] = run(text)
    assert inc.location.name.startswith("A")


# (what the wording shows, sentence, the sides it gives)
SIDES = [
    ('a mine left by a group was laid by it',
     'قتل راعي أغنام جراء انفجار لغم أرضي من مخلفات تنظيم داعش في بادية السخنة شرقي حمص أمس.',
     {'Islamic State (Syria)': 1, 'Civilians (Syria)': 2}),
    ('fierce battles with someone are against them',
     'سيطرت هيئة تحرير الشام على مدينة سراقب بعد معارك عنيفة مع قوات النظام اليوم.',
     {'Hayat Tahrir al-Sham': 1, 'Military Forces of Syria': 2}),
    ('the umbrella both factions belong to is no side',
     'اندلعت اشتباكات بين فصيلي "فرقة الحمزة" و"الجبهة الشامية" المنضويين ضمن صفوف الجيش الوطني السوري في مدينة الباب بريف حلب الشرقي اليوم.',
     {'Hamza Division': 1, 'Levant Front': 2}),
    ('breaking up a fight is no new fight',
     'اندلعت اشتباكات بين مسلحين من العشائر البدوية وفصائل محلية درزية في بلدة المزرعة بريف السويداء الغربي اليوم.\nوتدخلت قوات الأمن العام لفض الاشتباكات.',
     {'Arab Tribal Militia (Syria)': 1, 'Druze Ethnic Militia (Syria)': 2}),
    ('a fight caused by what the sentence told has its parties',
     'وقالت مراسلتنا إن حاجزاً للمخابرات العسكرية في دير الزور أوقف سيارة إسعاف تقل جرحى من لواء القدس بينهم أحد أقارب قائد الميليشيا الذي يعتبر من أبرز قادتها، وتسبب ذلك باشتباكات على الحاجز أدت لمقتل عنصر وجرح ثلاثة من المخابرات.',
     {'Military Intelligence Directorate': 1, 'Liwa al-Quds': 2}),
    ('firing by members of a group',
     'ووصل التوتر إلى ذروته في بلدة صبيخان بعد إطلاق عناصر من القاطرجي النار باتجاه سيارة تابعة لميليشيا الدفاع الوطني اليوم.',
     {'Katerji Militia': 1, 'National Defence Forces': 2}),
    ('the masdar agent before its object is the doer',
     'قتل عنصر في قوات الأسايش اليوم إثر استهداف عناصر الدفاع الوطني الموالي للنظام موكباً لسيارات تابعة للأسايش في مدينة القامشلي.',
     {'National Defence Forces': 1, 'Asayish': 2}),
    ('armed groups of a faction attack for it',
     'شهدت مدينة جبلة في ريف اللاذقية مساء الخميس هجمات منسقة شنتها مجموعات مسلحة من فلول النظام البائد على حواجز لقوات الأمن العام، ما أسفر عن مقتل 16 عنصراً من الأمن العام.',
     {'Former Regime Loyalists (Syria)': 1, 'General Security Service': 2}),
]


@pytest.mark.parametrize("why, text, expected", SIDES, ids=[row[0] for row in SIDES])
def test_sides_from_wording(why: str, text: str, expected: dict):
    [inc] = run(text)
    assert sides(inc) == expected


def test_a_force_announcing_its_own_arrest_made_it():
    # "أعلن X أنه اعتقل": the speaker's words open on its own act, so it is the arrester
    incs = run("أعلن الأمن العام السوري، اليوم الجمعة، أنه اعتقل ثلاثة عناصر من خلية تابعة لتنظيم داعش في مدينة حمص.")
    assert len(incs) == 1 and incs[0].sub_event_type == "Arrests"
    assert "General Security Service" in {a.name for a in incs[0].actors}


def test_a_force_announcing_a_killing_by_its_masdar_made_it():
    incs = run("أعلنت هيئة تحرير الشام، اليوم الأحد، عن قتل قيادي في تنظيم داعش قرب مدينة سلقين بريف إدلب.")
    assert "Hayat Tahrir al-Sham" in {a.name for a in incs[0].actors}


def test_a_force_announcing_a_toll_or_what_others_did_is_no_doer():
    # "عن مقتل" is a toll, not its act; "أن الانفجار ناجم عن تفجير" reports another's act
    incs = run("ذكرت مصادر قوات النظام أن الانفجار ناجم عن تفجير انتحاري نفسه قرب حاجز في مدينة حمص.")
    assert "Military Forces of Syria" not in {a.name for a in incs[0].actors if a.side == 1}


def test_a_protest_that_turned_into_a_fight_between_armed_groups_is_a_protest_and_a_battle():
    text = ("خرجت مظاهرة اليوم أمام مبنى المحافظة في مدينة الحسكة ضد ممارسات قسد. وتطورت الاحتجاجات "
            "إلى اشتباكات بين قوات الأسايش ومليشيا الدفاع الوطني سقط فيها قتيل.")
    found = {(i.event_type, frozenset(sides(i))) for i in run(text)}
    assert found == {("Protests", frozenset({"Protesters (Syria)"})),
                     ("Battles", frozenset({"Asayish", "National Defence Forces"}))}


@pytest.mark.parametrize("unit", ["وحدات", "دوريات", "أفراد"])
def test_a_unit_word_before_the_subject_of_the_first_verb_belongs_to_its_mention(unit: str):
    # "أحبطت وحدات الأمن العام …، وألقت القبض": the subject right after the sentence's first verb
    # reaches the act told at the sentence's end, whatever unit word is written before its name
    text = (f"أحبطت {unit} الأمن العام في ريف حمص الغربي، صباح اليوم، محاولة تهريب شحنة كبيرة من "
            "الحبوب المخدرة، وألقت القبض على أربعة مهربين.")
    [inc] = extract_document(text, DocMeta("t.txt", published="2025-04-10")).incidents
    assert inc.sub_event_type == "Arrests"
    assert {a.name: a.side for a in inc.actors}.get("General Security Service") == 1


def test_a_fight_named_again_after_strikes_told_amid_it_is_the_fight():
    # "وأسفرت الاشتباكات": the toll is the fight's, though air strikes at another town came between
    text = ("دارت اشتباكات عنيفة بين فصائل المعارضة وقوات النظام في محيط بلدة اللطامنة اليوم. "
            "وترافقت الاشتباكات مع قصف جوي، إذ ألقى الطيران المروحي براميل متفجرة على بلدة كفرزيتا. "
            "وأسفرت الاشتباكات عن مقتل 11 عنصراً من الفصائل و7 من قوات النظام.")
    incs = extract_document(text, DocMeta("t.txt", published="2016-04-20")).incidents
    by_place = {i.location.name_ar: i for i in incs}
    assert by_place["اللطامنة"].event_type == "Battles" and by_place["اللطامنة"].killed == 18
    assert by_place["كفرزيتا"].event_type == "Explosions/Remote violence" and by_place["كفرزيتا"].killed is None


def test_a_striking_verb_after_baada_an_tells_the_act_again_with_its_doer():
    # "بعد أن استهدفت قوات النظام …": the shelling just told, by its doer; not a later act's subject
    text = "لم يسفر القصف عن وقوع إصابات، بعد أن استهدفت قوات النظام بقذائف الهاون بلدة البارة."
    [inc] = extract_document(text, DocMeta("t.txt", published="2023-02-15")).incidents
    assert [(a.side, a.name) for a in inc.actors] == [(1, "Military Forces of Syria")]


def test_a_speakers_short_name_in_brackets_is_the_speaker_not_a_party():
    text = ("أعلنت قوات سوريا الديمقراطية (قسد)، اليوم الأربعاء، مقتل ثلاثة من مقاتليها إثر هجوم "
            "لخلايا تنظيم داعش على نقطة عسكرية في بلدة هجين.")
    [inc] = extract_document(text, DocMeta("t.txt", published="2022-09-07")).incidents
    assert {a.name: a.side for a in inc.actors} == {"Islamic State (Syria)": 1, "Syrian Democratic Forces": 2}
