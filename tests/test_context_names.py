"""Names the gazetteer lacks, read from the words around them (extract/data/context_names.json):
what follows a place word, where a list of names stops, quoted names. Sentences written for these tests."""
from __future__ import annotations

from incidents.extract.place_lists import unknown_list_after
from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document
from incidents.extract.text import prepare


def places(text: str) -> list[str]:
    incs = extract_document(text, DocMeta("t.txt", "Test", published="2024-06-14")).incidents
    return [i.location.name_ar for i in incs]


def listed(text: str) -> list[str]:
    doc = prepare(text)
    return [doc.text[doc.tokens[a].start:doc.tokens[b].end] for i in range(len(doc.words))
            for a, b, _ in unknown_list_after(doc, i)]


def test_a_plural_with_the_article_lists_no_names():
    # "القرى" is the villages already meant; the word after it is no village
    assert listed("تعرضت نقطة عسكرية لحراس القرى لهجوم بالأسلحة الرشاشة.") == []
    assert listed("قصفت المدفعية قرى مرعناز وعين دقنة.") == ["مرعناز", "وعين دقنة"]


def test_an_adjective_after_a_place_word_is_no_name():
    text = "قصفت القوات التركية القرى الحدودية والواقعة على خط التماس في ريف منبج بقذائف الهاون."
    found = places(text)
    assert not {"الحدودية", "الواقعة"} & set(found)


def test_an_indefinite_adjective_after_a_place_word_is_no_name():
    # "حي سكني", "حي شعبي": a kind of quarter, not a quarter named Sakni; the town after it is where
    assert places("أصيب ثلاثة مدنيين بجروح إثر سقوط قذيفة صاروخية على حي سكني في مدينة سراقب.") == ["سراقب"]
    assert places("قتل طفل بقصف مدفعي استهدف حياً شعبياً في مدينة معرة النعمان.") == ["معرة النعمان"]


def test_a_list_of_names_stops_at_a_full_stop():
    text = "نفذت طائرة مسيرة مجهولة غارات على قريتي الجلاوي والطويلعة. ونقلت سيارات الإسعاف جثث القتلى."
    assert listed(text) == ["الجلاوي", "والطويلعة"]


def test_a_quoted_name_runs_to_its_closing_mark():
    text = 'أطلق مسلحون ملثمون النار على مختار قرية "حارة صالح" في ريف بانياس، ما أدى إلى مقتله.'
    assert places(text) == ["حارة صالح"]


def located(text: str) -> list[tuple[str, str, str]]:
    incs = extract_document(text, DocMeta("t.txt", "Test", published="2024-06-14")).incidents
    return [(i.location.name, i.location.name_ar, i.location.admin1) for i in incs]


def test_an_ocha_community_is_known_by_name_with_its_english_name():
    # Bshantara (C1141) is one of the OCHA admin4 communities of Daret Azza subdistrict
    text = "قصفت قوات النظام بالمدفعية الثقيلة بلدة بشنطرة في ريف حلب الغربي صباح اليوم."
    assert located(text) == [("Bshantara", "بشنطرة", "Aleppo")]


def test_a_community_named_like_a_word_needs_a_place_word():
    # "قبة" (dome) is also a community of Ain al-Arab; bare, it is the dome
    assert "قبة" not in [n for _, n, _ in located(
        "سقطت قذيفة هاون على قبة مسجد في مدينة عين العرب صباح اليوم.")]
    assert ("Qubbeh", "قبة", "Aleppo") in located("سقطت قذيفة هاون على قرية قبة بريف عين العرب صباح اليوم.")


def test_a_community_of_another_governorate_is_not_this_articles_village():
    # "القنطرة" is an Aleppo community; followed by Idleb it is an Idleb village we lack
    text = ("قصفت قوات النظام مدينة الأتارب بريف حلب الغربي. وقصفت طائرات حربية روسية محيط قرية القنطرة "
            "الواقعة غربي مركز مدينة إدلب ظهر اليوم.")
    assert [(n, a) for _, n, a in located(text) if n == "القنطرة"] == [("القنطرة", "Idleb")]


def test_a_one_word_community_after_a_given_name_is_a_surname():
    # "حمشو" is a community of Raju; after a given name it is a family name
    from incidents.extract.gazetteer import default_gazetteer
    from incidents.extract.mentions import find_places
    g = default_gazetteer()
    def named(text):
        return {g.places[i]["name"] for m in find_places(prepare(text), g, set()) for i in m.ids}
    assert "Hamshu" not in named("أصيبت السيدة فاطمة حمشو بجروح جراء قصف مدفعي تركي على قرية مياسة.")
    assert "Hamshu" in named("قصفت القوات التركية قرية حمشو بريف عفرين.")


def test_our_own_village_named_by_an_everyday_word_needs_context():
    # "جديدة" (new) is also a village's name: an adjective here, a village after "بلدة"
    from incidents.extract.gazetteer import default_gazetteer
    from incidents.extract.mentions import find_places
    g = default_gazetteer()
    def found(text):
        return [m for m in find_places(prepare(text), g, set()) if "جديد" in prepare(text).words[m.first]]
    assert found("اتهم البيان القوات الحكومية بارتكاب انتهاكات جديدة في المنطقة.") == []
    assert found("سقطت قذائف على بلدة جديدة بريف دمشق.") != []


def groups(text: str) -> list[str]:
    from incidents.extract.gazetteer import default_gazetteer
    from incidents.extract.mentions import find_actors
    g = default_gazetteer().for_document()
    return [g.actors[m.ids[0]]["name_ar"] for m in find_actors(prepare(text), g)
            if m.ids[0].startswith("named:")]


def test_a_unit_word_before_an_unknown_name_names_an_armed_group():
    assert groups("اشتبك عناصر من كتيبة النسور مع دورية في ريف المدينة.") == ["كتيبة النسور"]
    assert groups("هاجم مقاتلو لواء «درع الجبل» حاجزاً للقوات.") == ["لواء درع الجبل"]
    assert groups("تبنت سرايا الصيد الليلي الهجوم.") == ["سرايا الصيد الليلي"]


def test_a_unit_word_before_a_description_or_a_rank_names_no_group():
    assert groups("هاجمت مجموعة من المسلحين الملثمين المنزل.") == []
    assert groups("قتل لواء الركن في الجيش بانفجار عبوة.") == []
    assert groups("قصفت قوات النظام حي المدارس وجبهة الساحل.") == []


def test_sweida_spelt_without_its_final_hamza():
    assert [a for _, _, a in located("قصفت مجموعة مسلحة مجهولة بقذائف الهاون أحياء مدينة السويدا اليوم.")] == ["As-Sweida"]


def test_a_kafr_name_written_joined_is_the_same_village():
    # OCHA writes "كفر خاشر"; news often "كفرخاشر"
    assert ("Kafr Khasher", "كفر خاشر", "Aleppo") in located("قصفت المدفعية التركية قرية كفرخاشر بريف أعزاز اليوم.")


def test_a_group_one_document_names_does_not_change_the_next_document():
    # issue 10: extraction is a pure function of a document and the gazetteer, whatever came before
    from dataclasses import asdict
    from incidents.extract.gazetteer import load_gazetteer
    a = "اشتبك مقاتلو كتيبة النسور مع عناصر لواء «درع الوادي» قرب بلدة تل رفعت بريف حلب."
    b = "هاجم مسلحون من كتيبة النسور حاجزاً لقوات النظام في ريف حلب الشمالي، ما أدى إلى مقتل عنصرين."
    meta = DocMeta("b.txt", "Test", published="2024-06-14")
    g = load_gazetteer()
    before = dict(g.actors)
    extract_document(a, DocMeta("a.txt", "Test", published="2024-06-14"), g)
    after_a = asdict(extract_document(b, meta, g))
    assert g.actors == before and g.found is None      # the shared gazetteer is never written to
    alone = asdict(extract_document(b, meta, load_gazetteer()))
    assert after_a == alone
    assert any(a.name_ar == "كتيبة النسور" for i in extract_document(b, meta, g).incidents for a in i.actors)


def test_a_name_many_villages_share_is_the_article_governorates():
    # "صيدا" is Daraa's Saida in a Daraa article; in a Raqqa article it is a Raqqa village we lack,
    # read from its place word, not Daraa's town
    def where(text):
        incs = extract_document(text, DocMeta("t.txt", "Test", published="2024-06-14")).incidents
        return [(i.location.name_ar, i.location.admin1) for i in incs]
    assert where("قتل عنصران من قوات سوريا الديمقراطية في هجوم على حاجز في الرقة. كما قصفت القوات "
                 "التركية قرية صيدا، ما أدى إلى مقتل مدنيين اثنين.")[1] == ("صيدا", "Ar-Raqqa")
    assert where("قصفت قوات النظام بلدة صيدا في ريف درعا الشرقي، ما أدى إلى مقتل مدنيين اثنين.") == [
        ("صيدا", "Dar'a")]


def test_a_commander_or_a_fire_brigade_after_a_unit_word_names_no_armed_group():
    assert groups("اشتبكت مجموعة القيادي أبو علي مع دورية للأمن العام.") == []
    assert groups("وعمل فوج الإطفاء على إخماد الحريق الذي اندلع بعد القصف.") == []


def place_names(text: str) -> list[str]:
    """The gazetteer places the mention stage reads in a text (before any incident is built)."""
    from incidents.extract.gazetteer import default_gazetteer
    from incidents.extract.mentions import find_actors, find_places
    doc, g = prepare(text), default_gazetteer().for_document()
    in_actors = {i for m in find_actors(doc, g) for i in range(m.first, m.last + 1)}
    return [doc.text[doc.tokens[m.first].start:doc.tokens[m.last].end]
            for m in find_places(doc, g, in_actors)]


def test_a_neighbourhood_or_town_named_by_a_common_word_needs_context():
    # "دمر" destroyed, "الصور" the pictures, "الغربية" western, "الوسطى" central: no place alone
    text = ("قصفت قوات النظام مدينة حرستا بالمدفعية الثقيلة، ما دمر عدداً من المنازل. "
            "وأظهرت الصور حجم الدمار في الأحياء الغربية.")
    assert not {"دمر", "الصور", "الغربية"} & set(place_names(text))
    assert "دمر" in place_names("سقطت قذيفة هاون على حي دمر في دمشق، ما أدى إلى إصابة مدنيين.")
    assert "الصور" in place_names("اغتال مسلحون مجهولون عنصراً من قسد في الصور بريف دير الزور.")


def test_a_definite_adjective_after_and_plus_a_definite_noun_is_no_place():
    # "والمنطقة الوسطى": the central region, as "المنطقة الوسطى" is
    text = "تكبدت الميليشيا خسائر في ريف دير الزور والمنطقة الوسطى، إذ قتل عنصران بهجوم مسلح."
    assert "الوسطى" not in place_names(text)
    assert "الوسطى" not in place_names("قتل عنصران بهجوم مسلح في المنطقة الوسطى.")


def test_a_place_inside_an_actors_name_is_no_place():
    # "العراق والشام" in the Islamic State's 2013 name, spelt "دولة الإسلام": not Damascus ("الشام")
    text = "أعدم تنظيم دولة الإسلام في العراق والشام رجلاً في ساحة عامة بمدينة الرقة مساء الجمعة."
    assert "والشام" not in place_names(text)
    assert places(text) == ["الرقة"]


def test_a_place_after_a_kunya_is_the_mans_home_town():
    # "أبو عمر سرمين" is a man called after his home town, not an act in Sarmin
    text = 'اغتال مسلحون مجهولون القيادي "أبو عمر سرمين" في مدينة إدلب مساء الخميس.'
    assert "سرمين" not in place_names(text)
    assert "سرمين" in place_names("قصفت قوات النظام بلدة سرمين بريف إدلب.")


def actor_names(text: str) -> set[str]:
    from incidents.extract.gazetteer import default_gazetteer
    from incidents.extract.mentions import find_actors
    g = default_gazetteer().for_document()
    return {g.actors[m.ids[0]]["name"] for m in find_actors(prepare(text), g)}


def test_a_military_base_is_not_al_qaeda_until_the_group_is_named_in_full():
    # "قاعدة" is a base; "القاعدة" names the group only once "تنظيم القاعدة" has been named
    assert "Al Qaeda" not in actor_names("استهدفت طائرة مسيرة قاعدة التنف الأمريكية، وردت القاعدة بالمدفعية.")
    assert "Al Qaeda" in actor_names("انشقت الجماعة عن تنظيم القاعدة العام الماضي، ثم عادت إلى القاعدة.")


def test_a_unit_named_once_is_named_again_by_its_name_or_its_unit_word():
    text = ("قصفت سرايا الرصد الليلي مواقع لقوات النظام في بلدة كفرنبل بريف إدلب. "
            "وفي وقت لاحق قنصت السرايا عنصراً من قوات النظام على محور بلدة قبتان الجبل بريف حلب الغربي.")
    assert groups(text) == ["سرايا الرصد الليلي"] * 2
    incs = extract_document(text, DocMeta("t.txt", "Test", published="2021-06-14")).incidents
    assert all("سرايا الرصد الليلي" in {a.name_ar for a in i.actors} for i in incs) and len(incs) == 2


def test_a_target_of_a_unit_named_before_is_that_units():
    text = ("انفجرت عبوة ناسفة بسيارة قائد في فصيل حماة الضفة قرب مدينة الميادين. "
            "وقبل يومين تعرضت نقطة عسكرية لـ«حماة الضفة» لهجوم بالأسلحة الرشاشة في بادية الميادين بريف دير الزور.")
    names = [{a.name_ar for a in i.actors} for i in extract_document(text, DocMeta("t.txt", "Test", published="2021-06-14")).incidents]
    assert len(names) == 2 and "فصيل حماة الضفة" in names[1] and "قوات النظام السوري" not in names[1]


def test_gunmen_of_a_named_group_are_that_group():
    def doers(text):
        incs = extract_document(text, DocMeta("t.txt", "Test", published="2014-06-14")).incidents
        return [{a.name for a in i.actors if a.side == 1} for i in incs]
    assert doers("أعدم مسلحون من دولة الإسلام شاباً في مدينة الرقة.") == [{"Islamic State (Syria)"}]
    # gunmen from a village are still unknown gunmen
    assert doers("خطف مسلحون من قرية ناحتة شاباً في مدينة بصرى الشام بريف درعا.") == \
        [{"Unidentified Armed Group (Syria)"}]


def test_a_council_named_by_its_town_is_the_same_written_with_the_article_and_lam():
    from incidents.extract.idafa import lam_forms
    assert ("مجلس", "عسكري", "للباب") in lam_forms("مجلس الباب العسكري")
    assert lam_forms("قوات سوريا الديمقراطية") == [] and lam_forms("المجلس العسكري") == []
    for text in ("سيطر المجلس العسكري لمدينة منبج وريفها على قرية العريمة بعد اشتباكات مع تنظيم داعش.",
                 "اشتبك المجلس العسكري لمنبج مع فصائل الجيش الوطني قرب قرية العريمة بريف منبج."):
        incs = extract_document(text, DocMeta("t.txt", "Test", published="2016-06-14")).incidents
        assert [{a.name for a in i.actors} >= {"Manbij Military Council"} for i in incs] == [True]


def test_where_a_bullet_hit_the_body_is_no_place():
    # "بطلق ناري في الرأس": the head, not a village the gazetteer lacks
    assert places("عثر أهالي على جثة شاب مقتولاً بطلق ناري في الرأس قرب بلدة الأتارب غربي حلب.") == ["الأتارب"]


def test_the_movement_is_no_town():
    # "الحراك" is the protest movement of Sweida, not the Daraa town al-Hirak, unless a place word says so
    assert places("تجمع مئات المحتجين في ساحة الكرامة وسط مدينة السويداء، للمطالبة بالتغيير السياسي، "
                  "في اليوم الخامس والثلاثين للحراك.") == ["السويداء"]
    assert places("اغتال مجهولون شاباً في مدينة الحراك بريف درعا الشرقي.") == ["الحراك"]
