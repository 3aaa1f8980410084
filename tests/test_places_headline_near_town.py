"""A headline that names a town ("هجوم قرب منبج") over a story that tells the act at a village we
lack beside that town ("قرية عون الدادات شمال مدينة منبج") summarises that act: one incident, at
the village."""
from extracted import incidents


def test_headline_town_folds_into_the_village_beside_it():
    text = ("هجوم قرب منبج\nاستهدف مسلحون دورية لقسد في قرية عون الدادات شمال مدينة منبج، "
            "ما أدى إلى مقتل عنصر.")
    found = incidents(text)
    assert [(i.location.name_ar, i.location.admin1) for i in found] == [("عون الدادات", "Aleppo")]


def test_headline_of_another_town_stays_its_own():
    text = ("قصف على الباب\nقصفت قوات النظام مدينة الباب شرقي حلب بالمدفعية.\n"
            "وفي سياق آخر، استهدف مسلحون دورية لقسد في قرية عون الدادات شمال مدينة منبج، "
            "ما أدى إلى مقتل عنصر.")
    names = {i.location.name_ar for i in incidents(text)}
    assert "عون الدادات" in names and "الباب" in names
