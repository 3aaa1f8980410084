"""The ordered sentence filters: each names why a sentence with an act word tells no act."""
import pytest

from incidents.extract.mentions import find_triggers
from incidents.extract.sentence_filters import NO_ACT_OF_ITS_OWN, SentenceView, rejected
from incidents.extract.text import prepare

NO_LEAD = ([], [], None, [])


def verdict(text: str):
    doc = prepare(text)
    triggers = [t for t in find_triggers(doc) if t.ids != ["none"]]
    s = doc.sentences[0]
    mine = [t for t in triggers if s.first <= t.first < s.last]
    assert mine, "the sentence has an act word"
    return rejected(SentenceView(doc, s, mine, NO_LEAD, []))


@pytest.mark.parametrize("text, why", [
    ("هل قصفت الطائرات الروسية بلدة كفرنبل أمس؟", "question"),
    ("شهدت المحافظة أكثر من 90 عملية اغتيال منذ مطلع العام الجاري.", "tally"),
    ("هدد قائد الفصيل بقصف القرية إذا لم يسلم المطلوبون أنفسهم.", "irrealis"),
    ("وتستعد قوات النظام لشن هجوم على مدينة إدلب بحسب مصادر عسكرية.", "irrealis"),
    ("وتوعدت هيئة تحرير الشام بالرد على قصف قوات النظام لمدينة إدلب.", "irrealis"),
    ("وتخشى الأهالي من تجدد القصف على مدينة جسر الشغور.", "irrealis"),
    ("ونفى مصدر في الفرقة الرابعة أن تكون قواته قد قصفت بلدة طفس.", "irrealis"),
    ("وبلغ عدد عمليات الاغتيال في محافظة درعا منذ مطلع العام 85 عملية.", "tally"),
    ("وفي العراق، قتل خمسة عناصر من الحشد الشعبي بهجوم لداعش في محافظة الأنبار.", "abroad"),
    ("شهدت مدن ريف حلب الشمالي خلال الأشهر الماضية عدة تفجيرات.", "tally"),
    ("وأصدرت محكمة في دمشق حكماً بالإعدام على ثلاثة متهمين بتفجير سيارة مفخخة.", "only named"),
    ("وتحيي مدينة حماة اليوم الذكرى الأربعين لمجزرة حماة التي ارتكبتها قوات النظام.", "only named"),
])
def test_a_sentence_without_an_act_of_its_own_says_why(text, why):
    assert verdict(text) == why


def test_a_sentence_that_tells_an_act_passes_every_filter():
    assert verdict("قصفت الطائرات الروسية بلدة كفرنبل صباح اليوم ما أدى إلى مقتل ثلاثة مدنيين.") is None


def test_the_filters_are_named_and_ordered_once():
    names = [name for name, _ in NO_ACT_OF_ITS_OWN]
    assert len(names) == len(set(names))
    assert names[0] == "question"


def test_an_act_told_beside_a_charge_is_still_told():
    # the charge names what the man was accused of; the shooting that killed him is told
    assert verdict("قتل شاب متهم بالتعامل مع قوات النظام برصاص مسلحين مجهولين في مدينة طفس.") is None
    assert verdict("خرجت مظاهرة في مدينة حماة في الذكرى الأربعين للمجزرة.") is None


def test_a_denial_beside_an_act_and_one_strike_of_several_are_still_told():
    assert verdict("قصفت قوات النظام بلدة طفس بالمدفعية اليوم، فيما نفت دمشق ذلك.") is None
    assert verdict("شنت الطائرات الروسية عدداً من الغارات على بلدة كفرنبل اليوم.") is None
    assert verdict("قتل خمسة مدنيين في قصف على مدينة إدلب بعد عودتهم من العراق.") is None


def test_a_plan_of_people_an_act_names_leaves_the_act_told():
    # "كانت تخطط": the cell's plan is no act, its arrest is
    assert verdict("وألقت وحدات الشرطة القبض على مجموعة كانت تخطط لتفجير عبوات في مدينة السلمية.") is None
    assert verdict("داهمت قوات الأمن مزرعة قرب بلدة الكسوة واعتقلت ثلاثة مطلوبين كانوا يعتزمون استهداف حاجز.") is None
    # a plan with no copula, or one that is all the sentence tells, is still no act
    assert verdict("وتخطط قوات النظام لقصف بلدة الكسوة.") == "irrealis"
    assert verdict("وكانت قوات النظام تخطط لقصف بلدة الكسوة.") == "irrealis"


def test_an_agreement_in_a_time_clause_between_two_parties_is_a_deal_made():
    # "بعد اتفاقية … بين X وY": the deal they made, though told in a time clause; "عقب التسوية"
    # alone stays a person's history
    assert verdict("وسمحت غرفة العمليات للصليب الأحمر بدخول البلدة، وذلك بعد اتفاقية لتبادل الأسرى "
                   "بين الجيش الحر والجيش النظامي.") is None
    assert verdict("وهو عنصر سابق في الجيش الحر انضم إلى الفرقة الرابعة عقب التسوية.") == "status"
