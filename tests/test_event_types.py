"""Event typing as a decision table: the data file, its loader, and ACLED's distinctions it
draws (the means, two armed sides or one, territory with or without a fight). Sentences
written for these tests."""
from __future__ import annotations

import json

import pytest

from incidents.extract import event_types
from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document
from incidents.extract.text import prepare
from test_casualty_words import _inline
from test_gazetteer_data import check_schema


def run(text: str, published: str = "2024-03-14"):
    return extract_document(text, DocMeta("t.txt", "Test", published=published)).incidents


def typed(text: str) -> tuple[str, str]:
    [inc] = run(text)
    return inc.event_type, inc.sub_event_type


def _schema() -> tuple[dict, dict]:
    raw = json.loads((event_types.DATA.parent / "event_types.schema.json").read_text(encoding="utf-8"))
    return _inline(raw, raw["$defs"]), {k: _inline(v, raw["$defs"]) for k, v in raw["$defs"].items()}


def test_file_matches_schema():
    data = json.loads(event_types.DATA.read_text(encoding="utf-8"))
    schema, defs = _schema()
    assert check_schema(data, schema) == []
    # the validator reads no schema-valued additionalProperties: each cue checked on its own
    assert [e for cue in data["cues"].values() for e in check_schema(cue, defs["cue"])] == []
    bad = {"kinds": ["air"], "word": ["طائرة"]}
    assert "missing words" in " ".join(check_schema(bad, defs["cue"]))


def _variant(tmp_path, change) -> "event_types.Table":
    """The shipped table with one edit, loaded from a file of its own."""
    data = json.loads(event_types.DATA.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "event_types.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return event_types.load(path)


def test_loader_rejects_a_rule_naming_an_unknown_cue(tmp_path):
    with pytest.raises(ValueError, match="artilery"):
        _variant(tmp_path, lambda d: d["rules"].insert(0, {"why": "a typo", "told": ["artilery"], "then": "kind"}))


def test_loader_rejects_a_type_acled_does_not_have(tmp_path):
    with pytest.raises(ValueError, match="Skirmish"):
        _variant(tmp_path, lambda d: d["rules"][-2].update(then=["Battles", "Skirmish"]))


def test_a_new_means_word_is_one_line_of_data(tmp_path):
    table = _variant(tmp_path, lambda d: d["cues"]["air"]["words"].append("صاعقة جوية"))
    doc = prepare("استهدفت صاعقة جوية موقعاً للتنظيم.")
    assert "air" in table.cues(doc.tokens)
    assert "air" not in event_types.table().cues(doc.tokens)


def test_two_sides_exchanging_fire_is_a_clash():
    assert typed("اندلعت اشتباكات بين قوات النظام وفصائل المعارضة في محيط بلدة كفرنبل بريف إدلب اليوم، "
                 "أسفرت عن مقتل عنصرين.")[0] == "Battles"


def test_the_table_is_read_top_to_bottom():
    t = event_types.table()
    assert t.decide("clash", {"air", "mutual"}, lambda: False) == ("Battles", "Armed clash")
    assert t.decide("clash", {"air"}, lambda: False) == ("Explosions/Remote violence", "Air/drone strike")
    assert t.decide("shooting", set(), lambda: True) == ("Battles", "Armed clash")
    assert t.decide("shooting", set(), lambda: False) == ("Violence against civilians", "Attack")


def test_gunmen_targeting_young_men_is_an_attack_with_civilians_as_its_target():
    [inc] = run("استهدف مسلحون مجهولون الشابين أحمد ومحمد في ساحة مدينة طفس بريف درعا اليوم، ما أدى إلى مقتلهما.")
    assert (inc.event_type, inc.sub_event_type) == ("Violence against civilians", "Attack")
    assert {a.name: a.side for a in inc.actors} == {"Unidentified Armed Group (Syria)": 1, "Civilians (Syria)": 2}


def test_two_missiles_are_a_missile_attack():
    [inc] = run("استهدفت قوات مجهولة بصاروخين سيارة لوحدات حماية المرأة على طريق القامشلي عامودا اليوم، "
                "ما أدى إلى مقتل قيادية.")
    assert (inc.event_type, inc.sub_event_type) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")


# (what is told, the ACLED type a careful coder gives it): sentences written for these tests
CASES = [
    pytest.param('استهدفت طائرة حربية مجهولة مقراً لميليشيا حزب الله في مدينة البوكمال ليل الجمعة، ما أدى إلى مقتل عدد من عناصرها.',
                 ('Explosions/Remote violence', 'Air/drone strike'), id='a_warplane_targeting_a_base_is_an_air_strike_not_a_clash'),
    pytest.param('قتل عنصر من قوات النظام إثر استهداف سيارتهم بعبوة ناسفة على طريق في ريف درعا الغربي اليوم.',
                 ('Explosions/Remote violence', 'Remote explosive/landmine/IED'), id='a_roadside_bomb_on_soldiers_is_an_ied_not_a_clash'),
    pytest.param('قصف مدفعي لقوات النظام على نقطة مراقبة تركية في ريف إدلب. واستهدفت قوات النظام بشكل مباشر القوات التركية في قرية الترنبة غرب سراقب اليوم.',
                 ('Explosions/Remote violence', 'Shelling/artillery/missile attack'), id='shelling_told_then_retold_as_targeting_stays_shelling'),
    pytest.param('سيطرت هيئة تحرير الشام على قرية الزكاة بريف حماة الشمالي اليوم.',
                 ('Battles', 'Non-state actor overtakes territory'), id='taking_a_village_is_a_battle_even_when_no_fight_is_told'),
    pytest.param('دخلت قوات سوريا الديمقراطية بلدة الجرذي بريف دير الزور دون قتال اليوم.',
                 ('Strategic developments', 'Non-violent transfer of territory'), id='entering_a_town_without_a_fight_is_a_non_violent_transfer'),
    pytest.param('نفذت قوات التحالف الدولي عملية إنزال جوي في ريف الرقة الشرقي اليوم أسفرت عن إلقاء القبض على قيادي في تنظيم داعش.',
                 ('Strategic developments', 'Arrests'), id='an_airdrop_that_captures_a_leader_is_an_arrest'),
    pytest.param('أعدم تنظيم داعش سبعة أشخاص في ساحة عامة بمدينة الرقة اليوم بتهمة زرع عبوة ناسفة.',
                 ('Violence against civilians', 'Attack'), id='an_execution_is_violence_against_civilians_whatever_the_charge'),
    pytest.param('جرح عنصران من ميليشيا الدفاع الوطني برصاص عناصر الحرس الثوري الإيراني في مدينة البوكمال اليوم.',
                 ('Battles', 'Armed clash'), id='fighters_wounded_by_another_force_is_a_clash'),
    pytest.param('اغتال مسلحون مجهولون الشاب محمد العلي المنخرط في التسوية مع قوات النظام في مدينة طفس بريف درعا اليوم.',
                 ('Violence against civilians', 'Attack'), id='a_young_man_shot_is_a_civilian_though_a_force_is_named_beside_him'),
    pytest.param('اغتال مسلحون مجهولون عنصراً سابقاً في قوات النظام في مدينة طفس بريف درعا اليوم.',
                 ('Violence against civilians', 'Attack'), id='a_former_member_killed_is_a_civilian'),
    pytest.param('استهدفت مسيرة انتحارية تابعة لقوات النظام سيارة مدنية في بلدة سرمين بريف إدلب اليوم.',
                 ('Explosions/Remote violence', 'Air/drone strike'), id='a_suicide_drone_is_an_air_strike_not_a_suicide_bomber'),
    pytest.param('قصفت قوات النظام بالمدفعية قرية الفطيرة في ريف إدلب التي سيطرت عليها الفصائل العام الماضي، ما أدى إلى مقتل مدني.',
                 ('Explosions/Remote violence', 'Shelling/artillery/missile attack'), id='shelling_villages_a_side_once_took_is_shelling'),
    pytest.param('قصفت قوات النظام بالمدفعية قرية الفطيرة في ريف إدلب، وسيطرت على قرية كفرنبودة اليوم.',
                 ('Battles', 'Government regains territory'), id='the_government_taking_a_village_amid_shelling_regains_it'),
    pytest.param('حررت فصائل المعارضة قرية تل ملح بريف حماة الشمالي اليوم.',
                 ('Battles', 'Non-state actor overtakes territory'), id='liberated_villages_are_taken_territory'),
    pytest.param('شنت طائرات إسرائيلية عدوانا جويا على مواقع في ريف دمشق اليوم.',
                 ('Explosions/Remote violence', 'Air/drone strike'), id='an_air_aggression_is_an_air_strike'),
    pytest.param('اقتحم مسلحون منزل عائلة في مدينة حمص اليوم وقتلوا ثلاثة من أفرادها.',
                 ('Violence against civilians', 'Attack'), id='gunmen_storming_a_family_home_attack_civilians'),
    pytest.param('قتل مواطن على يد عناصر من الأمن العام تحت التعذيب في أحد السجون بمدينة اللاذقية اليوم.',
                 ('Violence against civilians', 'Attack'), id='the_victims_are_who_the_toll_names_not_the_doers_after_it'),
    pytest.param('استهدف مسلحون مجهولون يستقلون دراجة نارية بطلقات نارية موظفاً في مديرية الزراعة ببلدة الصور بريف دير الزور اليوم، ما أدى إلى مقتله.',
                 ('Violence against civilians', 'Attack'), id='gunmen_firing_on_an_employee_no_fight_attack_a_civilian'),
    pytest.param('وقع شجار بين عناصر من الفرقة الرابعة وعناصر من ميليشيا الحرس الثوري الإيراني على حاجز في مدينة الميادين اليوم تطور إلى استخدام السلاح.',
                 ('Battles', 'Armed clash'), id='a_brawl_between_two_armed_groups_that_turns_to_arms_is_a_clash'),
    pytest.param('استعادت قوات النظام السيطرة على قرية تل ملح بريف حماة الشمالي بعد اشتباكات مع الفصائل اليوم.',
                 ('Battles', 'Government regains territory'), id='retaking_control_verb_before_its_subject_is_a_retaking'),
    pytest.param('فرقت قوات الأمن العام مظاهرة في مدينة السويداء اليوم.',
                 ('Protests', 'Protest with intervention'), id='a_protest_dispersed_is_a_protest_with_intervention'),
    pytest.param('أطلقت قوات الأمن الغاز المسيل للدموع على المتظاهرين في مدينة السويداء اليوم.',
                 ('Protests', 'Protest with intervention'), id='tear_gas_on_protesters_is_intervention_not_a_shooting'),
    pytest.param('خرجت مظاهرة في مدينة جرمانا اليوم، وحطم المحتجون واجهات مبنى البلدية.',
                 ('Riots', 'Violent demonstration'), id='protesters_who_smash_a_building_riot'),
    pytest.param('أسقطت قوات سوريا الديمقراطية طائرة مسيرة تركية في ريف القامشلي اليوم.',
                 ('Strategic developments', 'Disrupted weapons use'), id='a_drone_shot_down_verb_before_its_subject_is_disrupted'),
    pytest.param('فككت قوات الأمن العام عبوة ناسفة مزروعة على طريق في مدينة درعا اليوم.',
                 ('Strategic developments', 'Disrupted weapons use'), id='a_bomb_defused_by_a_named_force_is_disrupted_not_an_ied'),
    pytest.param('هدمت قوات النظام عشرات المنازل في حي القابون بدمشق اليوم.',
                 ('Strategic developments', 'Looting/property destruction'), id='houses_demolished_are_property_destruction'),
    pytest.param('جرفت آليات تابعة لفصيل مسلح بساتين الزيتون في قرية كفرصفرة بريف عفرين اليوم.',
                 ('Strategic developments', 'Looting/property destruction'), id='orchards_bulldozed_are_property_destruction'),
    pytest.param('قضى شاب تحت التعذيب في أحد سجون قوات النظام بمدينة حمص اليوم.',
                 ('Violence against civilians', 'Attack'), id='a_death_under_torture_is_an_attack'),
    pytest.param('أطلق عنصر من قوات النظام النار على مواطن في مدينة جبلة اليوم، ما أدى إلى مقتله.',
                 ('Violence against civilians', 'Attack'), id='a_soldier_firing_on_a_citizen_the_victim_stands_after_the_preposition'),
    pytest.param('قتل عنصر من قوات سوريا الديمقراطية على يد مسلحين مجهولين في بلدة الشحيل اليوم.',
                 ('Battles', 'Armed clash'), id='a_preposition_that_opens_the_doer_names_no_victim'),
    pytest.param('قصفت قوات النظام بغاز الكلور مدينة دوما بريف دمشق اليوم، ما أدى إلى مقتل عشرات المدنيين.',
                 ('Explosions/Remote violence', 'Chemical weapon'), id='chlorine_shelled_is_a_chemical_weapon_attack'),
    pytest.param('تعرضت قافلة تقل مدنيين لقصف الطيران قرب مدينة جرابلس اليوم، ما أدى إلى مقتل عشرة مدنيين.',
                 ('Explosions/Remote violence', 'Air/drone strike'), id='bombardment_by_aircraft_is_an_air_strike_not_shelling'),
    pytest.param('تواصل قوات سوريا الديمقراطية التقدم في محيط الرقة، إذ أعلنت سيطرتها على مدينة الطبقة اليوم.',
                 ('Battles', 'Non-state actor overtakes territory'), id='announcing_control_of_a_town_is_a_takeover'),
    pytest.param('شنت هيئة تحرير الشام هجوماً على مواقع قوات النظام في محور الملاجة اليوم، ترافق مع قصف مدفعي مكثف، وقتل خلاله عشرة عناصر من قوات النظام.',
                 ('Battles', 'Armed clash'), id='an_assault_covered_by_shelling_is_a_battle_not_its_shelling'),
    pytest.param('شن تنظيم داعش هجوماً على نقاط قوات النظام في بادية السخنة اليوم بالتزامن مع قصف بقذائف الهاون، وقتل ثلاثة جنود.',
                 ('Battles', 'Armed clash'), id='shelling_told_with_the_assault_it_covers_is_the_battle'),
    pytest.param('هاجم أهالي غاضبون مخفراً للشرطة في بلدة الكرك الشرقي اليوم وأحرقوه.',
                 ('Riots', 'Mob violence'), id='angry_residents_storming_a_police_post_are_a_mob'),
    pytest.param('قام عشرات الأهالي بضرب شاب متهم بالسرقة حتى الموت في مدينة جرمانا اليوم.',
                 ('Riots', 'Mob violence'), id='residents_beating_a_suspect_to_death_are_a_mob'),
    pytest.param('اغتصب عناصر من الميليشيا فتاة في ريف حمص اليوم.',
                 ('Violence against civilians', 'Sexual violence'), id='rape_is_sexual_violence'),
    pytest.param('اختطف مسلحون مجهولون امرأة في ريف درعا اليوم واغتصبوها.',
                 ('Violence against civilians', 'Sexual violence'), id='an_abduction_that_ends_in_rape_is_sexual_violence'),
    pytest.param('تظاهر العشرات في مدينة إعزاز اليوم احتجاجاً على الغلاء، قبل أن يقتحم المتظاهرون مبنى المجلس المحلي ويحطموا محتوياته.',
                 ('Riots', 'Violent demonstration'), id='protesters_who_then_storm_and_smash_riot'),
    pytest.param('أغارت طائرات التحالف الدولي اليوم على سيارة تقل قياديين في تنظيم داعش في ريف إدلب.',
                 ('Explosions/Remote violence', 'Air/drone strike'), id='aircraft_raiding_a_car_is_an_air_strike'),
    pytest.param('استولى عناصر من الجيش الوطني اليوم على منازل المهجرين في قرية ميدانكي بريف عفرين.',
                 ('Strategic developments', 'Looting/property destruction'), id='seizing_the_homes_of_the_displaced_is_looting'),
    pytest.param('أصيب مدنيان بنيران قوات النظام في بلدة الكرك الشرقي اليوم.',
                 ('Violence against civilians', 'Attack'), id='civilians_hit_by_a_forces_fire_are_attacked'),
    pytest.param('شنت طائرات مسيرة تابعة لهيئة تحرير الشام هجوماً على مواقع قوات النظام في ريف حلب الغربي اليوم، ما أدى لمقتل عنصرين.',
                 ('Explosions/Remote violence', 'Air/drone strike'), id='an_attack_made_by_drones_is_their_strike'),
    pytest.param('أصيب ثلاثة عناصر من قوات النظام بقصف وقنص لفصائل المعارضة على جبهة بلدة كفرعويد اليوم.',
                 ('Battles', 'Armed clash'), id='fighters_hit_by_shelling_and_sniping_are_a_battle'),
    pytest.param('استهدفت فصائل المعارضة بالأسلحة الرشاشة وقذائف الهاون مواقع قوات النظام على محور قرية الدار الكبيرة اليوم.',
                 ('Battles', 'Armed clash'), id='machine_guns_with_mortars_on_posts_are_a_battle'),
    pytest.param('اغتال عناصر من تنظيم داعش شاباً في بلدة ذيبان بريف دير الزور الشرقي اليوم.',
                 ('Violence against civilians', 'Attack'), id='the_doer_told_before_an_accusative_victim_is_no_victim'),
    pytest.param('قتل عناصر من قوات النظام مزارعاً على حاجز قرب بلدة إبطع اليوم.',
                 ('Violence against civilians', 'Attack'), id='soldiers_killing_a_farmer_attack_a_civilian'),
    pytest.param('هاجم مسلحون مجهولون سيارة تقل مدنيين على طريق أثريا اليوم وقتلوا ثلاثة منهم.',
                 ('Violence against civilians', 'Attack'), id='gunmen_attacking_a_car_carrying_civilians_attack_civilians'),
    pytest.param('استهدف مسلحون مجهولون حافلة نقل ركاب على طريق حمص مصياف اليوم، وأصيب أربعة من ركابها.',
                 ('Violence against civilians', 'Attack'), id='the_passengers_of_a_bus_are_civilians'),
    pytest.param('قتل طفل وأصيبت امرأة بقصف مدفعي ورصاص قناصة قوات النظام على بلدة كفرعويد اليوم.',
                 ('Explosions/Remote violence', 'Shelling/artillery/missile attack'), id='shelling_and_sniping_of_civilians_stays_shelling'),
    pytest.param('استهدفت طائرة تابعة للتحالف الدولي دراجة نارية قرب بلدة أطمة اليوم، ما أدى لمقتل قيادي في تنظيم حراس الدين.',
                 ('Explosions/Remote violence', 'Air/drone strike'), id='an_aircraft_targeting_is_an_air_strike'),
    pytest.param('استهدفت طائرات إسرائيلية سيارة على طريق قرب بلدة الصبورة اليوم، ما أدى إلى مقتل شخصين كانا بداخلها.',
                 ('Explosions/Remote violence', 'Air/drone strike'), id='aircraft_named_by_their_state_strike_from_the_air'),
]


@pytest.mark.parametrize("text,want", CASES)
def test_typed_as_acled_would(text: str, want: tuple[str, str]):
    assert typed(text) == want


def test_targeting_with_two_bombs_is_an_ied_attack_by_unknown_hands():
    # the dual of a means noun tells the means; with no fight told the act is the bombing,
    # so it is kept with an unidentified doer instead of waiting for a clash's second side
    [inc] = run("تعرضت حافلة تقل عمالاً على طريق حمص تدمر صباح اليوم لاستهداف بعبوتين ناسفتين، "
                "ما أدى إلى مقتل ثلاثة أشخاص.")
    assert (inc.event_type, inc.sub_event_type) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert "Unidentified Armed Group (Syria)" in {a.name for a in inc.actors}


def test_a_means_act_needs_no_fight_told():
    t = event_types.table()
    assert t.act_kind(prepare("استهدف مسلحون حاجزاً بعبوتين ناسفتين.").tokens, "clash") == "ied"
    assert t.act_kind(prepare("استهدف مسلحون حاجزاً بعبوتين ناسفتين واندلعت اشتباكات.").tokens, "clash") == "clash"
    assert t.act_kind(prepare("استهدف مسلحون حاجزاً بعبوتين ناسفتين.").tokens, "arrests") == "arrests"


def test_a_drones_missiles_told_next_are_its_strike_retold():
    incs = run("استهدفت طائرة مسيرة تركية سيارة في مدينة القامشلي مساء اليوم، ما أدى إلى مقتل قيادي في حزب العمال الكردستاني. "
               "ووقع الهجوم بصاروخين استهدفا السيارة على طريق قرب قرية تل حبش.")
    assert [(i.event_type, i.sub_event_type) for i in incs] == [("Explosions/Remote violence", "Air/drone strike")]


def test_a_protests_demand_to_stop_abductions_is_no_abduction():
    incs = run("شهدت بلدة القحطانية بريف الحسكة اليوم مظاهرة طالب خلالها المتظاهرون بإطلاق سراح المعتقلين "
               "ووقف عمليات الاختطاف بحق الشبان.")
    assert {i.event_type for i in incs} == {"Protests"}


@pytest.mark.parametrize("text", [
    "خرج مئات المتظاهرين في مدينة معرة النعمان اليوم في مظاهرة حاشدة نددوا فيها بالقصف الروسي على ريف إدلب.",
    "تظاهر العشرات في مدينة إدلب، منددين بالغارات الروسية على المدنيين.",
])
def test_strikes_a_protest_denounces_are_its_grievance_not_an_act(text):
    assert {(i.event_type, i.sub_event_type) for i in run(text)} == {("Protests", "Peaceful protest")}


def test_a_statement_denouncing_a_strike_still_tells_the_strike():
    (inc,) = run("ندد الائتلاف الوطني بالقصف الروسي على بلدة كفرنبل الذي أودى بحياة عشرة مدنيين.")
    assert inc.event_type == "Explosions/Remote violence" and inc.killed == 10


def test_an_accusative_victim_after_the_doer_is_where_the_victims_are_read():
    t = event_types.table()
    words = prepare("اغتال عناصر من تنظيم داعش شاباً في ذيبان").words
    assert t.object_at(words, 0, 8) == 5
    assert t.object_at(prepare("قتل عنصران من قسد في ذيبان").words, 0, 8) == 0


def test_a_phrase_tells_the_cues_it_implies():
    # "برصاص قناص" is sniping and gunfire both: the longer phrase must not hide the shorter cue
    assert {"direct_fire", "gunfire"} <= event_types.table().cues(prepare("قتل جندي برصاص قناص.").tokens)


def test_a_brawl_tells_two_sides_engaging():
    # so gunfire in a brawl ("تطور الشجار إلى إطلاق الرصاص") is no one-sided shooting of civilians
    assert "mutual" in event_types.table().cues(prepare("تطورت المشاجرة بين الطرفين إلى إطلاق الرصاص.").tokens)


def test_a_targeting_with_a_toll_after_shelling_is_that_shelling():
    # no means and no fight in the sentence: the shells just told hit one more target
    text = ("قصفت القوات التركية بقذائف المدفعية مساء أمس قرى غربي مدينة منبج.\n"
            "كما أصيب خمسة من عناصر قوات النظام حيث تم استهداف نقاط تمركزهم على طريق منبج الباب.")
    incs = [i for i in run(text) if i.injured == 5]
    assert len(incs) == 1 and incs[0].sub_event_type == "Shelling/artillery/missile attack"
    assert "Military Forces of Turkey" in {a.name for a in incs[0].actors if a.side == 1}


def test_a_targeting_that_names_a_fight_stays_a_clash():
    text = ("قصفت القوات التركية بقذائف المدفعية مساء أمس قرى غربي مدينة منبج.\n"
            "كما أصيب خمسة من عناصر قوات النظام خلال اشتباكات مع فصائل الجيش الوطني على طريق منبج الباب.")
    incs = [i for i in run(text) if i.injured == 5]
    assert incs and incs[0].event_type == "Battles"


def test_territory_taken_back_is_taken_by_force():
    # "استعاد مقاتلو الفتح السيطرة على …": the verb apart from "السيطرة" still tells a retaking
    incs = run("وفي السياق، استعاد مقاتلو جيش الفتح السيطرة على تلة المحروقات وقرية العامرية بريف حلب الجنوبي، "
               "بعد أن كانت سيطرت عليها قوات النظام أمس.")
    assert [(i.event_type, i.sub_event_type) for i in incs] == [("Battles", "Non-state actor overtakes territory")]


def test_shelling_that_goes_with_clashes_leaves_them_a_battle():
    # "اندلعت اشتباكات … ترافقت مع قصف متبادل": the shelling goes with the fight
    incs = run("اندلعت اليوم اشتباكات عنيفة على محور قرية كفركلبين بريف حلب الشمالي بين فصائل الجيش الوطني "
               "وقوات سوريا الديمقراطية ترافقت مع قصف متبادل بين الطرفين.")
    assert [i.event_type for i in incs] == ["Battles"]


def test_fire_in_the_air_during_a_raid_is_no_attack():
    incs = run("داهمت قوات النظام منزلاً في بلدة جاسم بريف درعا اليوم واعتقلت شابين. "
               "وقال ناشطون إن عناصر الدورية أطلقوا النار في الهواء لترهيب الأهالي.")
    assert [(i.event_type, i.sub_event_type) for i in incs] == [("Strategic developments", "Arrests")]
    [inc] = run("أطلق عناصر حاجز للأمن العسكري النار على سيارة مدنية في مدينة الصنمين اليوم، ما أدى إلى مقتل سائقها.")
    assert inc.event_type == "Violence against civilians"


def test_a_strike_in_reply_to_an_attack_on_soldiers_is_its_own_incident():
    # the attack waits for its target to be typed (soldiers: a battle); the warplanes of another
    # state striking the attackers after it are a strike of their own, not the attack's means
    incs = run("قتل ثلاثة عناصر من قوات النظام اليوم في هجوم لخلايا تنظيم داعش على موقع عسكري في بادية السخنة. "
               "وشنت الطائرات الروسية غارات على مواقع التنظيم في البادية رداً على الهجوم.")
    assert sorted((i.event_type, i.killed) for i in incs) == [("Battles", 3), ("Explosions/Remote violence", None)]


def test_civilians_counted_in_the_accusative_or_the_dual_are_civilian_victims():
    # "قتل 12 مدنياً", "أصيب مدنيان": the figure's noun says who the victims were
    for said in ("قتل 12 مدنياً غالبيتهم من العلويين", "أصيب مدنيان بجروح", "قتل شاباً"):
        assert "civilian_victims" in event_types.table().victim_cues(prepare(said).tokens), said


def test_a_crowd_told_away_from_the_act_is_not_who_did_it():
    # "تجمهر الأهالي" after the shooting: they gathered, the gunmen shot; and the mob is the actor
    [inc] = run("أطلق مسلحون مجهولون النار على شاب في مدينة جاسم اليوم، ما أدى إلى مقتله، "
                "وبعد ساعة تجمهر عشرات الأهالي أمام المشفى الوطني في المدينة.")
    assert inc.event_type == "Violence against civilians"
    [mob] = run("هاجم أهالي غاضبون مخفراً للشرطة في بلدة الكرك الشرقي اليوم وأحرقوه.")
    assert [(a.side, a.name) for a in mob.actors] == [(1, "Rioters (Syria)"), (2, "Police Forces of Syria")]
    assert "crowd" in event_types.table().act_cues(prepare("هاجم أهالي غاضبون مخفراً").tokens,
                                                      prepare("هاجم أهالي غاضبون مخفراً").sentences[0], 0)


def test_fire_of_a_named_force_makes_it_the_shooter():
    # "بنيران X" as "برصاص X": X fired
    [inc] = run("قتل شاب بنيران الجيش التركي قرب الحدود في ريف إدلب اليوم.")
    assert {a.name: a.side for a in inc.actors}["Military Forces of Turkey"] == 1


@pytest.mark.parametrize("text", [
    "اندلعت اليوم اشتباكات بين عشيرتين في بلدة الشحيل بريف دير الزور الشرقي، ما أدى إلى مقتل ثلاثة أشخاص.",
    "شهدت مدينة الميادين اليوم اقتتالاً عشائرياً أسفر عن سقوط قتيلين.",
    "قتل شخصان في اشتباكات بين أبناء عمومة في بلدة الطيانة بريف دير الزور.",
    # families, as clans are: "بين عائلتين", "اقتتال عائلي"
    "أصيب ثلاثة أشخاص في اشتباكات بين عائلتين في بلدة نوى اليوم على خلفية خلاف على أرض زراعية.",
    "اندلع اقتتال عائلي في قرية الكرك الشرقي اليوم أسفر عن مقتل شاب.",
])
def test_clans_fighting_unnamed_are_a_clash_of_clan_militias(text: str):
    # no clan named: both sides are the Unidentified Tribal Militia (before: no party, no incident)
    [inc] = run(text)
    assert (inc.event_type, inc.sub_event_type) == ("Battles", "Armed clash")
    assert {(a.side, a.name) for a in inc.actors} == {(1, "Unidentified Tribal Militia (Syria)"),
                                                        (2, "Unidentified Tribal Militia (Syria)")}


@pytest.mark.parametrize("text", [
    "اندلعت اشتباكات عنيفة بين مجموعتين محليتين في بلدة طفس بريف درعا الغربي، مساء أمس، ما أسفر عن مقتل شخصين.",
    "قتل شاب وأصيب آخر جراء اشتباكات بين فصيلين مسلحين في مدينة الصنمين بريف درعا الشمالي.",
])
def test_two_unnamed_local_groups_fighting_are_a_clash_of_unidentified_groups(text: str):
    # no group named: the Unidentified Armed Group fought (before: no party, no incident)
    [inc] = run(text)
    assert (inc.event_type, inc.sub_event_type) == ("Battles", "Armed clash")
    assert {a.name for a in inc.actors} == {"Unidentified Armed Group (Syria)"}


def test_a_fight_told_amid_the_strike_just_told_is_a_battle_of_its_own():
    # "القصف جاء وسط اشتباكات …": the definite noun is the strike told before; the sentence tells
    # the clashes (before: a shelling, taken into the strike)
    text = ("استهدفت طائرة حربية تركية اليوم مركزاً للجيش السوري في قرية حدودية قرب مدينة كوباني، "
            "ما أسفر عن مقتل 11 شخصاً.\n"
            "وأشار المرصد إلى أن القصف جاء وسط اشتباكات عنيفة اندلعت ليلاً بين القوات التركية "
            "والمقاتلين الكورد غرب مدينة كوباني.")
    types = sorted(i.event_type for i in run(text))
    assert types == ["Battles", "Explosions/Remote violence"]


@pytest.mark.parametrize("text", [
    "ألقت مروحيات برميلاً متفجراً على بلدة كفرزيتا اليوم.",
    "ألقت مروحية برميلين متفجرين على قرية الهبيط اليوم.",
])
def test_a_barrel_bomb_is_the_regime_air_force_whatever_its_number(text: str):
    # one barrel or two, in any case, as many as "البراميل المتفجرة": dropped by the state's helicopters
    [inc] = run(text, published="2016-05-03")
    assert (inc.event_type, inc.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert [(a.side, a.name) for a in inc.actors] == [(1, "Military Forces of Syria - Syrian Arab Air Force")]


def test_one_of_the_attackers_killed_is_a_fighter_of_the_fight():
    # "وتمكنت من قتل أحد المهاجمين": the attackers are armed, the killing is the fight going on
    text = ("هاجم عناصر من تنظيم داعش نقطة عسكرية لقسد في بلدة الشحيل اليوم. "
            "وقالت قسد إن قواتها ردت على مصادر النيران وتمكنت من قتل أحد المهاجمين.")
    assert {i.event_type for i in run(text, published="2022-09-07")} == {"Battles"}


@pytest.mark.parametrize("text,sub", [
    ("قصفت إسرائيل مستودعات للذخيرة في محيط مدينة الكسوة بريف دمشق.", "Air/drone strike"),
    ("قصف الجيش الإسرائيلي بقذائف الدبابات أطراف بلدة معرية في حوض اليرموك.", "Shelling/artillery/missile attack"),
])
def test_a_bombardment_by_a_force_that_strikes_from_the_air_is_an_air_strike(text, sub):
    out = extract_document(text, DocMeta("t.txt", published="2025-04-02"))
    assert [i.sub_event_type for i in out.incidents] == [sub]


@pytest.mark.parametrize("text", [
    "قصفت طائرات إسرائيلية مستودعاً للأسلحة قرب مطار المزة العسكري فجر اليوم.",
    "وقصفت مروحيات تابعة للنظام أطراف بلدة كفرزيتا بريف حماة.",
    "وقصفت طائرة روسية مواقع للفصائل في جبل الزاوية صباح اليوم.",
])
def test_a_shelling_verb_whose_subject_is_an_aircraft_is_an_air_strike(text: str):
    # "قصف" alone is the shelling trigger; the aircraft right after it says who fired
    assert [i.sub_event_type for i in run(text, published="2023-05-01")] == ["Air/drone strike"]


def test_a_demonstration_turned_violent_is_the_rioters():
    # ACLED: a violent demonstration's actor is "Rioters", not "Protesters"
    [inc] = run("أحرق محتجون غاضبون مبنى البلدية في مدينة الصنمين احتجاجاً على اعتقال شاب من أبنائها.",
                published="2021-06-10")
    assert (inc.sub_event_type, [a.name for a in inc.actors]) == ("Violent demonstration", ["Rioters (Syria)"])


def test_an_air_strike_by_no_force_named_is_the_unknown_aircraft_s():
    # ACLED: "Unidentified Military Forces"; before, the strike had no party and was dropped
    [inc] = run("سقط عشرات القتلى والجرحى في قصف جوي على مدينة دوما بالغوطة الشرقية.", published="2018-02-20")
    assert inc.sub_event_type == "Air/drone strike"
    assert [(a.side, a.name) for a in inc.actors] == [(1, "Unidentified Military Forces")]
