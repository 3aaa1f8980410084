"""Two civilians told by a dual are the civilians hit ("أصيب شابان برصاص قناص"), and a sentence
that names only its victims takes the doer of the act just told ("تم إعدام شابين" after the
group's executions). Sentences written for these tests."""
from __future__ import annotations

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def _run(text: str):
    return extract_document(text, DocMeta("t.txt", published="2016-06-10")).incidents


def test_two_young_men_wounded_by_a_sniper_are_an_attack_on_civilians():
    [inc] = _run("أصيب شابان إصابات بليغة برصاص قناص في حي الحميدية بمدينة دير الزور.")
    assert inc.injured == 2 and "Civilians (Syria)" in {a.name for a in inc.actors}


def test_a_sentence_naming_only_its_victims_takes_the_doer_just_told():
    incs = _run("أعدم عناصر تنظيم داعش ثلاثة شبان رمياً بالرصاص في مدينة تل أبيض. "
                "وفي قرية سلوك تم إعدام شابين بتهمة التعامل مع الصحوات.")
    doers = {i.location.name: {a.name for a in i.actors if a.side == 1} for i in incs}
    assert doers["Suluk"] == {"Islamic State (Syria)"}
