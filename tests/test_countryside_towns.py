"""A town's countryside ("ريف سراقب") is the unit the town is the seat of: another town or city
of the gazetteer outside it is a place of its own, so two acts told there are two incidents.
Sentences written for these tests."""
from __future__ import annotations

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def run(text: str):
    return extract_document(text, DocMeta("t.txt", "Test", published="2022-09-20")).incidents


def test_another_towns_act_is_not_in_the_countryside():
    text = ("استهدفت مسيرة تركية سيارة على طريق القامشلي عامودا ما أدى لمقتل قيادي في قسد. "
            "وقصفت القوات التركية قرى في ريف الدرباسية.")
    assert sorted(i.location.name for i in run(text)) == ["Al-Darbasiyah countryside", "Amuda"]


def test_a_town_inside_the_citys_district_is_its_countryside():
    text = ("قتلت امرأة بقصف صاروخي استهدف مناطق مدنية في ريف منبج. "
            "وقال الدفاع المدني إن القصف استهدف منازل المدنيين في بلدة الخفسة.")
    [inc] = run(text)
    assert inc.location.name == "Al-Khafsa"
