"""An accusation ("اتهمت الخارجية السورية التحالف الدولي بقصف قرى في ريف دير الزور",
segmentation.json accusations) tells a claim, not an act; one told with a toll, and blame
for the act told ("بالوقوف وراء القصف"), stay told. Sentences
written for these tests."""
from __future__ import annotations

from extracted import incidents


def test_an_accusation_of_shelling_is_no_incident():
    assert incidents("اتهمت وزارة الخارجية السورية التحالف الدولي بقصف قرى في ريف دير الزور الشرقي، "
                     "ووصفت ذلك بأنه جريمة حرب.", "2021-08-23") == []


def test_an_accusation_with_a_toll_stays_told():
    found = incidents("اتهم ناشطون قوات النظام بقصف بلدة كفرنبل بالمدفعية، ما أدى إلى مقتل طفلين.", "2021-08-24")
    assert len(found) == 1 and found[0].killed == 2



def test_blaming_the_act_told_keeps_it():
    found = incidents("قتل رجل بقصف صاروخي استهدف مدينة اعزاز بريف حلب الشمالي فجر اليوم.\n"
                      "واتهمت مصادر محلية قوات النظام بالوقوف وراء القصف.", "2021-08-25")
    assert len(found) == 1 and found[0].killed == 1
