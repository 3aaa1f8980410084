"""Control of territory is coded per town (ACLED's unit): a takeover of several towns listed in
one sentence is one incident per town (segmentation.json roundup_kinds has 'overtake'), and the
towns an advance heads for ("في محاولة للتقدم نحو A وB", context_names.json heading_for) are its
goal, not where it happened. Sentences written for these tests."""
from __future__ import annotations

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document
from incidents.extract.place_roles import heads_for
from incidents.extract.text import prepare


def places(text: str) -> list[str]:
    incidents = extract_document(text, DocMeta("t.txt", "Test Outlet", published="2024-03-14")).incidents
    return sorted(i.location.name for i in incidents if i.location)


def test_a_takeover_of_two_villages_is_two_incidents():
    text = "سيطرت فصائل المعارضة اليوم على قريتي كفرنبودة والهبيط بريف حماة الشمالي بعد معارك مع قوات النظام."
    assert places(text) == ["Al-Habit", "Kafr Nabudah"]


def test_the_towns_an_advance_heads_for_are_no_place_of_it():
    text = "سيطرت قوات النظام اليوم على بلدة كفرنبودة بريف حماة في محاولة للتقدم نحو اللطامنة وكفرزيتا."
    assert places(text) == ["Kafr Nabudah"]


def test_the_goal_follows_a_phrase_of_heading():
    doc = prepare("في محاولة للتقدم نحو اللطامنة وكفرزيتا، وسيطرت على قرية الزكاة")
    assert heads_for(doc, doc.words.index("اللطامنه")) and not heads_for(doc, doc.words.index("الزكاه"))


def test_a_goal_alone_is_still_the_place():
    # with no other place named, the one the sentence names is kept (roundup keeps aside places then)
    assert places("اندلعت اشتباكات اليوم بين قوات النظام وفصائل المعارضة في محاولة للتقدم نحو بلدة كفرنبودة بريف حماة.") == ["Kafr Nabudah"]
