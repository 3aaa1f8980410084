"""People taken to a hospital are wounded, when the text states them no other way
(extract/evacuated.py). Every sentence is written for these tests: (text, killed, injured)
as casualty_text.totals reads them, and one whole article through the extractor."""
from __future__ import annotations

import pytest

from casualty_text import totals
from extracted import incidents

ROWS = [
    ("ونقل سائقها إلى المشفى بحالة خطرة.", None, 1),
    ("ونقل الشاب إلى المشفى في حالة حرجة.", None, 1),
    ("وأسعف طفلان إلى مشفى المدينة.", None, 2),
    ("ونقل ثلاثة أشخاص إلى المشفى لتلقي العلاج.", None, 3),
    ("وأسعف الرجل إلى المستشفى.", None, 1),
    # the dead moved to a hospital are no wounded
    ("ونقلت جثة الشاب إلى المشفى.", 1, None),
    ("ونقل الشاب إلى المشفى حيث فارق الحياة.", 1, None),
    # a figure the text states outranks the people moved
    ("أصيب خمسة مدنيين ونقل طفلان إلى المشفى.", None, 5),
    # the wounded told by their casualty noun are counted as such, not twice
    ("ونقل المصابون الثلاثة إلى المشفى.", None, 3),
    # moved elsewhere than a hospital: no one wounded
    ("ونقل الشاب إلى فرع الأمن العسكري.", None, None),
]


@pytest.mark.parametrize("text,killed,injured", ROWS)
def test_evacuated(text: str, killed, injured) -> None:
    assert totals(text) == (killed, injured)


def test_article_driver_to_hospital() -> None:
    text = ("إطلاق نار في ريف السويداء\nأطلق مسلحون النار على سيارة مدنية قرب بلدة عريقة غربي السويداء، "
            "ونقل سائقها إلى المشفى بحالة خطرة. ولم تعرف دوافع الهجوم.")
    [inc] = incidents(text)
    assert (inc.killed, inc.injured) == (None, 1)
