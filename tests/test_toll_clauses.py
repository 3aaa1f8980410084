"""A clause that only tells a toll, opened by فيما / بينما / في حين / كما after a comma, carries the
narration on like و: its toll is the act's just told (segmentation.json toll_clause_openers).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


@pytest.mark.parametrize("text", [
    "قتل تسعة أشخاص جراء انفجار سيارة مفخخة في مدينة الباب، فيما لا يزال 14 جريحاً يتلقون العلاج.",
    "قتل تسعة أشخاص جراء انفجار سيارة مفخخة في مدينة الباب، بينما أصيب 14 آخرون بجروح.",
    "قتل تسعة أشخاص جراء انفجار سيارة مفخخة في مدينة الباب، كما أصيب 14 آخرون بجروح متفاوتة.",
])
def test_a_toll_clause_goes_to_the_act_just_told(text: str) -> None:
    (inc,) = extract_document(text, DocMeta("t.txt", published="2020-08-11")).incidents
    assert (inc.killed, inc.injured) == (9, 14)
