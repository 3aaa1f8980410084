"""An act told over a span of months in its own clause ("منذ بداية العام", "خلال الأسابيع
الماضية") is a sum of many acts, no incident; a superlative before the span ("في أعنف قصف
منذ …") compares one act, and a span in the toll's rise clause ("، ليرتفع العدد منذ …")
belongs to the tally, not to the act. A present verb of undergoing, witnessing or going on
that opens a sentence, with منذ and a span of days or more, tells a state that lasts
("وتتعرض بلدات ريف إدلب لقصف يومي منذ أشهر"), no incident either (data/segmentation.json
ongoing_verbs, long_since_units); "منذ ساعات الصباح" is the day's act. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document

FIRST = "قصفت قوات النظام بلدة كفرنبل بريف إدلب الجنوبي اليوم الخميس، ما أدى لمقتل مدنيين اثنين. "


def run(text: str):
    return extract_document(text, DocMeta("t.txt", "Test Outlet", published="2021-03-04")).incidents


@pytest.mark.parametrize("tally", [
    "وقتلت قوات النظام أكثر من 150 مدنياً منذ بداية العام الجاري في محافظة إدلب، بحسب المرصد.",
    "ووثق المرصد مقتل 320 مدنياً على يد القوات الروسية منذ مطلع العام الحالي في محافظة حلب.",
    "ولقي 45 شخصاً حتفهم بانفجار ألغام في ريف دير الزور منذ بداية الشهر الجاري.",
    "وقتل 12 عنصراً من قسد في هجمات لخلايا داعش في ريف دير الزور خلال الأسابيع الماضية.",
])
def test_an_act_over_a_span_is_no_incident(tally):
    assert len(run(FIRST + tally)) == 1


@pytest.mark.parametrize("act", [
    "وقتل مدني برصاص قناص في مدينة درعا، ليرتفع عدد القتلى منذ بداية العام إلى 50.",
    "وقتل ثلاثة مدنيين في أعنف قصف روسي على مدينة أريحا منذ بداية العام.",
])
def test_one_act_beside_a_span_is_kept(act):
    assert len(run(FIRST + act)) == 2


@pytest.mark.parametrize("state", [
    "وتتعرض بلدات ريف إدلب لقصف يومي منذ أشهر من قبل قوات النظام.",
    "وتتعرض قرى جبل الزاوية لقصف مدفعي متواصل منذ أسابيع.",
    "وتواصل القوات التركية قصف قرى ريف تل تمر منذ أشهر.",
    "ومنذ خمسة أيام، تشهد مناطق ريف إدلب قصفاً مكثفاً بمختلف أنواع الأسلحة.",
])
def test_a_lasting_state_is_no_incident(state):
    assert len(run(FIRST + state)) == 1


def test_the_act_of_the_day_is_kept():
    text = FIRST + "وتشهد مدينة درعا اشتباكات عنيفة منذ ساعات الصباح بين قوات النظام ومقاتلين محليين."
    assert len(run(text)) == 2
