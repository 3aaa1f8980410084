"""A comma, و and an act's verb with a doer of its own named after it open a clause telling
another act inside one sentence (segmentation.json clause_act_verbs, clause_doers,
clause_event_verbs); without a doer the verb goes on with the doer before. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document
from incidents.extract.text import prepare


def run(text: str):
    return extract_document(text, DocMeta("t.txt", "Test", published="2021-06-02")).incidents


def test_a_second_doer_after_a_comma_is_a_second_incident():
    text = ("قصفت قوات النظام بالمدفعية الثقيلة بلدة كفرنبل جنوبي إدلب، ما أدى لمقتل امرأة وطفلها، "
            "واستهدفت طائرات روسية قرية البارة بعدة غارات جوية.")
    got = sorted((i.sub_event_type, i.location.name, i.killed) for i in run(text))
    assert got == [("Air/drone strike", "Al-Bara", None), ("Shelling/artillery/missile attack", "Kafranbel", 2)]


@pytest.mark.parametrize("text, parts", [
    ("هاجم مسلحون حاجزاً للأمن العسكري في بلدة صيدا، واندلعت اشتباكات بين الطرفين استمرت ساعة.", 2),
    ("اعتقلت دورية للأمن العسكري شاباً في مدينة نوى، واعتقلت عناصر الفرقة الرابعة آخر في بلدة الشيخ سعد.", 2),
    ("ردت قوات مجلس منبج العسكري على مصادر النيران، وقصفت مواقع الفصائل في قرية عرب حسن.", 1),
])
def test_the_cut_needs_a_doer_or_an_act_as_subject(text, parts):
    assert len(prepare(text).sentences) == parts


@pytest.mark.parametrize("participle", ["مشيراً إلى أن", "لافتاً إلى أن", "مضيفاً أن"])
def test_a_reporting_participle_after_a_comma_opens_another_act(participle):
    """'…، مشيراً إلى أن طائرات حربية روسية استهدفت قرية البارة': what the source adds is
    another act, not more of the one told (segmentation.json clause_openers)."""
    text = ("وقال المرصد إن ثلاثة مدنيين قتلوا بقصف مدفعي لقوات النظام على بلدة كفرنبل، "
            f"{participle} طائرات حربية روسية استهدفت قرية البارة بغارتين.")
    got = sorted((i.sub_event_type, i.location.name, i.killed) for i in run(text))
    assert got == [("Air/drone strike", "Al-Bara", None), ("Shelling/artillery/missile attack", "Kafranbel", 3)]


def test_a_participle_with_a_victim_after_it_goes_on_with_the_act():
    text = ("أصيب طفلان بنيران عناصر الدفاع الوطني في حي طي بمدينة القامشلي، "
            "مشيرةً إلى أن طفلاً قتل متأثراً بجراح أصيب بها يوم أمس.")
    assert len(prepare(text).sentences) == 1
