"""A recollection goes on into the next sentence only through its armed parties: civilians
hit in both do not make today's act part of the recollection (frames.background). Sentences
written for it."""
from __future__ import annotations

from extracted import incidents


def test_civilians_in_both_do_not_carry_a_recollection_on():
    incs = incidents("وكان مدنيان قد قتلا بقصف سابق على قرية الزيارة. كما أصيب خمسة مدنيين بانفجار لغم زرعته قوات "
                     "النظام قرب قرية التوينة في سهل الغاب.", "2018-08-12")
    today = [i for i in incs if i.location and i.location.name == "Al-Tawina"]
    assert today and not today[0].background and today[0].date == "2018-08-12"
