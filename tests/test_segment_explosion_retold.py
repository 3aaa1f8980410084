"""A bomb told again later in the article, by an explosion that targeted something
("أن انفجاراً هز المنطقة واستهدف سيارة") or by a targeting noun of no type of its own
("وخلّف الاستهداف جرحى"), is the bomb already told: one incident, not a second one typed
as a clash (frames.act_kind, segmentation.json generic_act_nouns). Sentences written for
these tests."""
from __future__ import annotations

from extracted import incidents

PUBLISHED = "2023-07-05"


def test_an_explosion_that_targeted_a_car_is_the_bomb_told():
    found = incidents("قتل ثلاثة عناصر من قوات النظام بانفجار عبوة ناسفة بسيارتهم العسكرية قرب بلدة المزيريب "
                      "في ريف درعا الغربي صباح اليوم.\nوقالت مصادر محلية إن العبوة زرعها مجهولون على الطريق.\n"
                      "وفي تفاصيل الحادثة، أكد شهود عيان أن انفجاراً قوياً هز المنطقة واستهدف سيارة عسكرية "
                      "كانت تقل العناصر الثلاثة.", PUBLISHED)
    assert len(found) == 1 and found[0].killed == 3


def test_the_targeting_named_again_is_the_bomb_told():
    found = incidents("انفجرت عبوة ناسفة بسيارة قيادي في ميليشيا الدفاع الوطني وسط مدينة البوكمال ظهر اليوم.\n"
                      "وأوضح مراسلنا أن انفجاراً وقع قرب دوار السوق واستهدف سيارة القيادي.\n"
                      "وخلّف الاستهداف جرحى بين المارة، في حين نجا القيادي.", PUBLISHED)
    assert len(found) == 1 and any("وخلّف الاستهداف" in c.quote for c in found[0].citations)


def test_a_drone_missile_after_a_drone_strike_stays_its_strike():
    found = incidents("قتل عنصران من قسد بقصف طائرة مسيرة تركية على سيارتهما قرب مدينة القامشلي مساء أمس.\n"
                      "وقال مصدر إن الهجوم وقع بصاروخين استهدفا السيارة على طريق عامودا.", PUBLISHED)
    assert len(found) == 1 and found[0].sub_event_type == "Air/drone strike"
