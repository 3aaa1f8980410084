"""The headline names an act that the story then tells: by its means (one incident, typed by
the means), or in fewer, other words (an arrest over a raid that also killed), which adds no
incident of its own when the story tells an act at its place or inside it. Sentences written
for these tests."""
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

STORY = ("ألقت الجهات المختصة القبض على متزعم خلية إرهابية، وقتلت عنصراً آخر في محيط مدينة نوى "
         "بريف درعا الغربي.\n\nوقال مصدر أمني إن العملية جرت بعد رصد تحركات الخلية في المنطقة.")


def _incidents(text: str):
    return extract_document(text, DocMeta(doc="headline", published="2023-05-10")).incidents


def test_an_act_told_only_in_the_headline_at_the_storys_place_is_the_storys_act():
    alone = _incidents(STORY)
    headed = _incidents("القبض على متزعم خلية إرهابية بريف درعا\n\n" + STORY)
    assert len(alone) == 1
    assert [(i.event_type, i.location.name) for i in headed] == [(i.event_type, i.location.name) for i in alone]


def test_a_headline_act_elsewhere_is_its_own_incident():
    """The headline's act at a place the story does not reach is no summary of it."""
    headed = _incidents("مقتل مدنيين اثنين بقصف على مدينة معرة النعمان بريف إدلب\n\n" + STORY)
    assert len(headed) == 2
    assert {i.location.admin1 for i in headed} == {"Idleb", "Dar'a"}


def test_a_headline_toll_goes_to_the_incident_whose_figure_the_story_restates():
    """The headline names the town; the story's massacre is in a village near it and its
    figure is the headline's, while the shells on the town hurt no one: the headline's
    killed and wounded are the massacre's, and the shells keep their 0 and 0."""
    text = ("مسلحو التنظيم يروعون مصياف بمجزرة: 31 قتيلاً و64 جريحاً\n\n"
            "هاجم مسلحو تنظيم الدولة قرية الرصافة في ريف مصياف فجر الأحد، وقتل جراء الهجوم على "
            "قرية الرصافة 31 شخصاً.\n\n"
            "في حين سقطت 4 قذائف على مدينة مصياف صباح الأحد، دون وقوع إصابات بشرية.")
    tolls = {i.location.name_ar: (i.killed, i.injured) for i in _incidents(text)}
    assert tolls.get("مصياف") == (0, 0)
    assert (31, 64) in tolls.values()
