"""How a report's later sentences complete the act it opened with: an accused doer, the
same strike told at two precisions, a remark that is no new fight. Sentences written for
these tests."""
from __future__ import annotations

from incidents.extract.model import DocMeta
from incidents.extract.normalise import word_forms
from incidents.extract.pipeline import extract_document


def run(text: str, published: str | None = "2024-03-14"):
    return extract_document(text, DocMeta("t.txt", "Test Outlet", published=published)).incidents


def test_short_accusative_masdar_is_read_as_its_noun():
    assert "قصف" in word_forms("قصفا")       # "قصفاً صاروخياً": shelling, not an unnamed explosion
    assert "درعا" in word_forms("درعا")


def test_accused_actor_becomes_the_doer_of_the_shelling():
    text = ("قتل رجل بقصف صاروخي استهدف مدينة الباب بريف حلب فجر اليوم.\n"
            "واتهم الدفاع المدني السوري قوات سوريا الديمقراطية بالوقوف وراء القصف.")
    [inc] = run(text)
    assert inc.sub_event_type == "Shelling/artillery/missile attack"
    doers = [a.name for a in inc.actors if a.side == 1]
    assert doers == ["Syrian Democratic Forces"]
    assert "Syrian Civil Defence (White Helmets)" not in {a.name for a in inc.actors}
    assert inc.killed == 1


def test_accusation_does_not_replace_a_named_doer():
    text = ("قصفت قوات النظام بلدة كفرنبل بريف إدلب الجنوبي صباح اليوم.\n"
            "واتهم ناشطون قوات سوريا الديمقراطية بالتصعيد.")
    [inc] = run(text)
    assert [a.name for a in inc.actors if a.side == 1] == ["Military Forces of Syria"]


def test_town_in_a_city_countryside_is_the_same_strike_as_the_city():
    text = ("جرح ثلاثة مدنيين بقصف مدفعي على مدينة منبج صباح اليوم.\n"
            "وأضاف المصدر أن القصف استهدف منازل المدنيين ومسجد بلدة الخفسة في ريف منبج صباح اليوم.")
    [inc] = run(text)
    assert inc.location.name_ar == "الخفسة"      # the more precise of the two
    assert inc.injured == 3


def test_a_remark_on_the_strike_keeps_its_type():
    text = ("قتلت امرأة بقصف صاروخي على قرية الخفسة بريف حلب اليوم.\n"
            "واعتبر المرصد أن استهداف المرافق العامة انتهاك واضح.")
    [inc] = run(text)
    assert inc.event_type == "Explosions/Remote violence"


def test_site_of_the_blast_is_context_for_the_raids_that_follow():
    text = ("قتل عنصران من الحرس الثوري الإيراني بانفجار عبوة ناسفة في بلدة صبيخان بريف دير الزور اليوم.\n"
            "وعلى خلفية الاستهداف، شنت ميليشيا الحرس الثوري حملة مداهمات واعتقالات طالت أصحاب المحال "
            "القريبة من موقع الانفجار.")
    kinds = sorted(i.sub_event_type for i in run(text))
    assert kinds == ["Arrests", "Remote explosive/landmine/IED"]


def test_the_site_of_the_blast_with_a_preposition_names_the_act_told():
    """'لموقع انفجار العبوة', 'إلى مكان القصف': the head carries its preposition; the means the
    act noun takes is named with it, the sentence tells no second act."""
    text = ("أصيب شخصان بانفجار عبوة ناسفة، الأربعاء، وسط مدينة الطبقة.\n"
            "وأعلنت قوى الأمن الداخلي أن فرقها توجهت مساء اليوم لموقع انفجار العبوة الناسفة وفرضت طوقاً أمنياً.")
    [inc] = run(text, published=None)
    assert inc.injured == 2


def test_a_fight_with_one_party_nowhere_is_a_summary_line():
    text = ("ملخص\n- استهدف الهجوم سيارة تقل عناصر من الحرس الثوري الإيراني\n"
            "قتل عنصران من الحرس الثوري الإيراني بانفجار عبوة ناسفة في بلدة صبيخان اليوم.")
    [inc] = run(text)
    assert inc.event_type == "Explosions/Remote violence"


def test_seizing_goods_during_the_fight_is_the_fight():
    text = ("اندلعت اشتباكات بين الفرقة الرابعة وميليشيا الدفاع الوطني في مدينة الميادين اليوم.\n"
            "وحاول عناصر الفرقة الرابعة مصادرة حمولة مازوت تملكها ميليشيا الدفاع الوطني.")
    [inc] = run(text)
    assert inc.sub_event_type == "Armed clash"


def test_where_reinforcements_came_from_is_not_where_it_happened():
    text = ("اندلعت اشتباكات بين الفرقة الرابعة وميليشيا الدفاع الوطني في قرية المريعية بريف دير الزور اليوم، "
            "واستقدمت الميليشيا مؤازرة من حي هرابش.")
    [inc] = run(text)
    assert inc.location.name_ar == "المريعية"


def test_the_militias_chasing_the_checkpoint_carry_the_fight_on():
    text = ("اندلعت اشتباكات بين ميليشيا الدفاع الوطني والفرقة الرابعة عند حاجز في قرية المريعية اليوم.\n"
            "وقام عناصر الميليشيات بمطاردة عناصر الحاجز وانهالوا على أحدهم بالضرب في بلدة بقرص.")
    [inc] = run(text)
    assert inc.event_type == "Battles"
    assert "Unidentified Armed Group (Syria)" not in {a.name for a in inc.actors}


def test_short_head_with_a_particle_still_starts_a_longer_name():
    from incidents.extract.gazetteer import default_gazetteer
    from incidents.extract.mentions import find_places
    from incidents.extract.text import prepare
    doc = prepare("تعرضت مناطق في بلدتي المنصورة وتل واسط بسهل الغاب لقصف جوي")
    g = default_gazetteer()
    names = {g.places[m.ids[0]]["name"] for m in find_places(doc, g, set())}
    assert "Tal Wasit" in names


def test_a_shell_that_fell_has_no_borrowed_doer():
    text = ("قصفت قوات النظام بلدة كفرنبودة بريف حماة الشمالي اليوم.\n"
            "في حين سقط صاروخ غراد على منطقة في بلدة جورين بريف حماة الشمالي الغربي.")
    jurin = next(i for i in run(text) if i.location and i.location.name_ar == "جورين")
    assert [a.name for a in jurin.actors] == ["Unidentified Armed Group (Syria)"]


def test_grenade_at_an_officials_house_targets_civilians_and_counts_none_hurt():
    text = ("ألقى مسلحون مجهولون قنبلة يدوية على منزل الكومين في المجلس المحلي التابع لقسد "
            "في بلدة ذيبان شرقي دير الزور، دون تسجيل إصابات.")
    [inc] = run(text)
    assert inc.sub_event_type == "Grenade"
    assert "Civilians (Syria)" in {a.name for a in inc.actors if a.side == 2}
    assert (inc.killed, inc.injured) == (0, 0)


ROUNDUP = ("شنت هيئة تحرير الشام اليوم حملة اعتقالات في بلدات وقرى بريف إدلب.\n"
           "وقالت مصادر إن الاعتقالات شملت بلدة سرمدا وبلدة الدانا شمالي إدلب إضافة لبلدة أريحا جنوب إدلب.\n")


def test_a_list_goes_on_after_idafatan_li():
    towns = {i.location.name_ar for i in run(ROUNDUP) if i.sub_event_type == "Arrests"}
    assert {"سرمدا", "الدانا", "أريحا"} <= towns


def test_placeless_sentence_goes_back_to_the_event_of_its_kind():
    text = ("خرجت مظاهرات ضد هيئة تحرير الشام في ريف إدلب ظهر اليوم.\n" + ROUNDUP +
            "وشملت الاعتقالات أيضاً بلدة سرمين وبلدة بنش وبلدة تفتناز.\n"
            "ويقع معظم هذه البلدات قرب الطريق الدولي.\nوتعد المنطقة من أكثر مناطق المحافظة اكتظاظاً.\n"
            "وطالب المتظاهرون خلال الاحتجاجات بالإفراج عن المعتقلين.")
    protests = [i for i in run(text) if i.event_type == "Protests"]
    assert len(protests) == 1 and len(protests[0].citations) >= 2


def test_a_movement_weeks_old_is_background():
    text = ROUNDUP + "وبدأت حركة من المظاهرات المناهضة لهيئة تحرير الشام منذ ما يقارب الشهر في بلدة سرمدا."
    [protest] = [i for i in run(text) if i.event_type == "Protests"]
    assert protest.background


def test_an_accusation_in_the_present_is_no_act():
    text = ("اختطف مجهولون شابا قرب بلدة القريا بريف السويداء اليوم.\n"
            "وتتهم جهات معارضة قوات النظام بحماية عصابات الخطف في مدينة شهبا.")
    assert len(run(text)) == 1


def test_the_protest_movement_is_not_the_town_of_al_hirak():
    from incidents.extract.gazetteer import default_gazetteer
    from incidents.extract.mentions import find_places
    from incidents.extract.text import prepare
    g = default_gazetteer()
    found = [m.ids for m in find_places(prepare("ويستمر الحراك الشعبي للأسبوع الرابع"), g, set())]
    assert found == []
    assert find_places(prepare("سقطت قذيفة على بلدة الحراك"), g, set())


def test_a_border_with_a_governorate_does_not_place_the_village_in_it():
    text = ("اختطف مسلحون مجهولون المواطن أحمد قرب قرية صما في ريف مدينة السويداء "
            "وعلى الحدود الإدارية مع محافظة درعا اليوم.")
    [inc] = run(text)
    assert inc.location.name_ar == "صما" and inc.location.admin1 == "As-Sweida"


def test_nationality_adjective_on_a_drone_names_the_state():
    text = "استهدفت طائرة إسرائيلية مسيرة سيارة تقل عناصر من حزب الله في محافظة القنيطرة اليوم."
    [inc] = run(text)
    sides = {a.name: a.side for a in inc.actors}
    assert sides.get("Military Forces of Israel") == 1 and sides.get("Hezbollah") == 2


def test_nationality_adjective_on_the_media_names_no_one():
    text = ("انفجرت عبوة ناسفة بسيارة عسكرية في مدينة القنيطرة اليوم، وفق وسائل إعلام إسرائيلية.")
    [inc] = run(text)
    assert "Military Forces of Israel" not in {a.name for a in inc.actors}


def test_actor_right_after_a_feminine_verb_is_its_subject():
    text = "استهدفت الفصائل الإسلامية بقذائف الهاون تمركزات لقوات النظام في قرية عطشان بريف حماة اليوم."
    [inc] = run(text)
    sides = {a.name: a.side for a in inc.actors}
    assert sides == {"Opposition Rebels (Syria)": 1, "Military Forces of Syria": 2}


def test_alongside_groups_allies_and_the_political_owner_is_no_party():
    text = ('سيطرت قوات الأسايش التابعة للإدارة الذاتية، إلى جانب قوات سورية الديمقراطية، على حي طي '
            'في القامشلي اليوم بعد اشتباكات مع الدفاع الوطني.')
    [inc] = run(text)
    sides = {a.name: a.side for a in inc.actors}
    assert sides.get("Syrian Democratic Forces") == sides.get("Asayish") == 1
    assert "Autonomous Administration of North and East Syria" not in sides


def test_an_assault_on_an_unnamed_post_has_an_unnamed_other_side():
    text = "هاجم عناصر من تنظيم داعش حاجزاً في بلدة ذيبان شرقي دير الزور فجر اليوم."
    [inc] = run(text)
    assert inc.event_type == "Battles"
    assert {a.name: a.side for a in inc.actors} == {"Islamic State (Syria)": 1,
                                                    "Unidentified Armed Group (Syria)": 2}


def test_talk_of_battles_with_one_party_is_no_fight():
    text = ("تأتي المعارك الجديدة في مدينة عين عيسى تتويجاً لضغوطات روسية على قسد، "
            "بحسب مصادر محلية.")
    assert [i for i in run(text) if i.event_type == "Battles"] == []


def test_a_fight_told_before_its_parties_joins_them():
    text = ("اندلعت صباح اليوم اشتباكات في مدينة جاسم شمال درعا.\n"
            "وقالت مصادر إن مجموعات محلية شنت حملة على خلايا تتبع لتنظيم داعش، وقتل اثنان من عناصر داعش.")
    [inc] = run(text)
    assert inc.event_type == "Battles" and inc.location.name_ar == "جاسم"
    assert len([c for c in inc.citations if c.field == "event"]) == 2


def test_inside_the_city_is_the_city_not_the_village_beside_it():
    text = ("اندلعت اشتباكات بين مجموعات محلية وخلايا تنظيم داعش في مدينة جاسم اليوم.\n"
            "وفرضت المجموعات المحلية في مدينة جاسم وقرية برقا حظراً للتجوال، "
            "فيما لا تزال الاشتباكات مستمرة داخل المدينة.")
    assert [i.location.name_ar for i in run(text)] == ["جاسم"]


def test_the_city_a_distance_is_told_from_is_no_scene():
    """'في مدينة البوكمال (122 كم جنوب شرق مدينة دير الزور)': the later 'وسط المدينة' is Bukamal,
    not the reference point; the two sentences tell one fight."""
    text = ("أصيب عنصران من ميليشيا الدفاع الوطني برصاص ميليشيا الحرس الثوري الإيراني في مدينة الميادين "
            "(45 كم جنوب شرق مدينة دير الزور) مساء أمس.\n"
            "وقالت مصادر محلية إن عناصر الحرس الثوري المتمركزين على حاجز وسط المدينة أطلقوا النار على سيارة "
            "للدفاع الوطني، ما أدى لإصابة اثنين منهم.")
    [inc] = run(text)
    assert inc.location.name == "Al-Mayadin" and inc.injured == 2


def test_the_act_named_then_a_verb_of_happening_tells_when_it_was():
    """'أن عملية الاستهداف جرت أثناء عودة العناصر …': the definite act noun, then 'جرت'/'وقع',
    tells the circumstances of the act told; the places on the way are no second act."""
    text = ("استهدفت طائرة مسيرة إسرائيلية سيارة تقل عناصر من حزب الله قرب بلدة خان أرنبة في محافظة "
            "القنيطرة أمس، ما أدى لمقتل ثلاثة منهم.\n"
            "من جانبه، ذكر موقع محلي أن عملية الاستهداف جرت أثناء عودة عناصر حزب الله نحو منطقة السيدة "
            "زينب جنوب دمشق، بعد تنفيذهم مهمة استطلاعية بالقرب من بلدة جباتا الخشب.\n"
            "بدورها، أعلنت ميليشيا حزب الله مصرع 3 من عناصرها، دون أن تحدد مكان مقتلهم.")
    [inc] = run(text)
    assert inc.location.name == "Khan Arnabah" and inc.killed == 3
