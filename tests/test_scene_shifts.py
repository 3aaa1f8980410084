"""A phrase that opens a sentence on another piece of news ("على صعيد متصل، …", "في سياق
متصل، …", "من جهة أخرى، …") starts an act of its own (data/segmentation.json scene_shifts);
later in a sentence "من جهة أخرى" only names the other side of one fight. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document
from incidents.extract.segment_words import WORDS
from incidents.extract.text import prepare
from incidents.extract.told import opens_new_scene


def run(text: str):
    return extract_document(text, DocMeta("t.txt", "Test Outlet", published="2024-03-14")).incidents


FIRST = "اندلعت اليوم اشتباكات بين قوات سوريا الديمقراطية والجيش الوطني السوري في قرية التوخار بريف منبج. "


@pytest.mark.parametrize("shift", ["على صعيد متصل", "في سياق متصل", "من جهة أخرى", "وبالتوازي", "في غضون ذلك",
                                   "وفي اليوم ذاته"])
def test_a_scene_shift_opens_a_second_incident(shift):
    text = FIRST + f"{shift}، هاجم عناصر من الجيش الوطني السوري مواقع قوات سوريا الديمقراطية في قرية التوخار."
    assert len(run(text)) == 2


def test_without_the_shift_the_same_parties_and_place_are_one_incident():
    text = FIRST + "وهاجم عناصر من الجيش الوطني السوري مواقع قوات سوريا الديمقراطية في قرية التوخار."
    assert len(run(text)) == 1


def test_the_other_side_of_one_fight_is_no_shift():
    doc = prepare("اندلعت اشتباكات بين الجيش الوطني من جهة، وقوات سوريا الديمقراطية من جهة أخرى، في ريف منبج.")
    assert not opens_new_scene(doc, doc.sentences[0])
    doc = prepare("من جهة أخرى، قصفت القوات التركية قرية في ريف منبج.")
    assert opens_new_scene(doc, doc.sentences[0])


def test_the_shifts_are_folded_data():
    assert "علي صعيد متصل" in WORDS.scene_shifts and WORDS.scene_shift_window >= 3


def test_a_demonstrative_of_time_before_the_verb_points_at_no_act():
    """'في غضون ذلك، قصفت …': ذلك is the time, the shelling a new act, and its list of towns
    one incident per town; 'وأسفر هذا القصف عن …' still points back at the act told."""
    text = ("تواصلت الاشتباكات بين قوات النظام والفصائل المعارضة على محور بلدة كفرنبودة في ريف حماة الشمالي. "
            "في غضون ذلك، قصفت قوات النظام بالمدفعية بلدة اللطامنة وقرية الزكاة.")
    places = sorted(i.location.name for i in run(text) if i.sub_event_type.startswith("Shelling"))
    assert places == ["Al-Latamneh", "Al-Zakat"]
    doc = prepare("قصفت قوات النظام بلدة اللطامنة. وتسبب هذا القصف بدمار كبير.")
    from incidents.extract.told import refers_back
    s = doc.sentences[1]
    assert refers_back(doc, s, doc.words.index("القصف"), [])


def test_a_shift_with_its_conjunction_opens_a_second_incident():
    """'وفي سياق متصل': و on the two-letter في is the same shift (the particle was only taken
    off longer words)."""
    text = FIRST + "وفي سياق متصل هاجم عناصر من الجيش الوطني السوري مواقع قوات سوريا الديمقراطية في قرية التوخار."
    assert len(run(text)) == 2
    doc = prepare("وفي سياق متصل قصفت المدفعية التركية قرية في ريف رأس العين.")
    assert opens_new_scene(doc, doc.sentences[0])


@pytest.mark.parametrize("opener", ["، في سياق متصل", "، وفي سياق منفصل", "، تزامناً مع", "، بالتزامن مع",
                                    "، وفي اليوم نفسه", "، وفي الأثناء", "، في غضون ذلك"])
def test_a_shift_after_a_comma_cuts_the_sentence(opener):
    """A second act told after a comma and a scene shift, or beside the first ('تزامناً مع'),
    by another doer at other towns, is its own incident (segmentation.json clause_openers)."""
    text = ("شنت طائرات حربية روسية غارات على أطراف بلدة البارة في جبل الزاوية" + opener +
            " شن قوات النظام هجوماً برياً على قرية الفطيرة جنوبي إدلب.")
    types = sorted((i.event_type, i.location.name) for i in run(text))
    assert types == [("Battles", "Fatira"), ("Explosions/Remote violence", "Al-Bara")], types
