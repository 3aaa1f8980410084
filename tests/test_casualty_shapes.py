"""Casualty shapes the grammar lacked. Every sentence is written for these tests:
(text, killed, injured) as casualty_text.totals reads them."""
from __future__ import annotations

import pytest

from casualty_text import totals

ROWS = [
    # a definite casualty plural and the number with the article that agrees with it
    ("وأفاد الدفاع المدني بأن فرقه أسعفت المصابين الأربعة إلى مشفى قريب.", None, 4),
    ("وقالت مصادر محلية إن المصابون الثلاثة نقلوا إلى مشفى المدينة.", None, 3),
    ("وشيع الأهالي الشهداء الخمسة في مقبرة البلدة.", 5, None),
    ("أصيب طفل بجروح، ونقل المصابون الثلاثة إلى المشفى.", None, 3),     # the figure outranks the noun
    ("وفارق أحد الجرحى الثلاثة الحياة متأثرا بجراحه.", 1, None),         # one of them, not the figure
    # the wanted man of a raid and the attacker of an assault are people a toll tells of
    ("وأسفرت الاشتباكات عن إصابة عنصرين من الأمن العام، ومقتل المطلوب.", 1, 2),
    ("وأسفر الهجوم عن مقتل المهاجم وإصابة ثلاثة من عناصر الحاجز.", 1, 3),
    ("وأسفر الاشتباك عن مقتل أحد المطلوبين وإصابة عنصر.", 1, 1),
    # the passengers of a car shot at, with the pronoun of their car and their number
    ("أطلق عناصر حاجز النار على سيارة مدنية قرب المدينة، ما أدى إلى إصابة ركابها الأربعة.", None, 4),
    ("قتل ثلاثة ركاب في انفجار عبوة بحافلة للنقل.", 3, None),
    # "وأحد" before a definite or owned plural of people: one of them besides the person told
    ("ونتج عن الحادثة إصابة السائق وأحد الركاب.", None, 2),
    ("قتل القيادي وأحد مرافقيه بانفجار عبوة ناسفة بسيارته.", 2, None),
    ("قتل عنصر وأحد المدنيين في الهجوم على الحاجز.", 2, None),
    # a person more told with a manner or means of their own after a count told with its own
    ("أسفر الانفجار عن إصابة سيدة بجروح خطيرة وطفلين بجروح طفيفة.", None, 3),
    ("قتل شاب برصاص قناص وطفل بقذيفة هاون في الحي.", 2, None),
    ("قتل عنصر بانفجار لغم وعنصران برصاص قناصة.", 3, None),
    # "وآخر من …": one more, of another group, of the count before it
    ("أصيب عنصر من قسد وآخر من الأسايش في الهجوم.", None, 2),
    ("قتل عنصران من قوات النظام وآخر من الفصائل في الاشتباكات.", 3, None),
    # a plural verb with an object pronoun drops its alif: "قتلوه" is "قتلوا" him, one
    ("أطلق مسلحون النار على شاب وأصابوه في قدمه.", None, 1),
    ("اختطف مسلحون شاباً ثم قتلوه ورموا جثته قرب الطريق.", 1, None),
    ("اعتقلت الدورية شابين وقتلوهما لاحقاً.", 2, None),
    # "وأصابه" folds to the masdar "وإصابة": the means after it as its subject tells the verb
    ("أطلق مسلح النار على سيارة مدنية قرب المدينة، وأصابه الرصاص في قدمه.", None, 1),
    ("وأصابه طلق ناري في صدره أثناء عودته إلى منزله.", None, 1),
    ("ما أدى إلى إصابة مباشرة في المبنى.", None, None),
    # a casualty noun after ب right after the count is its manner, no count of its own
    ("أصيب رجل بجروح خطيرة وامرأة بحالة اختناق جراء القصف.", None, 2),
    ("أصيب شاب بإصابة بليغة برصاص قناص.", None, 1),
    # the martyr noun indefinite, with its tanween, is one dead (casualties.json single_indefinite)
    ("قالت الوكالة إن شهيداً وثلاثة جرحى سقطوا جراء اعتداء بالقذائف على المدينة.", 1, 3),
    ("ارتقى 5 شهداء في القصف على البلدة.", 5, None),
]


@pytest.mark.parametrize("text,killed,injured", ROWS)
def test_casualty_shape(text: str, killed, injured) -> None:
    assert totals(text) == (killed, injured)
