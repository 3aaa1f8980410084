"""Who was killed or wounded, counted the way the sentence tells it. Sentences written for
these tests."""
from __future__ import annotations

from extract.casualties import find_counts, total
from extract.model import DocMeta
from extract.pipeline import extract_document
from extract.text import prepare


def counts(sentence: str):
    doc = prepare(sentence)
    return find_counts(doc, 0, len(doc.tokens))


def test_a_companion_named_with_a_pronoun_is_one_more():
    assert total(counts("قتل قيادي في الفرقة الرابعة ومرافقه بكمين قرب الحاجز"), "killed") == 2
    assert total(counts("قتلت سيدة وابنتها بقذيفة سقطت على منزلهما"), "killed") == 2


def test_escorting_is_not_a_companion():
    assert total(counts("قتل ضابط ومرافقة عسكرية كانت معه"), "killed") == 1


def test_a_stated_figure_outranks_a_singular_noun():
    c = counts("مقتل قيادي في الحزب بضربة جوية. وقتل القيادي ومرافقه في الضربة على السيارة")
    assert total(c, "killed") == 2


def test_person_named_then_others_added_is_one_figure():
    c = counts("قتل 3 عناصر من الميليشيا بانفجار. وأسفر الانفجار عن مقتل القيادي بالإضافة إلى عنصرين آخرين")
    assert total(c, "killed") == 3


def test_when_between_verb_and_victim_is_skipped():
    assert total(counts("واغتيل أول أمس الاثنين، عضو في اللجنة المركزية"), "killed") == 1
    assert total(counts("وقتل الاثنين 5 أيلول عنصر من الحاجز"), "killed") == 1


def test_died_of_wounds_is_killed_not_wounded():
    c = counts("وتوفي الشاب متأثراً بجراحه في المشفى")
    assert total(c, "killed") == 1
    assert total(c, "injured") is None


def test_subject_with_article_before_the_verb():
    assert total(counts('وقالت مصادر إن القيادي "أحمد" قتل خلال المداهمة'), "killed") == 1


def test_number_before_the_verb():
    assert total(counts("وأكدت المصادر أن ثلاثة من عناصر الحاجز قتلوا في الهجوم"), "killed") == 3
    assert total(counts("قتل في 5 أيلول عنصر واحد"), "killed") == 1   # a day of the month is no count


def test_a_list_of_names_counts_each_person():
    assert total(counts("فيما قتل كلٌّ من “أحمد علي”، و”محمود حسن”، و”خالد سعيد” حيث كانوا في الحاجز"),
                 "killed") == 3
    assert total(counts("وقتل كل من أحمد ومحمد في الكمين"), "killed") == 2


def test_history_of_a_settlement_is_no_agreement():
    text = ("اغتال مسلحون مجهولون عنصرا سابقا في فصائل المعارضة في بلدة المزيريب بريف درعا الغربي اليوم.\n"
            "وكان القتيل قد رفض إجراء التسوية مع النظام، وانضم لمجموعة محلية عقب التسوية.")
    incidents = extract_document(text, DocMeta("t.txt", "Test", published="2024-03-14")).incidents
    assert [i.sub_event_type for i in incidents if i.sub_event_type == "Agreement"] == []


def test_martyrs_are_killed():
    assert total(counts("أدى القصف إلى سقوط 12 شهيداً بينهم طفلان"), "killed") == 12


def test_a_count_after_a_long_agent():
    c = counts("أعدمت مجموعات مسلحة تابعة لوزارة الدفاع 15 مدنياً في القرية")
    assert total(c, "killed") == 15


def test_more_ways_of_telling_a_toll():
    cases = [
        ("مقتل شخص وإصابة آخرين", 1, None),          # "others": how many is not said
        ("استشهد طفل وجرح والده", 1, 1),
        ("ارتفع عدد القتلى إلى 9 أشخاص", 9, None),
        ("مقتل قائد المجموعة واثنين من مرافقيه", 3, None),
    ]
    for text, killed, injured in cases:
        c = counts(text)
        assert (total(c, "killed"), total(c, "injured")) == (killed, injured), text


def test_a_dual_verb_counts_two():
    c = counts("والعنصرين قتلا إلى جانب آخرين أصيبا جراء انفجار عبوة ناسفة")
    assert total(c, "injured") == 2


def test_an_assassination_of_one_with_no_toll_kills_one():
    text = ("وجاءت عملية الاغتيال هذه بالتزامن مع عملية أخرى في مدينة نوى غربي درعا، حيث أطلق مجهولون "
            "النار على شخص أمام منزله اليوم.")
    [inc] = extract_document(text, DocMeta("t.txt", "Test", published="2024-06-14")).incidents
    assert inc.killed == 1
    text = "نجا عنصر في اللواء الثامن من محاولة اغتيال بعبوة ناسفة في مدينة بصرى الشام اليوم."
    [inc] = extract_document(text, DocMeta("t.txt", "Test", published="2024-06-14")).incidents
    assert inc.killed == 0


def test_others_wounded_after_a_toll_of_members_adds_no_one():
    c = counts("ما أسفر عن مقتل 16 عنصراً من الأمن العام وإصابة آخرين")
    assert (total(c, "killed"), total(c, "injured")) == (16, None)
