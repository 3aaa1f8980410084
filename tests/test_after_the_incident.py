"""'وعقب الحادثة، …' moves the story on to an act of its own (segmentation.json later_times):
the fight that followed a killing is not more of the killing. Sentences written for it."""
from __future__ import annotations

from extracted import incidents


def test_a_fight_after_the_incident_is_its_own():
    incs = incidents("قتل عنصر من الشرطة برصاص مسلحين مجهولين قرب بلدة المسيفرة بريف درعا الشرقي. وعقب الحادثة، "
                     "اندلعت اشتباكات بين عناصر الشرطة ومسلحين من أبناء البلدة، دون معلومات عن إصابات.", "2025-06-01")
    assert len(incs) == 2 and incs[0].killed == 1 and incs[1].killed in (None, 0)
