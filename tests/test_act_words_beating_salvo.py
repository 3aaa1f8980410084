"""Act words the lists lacked: a beating suffered ("تعرض شاب للضرب المبرح") is an attack, a salvo
of rockets ("سقطت رشقات صاروخية على الأحياء") is shelling. Sentences written for these tests."""
from __future__ import annotations

import pytest

from extracted import incidents


@pytest.mark.parametrize("text, sub", [
    ("تعرض بائع متجول للضرب المبرح على يد عناصر من الشرطة العسكرية في مدينة الباب.", "Attack"),
    ("وقال الأهالي إن رشقات صاروخية سقطت على الأحياء الشرقية من مدينة جرمانا مساء أمس.",
     "Shelling/artillery/missile attack"),
], ids=["beating", "salvo"])
def test_the_act_is_told(text, sub):
    assert [i.sub_event_type for i in incidents(text)] == [sub]
