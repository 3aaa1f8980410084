"""A nationality adjective names a state's forces when it qualifies a force or a means
("قوة إسرائيلية", "آليات تركية"). Sentences written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


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
