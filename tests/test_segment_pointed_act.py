"""An act noun a demonstrative points at ("وكانت هذه المعركة", "تلك الاشتباكات") is the act
already told, even when its sentence names parties the first telling did not (the groups that
took part) and another act was told between: one incident (told.pointed_at, segment.retold_of).
Sentences written for these tests."""
from __future__ import annotations

from extracted import incidents


def test_this_battle_with_more_groups_named_is_the_battle_told():
    found = incidents("سيطر الجيش السوري الحر على بلدة خان طومان بريف حلب الجنوبي يوم الأحد بعد معارك عنيفة "
                      "مع قوات النظام أسفرت عن مقتل 40 عنصراً.\n"
                      "فيما قتل 20 مدنياً بقصف صاروخي لقوات النظام على أحياء في مدينة حلب يوم الجمعة.\n"
                      "وشاركت فيها حركة أحرار الشام ولواء الفرقان، وكانت هذه المعركة «الأكثر تنظيماً».",
                      "2013-07-23")
    assert len(found) == 2 and sorted(i.event_type for i in found) == ["Battles", "Explosions/Remote violence"]
