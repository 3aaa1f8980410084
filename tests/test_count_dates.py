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


@pytest.mark.parametrize("text,killed,injured", [
    # the words of a place name of two words tell no toll: "الجراح" is wounds, "جب الجراح" a village
    ("اندلعت اشتباكات عنيفة بين قوات النظام وتنظيم الدولة في محيط جب الجراح العسكري شرقي حمص.", None, None),
    ("قتل عنصران من قوات النظام وأصيب ثلاثة في اشتباكات قرب جب الجراح بريف حمص الشرقي.", 2, 3),
])
def test_a_place_name_tells_no_toll(text: str, killed, injured) -> None:
    from incidents.extract.model import DocMeta
    from incidents.extract.pipeline import extract_document
    incs = extract_document(text, DocMeta("t.txt", published="2021-03-17")).incidents
    assert incs and all((i.killed, i.injured) == (killed, injured) for i in incs), [(i.killed, i.injured) for i in incs]
