"""A phrase of a later time ("وفي اليوم التالي", "وفي يوم الاثنين", "وفي وقت لاحق") moves the
story on to an act of its own, at a sentence's start or after a comma (segmentation.json
later_times, clause_openers). Sentences written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document

ARREST = "اعتقلت قوات الأمن العام ثلاثة أشخاص في مدينة جبلة. "
KILLING = "قتل شاب برصاص مسلحين مجهولين في مدينة طفس يوم الأحد، "


@pytest.mark.parametrize("text, tolls", [
    (ARREST + "وفي اليوم التالي اعتقلت القوات نفسها شخصين آخرين في المدينة.", [None, None]),
    (ARREST + "في صباح اليوم التالي، اعتقلت القوات نفسها شخصين آخرين في المدينة.", [None, None]),
    (KILLING + "وفي يوم الاثنين قتل شاب آخر برصاص مجهولين في المدينة ذاتها.", [1, 1]),
])
def test_a_later_time_tells_an_act_of_its_own(text, tolls):
    got = extract_document(text, DocMeta("t.txt", "Test", published="2024-05-14")).incidents
    assert [i.killed for i in got] == tolls
