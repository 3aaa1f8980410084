"""A deal that is only sought, discussed, proposed, refused or not reached ("اجتماعاً لبحث
تسوية أوضاع المطلوبين", "ولم يتوصل الطرفان إلى اتفاق", "رفضت الفصائل مقترحاً للتسوية") is
talks, not an agreement (segmentation.json talks_marks); a deal reached stays one.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from extracted import incidents

TALKS = [
    "عقد وفد من الشرطة العسكرية الروسية اجتماعاً مع وجهاء مدينة درعا البلد لبحث تسوية أوضاع المطلوبين، "
    "ولم يتوصل الطرفان إلى اتفاق.",
    "فشلت المفاوضات بين قسد والحكومة السورية في مدينة الطبقة، ولم يتم التوصل إلى اتفاق حول تسليم المعبر.",
    "رفضت فصائل مدينة جاسم مقترحاً روسياً للتسوية، وسط تهديدات باقتحام المدينة.",
]


@pytest.mark.parametrize("text", TALKS)
def test_talks_are_no_agreement(text):
    assert incidents(text, "2024-03-14") == []


def test_a_deal_reached_is_an_agreement():
    found = incidents("توصلت اللجنة المركزية في درعا إلى اتفاق مع قوات النظام في مدينة طفس يقضي بتسليم "
                      "السلاح الخفيف وخروج المطلوبين.", "2024-03-17")
    assert len(found) == 1 and found[0].sub_event_type == "Agreement"
