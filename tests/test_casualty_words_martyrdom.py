"""Casualty words the grammar lacked: the martyrdom masdar and verb (ارتقاء، ارتقى), the
thousand, digits with a thousands separator, mother and father as people nouns, a victim
told by name alone. Every sentence is written for these tests: (text, killed, injured)."""
from __future__ import annotations

import pytest

from casualty_text import totals

ROWS = [
    # "ارتقاء" is the martyrdom masdar of opposition outlets, read as "استشهاد" is
    ("أدى قصف مدفعي على مدينة أريحا إلى ارتقاء ثلاثة مدنيين وإصابة آخرين.", 3, None),
    ("وأفاد مراسل بارتقاء 4 مدنيين بينهم طفل بغارة على مخيم للنازحين.", 4, None),
    ("ارتقت سيدة وأصيب ثلاثة مدنيين بقصف مدفعي على قرية في جبل الزاوية.", 1, 3),
]



THOUSANDS = [
    # a thousand, alone or times a number; digits with thousands separators are one figure
    ("وثقت الشبكة مقتل ألف مدني في قصف المدينة خلال شهر واحد.", 1000, None),
    ("وثقت الشبكة مقتل أكثر من ثلاثة آلاف مدني في قصف الغوطة.", 3000, None),
    ("قتل ثلاثة عشر ألفاً من المدنيين خلال سنوات الحصار.", 13000, None),
    ("وأحصى المرصد مقتل 1,200 عنصر من قوات النظام في معارك الريف.", 1200, None),
    ("أصيب ٢٬٥٠٠ شخص في الزلزال.", None, 2500),
    ("قتل 3 أشخاص في عامي 2011,2012 في البلدة.", 3, None),       # two years, no figure of thousands
]



KIN = [
    # mother and father are people nouns, and relatives with a pronoun ("وأمه", "وأبوها")
    ("قتل أب وابنه بقصف مدفعي على قرية في ريف إدلب الجنوبي.", 2, None),
    ("استشهدت أم وطفلاها جراء غارة جوية على بلدة في ريف إدلب.", 3, None),
    ("قتل شاب وأمه برصاص قناص في أحد أحياء المدينة مساء الخميس.", 2, None),
    ("أصيبت طفلة وأبوها بانفجار لغم أرضي في أطراف البلدة.", None, 2),
    ("قتل ثلاثة أشخاص في قصف على قرية أم الكراميل.", 3, None),     # a place of أم, no person
]



DUALS = [
    # the dual of the wounded noun is two wounded
    ("نقل مصابان إلى مشفى المدينة بعد سقوط القذيفة.", None, 2),
    ("وصلت جريحتان إلى المستوصف.", None, 2),
]


@pytest.mark.parametrize("text,killed,injured", ROWS + THOUSANDS + KIN + DUALS)
def test_words(text: str, killed, injured) -> None:
    assert totals(text) == (killed, injured)
