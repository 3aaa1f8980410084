"""How a report's later sentences complete the act it opened with: an accused doer, the
same strike told at two precisions, a remark that is no new fight. Sentences written for
these tests."""
from __future__ import annotations

from extract.model import DocMeta
from extract.normalise import word_forms
from extract.pipeline import extract_document


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
