"""The killed/injured grammar shape by shape (issue 11, item 1): how the figure is written,
the people noun and what qualifies it, the casualty predicate, word order and asides,
combined figures, "no casualties", tolls restated, conflicting and separate figures.
Every sentence is written for these tests; each row is (sentence, killed, injured, combined)."""
from __future__ import annotations

import pytest

from incidents.extract.casualties import find_counts, total
from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document
from incidents.extract.text import prepare


def _totals(sentence: str) -> tuple:
    doc = prepare(sentence)
    counts = find_counts(doc, 0, len(doc.tokens))
    return total(counts, "killed"), total(counts, "injured"), total(counts, "combined")


# the figure: digits, Arabic-Indic digits, number words (units, teens, tens, hundreds), duals,
# lower bounds ("أكثر من", "ما لا يقل عن", "على الأقل": ACLED's lower bound), and no figure
# ("عدد من", "عشرات": unknown, not a count)
FIGURES = [
    ("قتل 7 مدنيين في قصف على البلدة", 7, None, None),
    ("قتل ٧ مدنيين في قصف على البلدة", 7, None, None),
    ("أصيب ١٢ شخصاً بجروح في الانفجار", None, 12, None),
    ("قتل سبعة مدنيين في قصف على البلدة", 7, None, None),
    ("قتلت سبع نساء في القصف", 7, None, None),
    ("أصيب خمسة عشر شخصاً بالانفجار", None, 15, None),
    ("قتل أحد عشر شخصاً", 11, None, None),
    ("أصيب اثنا عشر شخصاً", None, 12, None),
    ("قتل ثلاثة وعشرون عنصراً في الكمين", 23, None, None),
    ("قتل خمسة وثلاثون شخصاً", 35, None, None),
    ("قتل مئة وعشرون شخصاً في المجزرة", 120, None, None),
    ("قتل مئتا شخص في المجزرة", 200, None, None),
    ("وثق المرصد مقتل نحو مائتي مدني في الحصار", 200, None, None),      # the construct form
    ("قتل ثلاثمئة شخص في المعارك", 300, None, None),
    ("قتل أربعمائة عنصر في المعارك", 400, None, None),
    ("قتل طفلان بانفجار لغم", 2, None, None),
    ("عثر رعاة على جثتين مجهولتي الهوية في البادية", 2, None, None),     # the dual of "جثة": two dead
    # a means with a preposition attached after the figure is no counted noun ("ثلاث قذائف" is)
    ("قتل مدنيان بغارة جوية روسية على المدينة", 2, None, None),
    ("قتل شابان بقذيفة هاون", 2, None, None),
    ("أصيب ثلاثة بغارات للطيران الحربي", None, 3, None),
    ("سقطت ثلاث قذائف على الحي دون إصابات", 0, 0, None),
    ("أصيبت امرأتان بالقصف", None, 2, None),
    ("مقتل عنصرين من الشرطة بهجوم مسلح", 2, None, None),
    ("قتل عنصر واحد", 1, None, None),
    ("قتل شخص واحد وأصيب اثنان", 1, 2, None),
    ("قتل نحو 30 شخصاً في المعارك", 30, None, None),
    ("قتل ما لا يقل عن 14 مدنياً في الغارات", 14, None, None),
    ("قتل أكثر من 40 عنصراً في الهجوم", 40, None, None),
    ("قتل قرابة 20 مدنياً", 20, None, None),
    ("قتل حوالي ١٥ شخصاً", 15, None, None),
    ("قتل 12 شخصاً على الأقل", 12, None, None),
    ("قتل ما بين 20 و25 عنصراً من قوات النظام في الكمين", 20, None, None),     # a range: its lower figure
    ("أصيب ما بين ستة وثمانية مدنيين", None, 6, None),
    ("وأصيب عشرة أشخاص على الأقل", None, 10, None),
    ("قتل عدد من المدنيين في القصف", None, None, None),
    ("أصيب عدد من العناصر في الاشتباكات", None, None, None),
    ("أسفر القصف عن مقتل عشرات المدنيين", None, None, None),
    ("قتل العشرات في القصف", None, None, None),
    ("عشرات القتلى والجرحى بقصف", None, None, None),
    ("قتلى وجرحى بقصف على إدلب", None, None, None),
]


@pytest.mark.parametrize("sentence, killed, injured, combined", FIGURES)
def test_how_the_figure_is_written(sentence, killed, injured, combined):
    assert _totals(sentence) == (killed, injured, combined)


# the people noun, with "من عناصر X", "بينهم ضباط", relatives and "others" inside the count
PEOPLE = [
    ("قتل 5 من عناصر قوات النظام بينهم ضابط في الكمين", 5, None, None),
    ("مقتل 13 عنصراً من قوات النظام بينهم ضباط وإصابة 18 آخرين", 13, 18, None),
    ("13 عنصراً من قوات النظام بينهم ضباط قتلوا وأصيب 18 آخرون", 13, 18, None),
    ("قتل ستة من مقاتلي الفصائل بينهم قائد ميداني", 6, None, None),
    ("أصيب 4 من أفراد عائلة واحدة بينهم طفلان", None, 4, None),
    ("أسفر عن مقتل 9 بينهم 4 أطفال", 9, None, None),
    ("إصابة 5 أشخاص بينهم اثنان بحالة خطرة", None, 5, None),
    ("أصيب ثلاثة، اثنان منهم بحالة خطرة", None, 3, None),
    ("جرح 4 أطفال، أحدهم بحالة حرجة", None, 4, None),
    # the noun of the wounds after the verb opens no count: "منهم" makes the number after it a part
    ("أصيب ستة من عمال المخبز بجروح، ثلاثة منهم بحالة حرجة", None, 6, None),
    # "حيث"/"إذ" open the detail of the larger count told before them: its parts
    ("قتل خمسة مدنيين، حيث قتل ثلاثة بالقصف المدفعي وقتل اثنان برصاص قناص", 5, None, None),
    ("قتل 5 أشخاص بينهم 3 من عائلة واحدة وأصيب 10 آخرون", 5, 10, None),
    ("قتل خمسة من أفراد عائلة واحدة", 5, None, None),
    ("مقتل ثلاثة أشقاء بالقصف", 3, None, None),
    ("قتل الطفلان في القصف", 2, None, None),
    ("مقتل شاب وإصابة والدته", 1, 1, None),
    ("قتل مسن وحفيداه بقذيفة على منزلهم", 3, None, None),      # grandchildren are kin told with a pronoun
    ("قتلت ثلاث فتيات مع والدتهن بقذيفة", 4, None, None),       # a relative "with" them: one more
    # the person's own people "with" him are more of the count; others "with" him may be the other side
    ("قتل قائد كتيبة في جيش الإسلام برفقة اثنين من حراسه بكمين", 3, None, None),
    ("قضى مسؤول محلي مع أبنائه الثلاثة بغارة", 4, None, None),
    ("قتل عنصر من الشرطة في مواجهة مع ثلاثة مهربين", 1, None, None),
    ("قتل ثلاثة أطفال بالقصف وأصيبت والدتهم", 3, 1, None),      # a relative of several: "هم"
    ("قتل 3 جنود أتراك", 3, None, None),
    ("قتل جنديان تركيان", 2, None, None),
    ("قتل 3 من قوات النظام و5 من الفصائل", 8, None, None),
    # a casualty word after "إضافة إلى", "فضلاً عن" tells more of a count of the sentence
    ("أسفرت الغارة عن مقتل أربعة مدنيين بالإضافة إلى مقتل متطوعين اثنين من الهلال الأحمر", 6, None, None),
    ("أصيب سبعة عناصر من الشرطة ومقتل اثنين منهم، فضلاً عن إصابة مدني كان يمر في المكان", 2, 8, None),
    ("قتل مقاتل من جيش العزة وجندي من قوات النظام في الاشتباكات", 2, None, None),   # one of each side
    ("وقتل اثنان من المدنيين", 2, None, None),
    ("قتل جندي تركي وأصيب اثنان آخران", 1, 2, None),
    ("قتل مدنيان وأصيب ثالث", 2, 1, None),
    # 'and another' with its own means or wounds is one more of the count before it
    ("أصيب عاملان في المعمل بجروح بليغة وآخر بحروق طفيفة", None, 3, None),
    ("قتل راعيان بانفجار لغم وآخر بنيران حرس الحدود", 3, None, None),
    ("أصيب عاملان، أحدهما بحالة حرجة والآخر بكسور", None, 2, None),    # "the other" of those counted
    # a number before a casualty noun that opens with و is no figure of it: the و opens a count
    ("أسفر الانفجار عن مقتل رجل واحد وإصابة ثلاثة", 1, 3, None),
    # "منهم" closes the count before it; the casualty word after it opens another
    ("فتح مسلحون النار على سيارة تقل أربعة شبان ما أسفر عن مقتل ثلاثة منهم وإصابة رابع", 3, 1, None),
    # a plural pronoun on the casualty noun tells of the people counted before it
    ("استهدف صاروخ موجه سيارة تقل أربعة عمال ما أدى إلى مقتلهم", 4, None, None),
    ("سقطت قذيفة قرب سبعة أطفال كانوا يلعبون مما أسفر عن إصابتهم بجروح", None, 7, None),
    # a singular person noun with the pronoun of its owner is one person ("its rider", "his owner")
    ("استهدف مجهولون دراجة نارية، ما أدى إلى مقتل راكبها", 1, None, None),
    ("سقطت قذيفة على محل تجاري ما أسفر عن إصابة صاحبه", None, 1, None),
    ("انفجرت عبوة بسيارة، ما أدى إلى إصابة سائقها ومرافقه", None, 2, None),
    # a person noun whose first letter is و is no "و" + a word ("والي", "وجيه")
    ("قتل والي الرقة في التنظيم بغارة للتحالف", 1, None, None),
    ("اغتال مسلحون وجيه العشيرة في البلدة", 1, None, None),
    # one of a pair or group told by its pronoun, and the rest of it with the article
    ("أطلق مجهولون النار على شابين ما أدى لمقتل أحدهما وإصابة الآخر بجروح", 1, 1, None),
    ("قتلت إحداهن وأصيبت الأخرى", 1, 1, None),
    # past an agent of two words, a person noun leading a construct is the victim
    ("قتل مسلحون مجهولون مختار القرية", 1, None, None),
    ("أعدم عناصر التنظيم إمام المسجد في البلدة", 1, None, None),
    # one of a speaker's own men: a plural of people with its owner's pronoun, or in a construct
    ("أعلن الفصيل مقتل أحد عناصره بانفجار لغم قرب القرية", 1, None, None),
    # "أحد" before a definite plural of people: one of them
    ("أدى انفجار اللغم إلى مقتل أحد المزارعين وإصابة إحدى النساء", 1, 1, None),
    ("أصيب أحد المسعفين برصاص قناص", None, 1, None),
    ("وأكدت الوزارة إصابة أحد أفرادها برصاص قناص", None, 1, None),
    ("قالت القيادة إن أحد مقاتليها قتل وأصيب اثنان آخران في القصف", 1, 2, None),
    ("لقي أحد مقاتلي الفصيل حتفه بانفجار عبوة", 1, None, None),
]


@pytest.mark.parametrize("sentence, killed, injured, combined", PEOPLE)
def test_the_people_counted(sentence, killed, injured, combined):
    assert _totals(sentence) == (killed, injured, combined)


# the casualty predicate: active and passive verbs, masdars, participles, "قتيلاً/جريحاً",
# "سقوط", "حصيلة", idioms of dying ("لقي حتفه/مصرعه", "فارق الحياة", "فقد حياته", "قضى نحبه",
# "أردى … قتيلاً", "أودى بحياة", "حصد أرواح", "راح ضحيته") and of wounds ("بجروح خطيرة", "جرح")
PREDICATES = [
    ("قتل مسلحون ثلاثة رعاة في البادية", 3, None, None),
    ("قتلت قوات النظام 5 مدنيين في القرية", 5, None, None),
    ("قتلت الغارة 4 مدنيين", 4, None, None),
    ("قتلت غارة إسرائيلية 3 عسكريين", 3, None, None),
    ("أدى الانفجار إلى مقتل 4 أشخاص", 4, None, None),
    ("أدى لمقتل 6 عناصر", 6, None, None),
    ("أسفر الهجوم عن مقتل 6 عناصر وإصابة 3 آخرين", 6, 3, None),
    ("أسفر عن استشهاد 3 مواطنين وإصابة 10 آخرين", 3, 10, None),
    ("تسبب الانفجار بمقتل 3 وإصابة 5", 3, 5, None),
    ("نتج عن القصف مقتل 4 أشخاص", 4, None, None),
    ("مقتل 3 وإصابة 5 بانفجار في أعزاز", 3, 5, None),
    ("مصرع 3 أشخاص في حادث", 3, None, None),
    ("مقتل طفلة برصاص طائش", 1, None, None),
    ("وفاة شاب تحت التعذيب في السجن", 1, None, None),
    ("توفي 3 معتقلين تحت التعذيب", 3, None, None),
    ("وتوفيت سيدة متأثرة بجراحها", 1, None, None),
    ("توفي 3 جرحى متأثرين بجراحهم", 3, None, None),
    ("إعدام 7 أشخاص ميدانياً", 7, None, None),
    ("أسفرت الغارة عن سقوط 8 قتلى و15 جريحاً", 8, 15, None),
    ("سقط 3 قتلى في الاشتباكات", 3, None, None),
    ("سقوط 4 شهداء و12 جريحاً", 4, 12, None),
    ("وسقط قتيلان وعدد من الجرحى", 2, None, None),
    ("سقط الشاب قتيلاً برصاص مجهولين", 1, None, None),
    ("سقط 4 جرحى بالقصف", None, 4, None),
    ("وقع 6 جرحى في صفوف المدنيين", None, 6, None),
    ("أسفر القصف عن وقوع 7 إصابات", None, 7, None),
    ("وعثر على 4 قتلى في الحي", 4, None, None),
    ("7 قتلى بقصف على مدينة دوما", 7, None, None),
    ("قضى 3 أطفال غرقاً", 3, None, None),
    ("وقضى شاب بانفجار لغم", 1, None, None),
    ("وقضت طفلة برصاص قناص", 1, None, None),
    ("قضى 5 مدنيين نحبهم", 5, None, None),
    ("لقي 5 أشخاص حتفهم في الانفجار", 5, None, None),
    ("لقي شاب حتفه بانفجار لغم", 1, None, None),
    ("لقي 3 عناصر مصرعهم في الكمين", 3, None, None),
    ("لقي عنصران مصرعهما بهجوم", 2, None, None),
    ("لقيت امرأة مصرعها بقذيفة", 1, None, None),
    ("فارق الحياة 3 جرحى في المشفى", 3, None, None),
    ("وفارق طفل الحياة متأثراً بجراحه", 1, None, None),
    ("فقد 3 أشخاص حياتهم", 3, None, None),
    ("فقدت طفلة حياتها", 1, None, None),
    ("استشهد 4 مدنيين بقصف مدفعي", 4, None, None),
    ("استشهد شاب برصاص قناص", 1, None, None),
    ("استشهد 3 وأصيب 7 في القصف", 3, 7, None),
    ("ارتقى 3 شهداء في القصف", 3, None, None),
    ("وأدى القصف إلى ارتقاء 5 شهداء", 5, None, None),
    ("أردى مسلحون شاباً قتيلاً", 1, None, None),
    ("أردت دورية الشرطة اثنين من المهربين قتلى", 2, None, None),
    ("خلف القصف 10 قتلى و20 جريحاً", 10, 20, None),
    ("خلّف الانفجار 6 قتلى", 6, None, None),
    ("أوقع الانفجار 11 قتيلاً", 11, None, None),
    ("حصدت الغارات أرواح 12 مدنياً", 12, None, None),
    ("أودت الغارة بحياة 5 أشخاص", 5, None, None),
    ("أودى القصف بحياة طفلين", 2, None, None),
    ("وراح ضحيته 4 أشخاص", 4, None, None),
    ("ذهب ضحيتها 5 أطفال", 5, None, None),
    ("أصيب 3 مدنيين بجروح خطيرة", None, 3, None),
    ("أصيب مدني بجروح خطيرة إثر انفجار", None, 1, None),
    ("أصيب طفل بطلق ناري", None, 1, None),
    ("أصيب جنديان بجروح طفيفة", None, 2, None),
    ("إصابة 5 أشخاص بجروح متفاوتة", None, 5, None),
    ("إصابة طفلين بانفجار قنبلة", None, 2, None),
    ("أسفر الاستهداف عن إصابة 3 عناصر بجروح بليغة", None, 3, None),
    ("جرح 9 أشخاص في القصف", None, 9, None),
    ("وجرح ثمانية آخرون", None, 8, None),
    ("جرح عنصران", None, 2, None),
    ("أدى إلى جرح 5 مدنيين", None, 5, None),
    ("وأسفر الهجوم عن جرح 4 عناصر", None, 4, None),
    ("وتسبب القصف بجرح 3 مدنيين", None, 3, None),
    ("تسبب القصف في إصابة 8 مدنيين", None, 8, None),
    ("أصيب طفل ببتر في ساقه", None, 1, None),
    ("نقل 6 جرحى إلى المشفى", None, 6, None),
    ("وأسعف 4 مصابين إلى المستشفى", None, 4, None),
    ("وقالت مصادر طبية إن 4 جرحى وصلوا إلى المستشفى", None, 4, None),
    ("بلغت حصيلة القتلى 25 شخصاً", 25, None, None),
    ("وبلغت حصيلة الهجوم 11 قتيلاً", 11, None, None),
    ("حصيلة الهجوم: 5 قتلى و7 جرحى", 5, 7, None),
    ("ووقعت إصابات في صفوف المدنيين", None, None, None),
    ("فيما سقط 35 مدنياً في قصف صاروخي", 35, None, None),              # those who fell are the dead
    ("سقوط 3 عناصر من قوات النظام في الاشتباكات", 3, None, None),
    ("وسقط عنصران في الكمين", 2, None, None),
    ("سقطت 3 قذائف على الحي", None, None, None),                       # shells fall, no one
    ("أصابت الغارة 6 مدنيين", None, 6, None),                           # an agent that wounds
    ("أصابت قذيفة طفلين", None, 2, None),
    ("وجرحت شظايا القذيفة 3 أطفال", None, 3, None),
    ("قتل مسلحون مجهولون شاباً وأصابوا آخر", 1, 1, None),
    ("أصابت القذيفة الهدف", None, None, None),
    ("ما أدى إلى مقتلهما", 2, None, None),                               # a pronoun of two
    ("ما أدى إلى مقتله على الفور", 1, None, None),
    ("ما أدى لإصابتها بجروح خطيرة", None, 1, None),
    ("وأصدرت الغرفة قراراً لإجلاء جثث القتلى وتسليم جثة قيادي", None, None, None),   # killed before
    ("عثر الأهالي على جثث 4 أشخاص", 4, None, None),
    ("تعرض 3 أشخاص لإصابات متفاوتة", None, 3, None),                    # undergoing: the people between
    ("وتعرض شاب لإصابة بليغة في رأسه", None, 1, None),
    ("تعرضت المنازل لأضرار كبيرة", None, None, None),
    ("راح ضحية القصف 6 مدنيين", 6, None, None),                         # the act named before the count
    ("وذهب ضحية الانفجار طفلان", 2, None, None),
    ("بترت ساق طفل بانفجار لغم", None, 1, None),
    ("وقالت مصادر إن عدد القتلى 7", 7, None, None),                      # a toll told without a verb
    ("وأكد المصدر أن حصيلة القتلى 12 شخصاً", 12, None, None),
    ("إن عدد الجرحى هو 15", None, 15, None),
    ("وتحدث عن عدد القتلى 3 مرات", None, None, None),
    ("قتل 3 مدنيين، هم رجل وزوجته وطفلهما", 3, None, None),             # "هم": the same three named
    ("أصيب 4 أشخاص، وهم 3 أطفال وامرأة", None, 4, None),
]


@pytest.mark.parametrize("sentence, killed, injured, combined", PREDICATES)
def test_the_casualty_predicate(sentence, killed, injured, combined):
    assert _totals(sentence) == (killed, injured, combined)


# the people before or after the predicate, with the time, the cause or an aside between
ORDER = [
    ("9 مدنيين قتلوا في الغارة", 9, None, None),
    ("قتل يوم أمس 9 مدنيين في القصف", 9, None, None),
    ("قتل، اليوم الأحد، خمسة عناصر من الشرطة", 5, None, None),
    ("قتل، بحسب المرصد، 9 مدنيين في القصف", 9, None, None),
    ("قتل، وفق المرصد السوري لحقوق الإنسان، 9 أشخاص", 9, None, None),
    ("وأصيب، وفق مصادر طبية، سبعة أشخاص", None, 7, None),            # an aside between the commas
    ("وأصيب، بحسب الدفاع المدني، طفلان بجروح", None, 2, None),
    ("أصيب 5 مدنيين، بينهم طفلان، بجروح", None, 5, None),
    ("أصيب 5 مدنيين، حسب الدفاع المدني، بجروح", None, 5, None),
    ("وأسفر القصف، بحسب ناشطين، عن مقتل 3 مدنيين", 3, None, None),
    ("وأدى القصف، الذي استمر ساعات، إلى مقتل 3 مدنيين", 3, None, None),
    ("وقتل في القصف على السوق 5 مدنيين", 5, None, None),
    ("أصيب جراء ذلك 4 أشخاص", None, 4, None),
    ("وأصيب بشظايا الصاروخ ستة مدنيين بينهم طفلان", None, 6, None),    # the means told before the people
    ("وأصيب فيها 6 مدنيين", None, 6, None),
    # the cause told right after the verb: no agent comes before the people, all of them counted
    ("وقتل في الكمين ضابط برتبة ملازم أول وثلاثة عناصر من الشرطة", 4, None, None),
    ("وأصيب جراء الانفجار مسن وطفلتان بجروح", None, 3, None),
    # a relative pronoun right before the verb: the people it follows are the ones killed
    ("نعى لواء المعتصم أحد مقاتليه الذي قتل بقصف مدفعي على قرية كلجبرين", 1, None, None),
    ("وشيعت البلدة أربعة من أبنائها الذين قضوا في الغارة", 4, None, None),
    ("وذكرت مصادر محلية أن سيدة قتلت وأصيب طفلها بشظايا القذيفة", 1, 1, None),   # a woman before her verb
    ("وقالت الوكالة إن 10 قتلوا في الهجوم", 10, None, None),          # after "إن" a bare number is people
    ("وأكد المصدر أن 4 أصيبوا بالقصف", None, 4, None),
    ("وقتل عام 2016 في المعارك", None, None, None),                     # a year is no one
    ("أصيب ٣ أطفال وقتل ٢ آخرون", 2, 3, None),
]


@pytest.mark.parametrize("sentence, killed, injured, combined", ORDER)
def test_word_order_and_asides(sentence, killed, injured, combined):
    assert _totals(sentence) == (killed, injured, combined)


# one figure of the dead and the wounded together stays combined
COMBINED = [
    ("قتل وجرح 18 شخصاً في التفجير", None, None, 18),
    ("سقط 30 شخصاً بين قتيل وجريح", None, None, 30),
    ("أسفر الانفجار عن سقوط 20 بين قتيل وجريح", None, None, 20),
    ("أسفر الانفجار عن مقتل وإصابة 12 شخصاً", None, None, 12),
    # a casualty word that closes the count just told is no half of a combined figure
    ("لقي شخص حتفه وأصيب اثنان آخران جراء انفجار لغم", 1, 2, None),
    # a combined figure is a number: a person after the two casualty words is the second's alone
    # (the man named before "قتل" is no count the grammar reads)
    ("وأفاد ناشطون أن محمود العبدالله قتل وأصيب شقيقه بجروح خطيرة", None, 1, None),
    ("أوقع الهجوم 15 قتيلاً وجريحاً", None, None, 15),
    # "بين قتيل وجريح" after a figure a casualty verb read makes it combined ("ما بين" too)
    ("أصيب ثمانية عمال بين قتيل وجريح بانفجار في المعمل", None, None, 8),
    ("سقط 16 مدنياً ما بين قتيل وجريح في الغارة", None, None, 16),
]


@pytest.mark.parametrize("sentence, killed, injured, combined", COMBINED)
def test_a_combined_figure(sentence, killed, injured, combined):
    assert _totals(sentence) == (killed, injured, combined)


# "no casualties" in its shapes is 0 and 0; no news of casualties is not
NONE = [
    ("انفجرت العبوة دون وقوع إصابات", 0, 0),
    ("سقطت قذيفة دون تسجيل إصابات", 0, 0),
    ("سقطت قذيفة دون حدوث إصابات", 0, 0),
    ("انفجر لغم بجرار زراعي، ولم يتسبب الانفجار بإصابات", 0, 0),
    ("دون وقوع أي إصابات بشرية", 0, 0),
    ("لم تسجل إصابات في الانفجار", 0, 0),
    ("ولم يسفر القصف عن إصابات", 0, 0),
    ("ولم يسفر الانفجار عن خسائر بشرية", 0, 0),
    ("ولم يسفر الهجوم عن أي خسائر بشرية", 0, 0),
    ("انقضى الهجوم دون خسائر في الأرواح", 0, 0),
    ("ولم تقع إصابات", 0, 0),
    ("ولم يبلغ عن وقوع إصابات", 0, 0),
    ("دون أن يسفر ذلك عن إصابات", 0, 0),
    ("دون أن يؤدي إلى وقوع ضحايا", 0, 0),
    ("ولم يؤد الانفجار إلى إصابات", 0, 0),
    ("بلا إصابات", 0, 0),
    ("واقتصرت الأضرار على الماديات", 0, 0),
    ("ما أسفر عن أضرار مادية فقط", 0, 0),     # the damage told as property's only
    ("وخلف القصف خسائر مادية فحسب في المنازل", 0, 0),
    ("أضرار مادية كبيرة في المنازل", None, None),     # no "only": the people not told
    ("ولم يصب أحد في الهجوم", 0, 0),
    ("ولم يُقتل أحد", 0, 0),
    ("ولم ترد أنباء عن إصابات", 0, 0),     # no reports of casualties: none reported (test_no_casualties.py)
    ("ولم ترد معلومات عن إصابات", None, None),     # no information: unknown
]


@pytest.mark.parametrize("sentence, killed, injured", NONE)
def test_no_casualties(sentence, killed, injured):
    assert _totals(sentence)[:2] == (killed, injured)


# figures told of one act twice: a rise updates, conflicting sources give the lowest
RESTATED = [
    ("قتل 4 أشخاص. وارتفع عدد القتلى إلى 7", 7, None, None),
    ("ارتفعت الحصيلة إلى 19 قتيلاً", 19, None, None),
    ("قتل 6 أشخاص، وارتفعت الحصيلة لاحقاً إلى 9", 9, None, None),
    ("ارتفعت حصيلة قتلى التفجير إلى 30", 30, None, None),
    ("ارتفع عدد الجرحى إلى 40", None, 40, None),
    # the toll's complement between its words and its verb or figure
    ("ارتفعت حصيلة ضحايا الغارات الحربية على سوق بلدة كفرومة في ريف المعرة مساء الخميس إلى 14 شخصاً",
     14, None, None),
    ("وارتفعت مساء السبت، بحسب ما نقلته شبكة محلية عن مصادر طبية، حصيلة الجرحى في صفوف المدنيين إلى 23",
     None, 23, None),
    ("قتل 3 حراس. وارتفع لاحقاً عدد الحراس الذين قتلوا في الهجوم على المخفر القديم إلى 5", 5, None, None),
    ("وبلغ عدد قتلى التفجير 9", 9, None, None),
    ("ووصل عدد جرحى القصف المدفعي على الحي إلى 17 مدنياً", None, 17, None),
    ("وقال الناشطون إن عدد قتلى الهجوم الذي شنته الخلايا على المخفر قرب القرية بلغ 4 حراس", 4, None, None),
    ("وبلغ عدد قتلى الفصيل منذ بداية الشهر 30", None, None, None),     # a tally ends the complement
    # a figure over the whole country is a sum; a part told with an act of its own is that act's
    ("ووثق المرصد مقتل 41 شخصاً في عموم سوريا أمس، بينهم 9 قضوا بغارات على بلدة كفرنبل", 9, None, None),
    ("أصيب 18 مدنياً في مختلف المحافظات، منهم 6 جراء انفجار عبوة في سوق مدينة الباب", None, 6, None),
    ("قتل 3 عمال بقصف مدفعي في سوريا", 3, None, None),
    # a rise told by the dead of an act after "بعد" is a sum over acts; the act's figure follows
    ("ارتفع عدد قتلى الشرطة في ريف درعا الغربي إلى 11 عنصراً بعد مقتل ثلاثة منهم في هجوم على مخفر", 3, None, None),
    ("وارتفعت حصيلة قتلى التفجير إلى 8 بعد وفاة اثنين من الجرحى", 8, None, None),    # the act's own dead
    ("وارتفع عدد قتلى اللواء اليوم إلى 12 بعد مقتل 5 في كمين. وقال المرصد إن عدد قتلى اللواء ارتفع إلى 12", 5, None,
     None),     # the sum told again is that sum
    ("قال المرصد إن 10 أشخاص قتلوا، فيما قالت الوكالة إن 6 أشخاص قتلوا", 6, None, None),
    ("قال المرصد إن 10 قتلوا، بينما قالت الوكالة إن 6 قتلوا", 6, None, None),
    ("قتل 3 عناصر من قسد، فيما قتل 2 من العشائر", 5, None, None),       # two sides: both counted
    ("قتل مدني وأصيب اثنان آخران، فيما قتل عنصر من الشرطة في الاشتباك", 2, 2, None),   # one person set against
]


@pytest.mark.parametrize("sentence, killed, injured, combined", RESTATED)
def test_a_figure_told_twice(sentence, killed, injured, combined):
    assert _totals(sentence) == (killed, injured, combined)


def _incidents(text: str) -> list[tuple]:
    out = extract_document(text, DocMeta("t.txt", "Test", published="2024-06-14")).incidents
    return [(i.killed, i.injured, i.casualties_combined) for i in out]


# whole articles: the figure of each incident after all its sentences are read
ARTICLES = [
    ("قصفت طائرات حربية سوق مدينة أريحا بريف إدلب اليوم الأحد، ما أدى إلى مقتل 5 مدنيين.\n"
     "وارتفعت حصيلة القتلى في وقت لاحق إلى 9 مدنيين بعد وفاة جرحى متأثرين بجراحهم.", [(9, None, None)]),
    ("قصفت طائرات حربية سوق مدينة أريحا بريف إدلب اليوم الأحد، ما أدى إلى مقتل 5 مدنيين وإصابة 12 آخرين.\n"
     "وقال الدفاع المدني إن عدد القتلى ارتفع إلى 8.", [(8, 12, None)]),
    ("انفجرت سيارة مفخخة في مدينة أعزاز بريف حلب الشمالي اليوم الأحد، ما أدى إلى مقتل 7 مدنيين.\n"
     "وقال المرصد السوري لحقوق الإنسان إن الانفجار أسفر عن مقتل 10 أشخاص.", [(7, None, None)]),
    ("قتل مدنيان بقصف مدفعي على بلدة كفرنبل بريف إدلب، فيما أصيب 3 أطفال بغارة جوية على مدينة "
     "سراقب اليوم الأحد.", [(2, None, None), (None, 3, None)]),
    ("سقطت قذيفتان على حي المالكي في دمشق اليوم الأحد، دون أن تسفر عن إصابات.", [(0, 0, None)]),
    ("انفجرت سيارة مفخخة في مدينة الباب بريف حلب اليوم، ما أدى إلى سقوط 25 شخصاً بين قتيل وجريح.",
     [(None, None, 25)]),
    ("أصيب 3 مدنيين بانفجار لغم في بلدة الكرك بريف درعا اليوم، وتوفي أحدهم لاحقاً متأثراً بجراحه.",
     [(1, 3, None)]),
    # a death told later: an ordinal adds one ("شخص خامس"), "أحد الجرحى" is one of the wounded
    ("قصفت قوات النظام بالمدفعية مدينة معرة النعمان بريف إدلب اليوم الأحد، ما أدى إلى مقتل 4 مدنيين.\n"
     "وتوفي شخص خامس متأثراً بجراحه.", [(5, None, None)]),
    ("قصفت قوات النظام بالمدفعية مدينة معرة النعمان بريف إدلب اليوم الأحد، ما أدى إلى إصابة 6 مدنيين.\n"
     "وتوفي أحد الجرحى لاحقاً في المشفى.", [(1, 6, None)]),
    # a sentence with no act of its own that names the act with the article gives it its toll
    # (another source's fuller figure), not to the recollection told after it
    ("هاجم عناصر تنظيم الدولة حافلة عسكرية لقوات النظام قرب مدينة الميادين بريف دير الزور اليوم، "
     "ما أدى إلى مقتل 12 عنصراً.\n"
     "من جهتها، نقلت وكالة أنباء عن مصدر عسكري قوله إن الهجوم الذي شنه التنظيم على الحافلة أسفر عن "
     "مقتل 12 عنصراً وإصابة 7 بجروح.\n", [(12, 7, None)]),
    # the speaker's own dead ("أحد عناصرها") are a toll, and the side the act hit
    ("نعت قوى الأمن الداخلي، مساء الثلاثاء، مقتل أحد عناصرها إثر هجوم نفذه مسلحون مجهولون على "
     "نقطة تفتيش لها في بلدة الصور بريف دير الزور.", [(1, None, None)]),
]


@pytest.mark.parametrize("text, expected", ARTICLES)
def test_the_figure_of_each_incident(text, expected):
    assert _incidents(text) == expected
