"""Where the act lands, not where the doer set out from ("طائرة انطلقت من مطار X"), and a
desert the gazetteer lacks named by its place word ("بادية الشولا")."""
from extracted import places as _places


def test_launch_base_is_not_the_place():
    text = ("غارة بطائرة مسيرة\nقصفت طائرة مسيرة انطلقت من مطار حميميم مدينة الأتارب بريف حلب الغربي، "
            "وقتل مدنيان.")
    assert _places(text) == [("الأتارب", "Aleppo")]


def test_took_off_from_base_is_not_the_place():
    text = ("غارة جوية\nاستهدفت مقاتلة أقلعت من مطار الشعيرات بلدة كفرنبل في ريف إدلب الجنوبي، "
            "ما أدى إلى مقتل طفل.")
    assert _places(text) == [("كفرنبل", "Idleb")]


def test_unknown_desert_of_a_governorate():
    text = ("هجوم في البادية\nهاجم عناصر تنظيم الدولة نقطة لقوات النظام في بادية الشولا جنوب دير الزور، "
            "وقتل خمسة جنود.")
    places = _places(text)
    assert [a for _, a in places] == ["Deir-ez-Zor"]
    assert places[0][0] == "الشولا"
