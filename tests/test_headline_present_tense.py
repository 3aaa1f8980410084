"""A headline tells a past act in the present tense ("الأسايش تعتقل ...", "مسلحون يغتالون ..."):
in the lines over the story the present forms of the paradigm verbs are act words, where the
story's own present verbs tell what goes on or is threatened. Sentences written for these tests."""
from __future__ import annotations

from extracted import incidents
from incidents.extract import lexicon


def test_a_present_headline_tells_the_act():
    text = ("الأسايش تعتقل ثلاثة معلمين في مدينة عامودا\n"
            "عامودا - خاص\n"
            "وقالت مصادر محلية إن المعلمين يعملون في مدارس تتبع للحكومة، ولم يعرف مكان احتجازهم.")
    assert [(i.sub_event_type, i.location.name) for i in incidents(text)] == [("Arrests", "Amuda")]


def test_a_gunmen_headline_in_the_plural():
    text = ("مسلحون يغتالون مختار قرية في ريف دير الزور الشرقي\n"
            "وينحدر المختار من عشيرة معروفة في المنطقة، وكان يشغل منصبه منذ سنوات.")
    assert [i.sub_event_type for i in incidents(text)] == ["Attack"]


def test_a_present_verb_in_the_story_is_no_act():
    text = ("تطورات ميدانية في ريف درعا\n"
            "وتعتقل الأجهزة الأمنية كل من يرفض الالتحاق بالخدمة العسكرية في مدينة الصنمين.")
    assert incidents(text) == []


def test_the_present_forms():
    assert lexicon.present_forms("اعتقل") == ["يعتقل", "تعتقل", "يعتقلون"]
    assert lexicon.present_forms("اعتدى") == ["يعتدي", "تعتدي", "يعتدون"]
    assert lexicon.present_forms("خطف") == ["يخطف", "تخطف", "يخطفون"]
