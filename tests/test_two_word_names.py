"""A two-word village name the gazetteer holds ("الغارية الغربية") wins over a shorter headed
alias of another village ("بلدة الغارية", Sweida's) that starts one word before it
(Matcher.yield_heads), and stands as a place after a word that introduces one ("في", "قرب")
though both its words are ordinary words (mentions._context_allows). Sentences written for these
tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


@pytest.mark.parametrize("where", ["في بلدة الغارية الغربية", "في الغارية الغربية"])
def test_the_longer_name_after_the_head_wins(where):
    inc = extract_document(f"أصيب مدني برصاص مجهولين {where} بريف درعا الشرقي.",
                           DocMeta("t.txt", "Test", published="2020-10-10")).incidents[0]
    assert (inc.location.name, inc.location.admin1) == ("Al-Ghariyah al-Gharbiyah", "Dar'a")


def test_the_headed_alias_still_names_its_own_village():
    inc = extract_document("أصيب مدني برصاص مجهولين في بلدة الغارية بريف السويداء.",
                           DocMeta("t.txt", "Test", published="2020-10-10")).incidents[0]
    assert (inc.location.name, inc.location.admin1) == ("Al-Ghariyah", "As-Sweida")
