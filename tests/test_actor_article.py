"""A one-word name of an armed actor that is always written with the article ("الوحدات",
"النظام", "الأسايش") names it only with the article: "وحدات من الجيش" are units, not the YPG.
People named in an idafa ("أهالي بلدة", "دورية شرطة") keep their bare names. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.gazetteer import load_gazetteer
from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def _actors(text: str) -> set[str]:
    incs = extract_document(text, DocMeta("t.txt", published="2025-04-14"), load_gazetteer()).incidents
    return {a.name for i in incs for a in i.actors}


@pytest.mark.parametrize("text", [
    "ألقت وحدات الأمن الداخلي القبض على أربعة أشخاص في ريف حمص الغربي.",
    "اعتقلت وحدات من الجيش شابين في بلدة القصير.",
])
def test_a_bare_plural_is_no_group_named_with_the_article(text: str) -> None:
    assert "People's Protection Units" not in _actors(text)


def test_the_name_with_the_article_is_still_the_group() -> None:
    assert "People's Protection Units" in _actors("اندلعت اشتباكات بين الوحدات وفصائل الجيش الوطني في قرية مرعناز.")


def test_people_in_an_idafa_keep_their_bare_name() -> None:
    assert "Protesters (Syria)" in _actors("خرج أهالي بلدة عتيل في مظاهرة ضد النظام.")
    g = load_gazetteer()
    assert g.actor_article.get(("وحدات",)) and not g.actor_article.get(("اهالي",))
