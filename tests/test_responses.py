"""Acts that answer or stand beside the act told: a response by the other side ("ردت X على Y
باعتقال …", segmentation.json response_verbs) is an incident of its own; a killing told in a
relative clause about a protest's grievance ("استنكاراً لمقتل الناشط، والذي قضى برصاص مسلحين")
names no party of the protest (segmentation.json grievance_marks, clauses.SUBORDINATE); a short
line inside the story titles what follows and adds no incident (headline.crossheads). Sentences
written for these tests."""
from __future__ import annotations

from incidents.extract.clauses import protested_against
from incidents.extract.headline import crossheads
from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document
from incidents.extract.text import prepare


def run(text: str):
    return extract_document(text, DocMeta("t.txt", "Test Outlet", published="2024-03-14")).incidents


def test_a_response_by_arrests_is_an_incident_of_its_own():
    text = ("اعتقلت قوات الأسايش اليوم قائداً في ميليشيا الدفاع الوطني على حاجز وسط مدينة القامشلي. "
            "وأضافت المصادر أن ميليشيا الدفاع الوطني ردت على الأسايش باعتقال ثلاثة من مسؤولي الإدارة الذاتية "
            "في مدينة القامشلي.")
    assert len(run(text)) == 2


def test_shelling_in_response_is_its_own_shelling():
    text = ("قصفت فصائل الجيش الوطني السوري اليوم مواقع مجلس منبج العسكري في قرية التوخار بريف منبج. "
            "وأضاف المرصد أن مجلس منبج العسكري رد على ذلك وقصف مواقع الفصائل في قرية التوخار.")
    doers = [{a.name for a in i.actors if a.side == 1} for i in run(text)]
    assert doers == [{"Syrian National Army"}, {"Manbij Military Council"}]


def test_the_act_told_as_a_response_by_its_noun_is_the_act_itself():
    text = ("قصفت قوات النظام اليوم قرية كفرنبودة بريف حماة. "
            "وجاء القصف رداً على هجوم للفصائل، وأسفر القصف عن مقتل مدنيين اثنين.")
    assert len(run(text)) == 1


def test_a_grievance_is_what_a_protest_is_about():
    doc = prepare("نظم الأهالي وقفة احتجاجية صامتة استنكاراً لمقتل الناشط")
    assert protested_against(doc, doc.words.index("لمقتل"))


def test_the_killers_of_the_mourned_are_no_party_of_the_protest():
    text = ("نظم العشرات من أهالي مدينة شهبا اليوم وقفة احتجاجية صامتة استنكاراً لمقتل الناشط محمود، "
            "والذي قضى برصاص مسلحين مجهولين يوم الجمعة.")
    [protest] = run(text)
    assert [a.name for a in protest.actors] == ["Protesters (Syria)"]


CROSSHEAD = ("قتل 12 مدنياً اليوم برصاص مسلحين في منطقتي حمص وطرطوس.\n"
             "وأعلن الأمن العام أنه اعتقل عناصر لقتلهم أربعة مواطنين في ريف بانياس.\n"
             "مجزرة في بانياس\n"
             "وقالت مصادر إن مسلحين ملثمين أطلقوا النار على مختار قرية حرف بنمرة في ريف بانياس، ما أدى إلى مقتله.")


def test_a_crosshead_is_found_between_line_breaks():
    doc = prepare(CROSSHEAD)
    assert [" ".join(doc.words[s.first:s.last]) for s in crossheads(doc)] == ["مجزره في بانياس"]


def test_a_crosshead_adds_no_incident():
    places = [i.location.name for i in run(CROSSHEAD) if i.location]
    assert "Baniyas" not in places and len(places) == 3
