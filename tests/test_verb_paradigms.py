"""A verb of an act written once in triggers.json `paradigms`, in its he-form: the loader adds
the she- and they-forms a report uses ("اقتادت دورية", "احتجزوا سائقاً", "سرق عناصر", "اعتدت
عناصر بالضرب"), which a list of forms written one by one had missed. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from extracted import incidents
from incidents.extract import lexicon


@pytest.mark.parametrize("text, sub", [
    ("اقتادت دورية للأمن العسكري ثلاثة شبان من منازلهم في بلدة المسيفرة بريف درعا الشرقي.", "Arrests"),
    ("وأفاد مصدر محلي بأن عناصر حاجز الفرقة الرابعة احتجزوا سائق حافلة ركاب عند مدخل مدينة الصنمين.",
     "Arrests"),
    ("سرق عناصر من فصيل الحمزات محصول الزيتون من أراضي المهجرين في ناحية معبطلي بريف عفرين.",
     "Looting/property destruction"),
    ("اعتصمت عشرات النساء أمام مبنى المحافظة في مدينة الحسكة للمطالبة بمعرفة مصير أبنائهن.",
     "Peaceful protest"),
])
def test_a_paradigm_form_tells_the_act(text, sub):
    assert [i.sub_event_type for i in incidents(text)] == [sub]


def test_the_forms_of_a_verb():
    assert lexicon.past_forms("اقتاد") == ["اقتاد", "اقتادت", "اقتادوا"]
    assert lexicon.past_forms("اعتدى") == ["اعتدى", "اعتدت", "اعتدوا"]


def test_a_passive_verb_is_no_doer_first():
    # "قُتلت امرأة" is as common as "قتلت قوات": the killing verbs do not name the doer first
    assert "قتلت" not in lexicon.PARADIGM_VERBS and "اقتادت" in lexicon.PARADIGM_VERBS
