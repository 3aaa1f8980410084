"""What a store or a load holds ("أن مستودعي الأسلحة يحتويان على ذخائر وقذائف متنوعة", "شاحنة
تضم صواريخ") names weapons, not their use: no shelling (segmentation.json contents_verbs); the
seizure told before it stays. Sentences written for these tests."""
from __future__ import annotations

from extracted import incidents


def test_the_shells_a_depot_holds_are_no_shelling():
    found = incidents("صادرت قوى الأمن العام مستودعاً للأسلحة في بلدة جديدة عرطوز بريف دمشق اليوم.\n"
                      "وقال مسؤول أمني إن المستودع يحتوي على ذخائر وقذائف هاون وصواريخ متنوعة.", "2025-05-02")
    assert [i.event_type for i in found] == ["Strategic developments"]
