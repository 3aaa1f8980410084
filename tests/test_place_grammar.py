"""The place shapes Arabic newswire uses, as a table: sentences written for these tests, one act
each, whose incident must sit at the finest place the words name, in the right governorate."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document

ACT = "قتل ثلاثة مدنيين أمس بقصف مدفعي لقوات النظام {}."

SHAPES = [
    ("بالقرب من بلدة كفرنبل بريف إدلب الجنوبي", "كفرنبل", "Idleb"),
    ("قرب مدينة خان شيخون جنوبي إدلب", "خان شيخون", "Idleb"),
    ("في محيط مدينة اللطامنة بريف حماة الشمالي", "اللطامنة", "Hama"),
    ("في محيط اللطامنة", "اللطامنة", "Hama"),
    ("على أطراف مدينة جاسم بريف درعا الشمالي", "جاسم", "Dar'a"),
    ("على أطراف بلدة طفس", "طفس", "Dar'a"),
    ("على قرية في ريف منبج الشرقي", "منبج", "Aleppo"),
    ("على بريف دير الزور الشرقي", "دير الزور", "Deir-ez-Zor"),
    ("على طريق طفس – المزيريب غربي درعا", "طفس", "Dar'a"),
    ("على حي جوبر في مدينة دمشق", "جوبر", "Damascus"),
    ("على حي الوعر في مدينة حمص", "الوعر", "Homs"),
    ("على حي الشيخ مقصود في مدينة حلب", "الشيخ مقصود", "Aleppo"),
    ("على حي الفرقان بمدينة حلب", "الفرقان", "Aleppo"),
    ("على بلدة كفرزيتا في ريف حماة الشمالي", "كفرزيتا", "Hama"),
    ("على مدينة دوما في الغوطة الشرقية", "دوما", "Rural Damascus"),
    ("على بلدة شهبا شمالي السويداء", "شهبا", "As-Sweida"),
    ("على بلدة تل رفعت شمالي حلب", "تل رفعت", "Aleppo"),
    ("في حي طريق السد بمدينة درعا", "طريق السد", "Dar'a"),
    ("في محيط بلدة عين ترما بالغوطة الشرقية", "عين ترما", "Rural Damascus"),
    ("على قرية الزيتونة الصغرى التابعة لناحية الصنمين بريف درعا", "الزيتونة", "Dar'a"),
    # names the gazetteer lacks, placed by the words around them
    ("على قرية كفرسلمو التابعة لناحية الصنمين", "كفرسلمو", "Dar'a"),
    ("على قرية كفرسلمو التابعة لمنطقة منبج", "كفرسلمو", "Aleppo"),
    ("على حي الزهراوي بمدينة الحسكة", "الزهراوي", "Al-Hasakeh"),
    ("على قرية كفرسلمو شرقي منبج", "كفرسلمو", "Aleppo"),
    ("في محيط قرية كفرسلمو بريف إدلب", "كفرسلمو", "Idleb"),
    ("على أطراف قرية كفرسلمو جنوبي الحسكة", "كفرسلمو", "Al-Hasakeh"),
    ("بالقرب من قرية كفرسلمو في ريف القنيطرة", "كفرسلمو", "Quneitra"),
    ("على قرية كفرسلمو في ناحية شيخ الحديد بريف عفرين", "كفرسلمو", "Aleppo"),
    # a two-word name we lack whose first word is a name head (context_names.json name_heads)
    ("على قرية قلعة زيدون بريف حماة الشمالي", "قلعة زيدون", "Hama"),
    ("على بلدة خان الملح شرقي حماة", "خان الملح", "Hama"),
    # two towns after "بين" and their dual place word mark a road: one act, no list
    ("على الطريق الواصل بين بلدتي الحراك والمليحة الغربية بريف درعا", "الحراك", "Dar'a"),
    # a namesake elsewhere (عين الشرقية is a Lattakia village) yields to the subdistrict it is said to be in
    ("على قرية عين الشرقية التابعة لناحية عين عيسى شمالي الرقة", "عين الشرقية", "Ar-Raqqa"),
    # what a place is for ("لتربية الدواجن") is no name: the village after it is the place
    ("على مزرعة لتربية الدواجن على أطراف قرية كفردريان بريف إدلب الشمالي", "كفردريان", "Idleb"),
    ("على مستودع لتخزين الذخيرة قرب بلدة كفرنبل بريف إدلب", "كفرنبل", "Idleb"),
    ("على الأطراف الجنوبية من بلدة طفس", "طفس", "Dar'a"),
    ("على حاجز لقوات النظام عند مدخل مدينة الصنمين الشمالي", "الصنمين", "Dar'a"),
    ("على بلدة بنش الواقعة شرق مدينة إدلب", "بنش", "Idleb"),
    # a road between two cities is in neither city: the road is the place (extract/roads.py)
    ("على حاجز على أوتوستراد دمشق-درعا", "أوتوستراد دمشق-درعا", "Rural Damascus"),
    ("على سيارة على طريق حمص – حماة الدولي", "طريق حمص – حماة", "Homs"),
    ("على أوتوستراد دمشق-درعا قرب بلدة خربة غزالة", "خربة غزالة", "Dar'a"),
    # "بمحيط" is a near-word with its preposition, no village name after "قرى"
    ("على ثلاث قرى بمحيط مدينة دير حافر شرقي حلب", "دير حافر", "Aleppo"),
]


def _places(text: str) -> list[tuple]:
    incs = extract_document(text, DocMeta("t.txt", published="2021-03-17")).incidents
    assert incs
    return [(i.location.name_ar + " " + i.location.mention, i.location.admin1) if i.location else None for i in incs]


@pytest.mark.parametrize("words,name,admin1", SHAPES)
def test_each_shape_places_the_act(words: str, name: str, admin1: str) -> None:
    assert all(p and name in p[0] and p[1] == admin1 for p in _places(ACT.format(words)))


TOLD = [
    # where the shooter stands is not where the shells land
    ("قصفت قوات النظام المتمركزة في معسكر جورين بالمدفعية الثقيلة قرية زيزون في سهل الغاب بريف حماة الغربي، "
     "ما أسفر عن مقتل طفلة.", "زيزون"),
    ("قصفت قوات النظام انطلاقاً من مواقعها في بلدة جورين قرية الزيارة بريف حماة الغربي، ما أدى لمقتل مدني.",
     "الزيارة"),
    ("استشهد مدنيان جراء اعتداء المجموعات الإرهابية المنتشرة في بلدة اللطامنة بالقذائف الصاروخية على مدينة "
     "محردة بريف حماة الشمالي.", "محردة"),
    # "دير الزور" is the city or the governorate: a city named in it is the finer place
    ("وأفاد مراسل عنب بلدي في دير الزور أن انفجاراً وقع قرب دوار المصرف في مدينة الميادين، ما أدى لإصابة قيادي "
     "في قوات العشائر.", "الميادين"),
    ("عبوة ناسفة تستهدف قيادياً في دير الزور\n\nأصيب قيادي في قوات العشائر إثر انفجار عبوة ناسفة بسيارته في "
     "مدينة الميادين شرقي محافظة دير الزور.", "الميادين"),
    # the dateline ("درعا - ") is where the report was filed: the countryside the sentence names is where
    ("درعا - قتل شاب أمس برصاص مسلحين مجهولين قرب الطريق العام بريف درعا الشمالي.", "ريف درعا الشمالي"),
    ("حمص - أصيب مدنيان أمس بانفجار عبوة ناسفة في ريف حمص الشمالي.", "ريف حمص الشمالي"),
    # … and stands for the place when the sentence names none
    ("إدلب - قتل مدنيان أمس بقصف مدفعي لقوات النظام على أحياء المدينة.", "إدلب"),
    # a witness's town is where it happened
    ("وقال أحد سكان بلدة أبو حمام بريف دير الزور الشرقي إن مسلحين مجهولين استهدفوا بطلقات نارية موظفاً في "
     "إدارة المحروقات، ما أدى لمقتله.", "أبو حمام"),
]


@pytest.mark.parametrize("text,name", TOLD)
def test_the_act_is_placed_where_it_lands(text: str, name: str) -> None:
    assert all(p and name in p[0] for p in _places(text))


def test_a_road_between_two_cities_keeps_both_for_merging_and_reads_in_english() -> None:
    """The highway's place says which road in English and keeps both cities' ids (store.merge)."""
    (inc,) = extract_document("قتل عنصر من قوات النظام أمس برصاص مسلحين مجهولين على حاجز على أوتوستراد "
                              "دمشق-درعا.", DocMeta("t.txt", published="2021-03-17")).incidents
    assert inc.location.name == "Damascus-Dar'a highway" and inc.location.place_id is None
    assert inc.location.along == ["damascus", "daraa"] and inc.location.geo_precision == 2


def test_the_article_governorate_says_which_end_a_road_between_cities_is_in() -> None:
    (inc,) = extract_document("السويداء\n\nقتل عنصر من قوات النظام أمس برصاص مسلحين مجهولين على طريق دمشق – "
                              "السويداء.", DocMeta("t.txt", published="2021-03-17")).incidents
    assert inc.location.admin1 == "As-Sweida"
