"""Extraction rules, on sentences written for these tests (not taken from any corpus)."""
from __future__ import annotations

import pytest

from incidents.extract.casualties import find_counts, total
from incidents.extract.dates import find_dates, infer_year
from incidents.extract.model import DocMeta
from incidents.extract.normalise import fold, fold_map, key_text, word_forms
from incidents.extract.numbers import count_after, dual
from incidents.extract.pipeline import extract_document
from incidents.extract.text import prepare


def run(text: str, published: str | None = "2024-03-14"):
    return extract_document(text, DocMeta("t.txt", "Test Outlet", published=published))


# --- normalisation -------------------------------------------------------------

def test_fold_removes_diacritics_and_keeps_offsets():
    text = "قُتِلَ عنصرٌ في إدلبَ"
    folded, index = fold_map(text)
    assert folded == "قتل عنصر في ادلب"
    start = folded.index("ادلب")
    assert text[index[start]:index[start + 3] + 1] == "إدلبَ"[:4]


def test_attached_particles_and_article_fold_to_one_key():
    assert "ميادين" in word_forms("بالميادين")
    assert "دفاع" in word_forms("والدفاع")
    assert key_text("الدفاع الوطني") == key_text("الدِّفاع الوطنى")


# --- numbers and casualties ------------------------------------------------------

def test_duals_count_two():
    assert dual("عنصرين") == 2 and dual("ضابطان") == 2 and dual("طفلين") == 2
    assert dual("مدنيين") is None      # a plural, not a dual


def test_number_words_and_arabic_indic_digits():
    assert count_after(fold("ثلاثة عناصر").split(), 0)[0] == 3
    assert count_after(fold("١٢ شخصا").split(), 0)[0] == 12
    assert count_after(fold("أكثر من 10 أشخاص").split(), 0)[0] == 10


def _counts(sentence: str):
    doc = prepare(sentence)
    return find_counts(doc, 0, len(doc.tokens))


def test_killed_and_injured_in_one_sentence():
    counts = _counts("أسفر الهجوم عن مقتل عنصر وجرح ثلاثة آخرين من الحاجز")
    assert total(counts, "killed") == 1
    assert total(counts, "injured") == 3


def test_combined_count_is_not_split():
    counts = _counts("وأدت الاشتباكات إلى قتل وجرح 18 مقاتلا")
    assert total(counts, "combined") == 18
    assert total(counts, "killed") is None and total(counts, "injured") is None


def test_subset_after_baynahum_is_not_added():
    counts = _counts("وقتل 7 جنود بينهم ضابطان")
    assert total(counts, "killed") == 7


def test_dual_casualty():
    counts = _counts("وتسبب القصف بإصابة طفلين بجروح")
    assert total(counts, "injured") == 2


# --- dates ---------------------------------------------------------------------------

def test_relative_dates_resolve_against_published():
    folded = fold("اندلعت اشتباكات مساء الأربعاء، وتجددت اليوم، بعد هجوم أمس")
    found = {folded[d.start:d.end].strip(): d.value for d in find_dates(folded, "2024-03-14")}  # a Thursday
    assert "2024-03-13" in found.values()   # Wednesday evening
    assert "2024-03-14" in found.values()   # today


def test_weekday_day_month_infers_the_year():
    assert infer_year(21, 9, 3, latest=2026) == 2023          # Thursday 21 September
    folded = fold("وقال المصدر اليوم الخميس 21 أيلول/ سبتمبر إن")
    # the latest fitting year not after the article's date (2023-09-21 would be after it)
    d = [x for x in find_dates(folded, "2024-09-10") if x.explicit][0]
    assert d.value == "2023-09-21" and d.inferred and d.precision == "day"


def test_weekday_day_month_without_an_article_date_stays_undated():
    # "الخميس 17 أيلول" fits 2015 and 2020: with no article date no year is taken, least of all the clock's
    folded = fold("وذكر المراسل يوم الخميس 17 أيلول أن القصف طال القرية")
    d = [x for x in find_dates(folded, None) if x.start < 30 and "17" in folded[x.start:x.end]]
    assert d and d[0].value is None
    assert [x.value for x in find_dates(folded, "2020-10-02") if "17" in folded[x.start:x.end]] == ["2020-09-17"]


def test_an_undated_text_keeps_the_weekday_it_names():
    # no article date: "أمس الثلاثاء" resolves to no day, but it names a Tuesday (merging compares them)
    folded = fold("اغتال مجهولون مساء أمس الثلاثاء شابا في البلدة، وكان شقيقه قتل يوم الأحد")
    assert [(d.value, d.weekday) for d in find_dates(folded, None)] == [(None, 1), (None, 6)]
    folded = fold("وذكر المراسل يوم الخميس 17 أيلول أن القصف طال القرية")
    assert [d.weekday for d in find_dates(folded, None) if d.explicit or d.value is None][:1] == [3]


def test_levantine_month_and_dateline():
    folded = fold("2022.04.15 | دمشق\nحدث ذلك في 3 تشرين الأول 2019")
    values = [d.value for d in find_dates(folded, None)]
    assert "2022-04-15" in values and "2019-10-03" in values


# --- incidents -----------------------------------------------------------------------

def test_clash_between_two_named_actors_with_sides_and_place():
    ex = run("اندلعت اشتباكات عنيفة اليوم بين ميليشيا الدفاع الوطني وقوات سوريا الديمقراطية "
             "في مدينة الميادين، ما أدى إلى مقتل عنصرين.")
    assert len(ex.incidents) == 1
    inc = ex.incidents[0]
    assert (inc.event_type, inc.sub_event_type) == ("Battles", "Armed clash")
    sides = {a.name: a.side for a in inc.actors}
    assert sides["National Defence Forces"] == 1 and sides["Syrian Democratic Forces"] == 2
    assert inc.location.admin1 == "Deir-ez-Zor"
    assert inc.killed == 2 and inc.date == "2024-03-14"
    c = inc.citations[0]
    assert "اشتباكات" in c.quote and c.quote == "اندلعت اشتباكات عنيفة اليوم بين ميليشيا الدفاع الوطني وقوات سوريا " \
        "الديمقراطية في مدينة الميادين، ما أدى إلى مقتل عنصرين"[:len(c.quote)]


def test_unknown_village_placed_by_its_countryside_context():
    ex = run("انفجرت عبوة ناسفة بسيارة عسكرية في قرية أم الزنابق بريف حمص الشرقي.")
    assert ex.incidents, "an IED in an unknown village is still an incident"
    loc = ex.incidents[0].location
    assert loc.name_ar.startswith("أم الزنابق") or "الزنابق" in loc.mention
    assert loc.admin1 == "Homs"
    assert loc.geo_precision in (2, 3) and loc.lat is not None


def test_unnamed_attackers_and_civilian_victims():
    ex = run("قتل مسلحون مجهولون مدنيا في بلدة طفس بريف درعا الغربي.")
    inc = ex.incidents[0]
    names = {a.name for a in inc.actors}
    assert "Unidentified Armed Group (Syria)" in names
    assert inc.location.admin1 == "Dar'a"


def test_background_event_is_marked():
    ex = run("داهمت قوات النظام منزلا في مدينة جاسم اليوم واعتقلت شابين.\n"
             "وكانت اشتباكات قد اندلعت الشهر الماضي بين قوات النظام واللواء الثامن في مدينة بصرى الشام.")
    assert any(i.background for i in ex.incidents)
    assert any(not i.background for i in ex.incidents)
    bg = next(i for i in ex.incidents if i.background)
    assert bg.date_precision in ("month", None)


def test_roundup_of_strikes_gives_one_incident_per_town():
    ex = run("شن الطيران الروسي غارات جوية على بلدات كفرنبل ومعرة النعمان وسراقب في ريف إدلب اليوم.")
    air = [i for i in ex.incidents if i.sub_event_type == "Air/drone strike"]
    assert len(air) == 3
    assert {i.location.admin1 for i in air} == {"Idleb"}


def test_threats_are_not_incidents():
    ex = run("هدد قائد الدفاع الوطني بالمواجهة إذا لم تنسحب قوات النظام من المنطقة.")
    assert ex.incidents == []


def test_quote_speaker_and_kind():
    ex = run("وقال مراسلنا إن اشتباكات اندلعت بين قوات النظام وميليشيا الدفاع الوطني في حي الجورة بدير الزور.\n"
             "وبحسب مصادر محلية، فإن الاشتباكات أسفرت عن جرحى.")
    kinds = {q.speaker: q.speaker_kind for q in ex.quotes}
    assert kinds.get("مراسلنا") == "correspondent"
    assert any(k == "anonymous" for k in kinds.values())
    assert all(q.incident == ex.incidents[0].id for q in ex.quotes)


def test_ids_are_stable_and_offsets_point_into_the_text():
    text = "اشتباكات بين قوات النظام وهيئة تحرير الشام في ريف إدلب الجنوبي أسفرت عن مقتل 4 عناصر."
    a, b = run(text), run(text)
    assert [i.id for i in a.incidents] == [i.id for i in b.incidents]
    for inc in a.incidents:
        for c in inc.citations:
            assert text[c.start:c.end] == c.quote


@pytest.mark.parametrize("markup", ["[bold]X[/]", "\x1b[31mred"])
def test_article_markup_is_kept_as_data(markup):
    ex = run(f"وقال مراسلنا إن اشتباكات اندلعت بين قوات النظام وقسد في القامشلي {markup}.")
    assert any(markup in q.text or markup in c.quote for q in ex.quotes for c in ex.incidents[0].citations)


def test_pronoun_and_continued_counts():
    counts = _counts("وأسفر الانفجار عن مقتل القيادي المحلي في الميليشيا، بالإضافة إلى عنصرين آخرين")
    assert total(counts, "killed") == 3
    counts = _counts("ما أسفر عن مقتله وإصابة ثلاثة آخرين")
    assert total(counts, "killed") == 1 and total(counts, "injured") == 3


def test_rising_toll_supersedes_the_first_figure():
    counts = _counts("أسفر في البداية عن إصابة أربعة أشخاص، قبل أن يرتفع العدد لاحقاً إلى 9 مصابين")
    assert total(counts, "injured") == 9


def test_between_killed_and_wounded_is_combined():
    counts = _counts("سقوط 30 مدنياً بين قتيل وجريح بانفجار سيارة مفخخة")
    assert total(counts, "combined") == 30 and total(counts, "killed") is None


def test_hometown_is_not_where_it_happened():
    ex = run("قتل مسلحون مجهولون شاباً ينحدر من بلدة جاسم، في مدينة نوى بريف درعا الغربي.")
    assert ex.incidents and ex.incidents[0].location.name_ar != "جاسم"


def test_a_claimed_bombing_names_the_claimant_not_unknown_attackers():
    ex = run("انفجرت سيارة مفخخة قرب مقر للأسايش في مدينة منبج، وتبنى تنظيم داعش التفجير.")
    names = {a.name: a.side for a in ex.incidents[0].actors}
    assert names.get("Islamic State (Syria)") == 1
    assert "Unidentified Armed Group (Syria)" not in names


def test_mediation_is_not_a_clash():
    ex = run("عمل الحرس الثوري الإيراني على فض الاشتباك بين الطرفين في مدينة البوكمال.")
    assert ex.incidents == []


def test_parties_named_in_the_sentence_before_the_fight():
    ex = run("تصاعد التوتر بين ميليشيا الدفاع الوطني وميليشيا القاطرجي في مدينة العشارة.\n"
             "وتسببت المواجهات المسلحة بين الميليشيات بسقوط قتلى وجرحى.")
    assert len(ex.incidents) == 1
    inc = ex.incidents[0]
    assert {"National Defence Forces", "Katerji Militia"} <= {a.name for a in inc.actors}
    assert inc.location.name_ar == "العشارة"


def test_more_date_forms():
    published = "2024-06-14"
    cases = {"في 12 من الشهر الجاري": ("2024-06-12", "day"), "في الثالث من حزيران": ("2024-06-03", "day"),
             "عام 2019": ("2019", "year"), "في شهر آذار الماضي": ("2024-03", "month"),
             "في 20 من الشهر الماضي": ("2024-05-20", "day")}
    for text, want in cases.items():
        found = [(d.value, d.precision) for d in find_dates(fold(text), published)]
        assert found == [want], text


def test_a_recollection_told_on_in_the_next_sentence_stays_a_recollection():
    text = ("اغتال مسلحون مجهولون اليوم عنصراً سابقاً في فصائل المعارضة في بلدة المزيريب غربي درعا.\n"
            "وكان قتل قيادي في فصائل المعارضة، الاثنين 5 أيلول، على يد قوات النظام في ريف درعا الغربي.\n"
            "وقالت مصادر إن القيادي قتل على يد قوات النظام خلال مداهمة منزله في بلدة اليادودة غربي درعا.")
    recalled = [i for i in run(text, published="2022-09-07").incidents if i.background]
    assert len(recalled) == 1 and recalled[0].location.name_ar == "اليادودة"


def test_the_finest_date_dates_the_act_and_a_context_year_does_not():
    t = "اغتال مسلحون مجهولون عنصراً انضم لقوات النظام بعد تسوية عام 2018، مساء أمس، في بلدة طفس غربي درعا."
    [inc] = run(t, published="2024-06-14").incidents
    assert (inc.date, inc.background) == ("2024-06-13", False)
    t = "اغتال مسلحون مجهولون عنصراً انضم لقوات النظام بعد تسوية عام 2018 في بلدة طفس غربي درعا."
    [inc] = run(t, published="2024-06-14").incidents
    assert not inc.background and inc.date != "2018"
    t = "وكانت قوات النظام قد سيطرت على مدينة دير الزور عام 2017 بعد معارك مع تنظيم الدولة."
    [inc] = run(t, published="2024-06-14").incidents
    assert (inc.date, inc.date_precision, inc.background) == ("2017", "year", True)


def test_a_daily_roundup_dates_its_acts_by_its_lede():
    text = ("حصيلة يومية: رصد المرصد السوري مقتل 9 أشخاص في مناطق متفرقة من سوريا يوم أمس.\n"
            "ففي درعا، قتل شاب برصاص مسلحين مجهولين في مدينة جاسم.\n"
            "كما قتل 5 عناصر من قوات النظام في هجوم لخلايا داعش في بادية السخنة شرقي حمص.")
    incidents = run(text, published="2024-06-14").incidents
    assert {i.date for i in incidents} == {"2024-06-13"}
    homs = next(i for i in incidents if i.location.admin1 == "Homs")
    assert {a.name: a.side for a in homs.actors}["Islamic State (Syria)"] == 1


def test_an_attack_that_comes_days_after_another_recalls_it():
    text = ("قتل ثلاثة عناصر من قوات النظام مساء الجمعة في هجوم لخلايا داعش على موقع عسكري في بادية السعن شرقي حماة.\n"
            "ويأتي الهجوم بعد أيام من مقتل 10 عناصر من قوات النظام في كمين مماثل في بادية الرصافة بريف الرقة.")
    incidents = run(text, published="2023-08-12").incidents
    recalled = [i for i in incidents if i.background]
    assert len(incidents) == 2 and len(recalled) == 1 and recalled[0].location.admin1 == "Ar-Raqqa"


def test_a_road_named_by_two_towns_keeps_both_ends():
    # the road between two towns: an event on it is at either end (store.merge reads `along`)
    for text in ("اغتال مسلحون مجهولون شاباً بطلق ناري على طريق “طفس – المزيريب” بريف درعا الغربي.",
                 "قتل مسلحون مجهولون شاباً على الطريق الواصل بين طفس والمزيريب بريف درعا."):
        loc = run(text).incidents[0].location
        assert loc.place_id in ("dar-tafas", "dar-muzayrib-town")
        assert sorted(loc.along) == ["dar-muzayrib-town", "dar-tafas"]
    # a road named after one town is a landmark of it, with no second end
    loc = run("قتل مسلحون مجهولون شاباً في بلدة طفس على طريق المزيريب بريف درعا.").incidents[0].location
    assert loc.along == []
