"""A wound told with the pronoun of someone whose death the clause tells ("فارق طفل الحياة بعد
إصابته برصاص قناص") is the dead one's own, no one more wounded (casualties.json
own_wound_after); a wound of someone else in the same sentence still counts. Sentences written
for these tests."""
from __future__ import annotations

from extracted import incidents


def toll(text: str) -> tuple:
    inc = incidents(text, "2016-08-30")[0]
    return inc.killed, inc.injured


def test_the_dead_ones_own_wound_is_no_more_wounded():
    assert toll("توفيت امرأة بعد إصابتها بشظايا قذيفة هاون سقطت على حي الميدان في دمشق.") == (1, None)


def test_another_wounded_still_counts():
    assert toll("قتل شاب بعد إصابته بطلق ناري في مدينة جاسم، وأصيب آخر بجروح.") == (1, 1)
