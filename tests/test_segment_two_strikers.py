"""Two strikes from afar at one place, each by a doer of its own, are two incidents (ACLED codes
each actor's strike), while the next sentence about the same strike still joins it. Sentences
written for these tests."""
from __future__ import annotations

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def _run(text: str):
    return extract_document(text, DocMeta("t.txt", published="2021-03-04")).incidents


def _doers(inc) -> set[str]:
    return {a.name for a in inc.actors if a.side == 1}


def test_air_strikes_then_artillery_by_another_force_are_two_incidents():
    incs = _run("شنت طائرات حربية روسية خمس غارات على بلدة كفرنبل جنوبي إدلب، صباح اليوم. "
                "وقصفت قوات النظام المتمركزة في معسكر الحامدية البلدة بعشرات القذائف المدفعية.")
    assert sorted(map(frozenset, map(_doers, incs))) == sorted(
        [frozenset({"Military Forces of Russia"}), frozenset({"Military Forces of Syria"})])


def test_a_drone_strike_then_shelling_by_a_faction_are_two_incidents():
    incs = _run("استهدفت طائرة مسيرة تركية سيارة في مدينة القامشلي. "
                "كما قصفت فصائل الجيش الوطني بالمدفعية الثقيلة أطراف مدينة القامشلي.")
    assert len(incs) == 2


def test_the_same_strike_told_again_stays_one():
    incs = _run("شنت طائرات حربية روسية خمس غارات على بلدة كفرنبل جنوبي إدلب، صباح اليوم. "
                "وطال القصف الجوي منازل المدنيين في البلدة.")
    assert len(incs) == 1
