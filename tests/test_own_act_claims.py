"""A speaker that announces its own deed is also its doer: "أعلن الجيش السوري سيطرته على
قرية …" names the army as the side that took the village, not only as the source of the
news. A speaker who tells of fires brought under control ("السيطرة على الحرائق") has done no
act of war. Sentences written for these tests; sides as ACLED's actor 1 / actor 2."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document

OWN_ACTS = [
    # (sentence, the announcing actor, which must be side 1)
    ("أعلن الجيش السوري، اليوم الأحد، سيطرته على قرية الطيبة في ريف حماة بعد اشتباكات مع مقاتلي المعارضة.",
     "Military Forces of Syria"),
    ("أعلنت قوات سوريا الديمقراطية السيطرة على قرية الباغوز بعد معارك مع تنظيم داعش.",
     "Syrian Democratic Forces"),
    ("أعلنت وزارة الداخلية القبض على خلية تابعة لتنظيم داعش في مدينة حمص.",
     "Police Forces of Syria"),
    # the toll of the enemy's men, announced by the side that inflicted it
    ("أعلنت قوات سوريا الديمقراطية مقتل خمسة من عناصر تنظيم داعش خلال اشتباكات في بلدة الشحيل.",
     "Syrian Democratic Forces"),
    ("أعلنت هيئة تحرير الشام مقتل عشرة عناصر من قوات النظام في بلدة كفرنبل.",
     "Hayat Tahrir al-Sham"),
]


def _sides(text: str) -> dict[str, int]:
    incs = extract_document(text, DocMeta("t.txt", published="2024-05-15")).incidents
    assert len(incs) == 1
    return {a.name: a.side for a in incs[0].actors}


@pytest.mark.parametrize("text,doer", OWN_ACTS)
def test_the_announcer_of_its_own_act_is_side_one(text: str, doer: str) -> None:
    assert _sides(text).get(doer) == 1


def test_fires_brought_under_control_are_no_act_of_the_speaker() -> None:
    sides = _sides("أعلن الدفاع المدني السيطرة على الحرائق في قرية الطيبة بريف حماة بعد قصف مدفعي لقوات النظام.")
    assert sides.get("Military Forces of Syria") == 1
    assert not any("Civil Defen" in name or "White Helmets" in name for name in sides), sides


def test_a_source_that_tells_another_side_s_act_stays_a_source() -> None:
    sides = _sides("قال المرصد السوري إن قوات النظام قصفت قرية الطيبة بريف حماة.")
    assert sides == {"Military Forces of Syria": 1}


def test_a_speaker_that_tells_its_own_losses_is_the_side_hit() -> None:
    sides = _sides("أعلنت قوات سوريا الديمقراطية مقتل ثلاثة من مقاتليها في هجوم لتنظيم داعش على بلدة الشحيل.")
    assert sides.get("Islamic State (Syria)") == 1 and sides.get("Syrian Democratic Forces") == 2
