"""Who was killed or wounded, counted the way the sentence tells it. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from incidents.extract.casualties import find_counts, total
from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document
from incidents.extract.text import prepare

# (sentence, field, expected total, what the sentence shows)
TOLLS = [
    ("قتل قيادي في الفرقة الرابعة ومرافقه بكمين قرب الحاجز", "killed", 2, "a companion with a pronoun"),
    ("قتلت سيدة وابنتها بقذيفة سقطت على منزلهما", "killed", 2, "a daughter with a pronoun"),
    ("قتل ضابط ومرافقة عسكرية كانت معه", "killed", 1, "escorting is no companion"),
    ("مقتل قيادي في الحزب بضربة جوية. وقتل القيادي ومرافقه في الضربة على السيارة", "killed", 2,
     "a stated figure outranks a singular noun"),
    ("قتل 3 عناصر من الميليشيا بانفجار. وأسفر الانفجار عن مقتل القيادي بالإضافة إلى عنصرين آخرين", "killed", 3,
     "a person named then others added is one figure"),
    ("واغتيل أول أمس الاثنين، عضو في اللجنة المركزية", "killed", 1, "when comes between verb and victim"),
    ("وقتل الاثنين 5 أيلول عنصر من الحاجز", "killed", 1, "a date between verb and victim"),
    ("وتوفي الشاب متأثراً بجراحه في المشفى", "killed", 1, "died of wounds"),
    ("وتوفي الشاب متأثراً بجراحه في المشفى", "injured", None, "died of wounds is no wound"),
    ('وقالت مصادر إن القيادي "أحمد" قتل خلال المداهمة', "killed", 1, "a subject with its article"),
    ("وأكدت المصادر أن ثلاثة من عناصر الحاجز قتلوا في الهجوم", "killed", 3, "a number before the verb"),
    ("قتل في 5 أيلول عنصر واحد", "killed", 1, "a day of the month is no count"),
    ("فيما قتل كلٌّ من “أحمد علي”، و”محمود حسن”، و”خالد سعيد” حيث كانوا في الحاجز", "killed", 3,
     "a list of names"),
    ("وقتل كل من أحمد ومحمد في الكمين", "killed", 2, "two names without a comma"),
    ("أدى القصف إلى سقوط 12 شهيداً بينهم طفلان", "killed", 12, "martyrs"),
    ("ما أدى إلى ارتقاء ثلاثة عشر شهيداً وعدد من الجرحى", "killed", 13, "a teen in words before its noun"),
    ("وخلّف الانفجار سبعة وعشرين جريحاً في السوق", "injured", 27, "units and tens before the noun"),
    ("أعدمت مجموعات مسلحة تابعة لوزارة الدفاع 15 مدنياً في القرية", "killed", 15, "a count after a long agent"),
    ("مقتل شخص وإصابة آخرين", "killed", 1, "others: how many is not said"),
    ("مقتل شخص وإصابة آخرين", "injured", None, "others: how many is not said"),
    ("استشهد طفل وجرح والده", "killed", 1, "a relative"),
    ("استشهد طفل وجرح والده", "injured", 1, "a relative"),
    ("ارتفع عدد القتلى إلى 9 أشخاص", "killed", 9, "a rising toll"),
    ("ارتفع عدد القتلى إلى 9 أشخاص", "injured", None, "a rising toll"),
    ("مقتل قائد المجموعة واثنين من مرافقيه", "killed", 3, "a leader and two companions"),
    ("مقتل قائد المجموعة واثنين من مرافقيه", "injured", None, "a leader and two companions"),
    ("والعنصرين قتلا إلى جانب آخرين أصيبا جراء انفجار عبوة ناسفة", "injured", 2, "a dual verb"),
    ("ما أسفر عن مقتل 16 عنصراً من الأمن العام وإصابة آخرين", "killed", 16, "a masdar has no subject"),
    ("ما أسفر عن مقتل 16 عنصراً من الأمن العام وإصابة آخرين", "injured", None, "a masdar has no subject"),
    ("وفقد ثلاثة مقاتلين من الفصيل، صباح اليوم، حياتهم بقصف مدفعي", "killed", 3, "a life lost, people between"),
    ("وأسفر الكمين عن فقدان سائق الشاحنة حياته", "killed", 1, "a life lost, told by the pronoun"),
    ("فقد الاتصال بالدورية منذ مساء أمس", "killed", None, "lost, but no life"),
    ("وقضى عاملان في الورشة بالانفجار", "killed", 2, "a dual of any person noun"),
    ("وأصيب موظفين في البلدية بجروح", "injured", None, "موظفين is a plural too: no figure"),
    ("استشهد رجل وطفلتان بقصف على الحي", "killed", 3, "one and a dual joined by و"),
    ("قتل المختار برصاص مجهولين، كما قتلوا معه شخصين من أقاربه", "killed", 3, "others killed with him"),
    ("مقتل 12 عنصراً من الفوج فضلاً عن ثلاثة من المهاجمين", "killed", 15, "فضلاً عن adds to the count"),
    ("قتل 9 عناصر من قوات النظام، في حين قتل 4 من مقاتلي الفصائل", "killed", 13, "another side's figure"),
    ("قتل 9 عناصر من قوات النظام في الهجوم. وقتل 9 عناصر من قوات النظام", "killed", 9, "a figure retold"),
    ("وقتل شابان من القرية، بينما لقي اثنان آخران مصرعهما على الطريق", "killed", 4,
     "the pronoun closes the count told"),
    ("وإصابة كل من (سامر)، و(هالة)، مؤكداً أن وضعهما مستقر، وأن المشفى استقبلهما", "injured", 2,
     "a clause ends the list of names"),
    ("وخلف التفجير 13 إصابة بين المارة", "injured", 13, "a figure over ten with a singular noun"),
    ("وقال الطبيب إن عدد الجرحى في المشفى بلغ 22", "injured", 22, "a toll that reached a figure"),
    ("وبلغت حصيلة الضحايا 8 أشخاص", "killed", 8, "the verb before the toll"),
    ("ووصل عدد القتلى إلى 17", "killed", 17, "reached, with إلى"),
    ("وقد بلغ من العمر 60 عاماً", "killed", None, "an age is no toll"),
    ("ارتفعت حصيلة القتلى لتبلغ 19 شخصاً. وكان قتل 12 شخصاً", "killed", 19, "a rise told with لتبلغ updates"),
    ("استشهاد 4 أطفال وامرأتين في القصف", "killed", 6, "a dual joined to a figure"),
    ("مقتل 6 مدنيين بينهم امرأة و3 أطفال", "killed", 6, "those among them are no more"),
    ("وأكد ناشطون مقتل “أبو سامر” برصاص قناص", "killed", 1, "a victim told by a quoted name"),
    ("اغتال مسلحون، فجر اليوم، الشيخ “عبد الله” أمام منزله", "killed", 1, "a definite victim after the agent"),
    ("اغتال ملثمون ليلة أمس أحد وجهاء العشيرة", "killed", 1, "one of a group after the agent"),
    ("وأعلنت الشرطة عن اغتيال مجهولين الطبيب “سمير” في عيادته", "killed", 1, "an assassination told as a masdar"),
    ("ونجا المختار من محاولة اغتيال الشيخ بعبوة", "killed", None, "an attempt kills no one"),
    ("وأودى الانفجار بحياة 6 من عمال المخبز", "killed", 6, "أودى بحياة"),
    ("حصد القصف أرواح 9 مدنيين", "killed", 9, "حصد أرواح"),
    ("ذبح المسلحون 4 رعاة في البادية", "killed", 4, "ذبح with its agent"),
    ("وقعت اشتباكات أصيب فيها خمسة عناصر", "injured", 5, "a pronoun-preposition before the count"),
    ("أصيب أحد المارة بشظايا", "injured", 1, "one of the passers-by"),
    ("وارتفع إلى 11 عدد القتلى في المدينة", "killed", 11, "a rise told figure first"),
    ("ولفظ الجريح أنفاسه الأخيرة في المشفى", "killed", 1, "a last breath is a life lost"),
    ("قتلت سيدة وأطفالها الثلاثة بغارة جوية", "killed", 4, "relatives told with their number"),
    ("مقتل مزارع وزوجته وأبنائهما الخمسة", "killed", 7, "a companion and relatives"),
    ("مقتل مزارع وأطفاله بالقصف", "killed", 1, "relatives without their number are not counted"),
    ("وخلف القصف 11 قتيلاً وجريحاً", "killed", None, "dead and wounded under one figure"),
    ("وخلف القصف 11 قتيلاً وجريحاً", "combined", 11, "dead and wounded under one figure"),
    ("وسجلت المشافي 14 إصابة بين قتيل وجريح", "injured", None, "a figure of wounds between dead and wounded"),
    ("وسجلت المشافي 14 إصابة بين قتيل وجريح", "combined", 14, "a figure of wounds between dead and wounded"),
    ("أسفرت الغارة عن 4 قتلى و9 جرحى", "killed", 4, "two figures, two fields"),
    ("ما أدى إلى إصابة الحمصي وابن عمه وشخص رابع", "injured", 4, "an ordinal closes a list of victims"),
    ("قتل عنصران من الحاجز، وأصيب ثالث", "injured", 1, "an ordinal alone is one more"),
    ("وقال المرصد إن 17 مدنياً قتلوا في قصف للقوات المهاجمة على الحي", "killed", 17,
     "a subject before the verb: no victim looked for after it"),
    ("تمكنت الدورية من قتل “أبو حمزة” و“أبو طلحة” قرب الجسر", "killed", 2, "two names in quotes"),
    ('وأكدت المصادر مقتل "أبو حمزة" في الغارة التي شنها "التحالف"', "killed", 1,
     "a closing mark opens no name"),
    ("وتمكنت الوحدات من القضاء على 8 إرهابيين في الكمين", "killed", 8, "doing away with is killing"),
    ("وأكد الوزير استقلال القضاء على كل المستويات", "killed", None, "the judiciary is no killing"),
    ("قتل 4 أشخاص بالغارة. وقال الدفاع المدني إن عدد الضحايا ارتفع إلى 10", "killed", 10,
     "a rise told after the toll's words updates it"),
]


@pytest.mark.parametrize("sentence, field, expected, why", TOLLS, ids=[f"{t[3]} ({t[1]})" for t in TOLLS])
def test_toll(sentence: str, field: str, expected, why: str):
    doc = prepare(sentence)
    assert total(find_counts(doc, 0, len(doc.tokens)), field) == expected


def run(text: str):
    return extract_document(text, DocMeta("t.txt", "Test", published="2024-06-14")).incidents


def test_history_of_a_settlement_is_no_agreement():
    text = ("اغتال مسلحون مجهولون عنصرا سابقا في فصائل المعارضة في بلدة المزيريب بريف درعا الغربي اليوم.\n"
            "وكان القتيل قد رفض إجراء التسوية مع النظام، وانضم لمجموعة محلية عقب التسوية.")
    assert [i.sub_event_type for i in run(text) if i.sub_event_type == "Agreement"] == []


def test_an_assassination_of_one_with_no_toll_kills_one():
    text = ("وجاءت عملية الاغتيال هذه بالتزامن مع عملية أخرى في مدينة نوى غربي درعا، حيث أطلق مجهولون "
            "النار على شخص أمام منزله اليوم.")
    [inc] = run(text)
    assert inc.killed == 1
    [inc] = run("نجا عنصر في اللواء الثامن من محاولة اغتيال بعبوة ناسفة في مدينة بصرى الشام اليوم.")
    assert inc.killed == 0


def test_a_survivor_spelt_with_alif_maqsura_is_no_one_killed():
    [inc] = run("انفجرت عبوة ناسفة بسيارة قيادي في الفرقة الرابعة في مدينة الميادين اليوم، ونجى القيادي من الانفجار.")
    assert inc.killed == 0
