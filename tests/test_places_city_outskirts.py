"""A place the gazetteer lacks, put by a compass word beside a city whose outskirts are a
governorate of their own ("غربي دمشق"), lies in that governorate (Rural Damascus); a
neighbourhood put there stays in the city's."""
from extracted import places as _places


def test_unknown_town_west_of_damascus_is_rural_damascus():
    text = "هجوم على حاجز\nهاجم مسلحون حاجزا في بلدة زاكية جنوب غربي دمشق، وقتل عنصر من الأمن."
    assert _places(text) == [("زاكية", "Rural Damascus")]


def test_unknown_neighbourhood_east_of_damascus_stays_in_damascus():
    text = "قذائف على حي\nسقطت قذائف هاون على حي الزبلطاني شرق دمشق، ما أدى إلى إصابة ثلاثة مدنيين."
    assert [a for _, a in _places(text)] == ["Damascus"]


def test_unknown_village_in_damascus_countryside():
    text = "اعتقالات\nاعتقلت قوات الأمن أربعة شبان في بلدة الحسينية بريف دمشق الغربي."
    assert _places(text) == [("الحسينية", "Rural Damascus")]
