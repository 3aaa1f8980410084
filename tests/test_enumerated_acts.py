"""Acts counted together and then told one by one with ordinals ("في حادثتين منفصلتين، الأول
برصاص مجهولين في X، والثاني بانفجار عبوة في Y") are one incident each, at its own town
(segmentation.json enumerated_acts); an ordinal that describes a victim opens no act.
Sentences written for these tests."""
from __future__ import annotations

from extracted import incidents

PUBLISHED = "2023-01-19"


def test_each_ordinal_with_its_cause_is_an_act():
    found = incidents("سجلت محافظة درعا مقتل رجلين في حادثتين منفصلتين، الأول برصاص مجهولين في بلدة المسيفرة، "
                      "والثاني بانفجار عبوة ناسفة في مدينة إنخل.", PUBLISHED)
    assert sorted((i.location.name_ar, i.sub_event_type) for i in found) == [
        ("إنخل", "Remote explosive/landmine/IED"), ("المسيفرة", "Attack")]


def test_an_ordinal_that_describes_a_victim_is_no_act():
    found = incidents("قتل شابان برصاص مجهولين في بلدة المسيفرة، الأول من أبناء البلدة والثاني نازح من حمص.", PUBLISHED)
    assert len(found) == 1
