"""The one aircraft already told, named again by its noun and adjective ("فإن الطائرة المسيرة
أطلقت صاروخين على السيارة قرب قرية X"), tells the same strike in more detail: one incident
at the place first told (segmentation.json retold_means). Sentences written for these tests."""
from __future__ import annotations

from extracted import incidents


def test_the_drone_named_with_its_adjective_is_the_same_strike():
    found = incidents("استهدف الاحتلال التركي بطائرة مسيرة سيارة مدنية على طريق القامشلي – عامودا ظهر اليوم، "
                      "ما أدى لاستشهاد مواطنين.\nوبحسب مراسلنا فإن الطائرة المسيرة أطلقت صاروخين على السيارة "
                      "أثناء مرورها قرب قرية تل خنزير، ما أسفر عن احتراقها بالكامل.", "2023-07-06")
    assert len(found) == 1


def test_the_warplane_named_with_its_adjective_is_the_same_strike():
    found = incidents("شنت طائرة حربية روسية غارة على أطراف بلدة كنصفرة في جبل الزاوية صباح اليوم، ما أدى "
                      "إلى إصابة طفلين.\nوأفاد الدفاع المدني بأن الطائرة الحربية ألقت صاروخين قرب مدرسة البلدة "
                      "في حي الشمالي.", "2023-07-07")
    assert len(found) == 1
