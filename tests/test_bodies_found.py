"""Two bodies found are a killing told by its dual ("عثر الأهالي على جثتي شابين مقتولين"), as one
body ("جثة") or bodies ("جثث") are; recovered or buried ("انتشال جثتي") they stay the aftermath
of an act told. Sentences written for these tests."""
from __future__ import annotations

from extracted import incidents


def test_two_bodies_found_are_a_killing():
    found = incidents("عثر مزارعون على جثتي رجلين مكبلي الأيدي في أرض زراعية قرب بلدة الغارية الشرقية.")
    assert [(i.sub_event_type, i.killed) for i in found] == [("Attack", 2)]


def test_two_bodies_recovered_are_no_act():
    assert incidents("انتشلت فرق الدفاع المدني جثتي طفلين من تحت أنقاض منزل في مدينة أريحا.") == []
