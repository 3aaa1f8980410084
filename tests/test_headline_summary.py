"""The headline names an act that the story then tells by its means: one incident, typed by
the means. Sentences written for these tests."""
from __future__ import annotations

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def run(text: str):
    return extract_document(text, DocMeta("t.txt", "Test", published="2022-03-09")).incidents


HEAD = "مصدر أمني: تعرض حافلة مبيت عسكري في مدينة حمص لاستهداف أدى لمقتل 5 جنود\n\n"
BODY = ("أفاد مصدر أمني باستهداف حافلة مبيت عسكري في مدينة حمص صباح اليوم بعبوة ناسفة زرعها "
        "مجهولون، ما أدى إلى مقتل خمسة جنود.")


def test_headline_and_story_of_one_bombing_are_one_incident():
    incidents = run(HEAD + BODY)
    assert len(incidents) == 1
    assert incidents[0].sub_event_type == "Remote explosive/landmine/IED"
    assert incidents[0].killed == 5


def test_headline_with_its_own_means_stays_by_the_rule_of_types():
    """The rule is for a headline that only names the act: a story of another act
    (arrests after a protest the headline names) is not folded into it."""
    text = ("مظاهرة في مدينة حمص ضد الحكومة\n\n"
            "خرج عشرات المتظاهرين في مدينة حمص اليوم، ثم شنت قوات الأمن حملة اعتقالات طالت 10 أشخاص.")
    kinds = {i.event_type for i in run(text)}
    assert "Protests" in kinds
