"""A comma, و and a casualty noun with a cause of its own after it tell another act inside one
sentence (SOHR's "وثق المرصد مقتل …، ومقتل … بقصف …"); without a cause of its own, or with the
act's definite noun, the toll is the act's just told (segmentation.json coordinated_tolls,
toll_causes). Sentences written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def run(text: str):
    return extract_document(text, DocMeta("t.txt", "Test", published="2022-11-03")).incidents


@pytest.mark.parametrize("text, places", [
    ("وثق المرصد السوري مقتل عنصرين من قوات النظام برصاص قناصة الفصائل على محور كبانة بريف اللاذقية، "
     "ومقتل طفل بقصف مدفعي لقوات النظام على قرية الكندة بريف جسر الشغور.", ["Al-Kanda", "Kabani"]),
    ("أفادت مصادر محلية بمقتل شاب برصاص مسلحين مجهولين في بلدة الجيزة، "
     "وإصابة امرأة بقصف مدفعي لقوات النظام على مدينة بصرى الشام.", ["Al-Jiza", "Busra al-Sham"]),
])
def test_a_toll_with_a_cause_of_its_own_is_another_incident(text, places):
    assert sorted(i.location.name for i in run(text)) == places


@pytest.mark.parametrize("rest", ["، وإصابة ثلاثة آخرين بجروح.", "، وإصابة ثلاثة آخرين بالقصف ذاته."])
def test_a_toll_without_a_cause_of_its_own_is_the_acts(rest):
    [inc] = run("قتل مدنيان بقصف مدفعي لقوات النظام على بلدة كفرنبل" + rest)
    assert (inc.killed, inc.injured) == (2, 3)
