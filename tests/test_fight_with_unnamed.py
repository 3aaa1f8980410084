"""A fight "with" a group the text does not name ("خاضت قوات الأمن العام معارك مع مجموعات خارجة
عن القانون") has that group, the Unidentified Armed Group, for its other side, as a fight "between"
a named force and unnamed men does; it was dropped as a fight of one side. Sentences written for
these tests."""
from __future__ import annotations

from extracted import incidents


def test_a_fight_with_unnamed_groups_has_two_sides():
    found = incidents("خاضت قوات الأمن العام معارك عنيفة مع مجموعات خارجة عن القانون في بلدة الصورة الكبيرة.",
                      "2025-04-02")
    assert [i.sub_event_type for i in found] == ["Armed clash"]
    assert "Unidentified Armed Group (Syria)" in {a.name for a in found[0].actors}


def test_a_force_alone_is_still_no_fight():
    assert incidents("وتستمر المعارك التي تخوضها قوات الأمن العام منذ أسابيع في ريف السويداء.", "2025-04-02") == []
