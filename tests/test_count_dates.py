"""A date told beside a toll is no count, and does not hide the count beside it: "8 من أيار"
(the من of Enab Baladi's dates) is a day of the month like "8 أيار", and a dual person noun
("شابان") is the people counted even when a word of time ("يوم") follows it.
Every sentence is written for these tests; each row is (sentence, killed, injured)."""
from __future__ import annotations

import pytest

from incidents.extract.casualties import find_counts, total
from incidents.extract.text import prepare

ROWS = [
    ("قضى مدنيان يوم الجمعة 12 من آب بقذائف سقطت على بلدة كفرومة", 2, None),
    ("قتل مسلحون ملثمون، السبت 3 من حزيران، شابين قرب بلدة الجيزة", 2, None),
    ("أصيب طفلان يوم الأحد جراء انفجار لغم في أطراف قرية المشيرفة", None, 2),
    ("قتل شابان يوم أمس برصاص قناص في حي الحمدانية", 2, None),
    ("اغتال مجهولون، في 21 من تموز، 3 من عناصر الشرطة عند مدخل المدينة", 3, None),
    # the guards: a count of things after a number word stays no count of people
    ("استهدفت القوات ثلاث عربات للفصائل", None, None),
]


@pytest.mark.parametrize("sentence,killed,injured", ROWS)
def test_dates_beside_counts(sentence: str, killed, injured) -> None:
    doc = prepare(sentence)
    counts = find_counts(doc, 0, len(doc.tokens))
    assert (total(counts, "killed"), total(counts, "injured")) == (killed, injured)
