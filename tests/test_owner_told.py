"""An owner told right after a force's name ("اللواء الثامن التابع لشعبة المخابرات العسكرية")
stands on that force's side even where the gazetteer gives the force another parent; after a
thing ("سيارة تابعة لـ") the owner is what was hit. Sentences written for these tests."""
from __future__ import annotations

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def sides(text: str) -> dict[str, int]:
    inc = extract_document(text, DocMeta("t.txt", "Test", published="2023-07-20")).incidents[0]
    return {a.name: a.side for a in inc.actors}


def test_the_told_owner_stands_with_the_force_it_owns():
    found = sides("لقي عنصران من اللواء الثامن التابع لشعبة المخابرات العسكرية حتفهما بتفجير عبوة ناسفة "
                  "زرعت على طريق بلدة السهوة بريف درعا الشرقي.")
    assert found["8th Brigade"] == found["Military Intelligence Directorate"] == 2
    assert found["Unidentified Armed Group (Syria)"] == 1


def test_the_owner_of_a_thing_hit_is_the_target():
    found = sides("استهدفت طائرة مسيرة تركية سيارة تابعة لقوات سوريا الديمقراطية قرب مدينة عامودا.")
    assert found["Military Forces of Turkey"] == 1
    assert found["Syrian Democratic Forces"] == 2
