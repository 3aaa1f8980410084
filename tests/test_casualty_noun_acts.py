"""A casualty noun tells a killing by itself when nothing governs it: "أعلن المرصد مقتل عشرة
عناصر من قوات النظام في بلدة X" is an incident though no verb of attack is written, and so
are "أفاد مراسلنا بمقتل …" and "لقي مدنيان مصرعهما …". After a result verb ("ما أدى إلى مقتل",
"وأسفر الهجوم عن مقتل") it is the toll of the act told before it and adds no incident.
Sentences written for these tests (lexicon.RESULT_NOUNS, triggers.json "results")."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def _incidents(text: str):
    return extract_document(text, DocMeta("t.txt", published="2024-05-15")).incidents


@pytest.mark.parametrize("text,killed", [
    ("أعلن المرصد السوري مقتل عشرة عناصر من قوات النظام في بلدة كفرنبل.", 10),
    ("وثق المرصد السوري مقتل مدنيين اثنين في بلدة كفرنبل بريف إدلب.", 2),
    ("أفاد مراسلنا بمقتل أربعة عناصر من قوات النظام في بلدة كفرنبل.", 4),
    ("لقي ثلاثة مدنيين مصرعهم في بلدة كفرنبل بريف إدلب.", 3),
])
def test_a_casualty_noun_alone_tells_a_killing(text: str, killed: int) -> None:
    incs = _incidents(text)
    assert len(incs) == 1 and incs[0].killed == killed
    assert incs[0].location is not None and incs[0].location.admin1 == "Idleb"


def test_after_a_result_verb_it_is_the_toll_of_the_act_before() -> None:
    text = ("شن مسلحون هجوماً على حاجز لقوات النظام في بلدة كفرنبل بريف إدلب. "
            "وأسفر الهجوم عن مقتل خمسة عناصر من قوات النظام.")
    incs = _incidents(text)
    assert len(incs) == 1 and incs[0].killed == 5


def test_a_told_attack_and_its_toll_in_one_sentence_are_one_incident() -> None:
    incs = _incidents("قصفت قوات النظام بلدة كفرنبل بريف إدلب، ما أدى إلى مقتل ثلاثة مدنيين.")
    assert len(incs) == 1 and incs[0].killed == 3 and incs[0].event_type == "Explosions/Remote violence"
