"""The casualty frame grammar, one table per mechanism. Every sentence is written for these tests."""
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


def _check(sentence: str, killed, injured, combined=None):
    assert _totals(sentence) == (killed, injured, combined)


# (sentence, killed, injured, combined): the people come first, the casualty verb after them,
# with what qualifies them in between ("من X", "بينهم …", adjectives)
SUBJECT_FIRST = [
    ("وذكرت الشبكة أن 9 جنود من الفرقة الأولى بينهم ضابطان قتلوا وجرح 11 آخرون في الكمين", 9, 11, None),
    ("وقال المصدر إن مدنياً قتل وأصيب ثلاثة آخرون بانفجار لغم", 1, 3, None),
    ("وأفاد ناشطون بأن 4 مقاتلين مجهولي الهوية قتلوا في الغارة", 4, None, None),
    ("أربعة عناصر من الشرطة أصيبوا بجروح خلال المداهمة", None, 4, None),
    ("وقتل وجرح 25 شخصاً في التفجير", None, None, 25),           # no subject: a combined figure
    ("وأدى القصف إلى قتل وجرح 12 مدنياً", None, None, 12),
    ("وقتل الطفل، وأصيب اثنان من أشقائه", 1, 2, None),
    ("القصف طال المنازل، عنصران قتلا", 2, None, None),
]


@pytest.mark.parametrize("sentence, killed, injured, combined", SUBJECT_FIRST)
def test_people_named_before_the_verb(sentence, killed, injured, combined):
    _check(sentence, killed, injured, combined)


def test_a_counted_noun_is_no_second_subject():
    # "20 عنصراً" is the toll of "مقتل"; the wounded after it are not one more soldier
    _check("أسفرت المعارك عن مقتل أكثر من 20 عنصراً وجرح آخرين من القوات", 20, None)


# "no one was hurt" in its shapes: 0 and 0, unless a figure is stated beside it
NO_CASUALTIES = [
    ("وانتهى الاشتباك دون وقوع إصابات بين الطرفين", 0, 0),
    ("سقطت القذائف على الحي من دون حدوث إصابات بشرية", 0, 0),
    ("ولم تسجل الحادثة إصابات في صفوف الأهالي", 0, 0),
    ("ولم يسفر الهجوم عن وقوع ضحايا", 0, 0),
    ("واستهدف الطيران البلدة بغارتين دون خسائر بشرية", 0, 0),
    ("واقتصرت الأضرار على المادية في المحال", 0, 0),
    ("أدى الانفجار إلى مقتل شخص دون تسجيل إصابات بين المارة", 1, 0),
    ("ولم يعرف عدد القتلى حتى الآن", None, None),           # not known is not none
    ("ولم ترد معلومات عن سقوط إصابات", None, None),         # no news is not no one hurt
    ("ولم يعرف بعد عدد الإصابات", None, None),              # a negated knowing, not a negated harm
    ("ولم يصب أحد بأذى في الحادث", 0, 0),                  # a harm verb with no one its subject
    ("ولم يتمكن أحد من الوصول إلى المكان", None, None),     # no one, but no harm verb
    ("واقتصرت الخسائر على الأضرار المادية في المحال", 0, 0),  # the damage limited to property
    ("واقتصرت الأضرار على الممتلكات", 0, 0),
]


@pytest.mark.parametrize("sentence, killed, injured", NO_CASUALTIES)
def test_no_one_hurt(sentence, killed, injured):
    _check(sentence, killed, injured)


# the words of a count: inflected verbs, sound plurals, "أحد", things that are not people
COUNT_WORDS = [
    ("وأكد المرصد أن 6 صحفيين قتلوا في القصف", 6, None),                # مدني-type plural, generated
    ("وقال الدفاع المدني إن 3 مسعفين أصيبوا بجروح", None, 3),
    ("ونفذ التنظيم حكم الإعدام بحق شابين، وقام بإعدام 5 أشخاص آخرين", 5, None),
    ("أدى الاستهداف إلى مقتل أحد عناصر الدورية", 1, None),
    ("وأسفر القصف عن إصابة ثلاث سيارات ومقتل سائق", 1, None),           # cars are not wounded
    ("سقط قتيل وخمسة جرحى في الاشتباك", 1, 5),                           # "وخمسة" opens the next count
    ("وبلغت الحصيلة 9 شهداء و21 جريحاً", 9, 21),
    ("وجرحت طفلة بشظايا القذيفة", None, 1),                              # جرح + ت: an inflection made on load
    ("سقط قتيلان وثلاثة جرحى بالقذيفة", 2, 3),                            # a dual casualty noun is two
    ("وخلف الانفجار جريحين من المارة", None, 2),
    ("وأصيب جراء القصف 4 مدنيين بجروح", None, 4),                         # a cause between verb and count
    ("وقتل في الغارة الأولى ثلاثة أطفال", 3, None),
    ("وأصيب في الهجوم الذي نفذه 3 مسلحين حارس المبنى", None, None),       # the attackers are not the wounded
    ("وقتل في المواجهات مقاتل من العشائر وأصيب آخران", 1, 2),             # a singular past the cause; a dual "other"
    ("وأدى التفجير إلى سقوط 6 ضحايا في السوق", 6, None),                   # a number before "ضحايا": the dead
]


@pytest.mark.parametrize("sentence, killed, injured", COUNT_WORDS)
def test_count_words(sentence, killed, injured):
    _check(sentence, killed, injured)


# people joined by و are counted together; an agent may stand between the verb and its victim
JOINED = [
    ("قتل رجل وامرأة وطفل بقذيفة سقطت على الحي", 3, None),
    ("أصيب شاب ومسن بجروح طفيفة", None, 2),
    ("قتل مدني وأصيب آخرون في القصف", 1, None),            # "آخرون": how many is not said
    ("أعدم مسلحو التنظيم في ساحة البلدة شاباً", 1, None),
    ("اغتال مجهولون على طريق القرية مختاراً سابقاً", 1, None),
]


@pytest.mark.parametrize("sentence, killed, injured", JOINED)
def test_people_joined_and_agents_between(sentence, killed, injured):
    _check(sentence, killed, injured)


# a toll that rose: the new figure supersedes the first, whatever stands between the words
RISES = [
    ("قتل 4 عناصر في الهجوم، وارتفع عدد القتلى في صفوف الشرطة المحلية إلى 10 عناصر", 10, None),
    ("وارتفعت حصيلة الضحايا إلى 17 مدنياً", 17, None),
    ("أصيب ثلاثة أشخاص، قبل أن يرتفع العدد مساءً إلى 9 مصابين", None, 9),   # the figure's noun tells the field
    ("أصيب خمسة أشخاص ثم ارتفع العدد إلى 8", None, 8),                       # neither: the count before
]


@pytest.mark.parametrize("sentence, killed, injured", RISES)
def test_a_toll_that_rose(sentence, killed, injured):
    _check(sentence, killed, injured)


def test_a_victim_told_as_also_is_one_more():
    # "أيضاً" after the count: someone besides the one the sentence is about
    _check("توفي المختار متأثراً بجراحه، وكان الهجوم قد أدى إلى مقتل سائقه أيضاً", 2, None)
    _check("قتل مرافقه في الاشتباك", 1, None)       # no "also": he may be the one already told


def test_a_relative_inside_a_subset_is_no_one_more():
    _check("وأسفرت الغارة عن مقتل 4 مدنيين بينهم امرأة وابنها", 4, None)
    _check("قتل قيادي ومرافقه في الكمين", 2, None)


def test_no_one_hurt_is_said_of_every_town_struck():
    # a round-up's figure goes to its first town only; "without casualties" is true of each
    text = ("شن الطيران الحربي غارات على بلدة كفرنبل وقرية حاس وقرية معرة حرمة بريف إدلب الجنوبي اليوم، "
            "دون وقوع إصابات بين المدنيين.")
    incidents = extract_document(text, DocMeta("t.txt", "Test", published="2024-06-14")).incidents
    assert len(incidents) >= 2
    assert {(i.killed, i.injured) for i in incidents} == {(0, 0)}


def test_a_toll_told_before_the_act_goes_to_it():
    # the first sentence has no act, only a toll; the next one tells the fight it came from
    text = ("أعلن الجيش الوطني السوري عن مقتل 14 عنصراً وجرح 9 آخرين من قوات سوريا الديمقراطية. "
            "وقال في بيان إن الاشتباكات التي اندلعت أمس مع قسد في محيط مدينة منبج أسفرت عن هذه الحصيلة.")
    [inc] = extract_document(text, DocMeta("t.txt", "Test", published="2024-06-14")).incidents
    assert (inc.killed, inc.injured) == (14, 9)


# a figure summed over several acts ("في هجومين", "في هجمات متفرقة") is no one act's toll: it
# stands only when the incident tells no figure of its own
SEVERAL_ACTS = [
    ("قتل ثلاثة مزارعين وأصيب رابع في هجومين منفصلين. وأدى الهجوم الأول إلى مقتل مزارع", 1, 1),
    ("وقتل خمسة عناصر من الشرطة في هجمات متفرقة على الحواجز", 5, None),     # the sum is all it tells
    ("وقتل خمسة عناصر من الشرطة في ثلاث هجمات. وقتل عنصران في الهجوم على الحاجز", 2, None),
    ("قتل 4 مدنيين في هجمات على البلدة. وقتل 3 أطفال في القصف", 3, None),   # one act's attacks: the lowest
]


@pytest.mark.parametrize("text, killed, injured", SEVERAL_ACTS)
def test_a_sum_over_several_acts(text, killed, injured):
    _check(text, killed, injured)


def test_a_death_of_wounds_an_earlier_act_dealt_is_not_todays():
    # the wounds were received "يوم أمس": that act's death, not one of the shooting told today
    _check("وأطلق المسلحون النار على الحي وتسببوا بإصابة ثلاثة، فيما قتل شاب متأثراً بجراح أصيب بها يوم أمس",
           None, 3)
    # the sentence tells the act that dealt them ("عندما استهدفه"): his death is that act's
    _check("توفي المختار متأثراً بجراحه التي أصيب بها عندما استهدفه مسلحون قبل يومين", 1, None)
    _check("توفيت امرأة متأثرة بجراح أصيبت بها أمس جراء القصف المدفعي على الحي", 1, None)   # "جراء": told here


def test_a_headline_completes_the_first_incidents_toll():
    text = ("مجزرة في بلدة القرية: 9 قتلى و40 جريحاً\n\n"
            "قصفت طائرات حربية السوق الشعبي في مدينة معرة النعمان بريف إدلب اليوم الأحد، ما أدى إلى مقتل 9 مدنيين.\n")
    [inc] = extract_document(text, DocMeta("t.txt", "Test", published="2024-06-14")).incidents
    assert (inc.killed, inc.injured) == (9, 40)
    # a headline makes no incident's toll: an incident that tells none keeps none
    text = ("9 قتلى و40 جريحاً في معرة النعمان\n\nإدلب - خاص\n"
            "قصفت قوات النظام بالمدفعية السوق الشعبي في مدينة معرة النعمان بريف إدلب اليوم الأحد.\n")
    [inc] = extract_document(text, DocMeta("t.txt", "Test", published="2024-06-14")).incidents
    assert (inc.killed, inc.injured) == (None, None)


def test_a_toll_told_in_a_sentence_of_its_own_follows_the_act():
    # "الحصيلة" alone is the act's toll; a span of time ("منذ بداية الشهر") makes a tally
    text = ("انفجرت سيارة مفخخة في حي الوعر بمدينة حمص اليوم الأحد.\n"
            "وقالت وسائل إعلام محلية إن الحصيلة الأولية بلغت 6 قتلى و20 جريحاً.\n")
    [inc] = extract_document(text, DocMeta("t.txt", "Test", published="2024-06-14")).incidents
    assert (inc.killed, inc.injured) == (6, 20)
