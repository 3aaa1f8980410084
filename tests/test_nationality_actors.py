"""A nationality adjective names a state's forces when it qualifies a force or a means
("قوة إسرائيلية", "آليات تركية") or follows a state body's name ("وزارة الدفاع التركية");
the force a man defected from is no party ("منشق عن قوات النظام"). Sentences written for
these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document
from test_agent_sides import sided_actors


def actor_names(text: str, published: str = "2025-06-10") -> set[str]:
    out = extract_document(text, DocMeta("t.txt", published=published))
    return {a.name for inc in out.incidents for a in inc.actors}


@pytest.mark.parametrize("text,force", [
    ("اعتقلت قوة إسرائيلية ثلاثة رعاة قرب بلدة الرفيد في ريف القنيطرة.", "Military Forces of Israel"),
    ("جرفت آليات إسرائيلية أراضي زراعية ثم اعتقلت مزارعاً قرب قرية الحميدية بريف القنيطرة.",
     "Military Forces of Israel"),
    ("قتل مدنيان برصاص جنود أتراك بعد أن استهدفت دبابات تركية منزلاً في قرية الدندنية قرب منبج.",
     "Military Forces of Turkey"),
])
def test_a_force_or_a_means_a_nationality_qualifies_is_that_state_s(text, force):
    assert force in actor_names(text)


@pytest.mark.parametrize("text,force", [
    ("أعلنت وزارة الدفاع التركية مقتل اثنين من جنودها بقذائف أطلقت من مناطق قسد قرب بلدة جرابلس.",
     "Military Forces of Turkey"),
    ("اعتقلت الشرطة التركية ثلاثة لاجئين سوريين قرب معبر باب السلامة الحدودي.", "Military Forces of Turkey"),
])
def test_a_syrian_body_s_name_with_another_state_s_nationality_is_that_state_s(text, force):
    names = actor_names(text, "2021-06-10")
    assert force in names
    assert not names & {"Military Forces of Syria", "Police Forces of Syria"}


def test_the_force_a_man_defected_from_is_no_party():
    names = actor_names("اغتال مسلحون مجهولون رجلاً منشقاً عن قوات النظام قرب بلدة طفس بريف درعا.", "2020-02-10")
    assert "Unidentified Armed Group (Syria)" in names
    assert "Military Forces of Syria" not in names


@pytest.mark.parametrize("text,doer", [
    ("قتل خمسة مدنيين بقصف جوي روسي على بلدة البارة في جبل الزاوية.", "Military Forces of Russia"),
    ("أصيب طفلان بقصف صاروخي تركي على قرية الدندنية بريف منبج.", "Military Forces of Turkey"),
])
def test_a_nationality_after_a_masculine_means_adjective_names_the_doer(text: str, doer: str):
    # "قصف جوي روسي", "قصف صاروخي تركي": the state whose bombardment it was fired it
    assert (1, doer) in sided_actors(text, "2021-06-10")
