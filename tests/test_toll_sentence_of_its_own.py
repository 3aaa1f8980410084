"""Which act a toll told in a sentence of its own belongs to. Every text is written for
these tests."""
from __future__ import annotations

from extracted import incidents


def test_toll_after_a_withdrawal_goes_to_the_attack():
    # the attackers' withdrawal told between the attack and its wounded hurts no one
    text = ("قتل عنصران من قوات النظام بهجوم لمسلحين مجهولين على حاجز عسكري قرب بلدة المزيريب "
            "بريف درعا الغربي، مساء الثلاثاء.\n\n"
            "وقال مراسل تجمع أحرار حوران إن المهاجمين استخدموا أسلحة رشاشة، وانسحبوا من المكان بعد الهجوم.\n\n"
            "كما أصيب ثلاثة عناصر آخرين بجروح.")
    found = [(i.killed, i.injured) for i in incidents(text, "2024-03-07")]
    assert found == [(2, 3)]


def test_a_later_rise_of_the_toll_is_no_new_act():
    # "في وقت لاحق" opens a new act, but not when all it tells is the toll of one told before
    text = ("انفجرت دراجة نارية مفخخة في مدينة اعزاز شمالي حلب، ما أدى إلى مقتل شخصين وإصابة سبعة آخرين.\n\n"
            "وفي سياق منفصل، قصفت قوات النظام قرى في جبل الأكراد بريف اللاذقية.\n\n"
            "وفي وقت لاحق، ارتفع عدد جرحى تفجير اعزاز إلى 12 شخصاً.")
    found = [(i.location.name, i.killed, i.injured) for i in incidents(text, "2024-03-05")]
    assert ("Azaz", 2, 12) in found and len(found) == 2


def test_a_passive_casualty_verb_with_a_cause_and_town_of_its_own_is_another_act():
    text = ("وثق المرصد السوري مقتل 4 أشخاص في حوادث متفرقة في محافظة درعا خلال اليوم.\n\n"
            "حيث قتل رجل برصاص مجهولين في مدينة جاسم، وقتلت امرأة وطفلها بقصف على بلدة بصرى الشام، "
            "كما قتل شاب بانفجار لغم في بلدة الشيخ مسكين.")
    found = {i.location.name: i.killed for i in incidents(text, "2024-03-07")}
    assert found == {"Jasim": 1, "Busra al-Sham": 2, "Al-Sheikh Miskin": 1}


def test_the_same_act_told_on_with_its_cause_stays_one():
    text = "قتل شاب برصاص قناص في حي المنشية بمدينة درعا، وأصيب آخر برصاص القناص ذاته."
    assert [(i.killed, i.injured) for i in incidents(text, "2024-03-07")] == [(1, 1)]
