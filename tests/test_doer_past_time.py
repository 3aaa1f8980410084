"""A day told between the doer and what it hit ("استهدف الجيش التركي، اليوم، قرية …") leaves
the doer the subject of the verb: a passive verb's subject is never followed by an object
(doers.object_after, past the time phrase). Sentences written for these tests."""
from __future__ import annotations

import pytest

from extracted import incidents


@pytest.mark.parametrize("text, doer", [
    ("استهدف الجيش التركي، اليوم، قرية تل جيجان بالقذائف المدفعية.", "Military Forces of Turkey"),
    ("استهدف جيش النظام، صباح الأحد، بلدة الهبيط بالصواريخ.", "Military Forces of Syria"),
])
def test_the_doer_stays_the_doer_across_a_day_told_between(text, doer):
    [inc] = incidents(text, "2021-03-14")
    assert [a.name for a in inc.actors if a.side == 1] == [doer]
