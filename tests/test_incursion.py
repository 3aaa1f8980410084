"""A ground incursion told with no fight and no arrest is a strategic development of its
own (new kind `incursion`: lexicon.SUB, triggers.json); with raids and arrests told, the
arrests are the incident. Sentences written for these tests."""
from __future__ import annotations

from extracted import incidents


def test_an_incursion_alone_is_a_strategic_development():
    [inc] = incidents("توغلت دورية للجيش الإسرائيلي في قرية الحميدية بريف القنيطرة، وأقامت نقطة تفتيش لساعات.",
                      "2025-04-02")
    assert (inc.event_type, inc.sub_event_type, inc.location.name) == ("Strategic developments", "Other", "Al-Hamidiyah")
    assert [a.name for a in inc.actors if a.side == 1] == ["Military Forces of Israel"]


def test_an_incursion_with_arrests_is_the_arrests():
    incs = incidents("توغلت قوة إسرائيلية في بلدة جباتا الخشب بريف القنيطرة، واعتقلت ثلاثة رعاة.", "2025-04-02")
    assert [i.sub_event_type for i in incs] == ["Arrests"]
